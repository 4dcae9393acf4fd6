"""The one shared scripted backend for in-process tests.

Used only where the real part cannot do what a test needs on demand (fail before or half-way
through an answer, be busy, hold a stream open, answer with chosen confidence); end-to-end tests
use the real edge process, model and cloud pool.

- ``Scripted``: a generation source (the cache's tests).
- ``ScriptedEngine``: stands in for the local llama.cpp engine (busy, failing, confidence).
- ``ScriptedCloud``: stands in for the cloud client; records every request that reached it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from duet.core.backend import (
    Event,
    Finish,
    Generation,
    GenerationRequest,
    ModelInfo,
    RequestContext,
    Route,
    SamplingParams,
    TokenDelta,
)
from duet.core.errors import DuetError, UpstreamError
from duet.engines.llama_cpp import LocalBusy


class Scripted:
    """Each call of ``start`` is one generation of ``tokens`` (counted in ``generations``)."""

    def __init__(
        self, tokens: tuple[str, ...] = ("Hel", "lo", "!"), delay_s: float = 0.005,
        fail_after: int | None = None,
    ) -> None:
        self.tokens = tokens
        self.delay_s = delay_s
        self.fail_after = fail_after
        self.generations = 0
        self.closed = 0

    async def start(self, request: GenerationRequest, ctx: RequestContext) -> Generation:
        self.generations += 1
        return Generation("scripted-model", self._events(), Route(target="local"))

    async def _events(self) -> AsyncIterator[Event]:
        try:
            for i, token in enumerate(self.tokens):
                if self.fail_after is not None and i == self.fail_after:
                    raise UpstreamError("the model failed half-way")
                await asyncio.sleep(self.delay_s)
                yield TokenDelta(token, logprob=-0.5)
            yield Finish("stop", 7, len(self.tokens))
        finally:
            self.closed += 1


def chat(text: str = "What is the tyre pressure?", **params: object) -> GenerationRequest:
    sampling = SamplingParams(**{"temperature": 0.0, "max_tokens": 8, **params})  # type: ignore[arg-type]
    return GenerationRequest("auto", sampling, messages=[{"role": "user", "content": text}])


def ctx(tenant: str = "key-a", **headers: str) -> RequestContext:
    return RequestContext("req", tenant, {k.replace("_", "-"): v for k, v in headers.items()})


async def drain(generation: Generation) -> list[Event]:
    return [event async for event in generation.events]


class ScriptedEngine:
    """The local engine's interface: ``start`` answers with ``tokens`` at ``logprob`` each."""

    model_id = "edge-model"

    def __init__(self, tokens: tuple[str, ...] = ("local", " answer"), logprob: float = -0.1,
                 busy: bool = False, queue_overflow: bool = False) -> None:
        self.tokens, self.logprob = tokens, logprob
        self.busy, self.queue_overflow = busy, queue_overflow
        self.requests: list[GenerationRequest] = []

    def would_queue_overflow(self) -> bool:
        return self.queue_overflow

    async def start(self, request: GenerationRequest, deadline: float | None) -> AsyncIterator[Event]:
        if self.busy:
            raise LocalBusy("the local model's queue is full", retry_after=1.0)
        self.requests.append(request)
        return self._events()

    async def _events(self) -> AsyncIterator[Event]:
        for token in self.tokens:
            yield TokenDelta(token, logprob=self.logprob)
        yield Finish("stop", 5, len(self.tokens))


class ScriptedCloud:
    """The cloud client's interface. ``fail``: raised by ``generate`` before the first token;
    ``fail_after``: raised from the stream after that many tokens; ``hang_after``: the stream
    goes silent (never ends) after that many tokens; ``delay_s``: before the first token;
    ``token_delay_s``: before each token; ``frozen``: health checks never answer (they time
    out), as with a stopped process or a blackholed link. Every request that reached it is kept
    in ``requests`` (what left the device)."""

    def __init__(self, tokens: tuple[str, ...] = ("cloud", " answer"), *,
                 fail: DuetError | None = None, fail_after: int | None = None,
                 hang_after: int | None = None, delay_s: float = 0.0, token_delay_s: float = 0.0,
                 models: tuple[str, ...] = ("big-model",), frozen: bool = False) -> None:
        self.tokens, self.fail, self.fail_after, self.delay_s = tokens, fail, fail_after, delay_s
        self.frozen = frozen
        self.hang_after = hang_after
        self.token_delay_s = token_delay_s
        self.models = models
        self.requests: list[tuple[GenerationRequest, RequestContext]] = []

    def known_models(self, refresh: bool = True) -> list[ModelInfo]:
        return [ModelInfo(m, owned_by="cloud") for m in self.models]

    async def check_health(self, timeout: float) -> float:
        if self.frozen:
            await asyncio.sleep(timeout)
            raise TimeoutError("health check timed out")
        return 0.001

    def encode(self, request: GenerationRequest, ctx: RequestContext) -> bytes:
        return repr((request, ctx.request_id)).encode()

    async def generate(
        self, request: GenerationRequest, ctx: RequestContext, payload: bytes | None = None
    ) -> Generation:
        self.requests.append((request, ctx))
        await asyncio.sleep(self.delay_s)
        if self.fail is not None:
            raise self.fail
        return Generation(self.models[0], self._events(), Route(target="cloud"))

    async def _events(self) -> AsyncIterator[Event]:
        for i, token in enumerate(self.tokens):
            await asyncio.sleep(self.token_delay_s)
            if self.fail_after is not None and i == self.fail_after:
                raise UpstreamError("the cloud stream broke")
            if self.hang_after is not None and i == self.hang_after:
                await asyncio.Event().wait()
            yield TokenDelta(token)
        yield Finish("stop", 5, len(self.tokens))
