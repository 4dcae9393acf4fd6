"""Tools and structured output in the backend contract.

A request may declare functions the model can call (``ToolSpec``), say whether it must call one
(``ToolChoice``) and ask for JSON answers (``ResponseFormat``). Every tier answers with text; a
tool call travels as that text in one canonical form, a JSON array of ``{"name", "arguments"}``
objects (``CALLS_OPEN`` starts it), and the gateway turns it into OpenAI ``tool_calls``. So the
cache, the wire's token stream and the cascade need no second event type.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any, Literal

ChoiceMode = Literal["none", "auto", "required"]
FormatType = Literal["text", "json_object", "json_schema"]
CALLS_OPEN = "["


@dataclass(frozen=True)
class ToolSpec:
    """One declared function; ``parameters`` is its JSON schema (an object schema)."""

    name: str
    description: str = ""
    parameters: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ToolChoice:
    """``none``, ``auto`` or ``required``; ``name`` set means that one function must be called."""

    mode: ChoiceMode = "auto"
    name: str | None = None
    parallel: bool = True

    @property
    def must_call(self) -> bool:
        return self.mode == "required" or self.name is not None


@dataclass(frozen=True)
class ResponseFormat:
    type: FormatType = "text"
    schema: dict[str, Any] | None = None
    name: str = ""
    strict: bool = False
    description: str = ""  # what the answer is for: the model reads it with the schema


@dataclass(frozen=True)
class ToolCall:
    id: str
    name: str
    arguments: str  # a JSON object, as text (OpenAI's shape)


def encode_calls(calls: list[tuple[str, str]]) -> str:
    """The canonical text of tool calls, from (name, arguments JSON text) pairs."""
    items = []
    for name, arguments in calls:
        try:
            args: Any = json.loads(arguments or "{}")
        except ValueError:
            args = {}
        items.append({"name": name, "arguments": args})
    return json.dumps(items, ensure_ascii=False)


def decode_calls(text: str) -> list[tuple[str, str]] | None:
    """(name, arguments JSON text) pairs from the canonical text; None when it is not calls."""
    stripped = text.strip()
    if not stripped.startswith(CALLS_OPEN):
        return None
    try:
        items = json.loads(stripped)
    except ValueError:
        return None
    if not isinstance(items, list) or not items:
        return None
    calls = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            return None
        arguments = item.get("arguments", {})
        if not isinstance(arguments, dict):
            return None
        calls.append((item["name"], json.dumps(arguments, ensure_ascii=False)))
    return calls


# JSON-schema keywords the grammar converter (llama.cpp's JSON schema to GBNF) enforces, and
# annotations that constrain nothing. Any other keyword would be silently dropped by it, so a
# schema using one is refused rather than answered with JSON that may not validate.
_ENFORCED = frozenset({
    "type", "properties", "required", "additionalProperties", "items", "prefixItems",
    "minItems", "maxItems", "enum", "const", "anyOf", "oneOf", "allOf", "$ref", "$defs",
    "definitions", "pattern", "minLength", "maxLength", "format",
})
_ANNOTATIONS = frozenset({
    "title", "description", "default", "examples", "$schema", "$id", "$comment", "deprecated",
    "readOnly", "writeOnly", "strict",
})
_FORMATS = frozenset({"date", "time", "date-time", "uuid", "uuid1", "uuid2", "uuid3", "uuid4",
                      "uuid5"})
_BOUNDS = frozenset({"minLength", "maxLength", "minItems", "maxItems"})
MAX_BOUND = 10_000  # each unit is a grammar rule: bounds the grammar's size
_SUBSCHEMA_MAPS = ("properties", "$defs", "definitions")
_SUBSCHEMA_LISTS = ("anyOf", "oneOf", "allOf", "prefixItems")


_NUMERIC_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
MAX_RANGE = 1_000  # an integer range becomes an enum of its values: bounds the grammar's size


def integer_range(schema: dict[str, Any]) -> range | None:
    """The values an integer schema with numeric bounds allows (both ends bounded, at most
    ``MAX_RANGE`` values), or None when it has no bounds or they cannot be enumerated."""
    if not any(key in schema for key in _NUMERIC_BOUNDS) or schema.get("type") != "integer":
        return None
    bounds = {key: schema[key] for key in _NUMERIC_BOUNDS if key in schema}
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in bounds.values()):
        return None
    lows = [math.ceil(bounds["minimum"])] if "minimum" in bounds else []
    lows += [math.floor(bounds["exclusiveMinimum"]) + 1] if "exclusiveMinimum" in bounds else []
    highs = [math.floor(bounds["maximum"])] if "maximum" in bounds else []
    highs += [math.ceil(bounds["exclusiveMaximum"]) - 1] if "exclusiveMaximum" in bounds else []
    if not lows or not highs or not 0 < max(highs) - max(lows) + 1 <= MAX_RANGE:
        return None
    return range(max(lows), min(highs) + 1)


def enumerate_integer_ranges(schema: Any) -> Any:
    """``schema`` with every bounded integer range written as an ``enum`` of its values, which
    the grammar converter enforces (it drops numeric bounds); everything else unchanged."""
    if isinstance(schema, list):
        return [enumerate_integer_ranges(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    values = integer_range(schema)
    out = {key: enumerate_integer_ranges(value) for key, value in schema.items()
           if values is None or key not in _NUMERIC_BOUNDS}
    if values is not None:
        allowed = [v for v in values if v in schema["enum"]] if "enum" in schema else list(values)
        out["enum"] = allowed
    return out


def schema_problem(schema: Any, path: str = "") -> str | None:
    """Why ``schema`` cannot be enforced by constrained decoding (the first keyword or value the
    converter cannot express, with its place), or None when it can."""
    if isinstance(schema, bool):
        return None
    if not isinstance(schema, dict):
        return f"{path or 'schema'} is not a JSON schema object"
    ranged = integer_range(schema) is not None
    for key, value in schema.items():
        where = f"{path}.{key}" if path else key
        if key in _NUMERIC_BOUNDS and not ranged:
            return (f"the JSON-schema keyword '{key}' (at {where}) is supported only on an "
                    f"integer bounded at both ends, at most {MAX_RANGE} values")
        if key not in _ENFORCED and key not in _ANNOTATIONS and key not in _NUMERIC_BOUNDS:
            return f"the JSON-schema keyword '{key}' (at {where}) is not supported"
        if key in _BOUNDS and not (
            isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_BOUND
        ):
            return f"{key} must be a whole number from 0 to {MAX_BOUND} (at {where})"
        if key == "format" and value not in _FORMATS:
            return f"the string format '{value}' (at {where}) is not supported"
        if key == "$ref" and not (isinstance(value, str) and value.startswith("#/")):
            return f"only local $ref is supported (at {where})"
        problem = _children_problem(key, value, where)
        if problem:
            return problem
    return None


def _children_problem(key: str, value: Any, where: str) -> str | None:
    children: list[tuple[str, Any]] = []
    if key in _SUBSCHEMA_MAPS and isinstance(value, dict):
        children = [(f"{where}.{name}", sub) for name, sub in value.items()]
    elif key in _SUBSCHEMA_LISTS and isinstance(value, list):
        children = [(f"{where}.{i}", sub) for i, sub in enumerate(value)]
    elif key in ("items", "additionalProperties") and isinstance(value, dict):
        children = [(where, value)]
    for child_path, child in children:
        problem = schema_problem(child, child_path)
        if problem:
            return problem
    return None
