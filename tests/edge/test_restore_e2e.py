"""Redact, escalate, restore, end to end: the app gets its own values back, the cloud never sees
them.

A real ``duet cloud`` whose only replica is the echoing OpenAI-compatible server (it answers with
the last user message it received, streamed in 1–3 character chunks), a real ``duet edge``
pointed at it, and the official ``openai`` client. A ``redact`` request forced to the cloud comes
back with the original values in place of every placeholder; the replica's recorded request
bodies hold placeholders only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from tests.cloud.conftest import echo_pool, echo_server
from tests.servers import DuetProcess

EMAIL, PHONE, NAME = "jane.roe@example.org", "+44 20 7946 0958", "Oliver Grant"
CONTENT = (
    f"My name is {NAME}. Please confirm the booking by mail to {EMAIL} and text {PHONE}; "
    f"if {EMAIL} bounces, call {PHONE} instead."
)
ORIGINALS = (EMAIL, PHONE, NAME, "jane.roe", "7946 0958", "Grant")
PLACEHOLDERS = ("[PERSON_NAME_1]", "[EMAIL_1]", "[PHONE_1]")
REDACT_TO_CLOUD = {"x-duet-privacy": "redact", "x-duet-route": "cloud"}


@pytest.fixture(scope="module")
def echo() -> Iterator[DuetProcess]:
    with echo_server("echo-openai") as proc:
        yield proc


@pytest.fixture(scope="module")
def edge(echo: DuetProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DuetProcess]:
    cloud = echo_pool(tmp_path_factory.mktemp("pool"), echo.url, "cloud-echo")
    try:
        with DuetProcess(["edge", "--cloud-target", cloud.target, "--n-threads", "1"],
                         log_name="edge-restore") as proc:
            yield proc
    finally:
        cloud.stop()


def received(echo: DuetProcess) -> list[dict[str, Any]]:
    bodies: list[dict[str, Any]] = httpx.get(echo.url + "/_received", timeout=5).json()
    return bodies


def api(edge: DuetProcess) -> openai.OpenAI:
    return openai.OpenAI(base_url=edge.url + "/v1", api_key="unused", max_retries=0,
                         timeout=60, default_headers=REDACT_TO_CLOUD)


def assert_only_placeholders_left(echo: DuetProcess, before: int) -> None:
    bodies = received(echo)[before:]
    assert bodies, "the replica was not called"
    for body in bodies:
        sent = json.dumps(body, ensure_ascii=False)
        assert not [value for value in ORIGINALS if value in sent], sent
        assert all(placeholder in sent for placeholder in PLACEHOLDERS), sent


def test_a_whole_answer_comes_back_with_the_original_values(
    edge: DuetProcess, echo: DuetProcess
) -> None:
    before = len(received(echo))
    raw = api(edge).chat.completions.with_raw_response.create(
        model="auto", messages=[{"role": "user", "content": CONTENT}], temperature=0,
    )
    assert raw.headers["x-duet-route"] == "cloud"
    assert raw.parse().choices[0].message.content == CONTENT
    assert_only_placeholders_left(echo, before)


def test_a_streamed_answer_comes_back_with_the_original_values(
    edge: DuetProcess, echo: DuetProcess
) -> None:
    before = len(received(echo))
    chunks = list(api(edge).chat.completions.create(
        model="auto", messages=[{"role": "user", "content": CONTENT}], temperature=0.7,
        stream=True, stream_options={"include_usage": True},
    ))
    texts = [c.choices[0].delta.content or "" for c in chunks if c.choices]
    assert "".join(texts) == CONTENT
    assert len([t for t in texts if t]) > 10  # it did arrive in pieces
    usage = chunks[-1].usage
    assert usage is not None and usage.completion_tokens > 10  # the replica's count, unchanged
    assert_only_placeholders_left(echo, before)


def test_a_text_completion_comes_back_with_the_original_values(
    edge: DuetProcess, echo: DuetProcess
) -> None:
    before = len(received(echo))
    streamed = api(edge).completions.create(model="auto", prompt=CONTENT, stream=True)
    assert "".join(c.choices[0].text for c in streamed if c.choices) == CONTENT
    assert api(edge).completions.create(model="auto", prompt=CONTENT).choices[0].text == CONTENT
    assert_only_placeholders_left(echo, before)
