"""Hedged escalation against a cloud whose calls sometimes spike: the same sequence of requests
forced to the cloud (``x-duet-route: cloud``, the official ``openai`` client), once with hedging
off and once on, each on a fresh edge, side by side in one run::

    python -m bench.hedging [--requests 200] [--warmup 100] [--spike-s 2] [--budget 0.2]

Topology (real processes): ``openai`` client → ``duet edge`` → ``FaultProxy`` (pass-through) →
``duet cloud`` (a pool of one ``openai`` replica) → a fast OpenAI-compatible upstream
(``bench.fake_openai``) that holds back a call by ``--spike-s`` before answering when its prompt
carries the spike marker. The bench marks a seeded 10 % of the sequence (the same requests in
both runs). Why the spike is in the upstream and not in the proxy: the edge multiplexes every
cloud call (and its health probes) on one HTTP/2 connection, so delaying bytes on that connection
would delay every call in flight and the probes with them, not 10 % of calls. A spike behind the
pool delays exactly the calls chosen, as a slow call would.

A hedge starts the local model next to the cloud call, so hedging adds no cloud calls: the
upstream counts the calls it got, and the edge's ``duet_hedges_total`` counts the hedges (extra
local starts), held to ``--budget`` of the cloud attempts. Prints one line per mode and the
ratios; a measurement, not a test (figures in docs/reliability.md).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import random
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bench.fake_openai import make_app, read_body
from tests.cloud.conftest import openai_pool
from tests.scenarios.system import NO_CACHE, TO_CLOUD, System, ask, metric
from tests.servers import DuetProcess

SPIKE_MARKER = "#spike"
PROMPT = "Name one colour."
# The edge's default monitor (System shortens it for the scenarios).
DEFAULT_MONITOR = ["--probe-interval-s", "2", "--probe-timeout-s", "1", "--breaker-open-s", "0.5"]

Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


def spiky_app(tokens: int, spike_s: float) -> Callable[..., Awaitable[None]]:
    """``bench.fake_openai`` with a delay before calls whose prompt carries ``SPIKE_MARKER``;
    ``GET /stats`` returns the calls and the spiked calls seen."""
    inner = make_app(tokens)
    counts = {"calls": 0, "spiked": 0}

    async def app(scope: dict[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            if scope.get("path") == "/stats":
                body = json.dumps(counts).encode()
                await send({"type": "http.response.start", "status": 200,
                            "headers": [(b"content-type", b"application/json")]})
                await send({"type": "http.response.body", "body": body})
                return
            await inner(scope, receive, send)
            return
        body = await read_body(receive)
        counts["calls"] += 1
        if SPIKE_MARKER.encode() in body:
            counts["spiked"] += 1
            await asyncio.sleep(spike_s)

        async def replay() -> dict[str, Any]:
            return {"type": "http.request", "body": body, "more_body": False}

        await inner(scope, replay, send)

    return app


@dataclass
class Run:
    mode: str
    seconds: list[float] = field(default_factory=list)
    spiked_seconds: list[float] = field(default_factory=list)
    targets: dict[str, int] = field(default_factory=dict)
    failed: int = 0
    cloud_calls: int = 0
    hedges: dict[str, float] = field(default_factory=dict)
    attempts: float = 0.0
    local_alone: list[float] = field(default_factory=list)

    def pct(self, p: float) -> float:
        """Nearest rank."""
        ordered = sorted(self.seconds)
        return ordered[max(1, math.ceil(p / 100 * len(ordered))) - 1]

    def line(self) -> str:
        hedges = sum(v for k, v in self.hedges.items() if k != "over_budget")
        return (f"hedging {self.mode:>3}: n={len(self.seconds)} failed={self.failed} "
                f"p50={self.pct(50):.3f}s p95={self.pct(95):.3f}s p99={self.pct(99):.3f}s "
                f"max={max(self.seconds):.3f}s mean={statistics.mean(self.seconds):.3f}s "
                f"spiked requests {[round(x, 2) for x in self.spiked_seconds]} "
                f"answered by {self.targets}, the device alone "
                f"p50={statistics.median(self.local_alone or [0.0]):.3f}s | "
                f"cloud calls at the upstream {self.cloud_calls}, "
                f"cloud attempts {self.attempts:.0f}, hedges {hedges:.0f} "
                f"({self.hedges}) = {hedges / max(1.0, self.attempts):.1%} of attempts")


def plan(n: int, share: float, seed: int) -> list[bool]:
    """Exactly ``share`` of ``n`` requests spiked, chosen at random (seeded)."""
    chosen = set(random.Random(seed).sample(range(n), round(n * share)))
    return [i in chosen for i in range(n)]


def drive(system: System, spikes: list[bool], run: Run | None, tokens: int) -> None:
    api = system.client(timeout=30).with_options(max_retries=0)
    for i, spike in enumerate(spikes):
        text = f"{PROMPT} (request {i}{' ' + SPIKE_MARKER if spike else ''})"
        started = time.perf_counter()
        try:
            raw = api.chat.completions.with_raw_response.create(
                model="auto", messages=ask(text), max_tokens=tokens, temperature=0.0,
                extra_headers=TO_CLOUD)
            raw.parse()
            target = raw.headers.get("x-duet-route", "?")
        except Exception as exc:  # noqa: BLE001 - a failure is a figure here, not a crash
            if run is not None:
                run.failed += 1
                print(f"  request {i} failed: {type(exc).__name__}: {exc}")
            continue
        seconds = time.perf_counter() - started
        if run is not None:
            run.seconds.append(seconds)
            if spike:
                run.spiked_seconds.append(seconds)
            run.targets[target] = run.targets.get(target, 0) + 1


def local_alone(system: System, tokens: int, n: int = 10) -> list[float]:
    """What the device alone takes for the same request (the least a local hedge can add)."""
    api = system.client(timeout=30)
    seconds = []
    for i in range(n):
        started = time.perf_counter()
        api.chat.completions.create(
            model="auto", messages=ask(f"{PROMPT} (request {i})"), max_tokens=tokens,
            temperature=0.0, extra_headers={**NO_CACHE, "x-duet-route": "local_only"})
        seconds.append(time.perf_counter() - started)
    return seconds


def measure(mode: str, pool: Path, upstream: str, args: argparse.Namespace) -> Run:
    floor = [] if args.floor is None else ["--hedge-floor-s", str(args.floor)]
    flags = [*DEFAULT_MONITOR, *floor, "--hedge-budget", str(args.budget),
             "--hedge-enabled" if mode == "on" else "--no-hedge-enabled"]
    system = System(pool, edge_flags=flags, name=f"hedging-{mode}")
    run = Run(mode)
    try:
        before = httpx.get(upstream + "/stats").json()["calls"]
        drive(system, plan(args.warmup, 0.1, args.seed + 1), None, args.tokens)
        counted = httpx.get(upstream + "/stats").json()["calls"]
        attempts_before = metric(system.url, "duet_egress_audit_records_total")
        hedges_before = {o: metric(system.url, "duet_hedges_total", outcome=o)
                         for o in ("local", "cloud", "over_budget")}
        drive(system, plan(args.requests, args.share, args.seed), run, args.tokens)
        run.cloud_calls = httpx.get(upstream + "/stats").json()["calls"] - counted
        run.attempts = metric(system.url, "duet_egress_audit_records_total") - attempts_before
        run.hedges = {o: metric(system.url, "duet_hedges_total", outcome=o) - v
                      for o, v in hedges_before.items()}
        assert before <= counted
        run.local_alone = local_alone(system, args.tokens)
    finally:
        system.close()
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    serve = sub.add_parser("upstream", help="run the spiky upstream (used by the bench)")
    serve.add_argument("--port", type=int, required=True)
    serve.add_argument("--tokens", type=int, default=8)
    serve.add_argument("--spike-s", type=float, default=2.0)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=100,
                        help="requests before the measured ones (10%% spiked too): the edge "
                        "learns the cloud's times to first token from them")
    parser.add_argument("--share", type=float, default=0.1, help="share of requests spiked")
    parser.add_argument("--spike-s", type=float, default=2.0)
    parser.add_argument("--budget", type=float, default=0.2, help="DUET_HEDGE_BUDGET")
    parser.add_argument("--floor", type=float, help="DUET_HEDGE_FLOOR_S (default: the edge's)")
    parser.add_argument("--tokens", type=int, default=8, help="max_tokens per request")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.command == "upstream":
        import uvicorn

        uvicorn.run(spiky_app(args.tokens, args.spike_s), host="127.0.0.1", port=args.port,
                    log_level="warning", access_log=False)
        return
    upstream = DuetProcess(["upstream", "--spike-s", str(args.spike_s),
                            "--tokens", str(args.tokens)], module="bench.hedging",
                           ready_path="/v1/models", log_name="hedging-upstream")
    try:
        with tempfile.TemporaryDirectory() as folder:
            pool = openai_pool(Path(folder), [upstream])
            runs = [measure(mode, pool, upstream.url, args) for mode in ("off", "on")]
    finally:
        upstream.stop()
    for run in runs:
        print(run.line())
    off, on = runs
    print(f"p99 off/on = {off.pct(99) / on.pct(99):.2f}x, p95 off/on = "
          f"{off.pct(95) / on.pct(95):.2f}x, p50 off/on = {off.pct(50) / on.pct(50):.2f}x; "
          f"extra cloud calls with hedging: {on.cloud_calls - len(on.seconds) - on.failed} "
          f"(budget {args.budget:.0%} of attempts, hedges used "
          f"{sum(v for k, v in on.hedges.items() if k != 'over_budget') / max(1.0, on.attempts):.1%})")


if __name__ == "__main__":
    main()
