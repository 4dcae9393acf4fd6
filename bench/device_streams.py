"""Streamed chat calls for bench.device_concurrency: timing one stream, many at once, an
interactive request under background load, a growing conversation, greedy agreement."""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

Message = dict[str, str]


@dataclass
class Stream:
    start: float
    first: float | None = None
    last: float | None = None
    tokens: int = 0
    prompt_tokens: int = 0
    text: str = ""
    chunks: list[str] = field(default_factory=list)

    @property
    def ttft(self) -> float:
        assert self.first is not None, "no token streamed"
        return self.first - self.start


async def stream_chat(http: httpx.AsyncClient, messages: list[Message], max_tokens: int,
                      answering: asyncio.Event | None = None, **extra: Any) -> Stream:
    """One streamed answer (``extra``: more body fields, e.g. service_tier, stream_options);
    ``answering`` is set at its first token."""
    body = {"model": "auto", "messages": messages, "max_tokens": max_tokens, "temperature": 0,
            "stream": True, **extra}
    out = Stream(start=time.perf_counter())
    async with http.stream("POST", "/v1/chat/completions", json=body) as response:
        assert response.status_code == 200, await response.aread()
        async for line in response.aiter_lines():
            if not line.startswith("data: {"):
                continue
            chunk = json.loads(line[6:])
            if chunk.get("usage"):
                out.prompt_tokens = chunk["usage"]["prompt_tokens"]
            choices = chunk.get("choices") or [{}]
            piece = (choices[0].get("delta") or {}).get("content")
            if piece:
                now = time.perf_counter()
                out.first = out.first or now
                if answering is not None:
                    answering.set()
                out.last = now
                out.tokens += 1  # one chunk per token on both servers
                out.chunks.append(piece)
    out.text = "".join(out.chunks)
    return out


SUBJECTS = ("cat", "ship", "road", "storm", "dog", "train", "river", "forest", "city", "bridge",
            "garden", "mountain", "island", "robot", "dragon", "castle", "desert", "lake",
            "horse", "clock", "lamp", "piano", "village", "bicycle", "rocket", "whale", "owl",
            "tree", "bus", "moon", "star", "market")


def story(i: int) -> list[Message]:
    """A different prompt per request, answered with many tokens (not cut short by the model)."""
    return [{"role": "user", "content": f"Write a long story about a {SUBJECTS[i % len(SUBJECTS)]}."}]


async def run_concurrent(url: str, n: int, max_tokens: int) -> list[Stream]:
    """``n`` answers at once; levels 1, 2, 4, 8 use stories 0, 1-2, 3-6, 7-14 on every server."""
    async with httpx.AsyncClient(base_url=url, timeout=600) as http:
        await stream_chat(http, story(31), 4)  # warm: model pages, the template's prefix
        return list(await asyncio.gather(
            *(stream_chat(http, story(n - 1 + i), max_tokens) for i in range(n))))


def summarize(streams: list[Stream]) -> dict[str, float]:
    ttfts = [s.ttft for s in streams]
    started = min(s.start for s in streams)
    ended = max(s.last or s.start for s in streams)
    per_stream = [(s.tokens - 1) / (s.last - s.first) for s in streams
                  if s.first is not None and s.last is not None and s.last > s.first]
    return {
        "ttft_p50": statistics.median(ttfts), "ttft_worst": max(ttfts),
        "aggregate_tps": sum(s.tokens for s in streams) / (ended - started),
        "per_stream_tps": statistics.median(per_stream),
        "total_p50": statistics.median((s.last or s.start) - s.start for s in streams),
    }


async def interactive_under_load(url: str, background: int, rounds: int = 5
                                 ) -> tuple[list[float], list[float]]:
    """Interactive time to first token alone, and while ``background`` long streams answer."""
    def voice(n: int) -> list[Message]:  # a new utterance each time
        return [{"role": "user", "content": f"Which exit do I take for stop {n}?"}]

    idle, loaded = [], []
    async with httpx.AsyncClient(base_url=url, timeout=600) as http:
        await stream_chat(http, voice(0), 4)
        for r in range(rounds):
            idle.append((await stream_chat(http, voice(2 * r + 1), 8,
                                           service_tier="priority")).ttft)
            answering = [asyncio.Event() for _ in range(background)]
            tasks = [asyncio.ensure_future(stream_chat(
                http, story(8 * r + i), 400, answering[i], service_tier="flex"))
                for i in range(background)]
            for event in answering:
                await event.wait()
            await asyncio.sleep(0.5)  # every background stream is answering by now
            loaded.append((await stream_chat(http, voice(2 * r + 2), 8,
                                             service_tier="priority")).ttft)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await asyncio.sleep(0.5)
    return idle, loaded


async def conversation(url: str, turns: int, system: str) -> list[tuple[int, float]]:
    """(prompt tokens, time to first token) of each turn of a growing in-car chat, with another
    app's request between every two turns."""
    history: list[Message] = [{"role": "system", "content": system}]
    out: list[tuple[int, float]] = []
    async with httpx.AsyncClient(base_url=url, timeout=600) as http:
        for turn in range(1, turns + 1):
            history.append({"role": "user", "content":
                            f"Stop {turn}: describe the next part of the route in detail."})
            answer = await stream_chat(http, history, 96, stream_options={"include_usage": True})
            history.append({"role": "assistant", "content": answer.text})
            out.append((answer.prompt_tokens, answer.ttft))
            await stream_chat(http, [{"role": "user", "content": f"Read message {turn}."}], 8)
    return out


async def conversations(url: str, turns: int, runs: int) -> list[tuple[int, float]]:
    """Median time to first token per turn over ``runs`` conversations (other system prompts)."""
    vehicles = ["car", "truck", "van", "bus", "coach"]
    results = [await conversation(url, turns, f"You are the {vehicles[i]}'s assistant.")
               for i in range(runs)]
    return [(turn[0][0], statistics.median(t for _, t in turn)) for turn in zip(*results)]


async def agreement(url: str, prompts: int, tokens: int) -> int:
    """How many greedy answers are the same batched (4 at a time) as alone."""
    questions = [[{"role": "user", "content": f"Tell me fact number {i} about {topic}."}]
                 for i, topic in enumerate(["the sea", "cars", "music", "maps", "rain"] * 4)]
    questions = questions[:prompts]
    async with httpx.AsyncClient(base_url=url, timeout=600) as http:
        alone = [(await stream_chat(http, q, tokens)).chunks for q in questions]
        batched: list[list[str]] = []
        for at in range(0, prompts, 4):
            group = questions[at:at + 4]
            batched += [s.chunks for s in await asyncio.gather(
                *(stream_chat(http, q, tokens) for q in group))]
    return sum(a == b for a, b in zip(alone, batched))
