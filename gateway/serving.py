"""OpenAI semantics on top of a ``Backend``: request conversion, response assembly, SSE chunks."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import AsyncIterator
from typing import Any

from duet.core.backend import (
    Backend,
    Event,
    Finish,
    Generation,
    GenerationRequest,
    RequestContext,
    SamplingParams,
    TokenDelta,
)
from duet.core.errors import DuetError, InvalidRequest, ModelNotFound
from duet.gateway.deadline import within_deadline
from duet.gateway.priority import tier_priority, with_priority
from duet.gateway.protocol import (
    ChatChoice,
    ChatCompletion,
    ChatCompletionRequest,
    ChoiceLogprobs,
    Completion,
    CompletionChoice,
    CompletionRequest,
    new_id,
    now,
)

from duet.gateway.chunks import (
    ChatChunker,
    CompletionChunker,
    chat_logprobs,
    completion_logprobs,
    sse,
    usage_of,
)
from duet.gateway.tool_output import ToolStream, assistant_message
from duet.gateway.request_fields import (
    message_dict,
    refuse_unsupported,
    response_format_of,
    tools_of,
)

log = logging.getLogger("duet.gateway")


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
    refuse_unsupported(req, req.messages)
    tools, tool_choice = tools_of(req)
    messages = [message_dict(m) for m in req.messages]
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
        priority=tier_priority(req.service_tier),
        tools=tools,
        tool_choice=tool_choice,
        response_format=response_format_of(req),
    )


def completion_to_generation(req: CompletionRequest, max_prompt_chars: int) -> GenerationRequest:
    check_unicode(req.model_dump(exclude_defaults=True))
    _check_n(req.n)
    refuse_unsupported(req)
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
        priority=tier_priority(req.service_tier),
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
            logprobs = ChoiceLogprobs(content=[chat_logprobs(d) for d in deltas])
        message, finish_reason = assistant_message(
            request, "".join(d.text for d in deltas), finish.finish_reason
        )
        body = ChatCompletion(
            id=new_id("chatcmpl"),
            created=now(),
            model=generation.model,
            choices=[
                ChatChoice(
                    index=0, message=message, logprobs=logprobs, finish_reason=finish_reason
                )
            ],
            usage=usage_of(finish),
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
                    logprobs=completion_logprobs(deltas) if request.params.logprobs else None,
                    finish_reason=finish.finish_reason,
                )
            ],
            usage=usage_of(finish),
        )
        return body.model_dump(mode="json")

    # ---- streaming ----------------------------------------------------------------------

    async def stream(
        self, request: GenerationRequest, generation: Generation, include_usage: bool,
        ctx: RequestContext | None = None,
    ) -> AsyncIterator[bytes]:
        """SSE frames for a started generation; errors after the first byte become an error
        event followed by ``[DONE]``, so a cut stream never looks complete. Past ``ctx``'s
        deadline the stream ends the same way, with a ``deadline_exceeded`` error event."""
        shape: ChatChunker | CompletionChunker
        if request.kind == "chat":
            shape = ChatChunker(generation.model, request.params.logprobs, ToolStream(request))
        else:
            shape = CompletionChunker(generation.model, request.params.logprobs)
        sent = generation.route.reasons  # in the headers already
        try:
            if isinstance(shape, ChatChunker):  # the chat shape opens with the role
                yield sse(shape.first())
            while True:
                try:
                    event = await _next_event(generation, ctx)
                except StopAsyncIteration:
                    break
                if isinstance(event, TokenDelta):
                    for payload in shape.deltas(event):
                        yield sse(payload)
                    continue
                *before, last = shape.finish(event, include_usage)
                for payload in before:
                    yield sse(payload)
                yield sse(_with_late_reasons(last, generation, sent))
                if include_usage:
                    yield sse(shape.usage(event))
                break
        except DuetError as exc:
            log.warning("stream failed after it started: %s", exc.message)
            yield sse(exc.body())
        finally:
            await generation.aclose()
        yield b"data: [DONE]\n\n"


def _with_late_reasons(
    chunk: dict[str, Any], generation: Generation, sent: tuple[str, ...]
) -> dict[str, Any]:
    """The finish chunk, with ``x_duet_reasons`` when the route changed after the headers
    were sent (e.g. ``continued_local``: the local model finished a cut cloud answer)."""
    if generation.route.reasons != sent:
        chunk["x_duet_reasons"] = ",".join(generation.route.reasons)
    return chunk


async def _next_event(generation: Generation, ctx: RequestContext | None) -> Event:
    if ctx is None:
        return await generation.events.__anext__()
    return await within_deadline(ctx, generation.events.__anext__())


