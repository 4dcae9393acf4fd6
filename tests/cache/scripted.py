"""A scripted generation source for in-process tests of the cache's own logic.

Used only where the real engine cannot do what a test needs on demand (fail half-way, hold
a stream open); end-to-end tests use the real edge process and model.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from gateway.backend import (
    Event,
    Finish,
    Generation,
    GenerationRequest,
    RequestContext,
    SamplingParams,
    TokenDelta,
)
from gateway.errors import UpstreamError


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
        return Generation("scripted-model", self._events(), {"x-duet-route": "local"})

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
