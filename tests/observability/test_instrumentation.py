"""The instrumentation layer in-process: what one request records, with a scripted backend
(the real edge is covered by test_prometheus and test_live_page)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from duet.core.metrics import Metrics
from duet.core.settings import HttpSettings
from duet.gateway.app import create_app
from duet.core.backend import Event, Finish, Generation, GenerationRequest, ModelInfo
from duet.core.backend import RequestContext, Route, TokenDelta
from duet.core.errors import RateLimited
from duet.gateway.recent import RecentDecisions, parse_reasons
from duet.gateway.ui import ui_router

SECRET = "my card is 4111 1111 1111 1111"


class ScriptedBackend:
    """Answers "ok ok ok" with the headers it is given; ``busy`` makes it refuse."""

    def __init__(self, headers: dict[str, str], busy: bool = False) -> None:
        self.headers = headers
        self.busy = busy

    def models(self) -> list[ModelInfo]:
        return [ModelInfo("auto")]

    def ready(self) -> bool:
        return True

    async def generate(self, request: GenerationRequest, ctx: RequestContext) -> Generation:
        if self.busy:
            raise RateLimited("busy", retry_after=1.0)

        async def events() -> AsyncIterator[Event]:
            for _ in range(3):
                yield TokenDelta("ok ")
            yield Finish("stop", prompt_tokens=7, completion_tokens=3)

        h = self.headers
        route = Route(
            target=h.get("x-duet-route", ""),  # type: ignore[arg-type]  # a test's chosen value
            reasons=tuple(h["x-duet-reasons"].split(",")) if "x-duet-reasons" in h else (),
            cache=h.get("x-duet-cache"),  # type: ignore[arg-type]  # a test's chosen value
        )
        return Generation("auto", events(), route)


def _value(metrics: Metrics, name: str, labels: dict[str, str] | None = None) -> float | None:
    return metrics.registry.get_sample_value(name, labels or {})


async def _post(app: object, stream: bool = False) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://edge") as client:
        return await client.post("/v1/chat/completions", json={
            "model": "auto", "stream": stream,
            "messages": [{"role": "user", "content": SECRET}]})


@pytest.mark.parametrize("stream", [False, True])
async def test_one_request_is_recorded_once(stream: bool) -> None:
    metrics, recent = Metrics(), RecentDecisions(size=5)
    backend = ScriptedBackend({"x-duet-route": "cloud", "x-duet-cache": "miss",
                               "x-duet-reasons": "difficulty_high, Not A Code!"})
    app = create_app(HttpSettings(), backend, metrics=metrics, recent=recent,
                     extra_routers=[ui_router(recent, lambda: "degraded")])
    response = await _post(app, stream)
    assert response.status_code == 200
    labels = {"endpoint": "chat_completions", "target": "cloud", "status": "200"}
    assert _value(metrics, "duet_requests_total", labels) == 1
    assert _value(metrics, "duet_request_duration_seconds_count", {"target": "cloud"}) == 1
    assert _value(metrics, "duet_routing_decisions_total",
                  {"target": "cloud", "reason": "difficulty_high"}) == 1
    assert _value(metrics, "duet_routing_decisions_total",
                  {"target": "cloud", "reason": "other"}) == 1
    assert _value(metrics, "duet_time_to_first_token_seconds_count", {"target": "cloud"}) == 1
    assert _value(metrics, "duet_tokens_total", {"target": "cloud", "kind": "completion"}) == 3
    assert _value(metrics, "duet_tokens_total", {"target": "cloud", "kind": "prompt"}) == 7
    assert _value(metrics, "duet_generation_tokens_per_second_count", {"target": "cloud"}) == 1
    assert _value(metrics, "duet_local_tokens_saved_total", {"kind": "prompt"}) is None
    (decision,) = recent.latest()
    assert decision["target"] == "cloud" and decision["cache"] == "miss"
    assert decision["reasons"] == ["difficulty_high", "other"]

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://edge") as client:
        exposition = (await client.get("/metrics")).text
        state = (await client.get("/ui/state.json")).json()
        page = await client.get("/ui")
    assert 'duet_requests_total{endpoint="chat_completions",status="200",target="cloud"} 1.0' \
        in exposition
    assert SECRET not in exposition and SECRET not in str(state)
    assert state["connectivity"] == "degraded" and state["share"]["cloud"] == 1
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]


async def test_refusals_count_under_none_with_their_status() -> None:
    metrics, recent = Metrics(), RecentDecisions()
    app = create_app(HttpSettings(), ScriptedBackend({}, busy=True), metrics=metrics,
                     recent=recent)
    assert (await _post(app)).status_code == 429
    labels = {"endpoint": "chat_completions", "target": "none", "status": "429"}
    assert _value(metrics, "duet_requests_total", labels) == 1
    assert _value(metrics, "duet_request_duration_seconds_count", {"target": "none"}) is None
    assert recent.latest()[0]["status"] == 429
    assert _value(metrics, "duet_routing_decisions_total",
                  {"target": "none", "reason": "none"}) is None


async def test_local_answers_count_as_tokens_kept_local() -> None:
    metrics = Metrics()
    app = create_app(HttpSettings(), ScriptedBackend({"x-duet-route": "local"}), metrics=metrics)
    await _post(app)
    assert _value(metrics, "duet_local_tokens_saved_total", {"kind": "completion"}) == 3
    assert _value(metrics, "duet_routing_decisions_total",
                  {"target": "local", "reason": "none"}) == 1


async def test_disabled_metrics_record_nothing_and_hide_the_route() -> None:
    metrics, recent = Metrics(enabled=False), RecentDecisions()
    settings = HttpSettings(metrics_enabled=False)
    app = create_app(settings, ScriptedBackend({"x-duet-route": "local"}), metrics=metrics,
                     recent=recent)
    assert (await _post(app)).status_code == 200
    assert _value(metrics, "duet_requests_total",
                  {"endpoint": "chat_completions", "target": "local", "status": "200"}) is None
    assert len(recent) == 1  # the live page works without metrics
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://edge") as client:
        assert (await client.get("/metrics")).status_code == 404


def test_reason_header_parsing_is_bounded() -> None:
    assert parse_reasons(None) == []
    assert parse_reasons("pii, privacy_tag ,pii") == ["pii", "privacy_tag"]
    assert parse_reasons("DROP TABLE;, x" * 20)[:1] == ["other"]
    assert len(parse_reasons(",".join(f"r{i}" for i in range(50)))) == 8


def test_ring_buffer_is_bounded_and_newest_first() -> None:
    recent = RecentDecisions(size=3)
    for i in range(5):
        recent.add("local" if i % 2 else "cloud", [], float(i), None, 200)
    assert [d["latency_ms"] for d in recent.latest()] == [4.0, 3.0, 2.0]
    assert recent.share()["local"] == 2 and recent.share()["cloud"] == 3
    assert recent.share()["local_share"] == 0.4
    recent.add("somewhere-else", [], 1.0, "<script>", 200)
    assert recent.latest()[0]["target"] == "none" and recent.latest()[0]["cache"] is None
