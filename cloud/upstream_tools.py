"""Tools and JSON output in the request body sent to an OpenAI-compatible replica.

Two ways, chosen per replica (``tool_calls`` in the pool file):

- ``native``: ``tools``, ``tool_choice`` and ``parallel_tool_calls`` passed through as asked, for
  servers that enforce ``tool_choice="required"`` themselves (vLLM with guided decoding, OpenAI);
- ``json_schema`` (the default): a request that declares tools, or whose history holds calls or
  tool results, is sent in the device's documented fallback format (``duet.engines.tool_prompt``:
  the functions in the system turn, calls as the canonical JSON array, results as user turns),
  and when it must call a function, ``response_format`` is the JSON schema of that array (only
  declared names, arguments valid for each function's schema). Every server that enforces
  ``json_schema`` (llama_cpp.server, vLLM, SGLang, TGI) then returns a valid call as text,
  in the canonical form the gateway turns into ``tool_calls``; servers that ignore
  ``tool_choice="required"`` (llama_cpp.server) would otherwise answer in prose.
"""

from __future__ import annotations

from typing import Any, Literal

from duet.core.backend import GenerationRequest
from duet.engines.tool_prompt import prompt_messages

ToolCallMode = Literal["native", "json_schema"]
SchemaStyle = Literal["openai", "llama_cpp"]


def schema_format(name: str, schema: dict[str, Any], strict: bool,
                  style: SchemaStyle, description: str = "") -> dict[str, Any]:
    """``response_format`` asking for JSON valid for ``schema``: OpenAI's ``json_schema`` type
    (vLLM, SGLang, OpenAI), or ``json_object`` with a ``schema`` (llama_cpp.server, which refuses
    the ``json_schema`` type: a description then goes into the schema's own)."""
    if style == "llama_cpp":
        if description and "description" not in schema:
            schema = {**schema, "description": description}
        return {"type": "json_object", "schema": schema}
    spec: dict[str, Any] = {"name": name, "schema": schema, "strict": strict}
    if description:
        spec["description"] = description
    return {"type": "json_schema", "json_schema": spec}


def calls_schema(request: GenerationRequest) -> dict[str, Any]:
    """The JSON schema of the canonical calls array for ``request``'s declared functions (only
    the named one when ``tool_choice`` names one; one call when parallel calls are off)."""
    choice = request.tool_choice
    alternatives = [
        {"type": "object", "additionalProperties": False, "required": ["name", "arguments"],
         "properties": {"name": {"const": t.name},
                        "arguments": t.parameters or {"type": "object"}}}
        for t in request.tools if choice.name in (None, t.name)
    ]
    schema: dict[str, Any] = {"type": "array", "minItems": 1,
                              "items": {"anyOf": alternatives} if len(alternatives) > 1
                              else alternatives[0]}
    if not choice.parallel:
        schema["maxItems"] = 1
    return schema


def _native_tools(request: GenerationRequest) -> dict[str, Any]:
    if not request.tools:
        return {}
    choice = request.tool_choice
    return {
        "tools": [{"type": "function", "function": {
            "name": t.name, "description": t.description, "parameters": t.parameters}}
            for t in request.tools],
        "tool_choice": ({"type": "function", "function": {"name": choice.name}} if choice.name
                        else choice.mode),
        "parallel_tool_calls": choice.parallel,
    }


def _response_format(request: GenerationRequest, style: SchemaStyle) -> dict[str, Any]:
    fmt = request.response_format
    if fmt is not None and fmt.type == "json_object":
        return {"response_format": {"type": "json_object"}}
    if fmt is not None and fmt.type == "json_schema":
        return {"response_format": schema_format(
            fmt.name or "answer", fmt.schema or {}, fmt.strict, style, fmt.description)}
    return {}


def structure_body(
    request: GenerationRequest, mode: ToolCallMode = "native", style: SchemaStyle = "openai"
) -> dict[str, Any]:
    """The body's ``messages``, tool fields and ``response_format`` for a chat request."""
    messages = request.messages or []
    uses_tools = bool(request.tools) or any(
        m.get("tool_calls") or m.get("role") == "tool" for m in messages)
    if mode == "native" or not uses_tools:
        return {"messages": messages, **_native_tools(request), **_response_format(request, style)}
    body: dict[str, Any] = {"messages": prompt_messages(request)}
    if request.calls_tools and request.tool_choice.must_call:
        body["response_format"] = schema_format(
            "tool_calls", calls_schema(request), True, style)
    elif not request.calls_tools:
        body.update(_response_format(request, style))
    return body
