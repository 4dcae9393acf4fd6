"""Stream continuity: a cloud answer cut after some tokens is finished by the local model in the
same SSE stream (same id, one finish_reason, usage counting both parts, then [DONE]); the route
says ``continued_local``; where the local model may not answer, the clean error event stays."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import httpx
import pytest

from duet.core.backend import CONTINUE_KEY, Finish, TokenDelta
from duet.core.settings import HttpSettings
from duet.edge_agent.agent import EdgeAgent
from duet.gateway.app import create_app
from tests.edge.test_plan_execute import EMAIL, HARD, agent, answer, ctx, request
from tests.fakes import ScriptedCloud, ScriptedEngine

CUT_AFTER = 10
CLOUD_TOKENS = tuple(f" c{i}" for i in range(20))


def cut_cloud() -> ScriptedCloud:
    return ScriptedCloud(CLOUD_TOKENS, fail_after=CUT_AFTER)


async def _stream(a: EdgeAgent, headers: dict[str, str] | None = None,
                  text: str = HARD) -> list[dict[str, Any] | str]:
    app = create_app(HttpSettings(), a)
    body = {"model": "auto", "messages": [{"role": "user", "content": text}], "stream": True,
            "max_tokens": 32, "stream_options": {"include_usage": True}}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://edge") as client:
        response = await client.post("/v1/chat/completions", json=body, headers=headers or {})
    assert response.status_code == 200
    data = [line[6:] for line in response.text.splitlines() if line.startswith("data: ")]
    return [d if d == "[DONE]" else json.loads(d) for d in data]


async def test_a_cut_stream_is_continued_locally_in_the_same_stream() -> None:
    engine = ScriptedEngine(tokens=(" l1", " l2"))
    events = await _stream(agent(engine, cut_cloud()))
    assert events[-1] == "[DONE]"
    chunks = [e for e in events[:-1] if isinstance(e, dict)]
    assert not any("error" in c for c in chunks)
    assert len({c["id"] for c in chunks}) == 1
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    assert text == "".join(CLOUD_TOKENS[:CUT_AFTER]) + " l1 l2"
    finishes = [c["choices"][0]["finish_reason"] for c in chunks
                if c["choices"] and c["choices"][0]["finish_reason"]]
    assert finishes == ["stop"]
    assert {c["choices"][0]["index"] for c in chunks if c["choices"]} == {0}
    usage = chunks[-1]["usage"]
    assert usage["completion_tokens"] == CUT_AFTER + 2
    finish_chunk = next(c for c in chunks if c["choices"] and c["choices"][0]["finish_reason"])
    assert "continued_local" in finish_chunk["x_duet_reasons"]
    # the local model was asked to go on with the partial answer, not to start again
    (continued,) = engine.requests
    assert continued.messages is not None
    assert continued.messages[-1] == {"role": "assistant",
                                      "content": "".join(CLOUD_TOKENS[:CUT_AFTER])}
    assert continued.metadata[CONTINUE_KEY] and continued.params.max_tokens == 32 - CUT_AFTER


async def test_a_non_streaming_answer_is_joined() -> None:
    text, generation = await answer(agent(ScriptedEngine(tokens=(" l1",)), cut_cloud()),
                                    request(HARD, stream=False), ctx())
    assert text == "".join(CLOUD_TOKENS[:CUT_AFTER]) + " l1"
    assert "continued_local" in generation.route.reasons and generation.cacheable is False


async def test_where_the_local_model_may_not_answer_the_error_event_stays() -> None:
    engine = ScriptedEngine()
    events = await _stream(agent(engine, cut_cloud()), {"x-duet-route": "cloud_only"})
    assert events[-1] == "[DONE]" and "error" in events[-2]  # type: ignore[operator]  # a dict
    assert engine.requests == []


async def test_continuing_a_redacted_request_sends_nothing_more_to_the_cloud() -> None:
    cloud, engine = cut_cloud(), ScriptedEngine(tokens=(" l1",))
    events = await _stream(agent(engine, cloud), {"x-duet-privacy": "redact"},
                           text=f"Prove it and mail {EMAIL} the proof in detail, every step.")
    assert events[-1] == "[DONE]"
    assert len(cloud.requests) <= 1
    assert all(EMAIL not in repr(sent) for sent in cloud.requests)
    if cloud.requests:  # it went to the cloud (redacted) and was cut: finished on the device
        assert engine.requests and EMAIL in repr(engine.requests[0].messages)


@pytest.mark.parametrize("silent_after", [0, 3])
async def test_a_stream_gone_silent_is_given_up_when_the_link_goes_down(silent_after: int) -> None:
    """The cloud started answering, then nothing more came (a blackholed link): once the probes
    open the breaker, the local model finishes the answer instead of the deadline ending it."""
    engine = ScriptedEngine(tokens=(" l1", " l2"))
    a = agent(engine, ScriptedCloud(CLOUD_TOKENS, hang_after=silent_after))
    generation = await a.generate(request(HARD), ctx(deadline_s=30))
    monitor = a.monitor
    assert monitor is not None

    async def link_goes_down() -> None:
        await asyncio.sleep(0.3)
        for _ in range(monitor.breaker.failure_threshold):
            monitor.record_failure()

    began = time.monotonic()
    down = asyncio.create_task(link_goes_down())
    events = [event async for event in generation.events]
    await down
    text = "".join(e.text for e in events if isinstance(e, TokenDelta))
    assert text == "".join(CLOUD_TOKENS[:silent_after]) + " l1 l2"
    assert isinstance(events[-1], Finish) and events[-1].completion_tokens == silent_after + 2
    assert time.monotonic() - began < 2.0  # not the 30 s deadline
    assert "continued_local" in generation.route.reasons
