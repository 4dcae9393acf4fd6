"""Engines on the packaged SmolLM2 model, and a helper that runs one generation to its end."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from duet.core.backend import Finish, GenerationRequest, Priority, SamplingParams, TokenDelta
from duet.core.settings import EngineSettings
from duet.engines.llama_cpp import LocalEngine


@dataclass
class Answer:
    text: str
    finish: Finish
    deltas: list[TokenDelta] = field(default_factory=list)
    first_token_s: float | None = None


def chat(content: str, max_tokens: int = 16, priority: Priority = "normal", **params: Any
         ) -> GenerationRequest:
    sampling = SamplingParams(max_tokens=max_tokens, temperature=0.0, **params)
    return GenerationRequest(
        model="local", params=sampling, messages=[{"role": "user", "content": content}],
        priority=priority,
    )


async def answer(engine: LocalEngine, request: GenerationRequest,
                 deadline: float | None = None) -> Answer:
    started = time.monotonic()
    stream = await engine.start(request, deadline)
    deltas: list[TokenDelta] = []
    first = None
    async for event in stream:
        if isinstance(event, Finish):
            return Answer("".join(d.text for d in deltas), event, deltas, first)
        if first is None and event.text:
            first = time.monotonic() - started
        deltas.append(event)
    raise AssertionError("no finish event")


def make_engine(**overrides: object) -> LocalEngine:
    settings = EngineSettings.model_validate({"n_ctx": 512, "n_threads": 1, **overrides})
    return LocalEngine(settings)


@pytest.fixture(scope="module")
def engine() -> Iterator[LocalEngine]:
    e = make_engine(n_parallel=4)
    yield e
    e.close()
