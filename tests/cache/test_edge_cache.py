"""The cache through a real edge agent (real model, real Redis), driven by the openai client."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest

from tests.cache.conftest import RedisServer
from tests.cache.edge_helpers import KEYS, ask, async_client, client, metric, start_edge
from tests.servers import DuetProcess

pytestmark = pytest.mark.slow
TTL_S = 1.0


@pytest.fixture(scope="module")
def redis_module() -> Iterator[RedisServer]:
    server = RedisServer()
    server.start()
    yield server
    server.close()


@pytest.fixture(scope="module")
def edge(redis_module: RedisServer) -> Iterator[DuetProcess]:
    with start_edge(redis_module.url) as proc:
        yield proc


def chat(edge: DuetProcess, text: str, key: str = KEYS[0], **extra: object):  # type: ignore[no-untyped-def]
    raw = client(edge, key).chat.completions.with_raw_response.create(
        model="auto", messages=ask(text), max_tokens=6, temperature=0, **extra
    )
    return raw.headers, raw.parse()


def test_miss_then_hit_with_the_same_answer(edge: DuetProcess) -> None:
    headers, first = chat(edge, "Name a primary colour.")
    assert headers["x-duet-cache"] == "miss" and headers["x-duet-route"] == "local"
    headers, second = chat(edge, "Name a primary colour.")
    assert headers["x-duet-cache"] == "hit" and headers["x-duet-route"] == "cache"
    assert second.choices[0].message.content == first.choices[0].message.content
    assert second.usage == first.usage and second.model == first.model
    assert second.id != first.id
    sampled = client(edge).chat.completions.with_raw_response.create(
        model="auto", messages=ask("Name a primary colour."), max_tokens=6, temperature=0.8
    )
    assert sampled.headers["x-duet-cache"] == "bypass"


def test_entries_expire_after_the_ttl(redis_module: RedisServer) -> None:
    with start_edge(redis_module.url, cache_ttl_s=str(TTL_S)) as edge:
        _expire(edge)


def _expire(edge: DuetProcess) -> None:
    chat(edge, "Name a planet.")
    assert chat(edge, "Name a planet.")[0]["x-duet-cache"] == "hit"
    time.sleep(TTL_S + 0.3)
    assert chat(edge, "Name a planet.")[0]["x-duet-cache"] == "miss"


def _stream(edge: DuetProcess, text: str) -> tuple[str, list[str], str | None]:
    with client(edge).chat.completions.with_streaming_response.create(
        model="auto", messages=ask(text), max_tokens=6, temperature=0, stream=True
    ) as response:
        pieces, finish = [], None
        for chunk in response.parse():
            for choice in chunk.choices:
                if choice.delta.content:
                    pieces.append(choice.delta.content)
                finish = choice.finish_reason or finish
        return response.headers["x-duet-cache"], pieces, finish


def test_a_stream_is_replayed_as_the_same_stream_and_serves_json_too(edge: DuetProcess) -> None:
    result, original, finish = _stream(edge, "Count to three.")
    assert result == "miss" and len(original) > 1
    result, replayed, replayed_finish = _stream(edge, "Count to three.")
    assert result == "hit"
    assert replayed == original and replayed_finish == finish
    headers, reply = chat(edge, "Count to three.")  # JSON from the stream's entry
    assert headers["x-duet-cache"] == "hit"
    assert reply.choices[0].message.content == "".join(original)
    chat(edge, "Count to four.")  # and a stream from a JSON entry
    result, pieces, _ = _stream(edge, "Count to four.")
    assert result == "hit" and "".join(pieces) == chat(edge, "Count to four.")[1].choices[
        0].message.content


def test_twenty_concurrent_identical_requests_cause_one_generation(edge: DuetProcess) -> None:
    before = metric(edge, "duet_requests_total", target="local")

    async def burst() -> list[tuple[str, str]]:
        api = async_client(edge)

        async def one() -> tuple[str, str]:
            raw = await api.chat.completions.with_raw_response.create(
                model="auto", messages=ask("Describe the sea in one line."), max_tokens=12,
                temperature=0,
            )
            return raw.headers["x-duet-cache"], raw.parse().choices[0].message.content or ""

        try:
            return await asyncio.gather(*(one() for _ in range(20)))
        finally:
            await api.close()

    answers = asyncio.run(burst())
    assert metric(edge, "duet_requests_total", target="local") - before == 1  # one generation
    assert [r for r, _ in answers].count("miss") == 1
    assert len({text for _, text in answers}) == 1


def test_tenants_never_receive_each_others_entries(
    edge: DuetProcess, redis_module: RedisServer
) -> None:
    questions = [f"Give me word number {i}." for i in range(4)]
    for text in questions:
        chat(edge, text, KEYS[0])
        assert chat(edge, text, KEYS[0])[0]["x-duet-cache"] == "hit"
    cross = [chat(edge, text, KEYS[1])[0]["x-duet-cache"] for text in questions]
    assert cross == ["miss"] * len(questions)  # 0 cross-tenant hits
    assert chat(edge, questions[0], KEYS[1])[0]["x-duet-cache"] == "hit"
    prefixes = {key.decode().rsplit(":", 1)[0] for key in redis_module.dump()}
    assert len(prefixes) == 2


PRIVATE = (
    "My email is jane.roe@example.org and my phone is +44 20 7946 0958; "
    "remind me of the appointment."
)


def test_private_prompts_leave_nothing_in_the_shared_redis(
    edge: DuetProcess, redis_module: RedisServer
) -> None:
    tagged = "Plan my private trip to the Wadden islands."
    for _ in range(2):
        headers, reply = chat(edge, PRIVATE)
        assert headers["x-duet-cache"] == "bypass"
        headers, _ = chat(edge, tagged, extra_headers={"x-duet-privacy": "local_only"})
        assert headers["x-duet-cache"] == "bypass"
        headers, _ = chat(edge, tagged, extra_body={"metadata": {"privacy": "redact"}})
        assert headers["x-duet-cache"] == "bypass"
    _stream_private = client(edge).chat.completions.create(
        model="auto", messages=ask(PRIVATE), max_tokens=6, temperature=0, stream=True
    )
    answer = "".join(c.choices[0].delta.content or "" for c in _stream_private if c.choices)
    stored = redis_module.dump()
    assert stored, "other tests left entries: the scan below must see real data"
    assert answer and reply.choices[0].message.content  # the private requests were answered
    needles = ["jane.roe", "example.org", "7946", "Wadden", "appointment", "private trip"]
    for key, value in stored.items():
        blob = (key + b" " + value).decode("utf-8", "replace")
        for needle in needles:
            assert needle not in blob, f"{needle!r} found in the shared Redis"
