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
from dataclasses import dataclass
from typing import Any

from duet.core.backend import GenerationRequest
from duet.core.errors import InvalidRequest
from duet.core.structured import ToolSpec, enumerate_integer_ranges

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
    converter.visit(converter.resolve_refs(enumerate_integer_ranges(schema), "request"), "")
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
        schema = converter.resolve_refs(enumerate_integer_ranges(tool.parameters or _OBJECT_SCHEMA),
                                        f"tool{index}")
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


def json_only(request: GenerationRequest) -> bool:
    """The whole answer is JSON: a required or named tool call, or JSON output."""
    if request.calls_tools:
        return request.tool_choice.must_call
    fmt = request.response_format
    return fmt is not None and fmt.type in ("json_object", "json_schema")


CLOSING_BOOST = 30.0


def closes_string(piece: bytes) -> bool:
    """A token that ends a JSON string and may close what holds it: ``"``, ``"}``, ``"}]``."""
    return piece[:1] == b'"' and set(piece[1:]) <= set(b"}] ")


def closes_structure(piece: bytes) -> bool:
    """A token made of closing braces and brackets (and spaces) only."""
    return bool(set(piece) & set(b"}]")) and set(piece) <= set(b"}] ")


@dataclass
class Closers:
    """Token ids (numpy arrays) of the vocabulary's closing pieces, and end of generation."""

    in_string: Any  # closes_string
    outside: Any  # closes_structure, and end of generation
    array_ends: Any  # those of ``outside`` with a ``]``


def find_closers(pieces: list[bytes], end_of_generation: int) -> Closers:
    """The closing pieces of a vocabulary (``pieces[i]``: token i's bytes)."""
    import numpy as np

    outside = [i for i, piece in enumerate(pieces) if closes_structure(piece)]
    return Closers(
        in_string=np.array([i for i, p in enumerate(pieces) if closes_string(p)], np.intc),
        outside=np.array(outside + [end_of_generation], np.intc),
        array_ends=np.array([i for i in outside if b"]" in pieces[i]], np.intc))


@dataclass
class CloseInTime:
    """A llama.cpp logits processor for JSON-only answers, so that they end as valid JSON
    instead of being cut by ``max_tokens``: for tool calls, once half the budget is spent,
    closing the array (no further call) is favoured where the grammar allows it; in the last
    quarter of the budget (24 tokens at most), every token that closes the string or the
    structure it is in is (and the end of generation), and the grammar picks the first of them
    it allows. A small model can repeat a value or add calls until its tokens run out
    (SmolLM2-135M on "打开蓝牙并播放新闻": one argument string of a repeated character, no
    complete call in 96 tokens). Whether the answer is inside a string is followed token by
    token, so that a brace is never favoured as string content."""

    closers: Closers
    piece: Any  # token id -> bytes
    end_at: int  # prompt + budget, in tokens
    budget: int
    calls: bool  # tool calls (the array may end early)
    _seen: int = -1
    _in_string: bool = False
    _escaped: bool = False

    def _follow(self, input_ids: Any) -> None:
        if self._seen < 0:  # the first call: everything so far is the prompt
            self._seen = self.end_at - self.budget
        for token in input_ids[self._seen:]:
            for byte in self.piece(int(token)):
                if self._in_string:
                    self._escaped = not self._escaped and byte == 0x5C  # backslash
                    self._in_string = self._escaped or byte != 0x22  # quote
                elif byte == 0x22:
                    self._in_string = True
        self._seen = len(input_ids)

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        left = self.end_at - len(input_ids)
        if left > self.budget // 2:
            return scores
        self._follow(input_ids)
        if left <= min(24, self.budget // 4):
            c = self.closers
            scores[c.in_string if self._in_string else c.outside] += CLOSING_BOOST
        elif self.calls and not self._in_string:
            scores[self.closers.array_ends] += CLOSING_BOOST
        return scores
