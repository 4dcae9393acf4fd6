"""Hedged escalation: the local model starts when the cloud's first token is late; the first
tier to produce a token answers and the other is cancelled; a budget caps the hedges."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

from duet.core.backend import Event, Generation, GenerationRequest, RequestContext
from duet.core.metrics import Metrics
from tests.edge.test_plan_execute import HARD, agent, answer, ctx, request
from tests.fakes import ScriptedCloud, ScriptedEngine
from tests.weak.test_route_modes import QueuedEngine

HEDGE = {"hedge_enabled": True, "hedge_floor_s": 0.05, "hedge_ceiling_s": 0.1,
         "hedge_budget": 1.0}


class SpikyCloud(ScriptedCloud):
    """Every ``every``-th call waits ``spike_s`` before its first token; counts cancellations."""

    def __init__(self, every: int = 10, spike_s: float = 2.0) -> None:
        super().__init__()
        self.every, self.spike_s, self.calls, self.cancelled = every, spike_s, 0, 0

    async def generate(self, request: GenerationRequest, ctx: RequestContext,
                       payload: bytes | None = None) -> Generation:
        self.calls += 1
        try:
            await asyncio.sleep(self.spike_s if self.calls % self.every == 0 else 0.01)
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        return await super().generate(request, ctx, payload)


async def test_a_late_cloud_is_beaten_by_the_local_model_and_cancelled() -> None:
    cloud = SpikyCloud(every=1, spike_s=3.0)
    metrics = Metrics()
    started = time.monotonic()
    text, generation = await answer(agent(ScriptedEngine(), cloud, metrics=metrics, **HEDGE),
                                    request(HARD), ctx())
    assert time.monotonic() - started < 1.0
    assert generation.route.target == "local" and "hedged_local" in generation.route.reasons
    assert text == "local answer" and generation.cacheable is False
    await asyncio.sleep(0)
    assert cloud.cancelled == 1  # the cloud call was given up at once
    assert metrics.hedges.labels("local")._value.get() == 1


async def test_when_the_cloud_still_comes_first_the_local_model_is_cancelled() -> None:
    cloud = SpikyCloud(every=1, spike_s=0.3)
    text, generation = await answer(agent(QueuedEngine(wait_s=5.0), cloud, **HEDGE),
                                    request(HARD), ctx())
    assert generation.route.target == "cloud" and "hedged_cloud" in generation.route.reasons
    assert text == "cloud answer"


async def test_the_budget_caps_the_hedges() -> None:
    metrics = Metrics()
    cloud = SpikyCloud(every=1, spike_s=0.15)
    a = agent(ScriptedEngine(), cloud, metrics=metrics, **{**HEDGE, "hedge_budget": 0.25})
    routes = [(await answer(a, request(HARD), ctx()))[1].route for _ in range(8)]
    hedged = [r for r in routes if any(x.startswith("hedged") for x in r.reasons)]
    assert len(hedged) == 2  # 25 % of 8
    assert metrics.hedges.labels("over_budget")._value.get() == 6


async def _p99(settings: dict[str, Any], n: int = 40) -> float:
    a = agent(ScriptedEngine(), SpikyCloud(every=10, spike_s=2.0), **settings)
    times = []
    for _ in range(n):
        started = time.monotonic()
        await answer(a, request(HARD), ctx(deadline_s=30.0))
        times.append(time.monotonic() - started)
    times.sort()
    return times[int(0.99 * (len(times) - 1))]


async def test_hedging_cuts_the_tail_of_a_spiky_cloud() -> None:
    """10 % of cloud calls +2 s; the baseline waits for the cloud as a client would without a
    local model to race (stall cap above the spike)."""
    slow = {"cloud_stall_ceiling_s": 5.0, "cloud_stall_floor_s": 5.0}
    without = await _p99(slow)
    with_hedging = await _p99({**slow, **HEDGE, "hedge_budget": 0.2})
    print(f"p99 without hedging {without:.3f} s, with {with_hedging:.3f} s")
    assert with_hedging * 3 <= without
