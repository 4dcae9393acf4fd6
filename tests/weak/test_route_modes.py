"""``x-duet-route`` modes (prefer_local, prefer_cloud, local_only, cloud_only, local, cloud, auto)
and what each does on failure; the local queue wait bounded by the request's deadline."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest

from duet.core.backend import Event, GenerationRequest
from duet.core.errors import DeadlineExceeded, InvalidRequest, ServiceUnavailable
from duet.edge_agent.planner import After, Tier
from tests.edge.test_plan_execute import EASY, EMAIL, HARD, agent, answer, ctx, request
from tests.fakes import ScriptedCloud, ScriptedEngine

CLOUD_DOWN = ServiceUnavailable("down")


@pytest.mark.parametrize(("mode", "text", "tiers"), [
    ("auto", HARD, [(Tier.CLOUD, None), (Tier.LOCAL, After.FAILURE)]),
    ("prefer_cloud", EASY, [(Tier.CLOUD, None), (Tier.LOCAL, After.FAILURE)]),
    ("cloud", EASY, [(Tier.CLOUD, None), (Tier.LOCAL, After.FAILURE)]),
    ("prefer_local", HARD, [(Tier.CASCADE, None), (Tier.CLOUD, After.BUSY)]),
    ("local", HARD, [(Tier.CASCADE, None), (Tier.CLOUD, After.BUSY)]),
    ("local_only", HARD, [(Tier.LOCAL, None)]),  # no cascade either
    ("cloud_only", EASY, [(Tier.CLOUD, None)]),
    ("PREFER_LOCAL ", HARD, [(Tier.CASCADE, None), (Tier.CLOUD, After.BUSY)]),
])
def test_each_mode_plans_its_tiers(mode: str, text: str, tiers: list[Any]) -> None:
    plan = agent(cloud=ScriptedCloud(), cascade_enabled=True).planner.plan(
        request(text), ctx(x_duet_route=mode))
    assert [(a.tier, a.after) for a in plan.attempts] == tiers
    if mode == "cloud_only":  # no fallback: the cloud has the whole budget
        assert plan.attempts[0].first_token_share is None


def test_an_unknown_mode_is_a_400() -> None:
    with pytest.raises(InvalidRequest) as raised:
        agent(cloud=ScriptedCloud()).planner.plan(request(EASY), ctx(x_duet_route="fastest"))
    assert "prefer_local" in raised.value.message


async def test_prefer_cloud_falls_back_to_local_when_the_cloud_fails() -> None:
    text, generation = await answer(agent(cloud=ScriptedCloud(fail=CLOUD_DOWN)),
                                    request(EASY), ctx(x_duet_route="prefer_cloud"))
    assert generation.route.target == "local" and text == "local answer"
    assert "cloud_error_fallback" in generation.route.reasons


async def test_cloud_only_fails_instead_of_answering_locally() -> None:
    engine = ScriptedEngine()
    with pytest.raises(ServiceUnavailable):
        await answer(agent(engine, ScriptedCloud(fail=CLOUD_DOWN)), request(EASY),
                     ctx(x_duet_route="cloud_only"))
    assert engine.requests == []


async def test_cloud_only_while_the_cloud_is_unreachable_is_a_503() -> None:
    a = agent(cloud=ScriptedCloud())
    up = a.planner.connectivity()
    a.planner.connectivity = lambda: dataclasses.replace(up, state="down")
    with pytest.raises(ServiceUnavailable, match="cloud_only"):
        a.planner.plan(request(EASY), ctx(x_duet_route="cloud_only"))


@pytest.mark.parametrize("headers", [{"x_duet_privacy": "local_only"}, {}])
async def test_cloud_only_never_sends_a_private_request(headers: dict[str, str]) -> None:
    cloud = ScriptedCloud()
    with pytest.raises(InvalidRequest) as raised:
        await answer(agent(cloud=cloud), request(f"Mail {EMAIL} the report"),
                     ctx(x_duet_route="cloud_only", **headers))
    assert raised.value.code == "privacy_forbids_cloud"
    assert cloud.requests == []


async def test_prefer_local_overflows_to_the_cloud_when_the_queue_is_full() -> None:
    _, generation = await answer(agent(ScriptedEngine(busy=True), ScriptedCloud()),
                                 request(HARD), ctx(x_duet_route="prefer_local"))
    assert generation.route.target == "cloud" and "local_busy" in generation.route.reasons


async def test_local_only_never_uses_the_cloud_even_when_the_queue_is_full() -> None:
    cloud = ScriptedCloud()
    with pytest.raises(Exception) as raised:
        await answer(agent(ScriptedEngine(busy=True), cloud), request(HARD),
                     ctx(x_duet_route="local_only"))
    assert getattr(raised.value, "status_code", None) == 429
    assert cloud.requests == []


def test_local_only_with_a_cloud_model_named_is_a_400() -> None:
    with pytest.raises(InvalidRequest):
        agent(cloud=ScriptedCloud()).planner.plan(request(EASY, model="big-model"),
                                                  ctx(x_duet_route="local_only"))


class QueuedEngine(ScriptedEngine):
    """The slot is taken by someone else for ``wait_s``."""

    def __init__(self, wait_s: float) -> None:
        super().__init__()
        self.wait_s = wait_s

    async def start(self, request: GenerationRequest, deadline: float | None) -> AsyncIterator[Event]:
        await asyncio.sleep(self.wait_s)
        return await super().start(request, deadline)


async def test_waiting_for_the_local_model_takes_only_what_is_left() -> None:
    started = time.monotonic()
    with pytest.raises(DeadlineExceeded):
        await answer(agent(QueuedEngine(wait_s=5.0)), request(EASY), ctx(deadline_s=0.3))
    assert time.monotonic() - started < 0.3 + 0.1
