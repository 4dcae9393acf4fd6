"""OpenAI semantics on top of a ``Backend``: request conversion, response assembly, SSE chunks."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import AsyncIterator, Mapping
from typing import Any

from duet.core.backend import (
    PRIORITIES,
    Backend,
    Finish,
    Generation,
    GenerationRequest,
    Priority,
    RequestContext,
    SamplingParams,
    TokenDelta,
)
from duet.core.errors import DuetError, InvalidRequest, ModelNotFound
from duet.gateway.protocol import (
    AssistantMessage,
    ChatChoice,
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionRequest,
    ChoiceLogprobs,
    ChunkChoice,
    ChunkDelta,
    Completion,
    CompletionChoice,
    CompletionLogprobs,
    CompletionRequest,
    ServiceTier,
    TokenLogprobOut,
    TopLogprobOut,
    Usage,
    new_id,
    now,
)

log = logging.getLogger("duet.gateway")

# OpenAI's service_tier picks the request's class on the device's model; the header overrides it
TIER_PRIORITY: dict[ServiceTier, Priority] = {
    "priority": "interactive", "flex": "background",
    "auto": "normal", "default": "normal", "scale": "normal",
}
PRIORITY_HEADER = "x-duet-priority"


def with_priority(request: GenerationRequest, headers: Mapping[str, str]) -> GenerationRequest:
    """The request with the class the ``x-duet-priority`` header names, when it names one."""
    value = headers.get(PRIORITY_HEADER)
    if value is None:
        return request
    wanted = value.strip().lower()
    if wanted not in PRIORITIES:
        raise InvalidRequest(
            f"{PRIORITY_HEADER} must be one of {', '.join(PRIORITIES)}", param=PRIORITY_HEADER
        )
    return dataclasses.replace(request, priority=wanted)


def _stop_tuple(stop: str | list[str] | None) -> tuple[str, ...]:
    if stop is None:
        return ()
    return (stop,) if isinstance(stop, str) else tuple(s for s in stop if s)


def check_unicode(value: Any, path: str = "") -> None:
    """Reject strings that are not valid Unicode: JSON allows lone surrogate escapes
    (``"\\ud800"``), which no tokenizer, protobuf message or UTF-8 log line can carry."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidRequest(
                f"{path or 'body'}: text is not valid Unicode (a lone surrogate such as \\ud800)",
                param=path or None,
            ) from None
    elif isinstance(value, dict):
        for key, item in value.items():
            check_unicode(key, path)
            check_unicode(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            check_unicode(item, f"{path}.{index}" if path else str(index))


def _check_n(n: int | None) -> None:
    if n not in (None, 1):
        raise InvalidRequest("only n=1 is supported", param="n", code="unsupported_value")


def chat_to_generation(req: ChatCompletionRequest, max_prompt_chars: int) -> GenerationRequest:
    check_unicode(req.model_dump(exclude_defaults=True))
    _check_n(req.n)
    if req.top_logprobs and not req.logprobs:
        raise InvalidRequest("top_logprobs requires logprobs=true", param="top_logprobs")
    messages = [{"role": m.role, "content": m.text()} for m in req.messages]
    if sum(len(m["content"]) for m in messages) > max_prompt_chars:
        raise InvalidRequest(
            f"messages exceed the limit of {max_prompt_chars} characters",
            param="messages",
            code="context_length_exceeded",
        )
    params = SamplingParams(
        max_tokens=req.max_completion_tokens or req.max_tokens,
        temperature=1.0 if req.temperature is None else req.temperature,
        top_p=1.0 if req.top_p is None else req.top_p,
        stop=_stop_tuple(req.stop),
        seed=req.seed,
        presence_penalty=req.presence_penalty or 0.0,
        frequency_penalty=req.frequency_penalty or 0.0,
        logprobs=bool(req.logprobs),
        top_logprobs=req.top_logprobs or 0,
    )
    return GenerationRequest(
        model=req.model,
        params=params,
        messages=messages,
        stream=bool(req.stream),
        user=req.user,
        metadata=dict(req.metadata or {}),
        priority=TIER_PRIORITY[req.service_tier or "auto"],
    )


def completion_to_generation(req: CompletionRequest, max_prompt_chars: int) -> GenerationRequest:
    check_unicode(req.model_dump(exclude_defaults=True))
    _check_n(req.n)
    if req.best_of not in (None, 0, 1):
        raise InvalidRequest("only best_of=1 is supported", param="best_of")
    if req.echo:
        raise InvalidRequest("echo is not supported", param="echo")
    if req.suffix:
        raise InvalidRequest("suffix is not supported", param="suffix")
    prompt = req.prompt
    if isinstance(prompt, list):
        if len(prompt) == 1 and isinstance(prompt[0], str):
            prompt = prompt[0]
        else:
            raise InvalidRequest(
                "prompt must be a string (or a list holding one string)", param="prompt"
            )
    if prompt is None:
        raise InvalidRequest("prompt is required", param="prompt")
    if len(prompt) > max_prompt_chars:
        raise InvalidRequest(
            f"prompt exceeds the limit of {max_prompt_chars} characters",
            param="prompt",
            code="context_length_exceeded",
        )
    params = SamplingParams(
        max_tokens=req.max_tokens if req.max_tokens else None,
        temperature=1.0 if req.temperature is None else req.temperature,
        top_p=1.0 if req.top_p is None else req.top_p,
        stop=_stop_tuple(req.stop),
        seed=req.seed,
        presence_penalty=req.presence_penalty or 0.0,
        frequency_penalty=req.frequency_penalty or 0.0,
        logprobs=req.logprobs is not None,
        top_logprobs=req.logprobs or 0,
    )
    return GenerationRequest(
        model=req.model,
        params=params,
        prompt=prompt,
        stream=bool(req.stream),
        user=req.user,
        metadata=dict(req.metadata or {}),
        priority=TIER_PRIORITY[req.service_tier or "auto"],
    )


def _chat_logprobs(delta: TokenDelta) -> TokenLogprobOut:
    return TokenLogprobOut(
        token=delta.text,
        logprob=delta.logprob if delta.logprob is not None else 0.0,
        bytes=list(delta.text.encode("utf-8")),
        top_logprobs=[
            TopLogprobOut(token=t.token, logprob=t.logprob, bytes=list(t.token.encode("utf-8")))
            for t in delta.top_logprobs
        ],
    )


def _completion_logprobs(deltas: list[TokenDelta]) -> CompletionLogprobs:
    offsets, position = [], 0
    for delta in deltas:
        offsets.append(position)
        position += len(delta.text)
    return CompletionLogprobs(
        tokens=[d.text for d in deltas],
        token_logprobs=[d.logprob or 0.0 for d in deltas],
        top_logprobs=[{t.token: t.logprob for t in d.top_logprobs} for d in deltas],
        text_offset=offsets,
    )


class Serving:
    """Runs OpenAI requests against a backend.

    ``max_tokens_limit`` (0: none) lowers any larger ``max_tokens``, so one request cannot hold
    the device's model for long; the answer then ends with finish_reason ``length``.
    """

    def __init__(self, backend: Backend, max_prompt_chars: int, max_tokens_limit: int = 0) -> None:
        self.backend = backend
        self.max_prompt_chars = max_prompt_chars
        self.max_tokens_limit = max_tokens_limit

    def _clamp(self, request: GenerationRequest) -> GenerationRequest:
        limit, wanted = self.max_tokens_limit, request.params.max_tokens
        if not limit or wanted is None or wanted <= limit:  # None: the backend's own default
            return request
        params = dataclasses.replace(request.params, max_tokens=limit)
        return dataclasses.replace(request, params=params)

    def check_model(self, model: str) -> None:
        if model not in {m.id for m in self.backend.models()}:
            raise ModelNotFound(f"The model '{model}' does not exist", param="model")

    async def start(self, request: GenerationRequest, ctx: RequestContext) -> Generation:
        self.check_model(request.model)
        request = with_priority(self._clamp(request), ctx.headers)
        generation = await self.backend.generate(request, ctx)
        ctx.route = generation.route
        ctx.response_headers.update(generation.route.headers())
        return generation

    # ---- non-streaming ------------------------------------------------------------------

    async def collect(self, generation: Generation) -> tuple[list[TokenDelta], Finish]:
        deltas: list[TokenDelta] = []
        try:
            async for event in generation.events:
                if isinstance(event, Finish):
                    return deltas, event
                deltas.append(event)
        finally:
            await generation.aclose()
        raise DuetError("generation ended without a finish event")

    async def chat(self, request: GenerationRequest, ctx: RequestContext) -> dict[str, Any]:
        generation = await self.start(request, ctx)
        deltas, finish = await self.collect(generation)
        logprobs = None
        if request.params.logprobs:
            logprobs = ChoiceLogprobs(content=[_chat_logprobs(d) for d in deltas])
        body = ChatCompletion(
            id=new_id("chatcmpl"),
            created=now(),
            model=generation.model,
            choices=[
                ChatChoice(
                    index=0,
                    message=AssistantMessage(content="".join(d.text for d in deltas)),
                    logprobs=logprobs,
                    finish_reason=finish.finish_reason,
                )
            ],
            usage=_usage(finish),
        )
        return body.model_dump(mode="json")

    async def completion(self, request: GenerationRequest, ctx: RequestContext) -> dict[str, Any]:
        generation = await self.start(request, ctx)
        deltas, finish = await self.collect(generation)
        body = Completion(
            id=new_id("cmpl"),
            created=now(),
            model=generation.model,
            choices=[
                CompletionChoice(
                    text="".join(d.text for d in deltas),
                    index=0,
                    logprobs=_completion_logprobs(deltas) if request.params.logprobs else None,
                    finish_reason=finish.finish_reason,
                )
            ],
            usage=_usage(finish),
        )
        return body.model_dump(mode="json")

    # ---- streaming ----------------------------------------------------------------------

    async def stream(
        self, request: GenerationRequest, generation: Generation, include_usage: bool
    ) -> AsyncIterator[bytes]:
        """SSE frames for a started generation; errors after the first byte become an error
        event followed by ``[DONE]``, so a cut stream never looks complete."""
        chunker = _ChatChunker if request.kind == "chat" else _CompletionChunker
        shape = chunker(generation.model, request.params.logprobs)
        try:
            if request.kind == "chat":
                yield _sse(shape.first())
            async for event in generation.events:
                if isinstance(event, TokenDelta):
                    yield _sse(shape.delta(event))
                    continue
                yield _sse(shape.finish(event, include_usage))
                if include_usage:
                    yield _sse(shape.usage(event))
                break
        except DuetError as exc:
            log.warning("stream failed after it started: %s", exc.message)
            yield _sse(exc.body())
        finally:
            await generation.aclose()
        yield b"data: [DONE]\n\n"


def _usage(finish: Finish) -> Usage:
    return Usage(
        prompt_tokens=finish.prompt_tokens,
        completion_tokens=finish.completion_tokens,
        total_tokens=finish.prompt_tokens + finish.completion_tokens,
    )


def _sse(payload: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(payload, separators=(",", ":")).encode() + b"\n\n"


class _ChatChunker:
    def __init__(self, model: str, logprobs: bool) -> None:
        self.id, self.created, self.model, self.logprobs = new_id("chatcmpl"), now(), model, logprobs

    def _chunk(self, choices: list[ChunkChoice], usage: Usage | None = None) -> dict[str, Any]:
        return ChatCompletionChunk(
            id=self.id, created=self.created, model=self.model, choices=choices, usage=usage
        ).model_dump(mode="json", exclude_none=False)

    def first(self) -> dict[str, Any]:
        return self._chunk([ChunkChoice(index=0, delta=ChunkDelta(role="assistant", content=""))])

    def delta(self, event: TokenDelta) -> dict[str, Any]:
        logprobs = ChoiceLogprobs(content=[_chat_logprobs(event)]) if self.logprobs else None
        return self._chunk(
            [ChunkChoice(index=0, delta=ChunkDelta(content=event.text), logprobs=logprobs)]
        )

    def finish(self, event: Finish, include_usage: bool) -> dict[str, Any]:
        return self._chunk(
            [ChunkChoice(index=0, delta=ChunkDelta(), finish_reason=event.finish_reason)]
        )

    def usage(self, event: Finish) -> dict[str, Any]:
        return self._chunk([], usage=_usage(event))


class _CompletionChunker:
    def __init__(self, model: str, logprobs: bool) -> None:
        self.id, self.created, self.model, self.logprobs = new_id("cmpl"), now(), model, logprobs

    def _chunk(self, choices: list[CompletionChoice], usage: Usage | None = None) -> dict[str, Any]:
        return Completion(
            id=self.id, created=self.created, model=self.model, choices=choices, usage=usage
        ).model_dump(mode="json")

    def delta(self, event: TokenDelta) -> dict[str, Any]:
        logprobs = _completion_logprobs([event]) if self.logprobs else None
        return self._chunk(
            [CompletionChoice(text=event.text, index=0, logprobs=logprobs, finish_reason=None)]
        )

    def finish(self, event: Finish, include_usage: bool) -> dict[str, Any]:
        return self._chunk(
            [CompletionChoice(text="", index=0, finish_reason=event.finish_reason)]
        )

    def usage(self, event: Finish) -> dict[str, Any]:
        return self._chunk([], usage=_usage(event))
