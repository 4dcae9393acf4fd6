"""Requests escalated from a real edge agent to a real cloud pool over gRPC, through the official
``openai`` client; and the cloud's own OpenAI API."""

from __future__ import annotations

import openai
import pytest

from tests.cloud.conftest import CLOUD_MODEL, QUESTION, CloudProcess, client, chat, ctx
from tests.servers import DuetProcess

EDGE_MODEL = "smollm2-135m-instruct"
# Forced to the cloud, and never answered from the edge's response cache.
TO_CLOUD = {"x-duet-route": "cloud", "cache-control": "no-cache, no-store"}


@pytest.fixture
def edge_client(edge_to_cloud: DuetProcess) -> openai.OpenAI:
    return openai.OpenAI(base_url=edge_to_cloud.url + "/v1", api_key="unused", max_retries=0)


def test_forced_to_cloud_answers_with_the_cloud_model(edge_client: openai.OpenAI) -> None:
    raw = edge_client.chat.completions.with_raw_response.create(
        model="auto", messages=QUESTION, max_tokens=8, temperature=0, extra_headers=TO_CLOUD
    )
    reply = raw.parse()
    assert raw.headers["x-duet-route"] == "cloud"
    assert reply.model == CLOUD_MODEL
    assert reply.choices[0].message.content
    assert reply.choices[0].finish_reason in ("stop", "length")
    assert reply.usage is not None and 0 < reply.usage.completion_tokens <= 8
    assert reply.usage.prompt_tokens > 5


def test_forced_to_cloud_streams_token_by_token(edge_client: openai.OpenAI) -> None:
    args = dict(model="auto", messages=QUESTION, max_tokens=8, temperature=0)
    whole = edge_client.chat.completions.create(**args, extra_headers=TO_CLOUD)
    with edge_client.chat.completions.with_streaming_response.create(
        **args, stream=True, stream_options={"include_usage": True}, extra_headers=TO_CLOUD
    ) as response:
        assert response.headers["x-duet-route"] == "cloud"
        chunks = list(response.parse())
    assert {c.model for c in chunks} == {CLOUD_MODEL}
    pieces = [c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content]
    assert len(pieces) >= 2, "deltas are relayed one by one"
    assert "".join(pieces) == whole.choices[0].message.content
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens == whole.usage.completion_tokens  # type: ignore[union-attr]


def test_completions_endpoint_escalates_too(edge_client: openai.OpenAI) -> None:
    reply = edge_client.completions.create(
        model="auto", prompt="The capital of France is", max_tokens=4, temperature=0,
        extra_headers=TO_CLOUD,
    )
    assert reply.model == CLOUD_MODEL and reply.choices[0].text


def test_without_the_header_the_edge_answers(edge_client: openai.OpenAI) -> None:
    raw = edge_client.chat.completions.with_raw_response.create(
        model="auto", messages=QUESTION, max_tokens=4, temperature=0
    )
    assert raw.headers["x-duet-route"] == "local"
    assert raw.parse().model == EDGE_MODEL


def test_edge_lists_the_cloud_models(edge_client: openai.OpenAI) -> None:
    edge_client.chat.completions.create(  # the list is fetched in the background after use
        model="auto", messages=QUESTION, max_tokens=1, extra_headers=TO_CLOUD
    )
    for _ in range(50):
        ids = {m.id for m in edge_client.models.list().data}
        if CLOUD_MODEL in ids:
            break
    assert {"auto", EDGE_MODEL, CLOUD_MODEL} <= ids
    reply = edge_client.chat.completions.create(model=CLOUD_MODEL, messages=QUESTION, max_tokens=2)
    assert reply.model == CLOUD_MODEL


def test_cloud_serves_the_openai_api_directly(gemma_cloud: CloudProcess) -> None:
    api = openai.OpenAI(base_url=gemma_cloud.url + "/v1", api_key="unused", max_retries=0)
    assert [m.id for m in api.models.list().data] == [CLOUD_MODEL]
    raw = api.chat.completions.with_raw_response.create(
        model=CLOUD_MODEL, messages=QUESTION, max_tokens=4, temperature=0
    )
    assert raw.parse().model == CLOUD_MODEL
    assert raw.headers["x-duet-replica"] == "local-0"
    with pytest.raises(openai.NotFoundError):
        api.chat.completions.create(model="nope", messages=QUESTION, max_tokens=2)


async def test_grpc_client_lists_models_and_checks_health(gemma_cloud: CloudProcess) -> None:
    cloud = client(gemma_cloud.target)
    try:
        assert [m.id for m in await cloud.list_models()] == [CLOUD_MODEL]
        assert 0 < await cloud.check_health(2.0) < 0.5
        generation = await cloud.generate(chat(max_tokens=3), ctx())
        events = [e async for e in generation.events]
        assert generation.model == CLOUD_MODEL
        assert events[-1].completion_tokens == len(events) - 1  # type: ignore[union-attr]
    finally:
        await cloud.aclose()
