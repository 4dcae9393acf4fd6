"""The edge agent's core in process: planner, privacy guard and executor, with the real router and
the shared scripted engine and cloud (tests/fakes.py). Each path is a table row that runs in
milliseconds; the same paths run end to end with the real model in tests/edge and tests/scenarios."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from typing import Any

import pytest

from duet.core.backend import GenerationRequest, RequestContext, SamplingParams, TokenDelta
from duet.core.errors import (
    DeadlineExceeded,
    InvalidRequest,
    RateLimited,
    ServiceUnavailable,
    UpstreamError,
)
from duet.core.metrics import Metrics
from duet.core.settings import EdgeSettings
from duet.core.structured import ResponseFormat, ToolSpec
from duet.edge_agent.agent import EdgeAgent
from duet.edge_agent.executor import AttemptsFailed
from duet.edge_agent.guard import MESSAGE_FIELDS, REQUEST_FIELDS, PrivacyGuard, PrivateContent
from duet.edge_agent.monitor import ConnectivityMonitor
from duet.edge_agent.planner import After, Tier
from duet.router import BreakerState, Router
from duet.router.types import Signals
from tests.fakes import ScriptedCloud, ScriptedEngine

EASY = "Turn on the seat heating."
HARD = ("Prove that for every prime p > 3, p^2 - 1 is divisible by 24, then generalise the "
        "argument to p^4 - 1 and explain each step of the proof in detail.")
EMAIL = "lena.hofmann@example.org"
ROUTER = Router()


def request(text: str = EASY, *, model: str = "auto", stream: bool = True, user: str | None = None,
            **metadata: Any) -> GenerationRequest:
    return GenerationRequest(
        model, SamplingParams(temperature=0.0, max_tokens=8),
        messages=[{"role": "user", "content": text}], stream=stream, user=user, metadata=metadata,
    )


def ctx(deadline_s: float | None = 5.0, **headers: str) -> RequestContext:
    deadline = None if deadline_s is None else time.monotonic() + deadline_s
    return RequestContext("req-1", "tenant", {k.replace("_", "-"): v for k, v in headers.items()},
                          deadline=deadline)


def agent(engine: ScriptedEngine | None = None, cloud: ScriptedCloud | None = None,
          monitor: ConnectivityMonitor | None = None, metrics: Metrics | None = None,
          **settings: Any) -> EdgeAgent:
    edge_settings = EdgeSettings(**settings)
    if monitor is None and cloud is not None:  # a link that is up until a test says otherwise
        monitor = ConnectivityMonitor(cloud.check_health, edge_settings)  # not started
    return EdgeAgent(
        engine or ScriptedEngine(), ROUTER, edge_settings,  # type: ignore[arg-type]
        cloud=cloud, monitor=monitor, metrics=metrics,
        guard=PrivacyGuard(b"k" * 32, metrics),
    )


async def answer(a: EdgeAgent, req: GenerationRequest, c: RequestContext) -> tuple[str, Any]:
    generation = await a.generate(req, c)
    text = "".join([e.text async for e in generation.events if isinstance(e, TokenDelta)])
    return text, generation


# ---- the plan ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "headers", "settings", "tiers"), [
    (HARD, {}, {}, [(Tier.CLOUD, None), (Tier.LOCAL, After.FAILURE)]),
    (HARD, {}, {"fallback_to_local": False}, [(Tier.CLOUD, None)]),
    (EASY, {}, {}, [(Tier.LOCAL, None), (Tier.CLOUD, After.BUSY)]),
    (EASY, {"x_duet_privacy": "local_only"}, {}, [(Tier.LOCAL, None)]),
    (HARD, {"x_duet_privacy": "local_only"}, {}, [(Tier.LOCAL, None)]),
    (EASY, {}, {"cascade_enabled": True}, [(Tier.CASCADE, None), (Tier.CLOUD, After.BUSY)]),
])
def test_plans(text: str, headers: dict[str, str], settings: dict[str, Any],
               tiers: list[tuple[Tier, After | None]]) -> None:
    plan = agent(cloud=ScriptedCloud(), **settings).planner.plan(request(text), ctx(**headers))
    assert [(a.tier, a.after) for a in plan.attempts] == tiers


def test_a_named_cloud_model_while_offline_has_no_attempt() -> None:
    a = agent(cloud=ScriptedCloud())
    up = a.planner.connectivity()
    a.planner.connectivity = lambda: dataclasses.replace(up, state="down")
    assert a.planner.plan(request(EASY, model="big-model"), ctx()).attempts == ()


# ---- executing it ----------------------------------------------------------------------------


@pytest.mark.parametrize(("case", "cloud", "engine", "text", "route", "reasons", "cacheable"), [
    ("cloud answers", ScriptedCloud(), None, HARD, "cloud", ["difficulty_high"], True),
    ("cloud fails first, local answers", ScriptedCloud(fail=ServiceUnavailable("down")), None,
     HARD, "local", ["difficulty_high", "cloud_error_fallback"], False),
    ("cloud breaks mid-answer (client does not stream): the local model continues it",
     ScriptedCloud(fail_after=1), None, HARD, "cloud", ["difficulty_high", "continued_local"],
     False),
    ("local answers", ScriptedCloud(), None, EASY, "local", ["difficulty_low"], True),
    ("local queue full, cloud takes it", ScriptedCloud(), ScriptedEngine(busy=True), EASY,
     "cloud", ["difficulty_low", "local_busy"], False),
])
async def test_attempts(case: str, cloud: ScriptedCloud, engine: ScriptedEngine | None, text: str,
                        route: str, reasons: list[str], cacheable: bool) -> None:
    a = agent(engine, cloud)
    answer_text, generation = await answer(a, request(text, stream=False), ctx())
    assert generation.route.target == route, case
    assert list(generation.route.reasons) == reasons, case
    assert generation.cacheable is cacheable, case
    expected = "cloud answer" if route == "cloud" else "local answer"
    if "continued_local" in reasons:
        expected = "cloudlocal answer"  # the cloud's first token, then the local model's
    assert answer_text == expected, case


async def test_a_client_error_from_the_cloud_is_not_answered_locally() -> None:
    engine = ScriptedEngine()
    with pytest.raises(InvalidRequest):
        await answer(agent(engine, ScriptedCloud(fail=InvalidRequest("bad"))), request(HARD), ctx())
    assert engine.requests == []


async def test_a_named_cloud_model_never_falls_back() -> None:
    engine = ScriptedEngine()
    cloud = ScriptedCloud(fail=ServiceUnavailable("down"))
    with pytest.raises(ServiceUnavailable):
        await answer(agent(engine, cloud), request(EASY, model="big-model"), ctx())
    assert engine.requests == [] and len(cloud.requests) == 1


async def test_a_passed_deadline_is_a_504_with_every_attempt_kept() -> None:
    """The cloud started in time but broke after the deadline: no time is left to answer."""
    cloud = ScriptedCloud(fail_after=1, token_delay_s=0.03)
    with pytest.raises(DeadlineExceeded) as raised:
        await answer(agent(cloud=cloud), request(HARD, stream=False), ctx(deadline_s=0.04))
    assert isinstance(raised.value.__cause__, UpstreamError)


async def test_when_every_attempt_fails_their_errors_are_kept_in_order() -> None:
    engine = ScriptedEngine(busy=True)
    cloud = ScriptedCloud(fail=ServiceUnavailable("cloud down"))
    with pytest.raises(ServiceUnavailable) as raised:
        await answer(agent(engine, cloud), request(EASY), ctx())
    chain = raised.value.__cause__
    assert isinstance(chain, AttemptsFailed)
    assert len(chain.errors) == 2
    assert isinstance(chain.errors[0], RateLimited)  # the local queue was full
    assert isinstance(chain.errors[1], ServiceUnavailable)  # then the cloud was down


async def test_local_busy_stays_a_429_when_the_request_is_private() -> None:
    cloud = ScriptedCloud()
    with pytest.raises(RateLimited):
        await answer(agent(ScriptedEngine(busy=True), cloud), request(EASY),
                     ctx(x_duet_privacy="local_only"))
    assert cloud.requests == []


async def test_an_open_breaker_ends_the_wait_for_the_cloud() -> None:
    settings = EdgeSettings()
    cloud = ScriptedCloud(delay_s=2.0)
    monitor = ConnectivityMonitor(cloud.check_health, settings)
    a = agent(cloud=cloud, monitor=monitor)

    async def open_breaker() -> None:
        await asyncio.sleep(0.1)
        for _ in range(settings.breaker_failures):
            monitor.record_failure()

    started = time.monotonic()
    opener = asyncio.create_task(open_breaker())
    text, generation = await answer(a, request(HARD), ctx(deadline_s=30.0))
    await opener
    assert monitor.breaker.state == BreakerState.OPEN
    assert generation.route.target == "local" and text == "local answer"
    assert time.monotonic() - started < 1.0


@pytest.mark.parametrize(("logprob", "route", "added"), [
    (-3.0, "cloud", "cascade_low_confidence"),
    (-0.1, "local", None),
])
async def test_cascade(logprob: float, route: str, added: str | None) -> None:
    a = agent(ScriptedEngine(logprob=logprob), ScriptedCloud(), cascade_enabled=True)
    _, generation = await answer(a, request(EASY), ctx())
    assert generation.route.target == route
    assert (added in generation.route.reasons) if added else generation.route.reasons == (
        "difficulty_low",)


# ---- the privacy guard ------------------------------------------------------------------------


@pytest.mark.parametrize("headers", [{"x_duet_route": "cloud"}, {}])
async def test_private_requests_never_reach_the_cloud(headers: dict[str, str]) -> None:
    cloud = ScriptedCloud()
    for private in (request(f"Write to {EMAIL} about the lease."),
                    request(HARD, privacy="local_only")):
        _, generation = await answer(agent(cloud=cloud), private, ctx(**headers))
        assert generation.route.target == "local"
    assert cloud.requests == []


async def test_redacted_requests_leave_with_placeholders_only_and_the_user_hashed() -> None:
    cloud = ScriptedCloud()
    key = "sk-live-" + "Ab3" * 10  # its placeholder reads "my key is [API_KEY_SECRET_1]"
    req = request(f"{HARD} Send the proof to {EMAIL}; my key is {key}.", user="driver@example.org")
    _, generation = await answer(agent(cloud=cloud), req, ctx(x_duet_privacy="redact"))
    assert generation.route.target == "cloud"
    (sent, sent_ctx), = cloud.requests
    leaving = repr(sent) + repr(sent_ctx)
    assert EMAIL not in leaving and key not in leaving and "driver@example.org" not in leaving
    assert "[EMAIL_1]" in sent.messages[0]["content"]  # type: ignore[index]
    assert sent.user == PrivacyGuard(b"k" * 32).hash_user("driver@example.org")
    assert sent.metadata == {"redacted": True}


def declaring(where: str, value: str) -> GenerationRequest:
    """A hard request (it would go to the cloud) whose declared text carries ``value``."""
    req = request(HARD, stream=False)
    if where == "stop":
        return dataclasses.replace(req, params=dataclasses.replace(req.params, stop=(value,)))
    if where == "tool description":
        return dataclasses.replace(req, tools=(ToolSpec("notify", f"Also copy {value}."),))
    if where == "tool schema":
        schema = {"type": "object", "properties": {"to": {"type": "string", "enum": [value]}}}
        return dataclasses.replace(req, tools=(ToolSpec("notify", "Notify.", schema),))
    schema = {"type": "object", "properties": {"owner": {"const": value}}}
    return dataclasses.replace(req, response_format=ResponseFormat("json_schema", schema, "card"))


WHERE = ["stop", "tool description", "tool schema", "response format"]


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("headers", [{"x_duet_route": "cloud"}, {"x_duet_privacy": "redact"}, {}])
async def test_personal_data_in_declared_text_keeps_the_request_on_the_device(
    where: str, headers: dict[str, str]
) -> None:
    """Tools, the response format and stop sequences leave as they are (a schema cannot be
    redacted): the router reads them, and personal data there keeps the request local."""
    cloud = ScriptedCloud()
    _, generation = await answer(agent(cloud=cloud), declaring(where, EMAIL), ctx(**headers))
    assert cloud.requests == [] and generation.route.target == "local"
    assert generation.route.reasons[-1] in ("pii", "privacy_tag"), generation.route.reasons
    # the same request with a harmless value goes to the cloud
    _, generation = await answer(agent(cloud=cloud), declaring(where, "the team"), ctx(**headers))
    assert generation.route.target == "cloud" and len(cloud.requests) == 1


@pytest.mark.parametrize("where", WHERE)
def test_the_guard_checks_declared_text_the_router_was_not_shown(where: str) -> None:
    """Defence in depth: a decision made without the declared text still cannot send it."""
    metrics = Metrics()
    req = declaring(where, EMAIL)
    decision = ROUTER.decide(Signals(messages=req.messages or []))
    assert decision.may_escalate and not decision.pii
    with pytest.raises(PrivateContent):
        PrivacyGuard(b"k" * 32, metrics).outbound(req, ctx(), decision, allowed_by_tag=False)
    assert metrics.registry.get_sample_value("duet_private_escalations_total") == 1


def test_every_request_field_has_a_privacy_decision() -> None:
    """A field added to the request types without a decision in the guard fails here."""
    assert {f.name for f in dataclasses.fields(GenerationRequest)} == set(REQUEST_FIELDS)
    from duet.gateway.protocol import ChatMessage

    gateway_message_fields = set(ChatMessage.model_fields) | {"tool_calls", "tool_call_id"}
    assert gateway_message_fields <= set(MESSAGE_FIELDS)


# Each field of the OpenAI request models, and the GenerationRequest field it becomes (whose
# privacy decision is in the guard's table), or why it does not leave the device.
GATEWAY_FIELDS: dict[str, str] = {
    "messages": "messages", "prompt": "prompt", "model": "model", "user": "user",
    "metadata": "metadata", "stream": "stream",
    "tools": "tools", "tool_choice": "tool_choice", "parallel_tool_calls": "tool_choice",
    "response_format": "response_format", "service_tier": "priority",
    **{name: "params" for name in (
        "frequency_penalty", "presence_penalty", "logprobs", "top_logprobs", "max_tokens",
        "max_completion_tokens", "seed", "stop", "temperature", "top_p")},
    "stream_options": "not forwarded: read by the device's gateway",
    "n": "not forwarded: refused unless 1",
    "best_of": "not forwarded: refused unless 1", "echo": "not forwarded: refused when true",
    "suffix": "not forwarded: refused when set",
    "logit_bias": "not forwarded: refused when set",
}


@pytest.mark.parametrize("model", ["ChatCompletionRequest", "CompletionRequest"])
def test_every_openai_request_field_leaves_through_the_guard_or_not_at_all(model: str) -> None:
    """A field added to the gateway's request models must say how it leaves the device."""
    from duet.gateway import protocol

    fields = set(getattr(protocol, model).model_fields)
    undecided = fields - set(GATEWAY_FIELDS)
    assert not undecided, f"no privacy decision for {sorted(undecided)}"
    for name in fields:
        target = GATEWAY_FIELDS[name]
        assert target in REQUEST_FIELDS or target.startswith("not forwarded"), name


def test_every_wire_field_is_produced_by_the_guard_or_carries_no_text() -> None:
    """Every field of the outbound protobuf message is either written from what the guard
    returned or is not text a person wrote; a new field fails here until it is decided."""
    from duet.core.v1 import duet_pb2 as pb

    decided = {
        "model": "the model name (guard: sent)", "params": "sampling (guard: stop checked)",
        "chat": "the guard's messages", "prompt": "the guard's prompt",
        "tenant": "the API key's tenant, from the device's configuration",
        "request_id": "the guard's request id", "user": "the guard's keyed hash",
        "privacy": "the guard's mark", "budget_ms": "the time left for the call",
        "tools": "the guard's tools (app-declared functions)", "tool_choice": "the guard's",
        "response_format": "the guard's",
    }
    assert {f.name for f in pb.GenerateRequest.DESCRIPTOR.fields} == set(decided)
    assert {f.name for f in pb.ChatMessage.DESCRIPTOR.fields} <= set(MESSAGE_FIELDS)

