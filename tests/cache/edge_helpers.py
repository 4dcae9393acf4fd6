"""Helpers of the end-to-end cache tests: an edge agent on a real Redis, its metrics, a load."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx
import openai

from tests.servers import DuetProcess

KEYS = ("key-one-secret", "key-two-secret")


def start_edge(redis_url: str, **settings: str) -> DuetProcess:
    env = {
        "DUET_REDIS_URL": redis_url,
        "DUET_API_KEYS": ",".join(KEYS),
        **{f"DUET_{k.upper()}": v for k, v in settings.items()},
    }
    return DuetProcess(["edge", "--queue-size", "32"], env=env, log_name="edge-cache")


def client(edge: DuetProcess, key: str = KEYS[0]) -> openai.OpenAI:
    return openai.OpenAI(base_url=edge.url + "/v1", api_key=key, max_retries=0, timeout=60)


def async_client(edge: DuetProcess, key: str = KEYS[0]) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=edge.url + "/v1", api_key=key, max_retries=0, timeout=60)


def metric(edge: DuetProcess, name: str, **labels: str) -> float:
    """Sum of a metric's samples whose labels include ``labels``."""
    text = httpx.get(edge.url + "/metrics", timeout=5).text
    total = 0.0
    for line in text.splitlines():
        match = re.match(r"^(\w+)(?:\{(.*)\})? (\S+)$", line)
        if not match or match.group(1) != name:
            continue
        found = dict(re.findall(r'(\w+)="([^"]*)"', match.group(2) or ""))
        if all(found.get(k) == v for k, v in labels.items()):
            total += float(match.group(3))
    return total


def cache_ms(headers: httpx.Headers) -> float:
    """The time the cache store took for this request, from ``server-timing``."""
    match = re.search(r"cache;dur=([\d.]+)", headers.get("server-timing", ""))
    return float(match.group(1)) if match else 0.0


def ask(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


@dataclass
class Load:
    """Concurrent requests over a few prompts, recording every outcome, until stopped."""

    edge: DuetProcess
    prompts: tuple[str, ...]
    concurrency: int = 4
    ok: int = 0
    failures: list[str] = field(default_factory=list)
    cache_ms: list[float] = field(default_factory=list)
    results: list[str] = field(default_factory=list)
    _stop: asyncio.Event = field(default_factory=asyncio.Event)

    async def _worker(self, worker: int) -> None:
        api = async_client(self.edge)
        i = worker
        while not self._stop.is_set():
            prompt = self.prompts[i % len(self.prompts)]
            i += 1
            try:
                raw = await api.chat.completions.with_raw_response.create(
                    model="auto", messages=ask(prompt), max_tokens=4, temperature=0
                )
                raw.parse()
                self.ok += 1
                self.cache_ms.append(cache_ms(raw.headers))
                self.results.append(raw.headers["x-duet-cache"])
            except openai.APIError as exc:
                self.failures.append(f"{type(exc).__name__}: {exc}")
        await api.close()

    async def run_while(self, scenario: Awaitable[None]) -> None:
        workers = [asyncio.create_task(self._worker(w)) for w in range(self.concurrency)]
        try:
            await scenario
        finally:
            self._stop.set()
            await asyncio.gather(*workers)


async def pause(seconds: float) -> None:
    await asyncio.sleep(seconds)


def wait_until(check: Callable[[], bool], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False
