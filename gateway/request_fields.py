"""What the gateway does with each OpenAI request field it does not act on, and the tools and
response-format fields turned into the backend contract.

No field that changes what the caller gets back is dropped silently: a field is implemented,
ignored because OpenAI documents it as optional advice (``ADVICE``, listed in the README), or
refused with a 400 naming it when it is set (``REFUSED``). A top-level field outside OpenAI's
description is refused too, as OpenAI's service refuses it ("Unrecognized request argument
supplied"): Duet cannot know what it was meant to change.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from duet.core.errors import InvalidRequest
from duet.core.structured import ResponseFormat, ToolChoice, ToolSpec, schema_problem
from duet.gateway.protocol import ChatCompletionRequest, ChatMessage

# Optional advice: hints about storage, billing, caching or effort that leave the answer's shape
# and meaning to the server.
ADVICE: dict[str, str] = {
    "store": "whether OpenAI keeps the completion for its dashboard; Duet keeps none",
    "prompt_cache_key": "a hint for OpenAI's prompt cache",
    "prompt_cache_retention": "a hint for OpenAI's prompt cache",
    "prompt_cache_options": "a hint for OpenAI's prompt cache",
    "safety_identifier": "an abuse-detection identifier for OpenAI",
    "prediction": "a latency optimisation (predicted output); the answer is the same without it",
    "reasoning_effort": "effort of reasoning models; Duet's models do not reason",
    "verbosity": "a length preference; max_tokens is what bounds an answer",
}
# Set to anything but its "unset" value, each of these is refused.
REFUSED: dict[str, str] = {
    "audio": "audio output is not supported",
    "modalities": "only the text modality is supported",
    "web_search_options": "web search is not supported",
    "moderation": "moderation is not supported",
    "functions": "functions is deprecated and not supported: use tools",
    "function_call": "function_call is deprecated and not supported: use tool_choice",
    "logit_bias": "logit_bias is not supported",
}
MESSAGE_REFUSED: dict[str, str] = {
    "audio": "audio in messages is not supported",
    "function_call": "function_call in messages is not supported: use tool_calls",
}


_UNSET: dict[str, Any] = {"modalities": ["text"], "logit_bias": {}, "functions": []}


def _is_unset(name: str, value: Any) -> bool:
    """None, or the value that asks for nothing (text only, no bias, no functions)."""
    return value is None or (name in _UNSET and value == _UNSET[name])


def _set_fields(model: BaseModel) -> dict[str, Any]:
    declared = {name: getattr(model, name) for name in type(model).model_fields}
    return {**declared, **(model.model_extra or {})}


def known_fields(model: type[BaseModel]) -> set[str]:
    """The top-level fields OpenAI describes for this request: acted on, advice, or refused."""
    return set(model.model_fields) | ADVICE.keys() | REFUSED.keys()


def refuse_unsupported(request: BaseModel, messages: list[ChatMessage] | None = None) -> None:
    """Raise ``InvalidRequest`` naming the first field outside OpenAI's description, or the first
    refused field that is set."""
    known = known_fields(type(request))
    for name in request.model_extra or {}:
        if name not in known:
            raise InvalidRequest(f"Unrecognized request argument supplied: {name}", param=name,
                                 code="unrecognized_request_argument")
    for name, value in _set_fields(request).items():
        if name in REFUSED and not _is_unset(name, value):
            raise InvalidRequest(f"{name}: {REFUSED[name]}", param=name,
                                 code="unsupported_parameter")
    for index, message in enumerate(messages or ()):
        for name, value in (message.model_extra or {}).items():
            if name in MESSAGE_REFUSED and not _is_unset(name, value):
                raise InvalidRequest(f"messages.{index}.{name}: {MESSAGE_REFUSED[name]}",
                                     param=f"messages.{index}.{name}",
                                     code="unsupported_parameter")


def message_dict(message: ChatMessage) -> dict[str, Any]:
    """One history message for the backend: role and text, and the tool fields when present."""
    text = message.text() or (message.refusal or "")
    out: dict[str, Any] = {"role": message.role, "content": text}
    if message.name is not None:
        out["name"] = message.name
    if message.tool_calls:
        out["tool_calls"] = [
            {"id": c.id, "type": "function",
             "function": {"name": c.function.name, "arguments": c.function.arguments}}
            for c in message.tool_calls
        ]
    if message.tool_call_id is not None:
        out["tool_call_id"] = message.tool_call_id
    return out


def _check_schema(schema: dict[str, Any] | None, param: str) -> None:
    problem = schema_problem(schema or {})
    if problem:
        raise InvalidRequest(f"{param}: {problem}", param=param, code="unsupported_schema")


def tools_of(req: ChatCompletionRequest) -> tuple[tuple[ToolSpec, ...], ToolChoice]:
    tools = []
    for index, tool in enumerate(req.tools or ()):
        _check_schema(tool.function.parameters, f"tools.{index}.function.parameters")
        tools.append(ToolSpec(tool.function.name, tool.function.description or "",
                              dict(tool.function.parameters or {})))
    parallel = req.parallel_tool_calls is not False
    choice = req.tool_choice
    if choice is None:
        return tuple(tools), ToolChoice("auto" if tools else "none", parallel=parallel)
    if isinstance(choice, str):
        if choice != "none" and not tools:
            raise InvalidRequest(f"tool_choice '{choice}' needs tools", param="tool_choice")
        return tuple(tools), ToolChoice(choice, parallel=parallel)
    if choice.function.name not in {t.name for t in tools}:
        raise InvalidRequest(f"tool_choice names '{choice.function.name}', which is not among "
                             "the tools", param="tool_choice")
    return tuple(tools), ToolChoice("required", name=choice.function.name, parallel=parallel)


def response_format_of(req: ChatCompletionRequest) -> ResponseFormat | None:
    fmt = req.response_format
    if fmt is None or fmt.type == "text":
        return None
    if fmt.type == "json_object":
        return ResponseFormat("json_object")
    spec = fmt.json_schema
    assert spec is not None  # the protocol model requires it for json_schema
    _check_schema(spec.schema_, "response_format.json_schema.schema")
    return ResponseFormat("json_schema", dict(spec.schema_ or {}), spec.name, bool(spec.strict),
                          spec.description or "")
