"""Protobuf messages <-> gateway types, on the pool's side, and gateway errors -> gRPC status."""

from __future__ import annotations

import math

import grpc

from duet.v1 import duet_pb2 as pb
from gateway.backend import Event, Finish, GenerationRequest, SamplingParams, TokenDelta
from gateway.errors import (
    AuthenticationFailed,
    DeadlineExceeded,
    DuetError,
    InvalidRequest,
    ModelNotFound,
    PayloadTooLarge,
    RateLimited,
    ServiceUnavailable,
    UpstreamError,
)

MAX_STOP_SEQUENCES = 4

# Most specific first.
STATUS_OF: list[tuple[type[DuetError], grpc.StatusCode]] = [
    (InvalidRequest, grpc.StatusCode.INVALID_ARGUMENT),
    (ModelNotFound, grpc.StatusCode.NOT_FOUND),
    (AuthenticationFailed, grpc.StatusCode.UNAUTHENTICATED),
    (PayloadTooLarge, grpc.StatusCode.RESOURCE_EXHAUSTED),
    (RateLimited, grpc.StatusCode.RESOURCE_EXHAUSTED),
    (ServiceUnavailable, grpc.StatusCode.UNAVAILABLE),
    (DeadlineExceeded, grpc.StatusCode.DEADLINE_EXCEEDED),
    (UpstreamError, grpc.StatusCode.UNAVAILABLE),
]


def status_of(exc: DuetError) -> tuple[grpc.StatusCode, tuple[tuple[str, str], ...]]:
    """The status code and the trailing metadata (error code, param, retry-after) of an error."""
    code = next((c for kind, c in STATUS_OF if isinstance(exc, kind)), grpc.StatusCode.INTERNAL)
    trailers = []
    if exc.code:
        trailers.append(("duet-error-code", exc.code))
    if exc.param:
        trailers.append(("duet-error-param", exc.param))
    if isinstance(exc, RateLimited):
        trailers.append(("retry-after-ms", str(int(exc.retry_after * 1000))))
    return code, tuple(trailers)


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
