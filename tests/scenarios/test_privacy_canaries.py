"""Privacy canaries through every path (see ``canaries.py``), then searched for everywhere
outside the device's own process. Expected count: 0. Redacted escalations do reach the cloud,
carrying placeholders only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.cache.conftest import RedisServer, requires_redis
from tests.scenarios.canaries import (
    Canaries,
    CanaryRun,
    Search,
    send_during_outage,
    send_everywhere,
)
from tests.scenarios.hostile_canaries import HostileCanaries, checked_outcomes, send_hostile
from tests.scenarios.system import System, wait_until

pytestmark = requires_redis

# --cache-private-local: the device's own in-process cache may hold private answers (never Redis)
EDGE_FLAGS = ["--log-level", "debug", "--cascade-enabled", "--cascade-min-logprob", "0",
              "--max-prompt-chars", "2000", "--cache-private-local"]


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer()
    server.start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def system(pool_file: Path, redis_server: RedisServer) -> Iterator[System]:
    system = System(
        pool_file,
        edge_flags=[*EDGE_FLAGS, "--redis-url", redis_server.url],
        cloud_flags=["--log-level", "debug", "--redis-url", redis_server.url],
        capture=True,
        name="canaries",
    )
    try:
        yield system
    finally:
        system.close()


def test_no_canary_leaves_the_device(system: System, redis_server: RedisServer) -> None:
    system.wait_cloud_model_listed()
    canaries = Canaries.new()
    run = send_everywhere(system, canaries)
    # the cloud down: redacted requests fall back, private ones stay local
    system.proxy.reset()
    system.proxy.reset_all()
    send_during_outage(system, run)
    system.proxy.passthrough()
    assert wait_until(lambda: system.conn_state() != "down", 10)
    outcomes = {p.name: p.outcome for p in run.paths}
    print(*(f"{k}: {v}" for k, v in outcomes.items()), sep="\n")

    # the paths were really taken: private requests answered on the device, redacted ones
    # escalated, errors refused, a fallback happened, the cache was hit, cascade is live
    assert outcomes["pii json"].startswith("200 local pii")
    assert outcomes["pii forced cloud"].startswith("200 local pii")
    assert outcomes["pii cache hit"].endswith("cache=hit")
    assert outcomes["tag header cache hit"].endswith("cache=hit")
    assert outcomes["tag header json"].startswith("200 local privacy_tag")
    assert outcomes["tag metadata forced cloud"].startswith("200 local privacy_tag")
    assert outcomes["redact json"].startswith("200 cloud")
    assert outcomes["redact stream"].startswith("200 stream cloud")
    assert outcomes["redact cache hit"].endswith("cache=hit")
    assert "cloud_error_fallback" in outcomes["redact fallback"] or "offline" in outcomes[
        "redact fallback"] or "circuit_open" in outcomes["redact fallback"]
    assert outcomes["redact fallback"].startswith("200 local")
    for name in ("oversized prompt", "bad temperature", "bad n", "bad role", "unknown model",
                 "bad json"):
        assert outcomes[name][0] == "4", (name, outcomes[name])
    cascade = system.client().chat.completions.with_raw_response.create(
        model="auto", messages=[{"role": "user", "content": "Say hello."}], max_tokens=4,
        extra_headers={"cache-control": "no-cache, no-store"},
    )
    assert "cascade_low_confidence" in cascade.headers["x-duet-reasons"]

    # search everything that left the device or persists
    assert system.cloud is not None and system.edge is not None
    captured = system.proxy.captured()
    places = _places(system, redis_server)
    search = Search(places, canaries.needles())
    print(search.sizes())
    assert search.found() == {}
    # the search can fail: the redacted escalations reached the cloud, as placeholders, and
    # the canaries are where they should be (the edge log does mention requests; Redis holds
    # the cloud's and the edge's shareable answers)
    assert b"[EMAIL_1]" in captured.up and b"[API_KEY_SECRET_1]" in captured.up
    assert b"[PHONE_1]" in captured.up
    assert len(places["redis"]) > 0 and len(places["edge log"]) > 0


def test_hostile_forms_forced_to_the_cloud_never_leave_the_device(
    system: System, redis_server: RedisServer
) -> None:
    system.wait_cloud_model_listed()
    canaries = HostileCanaries.new()
    run = CanaryRun(Canaries.new())
    send_hostile(system, canaries, run)
    print(*(f"{p.name}: {p.outcome}" for p in run.paths), sep="\n")
    checked_outcomes(run)
    assert system.cloud is not None and system.edge is not None
    captured = system.proxy.captured()
    assert Search(_places(system, redis_server), canaries.needles()).found() == {}
    assert len(captured.up) > 0  # the user-field request did cross the link, hashed


def _places(system: System, redis_server: RedisServer) -> dict[str, bytes]:
    """Everything outside the device's own process where a canary could end up."""
    assert system.cloud is not None and system.edge is not None
    captured = system.proxy.captured()
    return {
        "edge→cloud bytes": captured.up,
        "cloud→edge bytes": captured.down,
        "cloud log": system.cloud.log().encode(),
        "edge log": system.edge.log().encode(),
        "redis": b"\n".join(k + b"\n" + v for k, v in redis_server.dump().items()),
        "edge /metrics": httpx.get(system.url + "/metrics", timeout=5).content,
        "cloud /metrics": httpx.get(system.cloud.url + "/metrics", timeout=5).content,
    }
