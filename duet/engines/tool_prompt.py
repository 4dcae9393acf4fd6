"""Chat messages as the model sees them when a request declares tools or asks for JSON.

Templates differ in what they know of tools. When the GGUF's chat template reads ``tools``, the
declared functions are also handed to it; in every case a system instruction lists the functions
and the answer's form, and the history is written in the one form the grammar
(``duet.engines.grammar``) makes the model produce — the documented fallback format:

- the system turn (the request's first system or developer message, else a new one) ends with the
  functions, one a line (``name(arg: type, ...) - description``, or the name and JSON schema when
  the parameters nest) and: reply with only a JSON array ``[{"name": ..., "arguments": {...}}]``;
- an assistant turn with ``tool_calls`` carries that array as its text;
- a ``tool`` turn becomes a user turn ``Result of <function>: <content>`` (templates without tool
  support accept only system, user and assistant turns); when the conversation ends with one and
  no call is asked for, the system turn says to answer in plain text from the results.
"""

from __future__ import annotations

import json
from typing import Any

from duet.core.backend import GenerationRequest
from duet.core.structured import ToolSpec, encode_calls


def template_reads_tools(template: str) -> bool:
    return "tools" in template


def _instruction(request: GenerationRequest) -> str:
    lines: list[str] = []
    if request.calls_tools:
        choice = request.tool_choice
        lines.append("You can call these functions:")
        lines += [signature(t) for t in request.tools if choice.name in (None, t.name)]
        lines.append('To call functions, reply with only a JSON array of calls: '
                     '[{"name": "<function name>", "arguments": {<arguments>}}].')
        if not choice.must_call:
            lines.append("If no function fits, reply in plain text instead.")
    elif (request.messages or [{}])[-1].get("role") == "tool":
        lines.append("Answer the user in plain text, using the function results.")
    elif request.response_format is not None and request.response_format.type != "text":
        fmt = request.response_format
        lines.append("Reply with only a short JSON object.")
        if fmt.description:
            lines.append(f"It is for: {fmt.description}")
        if fmt.schema:
            lines.append("It must match this JSON schema: "
                         + json.dumps(fmt.schema, ensure_ascii=False))
    return "\n".join(lines)


def _param(name: str, schema: Any) -> str | None:
    """``name: type`` (or the allowed values) for a flat parameter; None for anything nested."""
    if not isinstance(schema, dict):
        return None
    if "enum" in schema and isinstance(schema["enum"], list):
        return f"{name}: " + "|".join(json.dumps(v, ensure_ascii=False) for v in schema["enum"])
    if schema.get("type") in ("string", "integer", "number", "boolean"):
        return f"{name}: {schema['type']}"
    return None


def signature(tool: ToolSpec) -> str:
    """One line per function: ``name(arg: type, ...) - description`` when its parameters are
    flat (short prompts for small models), else its name and JSON schema."""
    props = tool.parameters.get("properties")
    params = [_param(k, v) for k, v in props.items()] if isinstance(props, dict) else [None]
    description = f" - {tool.description}" if tool.description else ""
    if all(p is not None for p in params):
        return f"{tool.name}({', '.join(p for p in params if p)}){description}"
    return f"{tool.name}{description}; parameters: " + json.dumps(
        tool.parameters, ensure_ascii=False)


def _call_names(messages: list[dict[str, Any]]) -> dict[str, str]:
    names: dict[str, str] = {}
    for message in messages:
        for call in message.get("tool_calls") or ():
            names[str(call.get("id"))] = str(call.get("function", {}).get("name", ""))
    return names


def _history(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    names = _call_names(messages)
    out: list[dict[str, Any]] = []
    for message in messages:
        calls = message.get("tool_calls")
        if calls:
            text = encode_calls([(c["function"]["name"], c["function"]["arguments"])
                                 for c in calls])
            content = message.get("content") or ""
            out.append({"role": "assistant", "content": f"{content}\n{text}" if content else text})
        elif message.get("role") == "tool":
            name = names.get(str(message.get("tool_call_id")), "") or "the function"
            out.append({"role": "user", "content": f"Result of {name}: {message.get('content')}"})
        else:
            out.append({"role": message["role"], "content": message.get("content") or ""})
    return out


def prompt_messages(request: GenerationRequest) -> list[dict[str, Any]]:
    """The messages to render for ``request`` (its own messages when nothing is declared)."""
    messages = request.messages or []
    instruction = _instruction(request)
    has_tool_history = any(m.get("tool_calls") or m.get("role") == "tool" for m in messages)
    if not instruction and not has_tool_history:
        return messages
    out = _history(messages)
    if instruction:
        if out and out[0]["role"] in ("system", "developer"):
            out[0] = {"role": "system", "content": f"{out[0]['content']}\n\n{instruction}"}
        else:
            out.insert(0, {"role": "system", "content": instruction})
    return out


def template_tools(request: GenerationRequest) -> list[dict[str, Any]] | None:
    """The tools in OpenAI's shape, for templates that read them."""
    if not request.calls_tools:
        return None
    return [{"type": "function", "function": {"name": t.name, "description": t.description,
                                              "parameters": t.parameters}}
            for t in request.tools]
