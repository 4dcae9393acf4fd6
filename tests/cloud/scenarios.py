"""Cloud pool scenarios shared by the suite (short runs) and bench/cloud_resilience (long runs)."""

from __future__ import annotations

import asyncio
import signal
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import httpx

from duet.core.grpc_status import CloudError, CloudStreamBroken, CloudUnavailable
from tests.cloud.conftest import (
    CloudProcess,
    chat,
    client,
    ctx,
    llama_server,
    openai_pool,
    smol_llama_pool,
)
from tests.servers import free_port


@dataclass
class KillRun:
    outcomes: Counter[str]
    sent: int
    metrics: str  # the pool's /metrics at the end

    @property
    def failed_before_streaming(self) -> int:
        return sum(v for k, v in self.outcomes.items() if k.startswith("failed"))


async def replica_killed_under_load(tmp: Path, seconds: float, rate: float) -> KillRun:
    """``rate`` requests/s for ``seconds`` through a pool of two real OpenAI-compatible
    replicas; one is SIGKILLed a third of the way in."""
    with llama_server("llama-kill-a") as a, llama_server("llama-kill-b") as b:
        pool = openai_pool(tmp, [a, b], eject_after_failures=2, cooldown_s=60)
        with CloudProcess(["--pool-file", str(pool)], log_name="cloud-kill") as proc:
            cloud = client(proc.target)
            outcomes: Counter[str] = Counter()

            async def one() -> None:
                try:
                    generation = await cloud.generate(chat(max_tokens=8), ctx(30))
                except CloudError as exc:
                    outcomes[f"failed before the first token: {exc.message}"] += 1
                    return
                try:
                    async for _ in generation.events:
                        pass
                    outcomes["ok"] += 1
                except CloudStreamBroken:
                    outcomes["cut after it started"] += 1

            async def kill_later() -> None:
                await asyncio.sleep(seconds / 3)
                b.signal(signal.SIGKILL)

            sent = int(seconds * rate)
            try:
                tasks = [asyncio.create_task(kill_later())]
                start = time.monotonic()
                for i in range(sent):
                    await asyncio.sleep(max(0.0, start + i / rate - time.monotonic()))
                    tasks.append(asyncio.create_task(one()))
                await asyncio.gather(*tasks)
                metrics = httpx.get(proc.url + "/metrics").text
            finally:
                await cloud.aclose()
    return KillRun(outcomes, sent, metrics)


@dataclass
class OutageRun:
    first_good_call_s: float
    failed_calls: int  # calls during the outage, each failing cleanly
    slowest_failure_s: float


async def pool_outage(tmp: Path, seconds: float) -> OutageRun:
    """The pool dies, stays down ``seconds`` while a client keeps calling, comes back on the same
    port; how long the first call then takes."""
    grpc_port = free_port()
    args = ["--pool-file", str(smol_llama_pool(tmp))]
    cloud = client(f"127.0.0.1:{grpc_port}")
    failed, slowest = 0, 0.0
    try:
        with CloudProcess(args, grpc_port=grpc_port, log_name="cloud-outage-1") as first:
            generation = await cloud.generate(chat(max_tokens=1), ctx())
            await generation.aclose()
            first.signal(signal.SIGKILL)
            first.proc.wait(5)
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            started = time.monotonic()
            try:
                await cloud.generate(chat(max_tokens=1), ctx())
            except CloudUnavailable:
                failed += 1
                slowest = max(slowest, time.monotonic() - started)
            else:
                raise AssertionError("a call succeeded while the pool was down")
            await asyncio.sleep(0.2)
        with CloudProcess(args, grpc_port=grpc_port, log_name="cloud-outage-2"):
            started = time.monotonic()
            generation = await cloud.generate(chat(max_tokens=1), ctx())
            [event async for event in generation.events]
            return OutageRun(time.monotonic() - started, failed, slowest)
    finally:
        await cloud.aclose()
