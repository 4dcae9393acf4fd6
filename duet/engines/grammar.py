"""Constrained decoding: the llama.cpp grammar (GBNF) a request's output must follow.

- ``tool_choice`` required or named: a JSON array of calls (one call when parallel calls are
  off), each ``{"name": <a declared name>, "arguments": <an object valid for that function's
  schema>}`` — the canonical tool-call text of ``duet.core.structured``;
- ``tool_choice`` auto: those calls, or prose that does not start with ``[``;
- ``response_format`` json_object: any JSON object; json_schema: JSON valid for the schema;
- the conversation ends with a tool result, no call (``tool_choice`` none or no tools) and no
  JSON asked for: prose that does not start with ``[`` or ``{`` (after one optional space, which
  base models write after ``Assistant:``), so the answer is not a copy of the call in text.

The schemas are converted by llama-cpp-python's JSON-schema converter; the gateway has refused
schemas with keywords it cannot enforce (``duet.core.structured.schema_problem``).
"""

from __future__ import annotations

import json
from typing import Any

from duet.core.backend import GenerationRequest
from duet.core.errors import InvalidRequest
from duet.core.structured import ToolSpec

_OBJECT_SCHEMA: dict[str, Any] = {"type": "object"}


# JSON strings hold no raw control characters (json.loads refuses them); the converter's own
# character rule lets them through.
_LOOSE_CHAR = 'char ::= [^"\\\\] |'
_STRICT_CHAR = 'char ::= [^"\\\\\\x7F\\x00-\\x1F] |'


def _format(converter: Any) -> str:
    return str(converter.format_grammar()).replace(_LOOSE_CHAR, _STRICT_CHAR)


def _converter() -> Any:
    from llama_cpp.llama_grammar import SchemaConverter

    return SchemaConverter(  # type: ignore[no-untyped-call]  # llama-cpp-python's, unannotated
        prop_order={}, allow_fetch=False, dotall=False, raw_pattern=False
    )


def schema_gbnf(schema: dict[str, Any]) -> str:
    """GBNF for one JSON schema (root: a JSON value valid for it)."""
    converter = _converter()
    converter.visit(converter.resolve_refs(schema, "request"), "")
    return _format(converter)


def _literal(text: str) -> str:
    return json.dumps(json.dumps(text))  # a GBNF string literal of the JSON string


def calls_gbnf(tools: tuple[ToolSpec, ...], name: str | None, parallel: bool, prose: bool) -> str:
    """GBNF for a JSON array of calls of the declared functions (only ``name`` if set)."""
    converter = _converter()
    alternatives = []
    for index, tool in enumerate(tools):
        if name is not None and tool.name != name:
            continue
        schema = converter.resolve_refs(tool.parameters or _OBJECT_SCHEMA, f"tool{index}")
        if not schema.get("type") and not schema.get("properties"):
            schema = {**schema, "type": "object"}
        args = converter.visit(schema, f"args{index}")
        rule = (f'"{{" space "\\"name\\"" space ":" space {_literal(tool.name)} space "," space '
                f'"\\"arguments\\"" space ":" space {args} "}}" space')
        alternatives.append(converter._add_rule(f"call{index}", rule))
    converter._add_rule("call", " | ".join(alternatives))
    more = ' ("," space call)*' if parallel else ""
    converter._add_rule("calls", f'"[" space call{more} "]" space')
    if prose:
        converter._add_rule("prose", '" "? [^\\[ \\t\\n] [^\\x00]*')
        converter._add_rule("root", "calls | prose")
    else:
        converter._add_rule("root", "calls")
    return _format(converter)


PROSE_GBNF = "root ::= \" \"? [^\\[{ \\t\\n] [^\\x00]*\n"


def _after_tool_result(request: GenerationRequest) -> bool:
    messages = request.messages or []
    return bool(messages and messages[-1].get("role") == "tool")


def grammar_text(request: GenerationRequest) -> str | None:
    """The grammar for ``request``, or None when its output is free text."""
    if request.messages is None:
        return None
    if request.calls_tools:
        choice = request.tool_choice
        return calls_gbnf(request.tools, choice.name, choice.parallel, prose=not choice.must_call)
    fmt = request.response_format
    if fmt is None or fmt.type == "text":
        return PROSE_GBNF if _after_tool_result(request) else None
    return schema_gbnf(fmt.schema if fmt.type == "json_schema" and fmt.schema else _OBJECT_SCHEMA)


# Under a grammar a small model may repeat one value or key until its tokens run out, leaving the
# JSON unclosed (SmolLM2-135M, json_object, 160 tokens: 3 of the 8 eval prompts parsed without a
# penalty, 8 of 8 with 0.5). A frequency penalty makes a closing bracket win over one more repeat.
JSON_FREQUENCY_PENALTY = 0.5


def frequency_penalty(request: GenerationRequest) -> float:
    """The request's frequency penalty; for JSON output (``response_format`` json_object or
    json_schema) that sets neither a frequency nor a presence penalty, ``JSON_FREQUENCY_PENALTY``."""
    params, fmt = request.params, request.response_format
    json_output = fmt is not None and fmt.type in ("json_object", "json_schema")
    if json_output and not params.frequency_penalty and not params.presence_penalty:
        return JSON_FREQUENCY_PENALTY
    return params.frequency_penalty


def llama_grammar(request: GenerationRequest) -> Any:
    """A ``LlamaGrammar`` for ``request`` (None for free text). A schema the converter cannot
    turn into a grammar raises ``InvalidRequest`` naming the field, before anything streams."""
    try:
        text = grammar_text(request)
        if text is None:
            return None
        from llama_cpp.llama_grammar import LlamaGrammar

        return LlamaGrammar.from_string(text, verbose=False)
    except Exception as exc:  # the converter asserts, raises KeyError/ValueError on bad schemas
        param = "tools" if request.calls_tools else "response_format"
        raise InvalidRequest(
            f"{param}: the JSON schema cannot be turned into a grammar ({type(exc).__name__})",
            param=param, code="unsupported_schema",
        ) from None
