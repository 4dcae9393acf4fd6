"""The edge agent's OpenAI API, driven by the official ``openai`` client against a real process."""

from __future__ import annotations

import asyncio

import httpx
import openai
import pytest

from tests.servers import DuetProcess

EDGE_MODEL = "smollm2-135m-instruct"
QUESTION = [{"role": "user", "content": "What is the capital of France?"}]
LONG_ASK = [{"role": "user", "content": "Write a very long story about a dragon and a knight."}]


@pytest.fixture
def client(edge: DuetProcess) -> openai.OpenAI:
    return openai.OpenAI(base_url=edge.url + "/v1", api_key="unused", max_retries=0)


def test_chat_completion_answers_with_the_edge_model(client: openai.OpenAI) -> None:
    raw = client.chat.completions.with_raw_response.create(
        model="auto", messages=QUESTION, max_tokens=24, temperature=0
    )
    reply = raw.parse()
    assert raw.headers["x-request-id"]
    assert raw.headers["x-duet-route"] == "local"
    assert reply.model == EDGE_MODEL
    assert reply.object == "chat.completion"
    choice = reply.choices[0]
    assert choice.message.role == "assistant"
    assert (choice.message.content or "").strip()
    assert choice.finish_reason in ("stop", "length")
    assert reply.usage is not None
    assert reply.usage.prompt_tokens > 5
    assert 0 < reply.usage.completion_tokens <= 24
    assert reply.usage.total_tokens == reply.usage.prompt_tokens + reply.usage.completion_tokens


def test_streamed_deltas_equal_the_non_streamed_text(client: openai.OpenAI) -> None:
    args = dict(model=EDGE_MODEL, messages=QUESTION, max_tokens=32, temperature=0, seed=7)
    whole = client.chat.completions.create(**args).choices[0].message.content
    chunks = list(
        client.chat.completions.create(
            **args, stream=True, stream_options={"include_usage": True}
        )
    )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == whole
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert finishes in (["stop"], ["length"])
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    content_chunks = [c for c in chunks if c.choices and c.choices[0].delta.content]
    assert len(content_chunks) >= 3, "streaming must be token by token"


async def test_async_client_streams(edge: DuetProcess) -> None:
    client = openai.AsyncOpenAI(base_url=edge.url + "/v1", api_key="unused", max_retries=0)
    stream = await client.chat.completions.create(
        model="auto", messages=QUESTION, max_tokens=16, temperature=0, stream=True
    )
    pieces = [c.choices[0].delta.content or "" async for c in stream if c.choices]
    assert "".join(pieces).strip()
    await client.close()


def test_max_tokens_and_max_completion_tokens_are_honoured(client: openai.OpenAI) -> None:
    for field in ("max_tokens", "max_completion_tokens"):
        reply = client.chat.completions.create(
            model="auto", messages=LONG_ASK, temperature=0, **{field: 5}
        )
        assert reply.usage.completion_tokens == 5
        assert reply.choices[0].finish_reason == "length"


def test_stop_sequence_ends_the_answer(client: openai.OpenAI) -> None:
    base = client.chat.completions.create(
        model="auto", messages=LONG_ASK, temperature=0, max_tokens=40
    ).choices[0].message.content or ""
    words = base.split()
    assert len(words) > 4
    stop = words[3]
    cut = client.chat.completions.create(
        model="auto", messages=LONG_ASK, temperature=0, max_tokens=40, stop=[stop]
    ).choices[0]
    assert cut.finish_reason == "stop"
    assert stop not in (cut.message.content or "")
    assert base.startswith(cut.message.content or "")


def test_seed_makes_sampling_repeatable(client: openai.OpenAI) -> None:
    def sample(seed: int) -> str:
        return client.chat.completions.create(
            model="auto", messages=LONG_ASK, temperature=1.0, max_tokens=20, seed=seed
        ).choices[0].message.content or ""

    assert sample(1234) == sample(1234)
    assert len({sample(s) for s in (1, 2, 3)}) > 1


def test_logprobs_are_reported_per_token(client: openai.OpenAI) -> None:
    reply = client.chat.completions.create(
        model="auto", messages=QUESTION, max_tokens=6, temperature=0, logprobs=True,
        top_logprobs=3,
    )
    content = reply.choices[0].logprobs.content
    assert len(content) == reply.usage.completion_tokens
    for item in content:
        assert item.logprob <= 0
        assert len(item.top_logprobs) == 3
        best = [t.logprob for t in item.top_logprobs]
        assert best == sorted(best, reverse=True)
        # greedy decoding picks the most likely token
        assert item.logprob == pytest.approx(best[0], abs=1e-4)


def test_completions_endpoint(client: openai.OpenAI) -> None:
    reply = client.completions.create(
        model=EDGE_MODEL, prompt="The capital of France is", max_tokens=8, temperature=0
    )
    assert reply.object == "text_completion"
    assert reply.choices[0].text
    assert reply.usage.completion_tokens <= 8
    streamed = client.completions.create(
        model=EDGE_MODEL, prompt="The capital of France is", max_tokens=8, temperature=0,
        stream=True,
    )
    assert "".join(c.choices[0].text for c in streamed if c.choices) == reply.choices[0].text


def test_models_lists_the_edge_model(client: openai.OpenAI) -> None:
    ids = [m.id for m in client.models.list()]
    assert EDGE_MODEL in ids and "auto" in ids


def test_n_other_than_one_is_a_clear_400(client: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model="auto", messages=QUESTION, n=2)
    assert err.value.body["param"] == "n"


def test_prompt_longer_than_context_is_context_length_exceeded(client: openai.OpenAI) -> None:
    huge = "word " * 5000
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(
            model="auto", messages=[{"role": "user", "content": huge}], max_tokens=4
        )
    assert err.value.code == "context_length_exceeded"


def test_unknown_model_is_404(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as err:
        client.chat.completions.create(model="gpt-9", messages=QUESTION)
    assert err.value.code == "model_not_found"


def test_health_endpoints(edge: DuetProcess) -> None:
    assert httpx.get(edge.url + "/healthz").json() == {"status": "ok"}
    assert httpx.get(edge.url + "/readyz").json() == {"status": "ready"}


def test_request_id_is_echoed(edge: DuetProcess) -> None:
    response = httpx.get(edge.url + "/v1/models", headers={"x-request-id": "abc-123"})
    assert response.headers["x-request-id"] == "abc-123"


def test_openapi_describes_the_api(edge: DuetProcess) -> None:
    spec = httpx.get(edge.url + "/openapi.json").json()
    chat = spec["paths"]["/v1/chat/completions"]["post"]
    assert "requestBody" in chat
    assert {"200", "400", "401", "404", "413", "429"} <= set(chat["responses"])
    assert "/v1/completions" in spec["paths"] and "/v1/models" in spec["paths"]


async def test_concurrent_requests_are_answered_or_cleanly_refused(edge: DuetProcess) -> None:
    async with httpx.AsyncClient(base_url=edge.url, timeout=120) as http:
        async def one(i: int) -> httpx.Response:
            return await http.post(
                "/v1/chat/completions",
                json={"model": "auto", "messages": [{"role": "user", "content": f"Count to {i}"}],
                      "max_tokens": 8, "temperature": 0},
            )

        responses = await asyncio.gather(*(one(i) for i in range(20)))
    statuses = [r.status_code for r in responses]
    assert set(statuses) <= {200, 429}
    assert statuses.count(200) >= 5  # one generating + a queue of four
    for r in responses:
        if r.status_code == 429:
            assert int(r.headers["retry-after"]) >= 1
            assert r.json()["error"]["type"] == "rate_limit_exceeded"
        else:
            assert r.json()["choices"][0]["message"]["content"] is not None
    assert httpx.get(edge.url + "/readyz").status_code == 200
