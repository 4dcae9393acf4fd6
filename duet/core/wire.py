"""The one conversion between protobuf messages (``duet.v1``) and the backend contract types.

The pool reads requests (``request_from_pb``) and writes events (``events_to_pb``); the edge writes
requests (``request_to_pb``) and reads events (``events_from_pb``). Errors and status codes: see
``duet.core.grpc_status``.
"""

from __future__ import annotations

import json
import math
from typing import Any

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
from duet.core.structured import ChoiceMode, ResponseFormat, ToolChoice, ToolSpec, schema_problem
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
        messages = [_message_from_pb(m) for m in message.chat.messages]
        if message.tool_choice.name and message.tool_choice.name not in {
            t.name for t in message.tools
        }:
            raise InvalidRequest("tool_choice names an undeclared function", param="tool_choice")
        return GenerationRequest(
            model=message.model, params=params, messages=messages,
            stream=True, user=message.user or None, metadata=metadata,
            tools=tuple(_tool_from_pb(t) for t in message.tools),
            tool_choice=_choice_from_pb(message.tool_choice, bool(message.tools)),
            response_format=_format_from_pb(message.response_format),
        )
    return GenerationRequest(
        model=message.model, params=params, prompt=message.prompt,
        stream=True, user=message.user or None, metadata=metadata,
    )


def _message_from_pb(m: pb.ChatMessage) -> dict[str, Any]:
    out: dict[str, Any] = {"role": m.role, "content": m.content}
    if m.name:
        out["name"] = m.name
    if m.tool_calls:
        out["tool_calls"] = [
            {"id": c.id, "type": "function",
             "function": {"name": c.name, "arguments": c.arguments}} for c in m.tool_calls
        ]
    if m.tool_call_id:
        out["tool_call_id"] = m.tool_call_id
    return out


def _schema(text: str, param: str) -> dict[str, Any]:
    try:
        schema = json.loads(text) if text else {}
    except ValueError:
        raise InvalidRequest("the schema is not JSON", param=param) from None
    problem = schema_problem(schema)
    if problem or not isinstance(schema, dict):
        raise InvalidRequest(f"{param}: {problem or 'not a schema object'}", param=param)
    return schema


def _tool_from_pb(t: pb.Tool) -> ToolSpec:
    return ToolSpec(t.name, t.description, _schema(t.parameters_json, "tools"))


def _choice_from_pb(c: pb.ToolChoice, has_tools: bool) -> ToolChoice:
    modes: dict[str, ChoiceMode] = {"none": "none", "auto": "auto", "required": "required"}
    mode = modes.get(c.mode, "auto" if has_tools else "none")
    return ToolChoice(mode, c.name or None, parallel=not c.single_call)


def _format_from_pb(f: pb.ResponseFormat) -> ResponseFormat | None:
    if f.type == "json_object":
        return ResponseFormat("json_object")
    if f.type == "json_schema":
        return ResponseFormat("json_schema", _schema(f.schema_json, "response_format"),
                              f.name, f.strict, f.description)
    return None


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
        message.chat.messages.extend(_message_to_pb(m) for m in request.messages)
    else:
        message.prompt = request.prompt or ""
    _structure_to_pb(request, message)
    return message


def _message_to_pb(m: dict[str, Any]) -> pb.ChatMessage:
    calls = [
        pb.ToolCall(id=str(c.get("id", "")), name=str(c["function"]["name"]),
                    arguments=str(c["function"].get("arguments") or ""))
        for c in m.get("tool_calls") or ()
    ]
    return pb.ChatMessage(
        role=m["role"], content=str(m.get("content") or ""), name=str(m.get("name") or ""),
        tool_calls=calls, tool_call_id=str(m.get("tool_call_id") or ""),
    )


def _structure_to_pb(request: GenerationRequest, message: pb.GenerateRequest) -> None:
    message.tools.extend(
        pb.Tool(name=t.name, description=t.description, parameters_json=json.dumps(t.parameters))
        for t in request.tools
    )
    if request.tools:
        choice = request.tool_choice
        message.tool_choice.CopyFrom(pb.ToolChoice(
            mode=choice.mode, name=choice.name or "", single_call=not choice.parallel))
    fmt = request.response_format
    if fmt is not None:
        message.response_format.CopyFrom(pb.ResponseFormat(
            type=fmt.type, schema_json=json.dumps(fmt.schema) if fmt.schema else "",
            name=fmt.name, strict=fmt.strict, description=fmt.description))


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
