"""The one conversion between protobuf messages (``duet.v1``) and the backend contract types.

The pool reads requests (``request_from_pb``) and writes events (``events_to_pb``); the edge writes
requests (``request_to_pb``) and reads events (``events_from_pb``). Errors and status codes: see
``duet.core.grpc_status``.
"""

from __future__ import annotations

import math

from duet.core.backend import (
    Event,
    Finish,
    FinishReason,
    GenerationRequest,
    RequestContext,
    SamplingParams,
    TokenDelta,
    TopLogprob,
)
from duet.core.errors import InvalidRequest
from duet.core.v1 import duet_pb2 as pb

MAX_STOP_SEQUENCES = 4


def _finite(value: float, name: str, low: float, high: float) -> float:
    if not math.isfinite(value) or not low <= value <= high:
        raise InvalidRequest(f"{name} must be between {low} and {high}", param=name)
    return value


def params_from_pb(p: pb.SamplingParams) -> SamplingParams:
    if len(p.stop) > MAX_STOP_SEQUENCES:
        raise InvalidRequest(f"at most {MAX_STOP_SEQUENCES} stop sequences", param="stop")
    if p.HasField("max_tokens") and p.max_tokens == 0:
        raise InvalidRequest("max_tokens must be at least 1", param="max_tokens")
    if p.top_logprobs > 20:
        raise InvalidRequest("top_logprobs must be at most 20", param="top_logprobs")
    return SamplingParams(
        max_tokens=p.max_tokens if p.HasField("max_tokens") else None,
        temperature=_finite(p.temperature, "temperature", 0.0, 2.0),
        top_p=_finite(p.top_p, "top_p", 0.0, 1.0),
        stop=tuple(s for s in p.stop if s),
        seed=p.seed if p.HasField("seed") else None,
        presence_penalty=_finite(p.presence_penalty, "presence_penalty", -2.0, 2.0),
        frequency_penalty=_finite(p.frequency_penalty, "frequency_penalty", -2.0, 2.0),
        logprobs=p.logprobs,
        top_logprobs=p.top_logprobs,
    )


def request_from_pb(message: pb.GenerateRequest) -> GenerationRequest:
    """A gateway request from the wire; bad input raises ``InvalidRequest``."""
    kind = message.WhichOneof("input")
    if kind is None:
        raise InvalidRequest("either chat messages or a prompt is required", param="input")
    params = params_from_pb(message.params) if message.HasField("params") else SamplingParams()
    metadata = {"tenant": message.tenant, "request_id": message.request_id}
    if message.privacy == pb.PRIVACY_REDACTED:
        metadata["privacy"] = "redacted"
    if kind == "chat":
        if not message.chat.messages:
            raise InvalidRequest("messages must not be empty", param="messages")
        messages = [{"role": m.role, "content": m.content} for m in message.chat.messages]
        return GenerationRequest(
            model=message.model, params=params, messages=messages,
            stream=True, user=message.user or None, metadata=metadata,
        )
    return GenerationRequest(
        model=message.model, params=params, prompt=message.prompt,
        stream=True, user=message.user or None, metadata=metadata,
    )


_FINISH = {"stop": pb.FINISH_REASON_STOP, "length": pb.FINISH_REASON_LENGTH}


def delta_to_pb(event: TokenDelta) -> pb.TokenDelta:
    delta = pb.TokenDelta(text=event.text)
    if event.logprob is not None:
        delta.logprob = event.logprob
        delta.top_logprobs.extend(
            pb.TopLogprob(token=t.token, logprob=t.logprob) for t in event.top_logprobs
        )
    return delta


def finish_to_pb(event: Finish) -> pb.Finish:
    return pb.Finish(
        finish_reason=_FINISH[event.finish_reason],
        usage=pb.Usage(
            prompt_tokens=event.prompt_tokens, completion_tokens=event.completion_tokens
        ),
    )


def events_to_pb(events: list[Event], model: str = "") -> pb.GenerateStreamResponse:
    message = pb.GenerateStreamResponse(model=model)
    for event in events:
        if isinstance(event, Finish):
            message.finish.CopyFrom(finish_to_pb(event))
        else:
            message.deltas.append(delta_to_pb(event))
    return message


# ---- the edge's side: requests out, events back ----


def request_to_pb(request: GenerationRequest, ctx: RequestContext, model: str) -> pb.GenerateRequest:
    p = request.params
    params = pb.SamplingParams(
        temperature=p.temperature,
        top_p=p.top_p,
        stop=list(p.stop),
        presence_penalty=p.presence_penalty,
        frequency_penalty=p.frequency_penalty,
        logprobs=p.logprobs,
        top_logprobs=p.top_logprobs,
    )
    if p.max_tokens is not None:
        params.max_tokens = p.max_tokens
    if p.seed is not None:
        params.seed = p.seed
    message = pb.GenerateRequest(
        model=model,
        params=params,
        tenant=ctx.tenant,
        request_id=ctx.request_id,
        user=request.user or "",
        privacy=pb.PRIVACY_REDACTED if request.metadata.get("redacted") else pb.PRIVACY_ALLOW_CLOUD,
    )
    if request.messages is not None:
        message.chat.messages.extend(
            pb.ChatMessage(role=m["role"], content=str(m.get("content") or ""))
            for m in request.messages
        )
    else:
        message.prompt = request.prompt or ""
    return message


def events_from_pb(message: pb.GenerateStreamResponse) -> list[Event]:
    events: list[Event] = [
        TokenDelta(
            text=d.text,
            logprob=d.logprob if d.HasField("logprob") else None,
            top_logprobs=tuple(TopLogprob(t.token, t.logprob) for t in d.top_logprobs),
        )
        for d in message.deltas
    ]
    if message.HasField("finish"):
        f = message.finish
        reason: FinishReason = "stop" if f.finish_reason == pb.FINISH_REASON_STOP else "length"
        events.append(Finish(reason, f.usage.prompt_tokens, f.usage.completion_tokens))
    return events
