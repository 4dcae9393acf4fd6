"""Stream continuity: a cloud answer cut mid-way is finished by the local model.

When the cloud's stream breaks once it has started (the link cut or gone silent, the pool
killed), and the local model may answer this request, the local model continues the same answer
(or gives the whole answer, when no text had come yet): its
prompt is the conversation plus the partial assistant text (``CONTINUE_KEY`` asks the engine to
continue that last assistant message rather than start a new turn), and its tokens follow the
cloud's in the same stream. The finish counts both parts' tokens; the route gets
``continued_local``. Nothing of this leaves the device: only the local model sees the prompt.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Awaitable, Callable

from duet.core.backend import CONTINUE_KEY, Event, EventFilter, EventStream, Finish, Generation
from duet.core.backend import GenerationRequest, RequestContext, TokenDelta
from duet.core.errors import DuetError, InvalidRequest, ModelNotFound

log = logging.getLogger("duet.edge")
CONTINUED_LOCAL = "continued_local"

StartLocal = Callable[[GenerationRequest, RequestContext], Awaitable[Generation]]


def continuation_request(request: GenerationRequest, partial: str) -> GenerationRequest:
    """The same request, asking the local model to go on from ``partial``."""
    if request.messages is not None:
        messages = [*request.messages, {"role": "assistant", "content": partial}]
        return dataclasses.replace(
            request, messages=messages, metadata={**request.metadata, CONTINUE_KEY: "true"}
        )
    return dataclasses.replace(request, prompt=(request.prompt or "") + partial)


class ContinuedStream(EventFilter):
    """The cloud's events; if they break, the local model's from there on."""

    def __init__(
        self, inner: EventStream, request: GenerationRequest, ctx: RequestContext,
        start_local: StartLocal, generation: Generation,
    ) -> None:
        """``generation``: the cloud's, whose route gets ``continued_local`` (and which is not
        cached) when the local model takes over."""
        super().__init__(inner)
        self.request, self.ctx, self.start_local = request, ctx, start_local
        self.generation = generation
        self.parts: list[str] = []
        self.cloud_tokens = 0
        self.local: Generation | None = None

    async def __anext__(self) -> Event:
        if self.local is not None:
            return self._counted(await self.local.events.__anext__())
        try:
            event = await self.inner.__anext__()
        except DuetError as exc:
            if isinstance(exc, (InvalidRequest, ModelNotFound)):
                raise
            await self._continue(exc)
            return await self.__anext__()
        if isinstance(event, TokenDelta):
            self.parts.append(event.text)
            self.cloud_tokens += 1
        return event

    async def _continue(self, cut: DuetError) -> None:
        await self.inner.aclose()
        remaining = self.ctx.remaining()
        if remaining is not None and remaining <= 0:
            raise cut
        partial = "".join(self.parts)
        wanted = self.request.params.max_tokens
        # broken before any text (after the call had started): the local model answers afresh
        request = continuation_request(self.request, partial) if partial else self.request
        if wanted is not None:  # the answer's length limit holds for both parts together
            left = max(1, wanted - self.cloud_tokens)
            request = dataclasses.replace(
                request, params=dataclasses.replace(request.params, max_tokens=left)
            )
        log.warning("cloud stream cut after %d tokens (%s); the local model continues",
                    self.cloud_tokens, cut.code or type(cut).__name__)
        try:
            self.local = await self.start_local(request, self.ctx)
        except DuetError:
            raise cut from None
        self.generation.route.add_reason(CONTINUED_LOCAL)
        self.generation.cacheable = False

    def _counted(self, event: Event) -> Event:
        if not isinstance(event, Finish):
            return event
        return Finish(
            event.finish_reason,
            prompt_tokens=max(0, event.prompt_tokens - self.cloud_tokens),
            completion_tokens=self.cloud_tokens + event.completion_tokens,
        )

    async def aclose(self) -> None:
        await self.inner.aclose()
        if self.local is not None:
            await self.local.aclose()
