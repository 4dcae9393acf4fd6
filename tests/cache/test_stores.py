"""The stores on their own: the in-process LRU, the reconnect gate, and Redis (a real server)."""

from __future__ import annotations

import asyncio
import signal
import time

import pytest

from duet.cache import LruStore, RedisStore, StoreError, StoreUnavailable
from duet.cache.backoff import BackoffGate, Ticket
from tests.cache.conftest import RedisServer


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# ---- LRU ---------------------------------------------------------------------------------


async def test_lru_round_trip_and_ttl() -> None:
    clock = Clock()
    store = LruStore(10_000, clock=clock)
    await store.set("k", b"value", ttl_s=5)
    assert await store.get("k") == b"value"
    clock.now += 4.9
    assert await store.get("k") == b"value"
    clock.now += 0.2
    assert await store.get("k") is None
    assert len(store) == 0 and store.size_bytes == 0


async def test_lru_is_bounded_in_bytes_and_evicts_least_recently_used() -> None:
    store = LruStore(3 * (1 + 1000 + 120))  # room for exactly three 1000-byte entries
    for key in "abc":
        await store.set(key, b"x" * 1000, ttl_s=60)
    assert await store.get("a") is not None  # "a" is now the most recently used
    await store.set("d", b"x" * 1000, ttl_s=60)
    assert await store.get("b") is None
    assert [await store.get(k) is not None for k in "acd"] == [True, True, True]
    assert store.size_bytes <= store.max_bytes


async def test_lru_refuses_an_entry_larger_than_its_budget() -> None:
    store = LruStore(500)
    await store.set("small", b"x", ttl_s=60)
    await store.set("big", b"x" * 1000, ttl_s=60)
    assert await store.get("big") is None
    assert await store.get("small") == b"x"


# ---- reconnect gate ----------------------------------------------------------------------


def test_gate_skips_during_a_growing_pause_then_lets_one_probe_in() -> None:
    clock = Clock()
    gate = BackoffGate(0.125, 0.5, clock=clock)  # binary fractions: exact clock arithmetic
    ticket = gate.acquire()
    assert ticket is Ticket.NORMAL
    gate.failure(ticket)
    assert gate.acquire() is None  # within the pause
    gate.failure(Ticket.NORMAL)  # a call that started before the failure does not extend it
    clock.now += 0.125
    probe = gate.acquire()
    assert probe is Ticket.PROBE
    assert gate.acquire() is None  # one probe at a time
    gate.failure(probe)  # the pause doubles to 0.25
    clock.now += 0.125
    assert gate.acquire() is None
    clock.now += 0.125
    probe = gate.acquire()
    assert probe is Ticket.PROBE
    gate.failure(probe)  # 0.5
    clock.now += 0.5
    probe = gate.acquire()
    assert probe is Ticket.PROBE
    gate.failure(probe)  # capped at 0.5
    clock.now += 0.5
    probe = gate.acquire()
    assert probe is Ticket.PROBE
    gate.success(probe)
    assert gate.healthy and gate.acquire() is Ticket.NORMAL


def test_gate_frees_the_probe_slot_when_a_probe_is_abandoned() -> None:
    clock = Clock()
    gate = BackoffGate(0.1, 1.0, clock=clock)
    gate.failure(Ticket.NORMAL)
    clock.now += 0.1
    probe = gate.acquire()
    assert probe is Ticket.PROBE
    gate.release(probe)
    assert gate.acquire() is Ticket.PROBE


# ---- Redis -------------------------------------------------------------------------------


async def test_redis_round_trip_and_ttl(redis_server: RedisServer) -> None:
    store = RedisStore(redis_server.url)
    try:
        await store.set("duet:v1:t:k", b"\x00binary\xff", ttl_s=0.3)
        assert await store.get("duet:v1:t:k") == b"\x00binary\xff"
        assert await store.get("duet:v1:t:other") is None
        await asyncio.sleep(0.4)
        assert await store.get("duet:v1:t:k") is None
    finally:
        await store.close()


async def test_redis_killed_fails_fast_backs_off_and_comes_back(
    redis_server: RedisServer,
) -> None:
    store = RedisStore(redis_server.url, backoff_initial_s=0.1, backoff_max_s=0.4)
    try:
        await store.set("k", b"v", ttl_s=60)
        redis_server.kill9()
        began = time.perf_counter()
        with pytest.raises(StoreError):
            await store.get("k")
        assert time.perf_counter() - began < 0.1
        with pytest.raises(StoreUnavailable):  # skipped without touching the network
            await store.get("k")
        redis_server.start()  # same port, empty
        deadline = time.monotonic() + 3
        while True:
            try:
                assert await store.get("k") is None
                break
            except StoreError:
                assert time.monotonic() < deadline, "redis did not come back"
                await asyncio.sleep(0.05)
        await store.set("k", b"again", ttl_s=60)
        assert await store.get("k") == b"again"
    finally:
        await store.close()


async def test_frozen_redis_never_holds_a_call_longer_than_its_bound(
    redis_server: RedisServer,
) -> None:
    store = RedisStore(redis_server.url, timeout_s=0.05, backoff_initial_s=0.1)
    try:
        await store.set("k", b"v", ttl_s=60)
        redis_server.send(signal.SIGSTOP)
        durations, errors = [], 0

        async def one() -> None:
            nonlocal errors
            began = time.perf_counter()
            try:
                await store.get("k")
            except StoreError:
                errors += 1
            durations.append(time.perf_counter() - began)

        for _ in range(10):  # waves of concurrent calls over ~0.5 s
            await asyncio.gather(*(one() for _ in range(20)))
            await asyncio.sleep(0.05)
        assert errors == len(durations) == 200
        assert max(durations) < 0.1, max(durations)
        redis_server.send(signal.SIGCONT)
        await asyncio.sleep(0.25)  # past the pause
        values = []
        for _ in range(20):
            try:
                values.append(await store.get("k"))
            except StoreError:
                await asyncio.sleep(0.05)
        assert b"v" in values
    finally:
        redis_server.send(signal.SIGCONT)
        await store.close()
