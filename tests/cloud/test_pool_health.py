"""Passive health and retries of the pool, with a small scripted replica: a real replica cannot
be made to fail on the exact token a test needs."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import pytest

from duet.cloud.config import HealthConfig
from duet.cloud.pool import ModelPool, Pool, ReplicaState
from duet.cloud.replicas import ReplicaFailed
from duet.core.backend import Event, Finish, GenerationRequest, SamplingParams, TokenDelta
from duet.core.errors import ServiceUnavailable, UpstreamError

REQUEST = GenerationRequest(model="m", params=SamplingParams(), prompt="Hi")


class ScriptedReplica:
    """Fails before its first token while ``broken``; ``cut_after`` tokens, then fails."""

    def __init__(self, name: str, *, broken: bool = False, cut_after: int | None = None) -> None:
        self.name, self.broken, self.cut_after, self.calls = name, broken, cut_after, 0

    async def stream(self, request: GenerationRequest, deadline: float | None) -> AsyncIterator[Event]:
        self.calls += 1
        if self.broken:
            raise ReplicaFailed(f"{self.name} is down")
        for i in range(3):
            if self.cut_after is not None and i == self.cut_after:
                raise ReplicaFailed(f"{self.name} died mid-answer")
            yield TokenDelta(text=f"t{i}")
        yield Finish("length", 1, 3)

    async def probe(self, timeout: float) -> None:
        if self.broken:
            raise ReplicaFailed(f"{self.name} is down")

    async def aclose(self) -> None:
        pass


def make_pool(*replicas: ScriptedReplica, **health: float) -> tuple[Pool, ModelPool]:
    config = HealthConfig(**{"eject_after_failures": 2, "cooldown_s": 0.2, **health})
    model = ModelPool("m", "test", [ReplicaState("m", r) for r in replicas], config)
    return Pool([model], config), model


async def drain(pool: Pool) -> tuple[str, list[Event]]:
    started = await pool.start(REQUEST, time.monotonic() + 5)
    return started.replica, [e async for e in started.events]


async def test_failure_before_the_first_token_moves_to_another_replica() -> None:
    bad, good = ScriptedReplica("bad", broken=True), ScriptedReplica("good")
    pool, _ = make_pool(bad, good)
    for _ in range(4):
        replica, events = await drain(pool)
        assert replica == "good" and isinstance(events[-1], Finish)
    assert bad.calls == 2, "ejected after two consecutive failures"


async def test_ejection_cooldown_grows_and_the_replica_returns() -> None:
    bad = ScriptedReplica("bad", broken=True)
    pool, model = make_pool(bad, ScriptedReplica("good"))
    state = model.replicas[0]
    while state.ejections == 0:
        await drain(pool)
    first = state.ejected_until - time.monotonic()
    assert 0.1 < first <= 0.2
    time.sleep(0.25)  # cool-down over: on probation, one failure ejects for twice as long
    calls = bad.calls
    while bad.calls == calls:
        await drain(pool)
    second = state.ejected_until - time.monotonic()
    assert 0.3 < second <= 0.4 and state.ejections == 2
    bad.broken = False
    time.sleep(0.45)
    assert {(await drain(pool))[0] for _ in range(4)} == {"bad", "good"}


async def test_no_retry_after_the_first_token() -> None:
    cut = ScriptedReplica("cut", cut_after=1)
    other = ScriptedReplica("other")
    pool, model = make_pool(cut, other)
    model._turn = len(model.replicas) - 1  # next pick starts at "cut"
    started = await pool.start(REQUEST, None)
    assert started.replica == "cut"
    assert isinstance(await anext(started.events), TokenDelta)
    with pytest.raises(UpstreamError):
        await anext(started.events)
    assert other.calls == 0
    assert all(s.inflight == 0 for s in model.replicas)


async def test_all_replicas_down_is_service_unavailable_with_every_reason() -> None:
    pool, _ = make_pool(ScriptedReplica("a", broken=True), ScriptedReplica("b", broken=True))
    with pytest.raises(ServiceUnavailable) as caught:
        await pool.start(REQUEST, None)
    assert "a is down" in caught.value.message and "b is down" in caught.value.message


async def test_active_probe_ejects_a_dead_replica_before_traffic_finds_it() -> None:
    dead = ScriptedReplica("dead", broken=True)
    pool, model = make_pool(dead, ScriptedReplica("alive"), eject_after_failures=2)
    await pool.probe_once()
    await pool.probe_once()
    assert not model.replicas[0].available(time.monotonic())
    assert dead.calls == 0
