"""A cloud stream cut mid-answer (see ``stream_cut.py``) where only the cloud may answer: the
client's SSE stream ends with an error event and ``[DONE]``, at once, and the request was sent to
the cloud exactly once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from tests.scenarios.stream_cut import CLOUD_ONLY, COUNTING, cut_one
from tests.scenarios.system import System, ask, wait_until


@pytest.fixture(scope="module")
def system(pool_file: Path) -> Iterator[System]:
    system = System(pool_file, capture=True, name="cut")
    try:
        yield system
    finally:
        system.close()


def ready(system: System) -> None:
    assert wait_until(lambda: system.conn_state() == "up", 15)


def test_cut_streams_end_with_an_error_event_then_done(system: System) -> None:
    results = []
    for _ in range(3):
        ready(system)
        results.append(cut_one(system))
    for result in results:
        print(result)
        assert result.well_formed, result
        assert {"message", "type", "code"} <= set(result.errors[0])
        assert result.seconds < 5.0, "no hang"
        assert result.attempts == 1, "no retry after the first token"


def test_the_openai_client_raises_on_a_cut_stream(system: System) -> None:
    ready(system)
    api = system.client(timeout=20)
    stream = api.chat.completions.create(
        model="auto", messages=ask(COUNTING), max_tokens=64, temperature=0, stream=True,
        extra_headers=CLOUD_ONLY,
    )
    pieces = []
    with pytest.raises(openai.APIError):
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                pieces.append(chunk.choices[0].delta.content)
                if len(pieces) == 1:
                    system.proxy.cut_after(0)
            assert not (chunk.choices and chunk.choices[0].finish_reason)
    system.proxy.passthrough()
    assert pieces
