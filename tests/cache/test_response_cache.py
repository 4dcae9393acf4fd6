"""The response cache's own logic, in process: policy, keys, single-flight, privacy, fail-open.

The store is a real redis-server where sharing matters, the in-process LRU elsewhere; the
generation source is scripted (see ``scripted``) so failures can be caused on demand.
"""

from __future__ import annotations

import asyncio
import dataclasses
import signal
import time

import pytest

from duet.cache import LruStore, RedisStore, ResponseCache, cache_key
from duet.cache.codec import decode, encode
from duet.core.metrics import Metrics
from duet.core.backend import Finish, GenerationRequest, SamplingParams, TokenDelta, TopLogprob
from duet.core.errors import UpstreamError
from tests.cache.conftest import RedisServer
from tests.fakes import Scripted, chat, ctx, drain


def lru_cache(**kwargs: object) -> ResponseCache:
    return ResponseCache(LruStore(1 << 20), scope="edge", **kwargs)  # type: ignore[arg-type]


def results(metrics: Metrics, result: str) -> float:
    return metrics.registry.get_sample_value("duet_cache_results_total", {"result": result}) or 0


def errors(metrics: Metrics, operation: str) -> float:
    value = metrics.registry.get_sample_value("duet_cache_errors_total", {"operation": operation})
    return value or 0


async def settle() -> None:
    """Let flight tasks finish their store writes."""
    for _ in range(5):
        await asyncio.sleep(0.01)


# ---- keys and entries --------------------------------------------------------------------


def test_every_sampling_parameter_and_the_tenant_change_the_key() -> None:
    base = chat()
    key = cache_key("key-a", "edge", base)
    changed = {
        "max_tokens": 9, "temperature": 0.5, "top_p": 0.9, "stop": ("\n",), "seed": 1,
        "presence_penalty": 0.1, "frequency_penalty": 0.1, "logprobs": True, "top_logprobs": 2,
    }
    assert set(changed) == {f.name for f in dataclasses.fields(SamplingParams)}
    for name, value in changed.items():
        other = dataclasses.replace(base, params=dataclasses.replace(base.params, **{name: value}))
        assert cache_key("key-a", "edge", other) != key, name
    assert cache_key("key-b", "edge", base).tenant_hash != key.tenant_hash
    assert cache_key("key-a", "cloud", base) != key
    assert cache_key("key-a", "edge", dataclasses.replace(base, model="other")) != key
    assert cache_key("key-a", "edge", chat("another question")) != key
    # one entry serves streaming and non-streaming clients
    assert cache_key("key-a", "edge", dataclasses.replace(base, stream=True)) == key
    completion = GenerationRequest("auto", base.params, prompt="What is the tyre pressure?")
    assert cache_key("key-a", "edge", completion) != key


def test_the_key_holds_no_prompt_text() -> None:
    key = cache_key("key-a", "edge", chat("tyre pressure"))
    assert key.redis_key.startswith(f"duet:v1:{key.tenant_hash}:")
    assert "tyre" not in key.redis_key and "key-a" not in key.redis_key


def test_entries_round_trip_with_logprobs() -> None:
    deltas = [TokenDelta("a"), TokenDelta("é", -0.25, (TopLogprob("é", -0.25), TopLogprob("e", -2.0)))]
    finish = Finish("length", 5, 2)
    entry = decode(encode("m", deltas, finish))
    assert entry.model == "m" and list(entry.events) == [*deltas, finish]


# ---- hit, miss, bypass -------------------------------------------------------------------


async def test_miss_then_hit_replays_the_same_events() -> None:
    source, metrics = Scripted(), Metrics()
    cache = lru_cache(metrics=metrics)
    first = await cache.generate(chat(), ctx(), source.start)
    assert first.route.headers()["x-duet-cache"] == "miss" and first.route.headers()["x-duet-route"] == "local"
    original = await drain(first)
    await settle()
    second = await cache.generate(chat(), ctx(), source.start)
    assert second.route.headers()["x-duet-cache"] == "hit" and second.route.headers()["x-duet-route"] == "cache"
    assert second.model == first.model == "scripted-model"
    assert await drain(second) == original
    assert source.generations == 1
    assert (results(metrics, "miss"), results(metrics, "hit")) == (1, 1)


async def test_only_deterministic_requests_are_cached_by_default() -> None:
    source = Scripted()
    cache = lru_cache()
    for _ in range(2):
        generation = await cache.generate(chat(temperature=0.7), ctx(), source.start)
        assert generation.route.headers()["x-duet-cache"] == "bypass"
        await drain(generation)
    seeded = chat(temperature=0.7, seed=42)
    await drain(await cache.generate(seeded, ctx(), source.start))
    await settle()
    assert (await cache.generate(seeded, ctx(), source.start)).route.headers()["x-duet-cache"] == "hit"
    assert source.generations == 3


async def test_mode_all_caches_sampled_requests_and_mode_off_nothing() -> None:
    source = Scripted()
    widened, off = lru_cache(mode="all"), lru_cache(mode="off")
    await drain(await widened.generate(chat(temperature=0.7), ctx(), source.start))
    await settle()
    assert (await widened.generate(chat(temperature=0.7), ctx(), source.start)).route.headers()[
        "x-duet-cache"] == "hit"
    for _ in range(2):
        generation = await off.generate(chat(), ctx(), source.start)
        assert generation.route.headers()["x-duet-cache"] == "bypass"
        await drain(generation)
    assert source.generations == 3


async def test_no_cache_skips_the_lookup_and_no_store_skips_the_write() -> None:
    source = Scripted()
    cache = lru_cache()
    unstored = await cache.generate(chat(), ctx(cache_control="no-store"), source.start)
    assert unstored.route.headers()["x-duet-cache"] == "miss"
    await drain(unstored)
    await settle()
    assert (await cache.generate(chat(), ctx(cache_control="no-store"), source.start)).route.headers()[
        "x-duet-cache"] == "miss"  # nothing was written
    await settle()
    await drain(await cache.generate(chat(), ctx(), source.start))  # stored now
    await settle()
    fresh = await cache.generate(chat(), ctx(cache_control="no-cache"), source.start)
    assert fresh.route.headers()["x-duet-cache"] == "bypass"
    await drain(fresh)
    assert source.generations == 4


# ---- single-flight -----------------------------------------------------------------------


async def test_twenty_concurrent_identical_misses_cause_one_generation() -> None:
    source = Scripted(delay_s=0.02)
    cache = lru_cache()

    async def one() -> tuple[str, list[object]]:
        generation = await cache.generate(chat(), ctx(), source.start)
        return generation.route.headers()["x-duet-cache"], await drain(generation)

    answers = await asyncio.gather(*(one() for _ in range(20)))
    assert source.generations == 1
    assert sorted(h for h, _ in answers).count("miss") == 1
    assert all(events == answers[0][1] for _, events in answers)
    assert isinstance(answers[0][1][-1], Finish)


async def test_a_failed_generation_fails_every_reader_and_is_not_stored() -> None:
    source = Scripted(fail_after=2, delay_s=0.01)
    cache = lru_cache()
    generations = [await cache.generate(chat(), ctx(), source.start) for _ in range(3)]
    for generation in generations:
        with pytest.raises(UpstreamError):
            await drain(generation)
    assert source.generations == 1
    await settle()
    source.fail_after = None
    retry = await cache.generate(chat(), ctx(), source.start)
    assert retry.route.headers()["x-duet-cache"] == "miss"  # the partial answer was not stored
    assert isinstance((await drain(retry))[-1], Finish)
    assert source.generations == 2


async def test_the_first_reader_leaving_does_not_cut_the_others() -> None:
    source = Scripted(tokens=("a", "b", "c", "d"), delay_s=0.02)
    cache = lru_cache()
    leader = await cache.generate(chat(), ctx(), source.start)
    follower = await cache.generate(chat(), ctx(), source.start)
    assert await leader.events.__anext__() == TokenDelta("a", -0.5)
    await leader.aclose()
    events = await drain(follower)
    assert [e.text for e in events if isinstance(e, TokenDelta)] == ["a", "b", "c", "d"]


async def test_the_generation_stops_when_every_reader_has_left() -> None:
    source = Scripted(tokens=tuple("abcdefgh"), delay_s=0.05)
    cache = lru_cache()
    readers = [await cache.generate(chat(), ctx(), source.start) for _ in range(2)]
    await readers[0].events.__anext__()
    for reader in readers:
        await reader.aclose()  # one mid-stream, one never started
    await settle()
    assert source.closed == 1  # the source generation was closed, not run to the end
    retry = await cache.generate(chat(), ctx(), source.start)
    assert retry.route.headers()["x-duet-cache"] == "miss"
    await drain(retry)


# ---- tenants and privacy -----------------------------------------------------------------


async def test_tenants_never_share_entries(redis_server: RedisServer) -> None:
    source = Scripted()
    cache = ResponseCache(RedisStore(redis_server.url), scope="edge")
    try:
        await drain(await cache.generate(chat(), ctx("key-a"), source.start))
        await settle()
        other = await cache.generate(chat(), ctx("key-b"), source.start)
        assert other.route.headers()["x-duet-cache"] == "miss"
        await drain(other)
        await settle()
        assert source.generations == 2
        prefixes = {key.decode().rsplit(":", 1)[0] for key in redis_server.dump()}
        assert len(prefixes) == 2
    finally:
        await cache.close()


async def test_private_requests_never_reach_the_shared_store(redis_server: RedisServer) -> None:
    secret = "My IBAN is DE89370400440532013000, what is my balance?"
    source = Scripted(tokens=("DE8937", "0400440532013000", " secret reply"))
    private_lru = LruStore(1 << 20)
    cache = ResponseCache(RedisStore(redis_server.url), scope="edge", private_store=private_lru)
    try:
        for _ in range(2):
            first = await cache.generate(chat(secret), ctx(), source.start,
                                         shared_store_allowed=False)
            await drain(first)
            await settle()
        assert first.route.headers()["x-duet-cache"] == "hit"  # served from the device's own store
        assert len(private_lru) == 1
        assert redis_server.dump() == {}
        without_local = ResponseCache(RedisStore(redis_server.url), scope="edge")
        generation = await without_local.generate(chat(secret), ctx(), source.start,
                                                   shared_store_allowed=False)
        assert generation.route.headers()["x-duet-cache"] == "bypass"
        await drain(generation)
        await settle()
        assert redis_server.dump() == {}
        await without_local.close()
    finally:
        await cache.close()


def test_a_shared_store_is_refused_as_the_private_store(redis_server: RedisServer) -> None:
    with pytest.raises(ValueError):
        ResponseCache(LruStore(100), scope="edge", private_store=RedisStore(redis_server.url))


# ---- fail open ---------------------------------------------------------------------------


async def test_a_frozen_redis_costs_each_request_at_most_one_bounded_call(
    redis_server: RedisServer,
) -> None:
    source, metrics = Scripted(delay_s=0.001), Metrics()
    cache = ResponseCache(RedisStore(redis_server.url), scope="edge", metrics=metrics)
    try:
        redis_server.send(signal.SIGSTOP)
        held = []
        for round_ in range(8):
            async def one(i: int) -> None:
                began = time.perf_counter()
                generation = await cache.generate(chat(f"q{round_}-{i % 3}"), ctx(), source.start)
                held.append(time.perf_counter() - began)  # the cache's time, before any token
                assert generation.route.headers()["x-duet-cache"] in ("miss", "hit")
                assert isinstance((await drain(generation))[-1], Finish)

            await asyncio.gather(*(one(i) for i in range(10)))
            await asyncio.sleep(0.05)
        assert max(held) < 0.25, max(held)  # 5x the 50 ms Redis timeout; a waiting call: 2 s
        assert results(metrics, "error") > 0 and errors(metrics, "get") > 0
    finally:
        redis_server.send(signal.SIGCONT)
        await cache.close()
