"""Reading OpenAI chat messages: text of a message, the last user turn, and rewriting text.

``content`` may be a string, ``None`` (assistant tool calls) or a list of parts
(``{"type": "text", "text": ...}``; image/audio parts carry no text and are kept as they are).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def message_text(message: dict[str, Any]) -> str:
    """All text of one message, parts joined by newlines."""
    content = message.get("content")
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = [p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text"]
        return "\n".join(t for t in texts if isinstance(t, str))
    return str(content)


def last_user_index(messages: list[dict[str, Any]]) -> int | None:
    for i in range(len(messages) - 1, -1, -1):
        if messages[i].get("role", "user") == "user":
            return i
    return None


def map_text(messages: list[dict[str, Any]], fn: Callable[[int, str], str]) -> list[dict[str, Any]]:
    """A copy of ``messages`` with every text piece replaced by ``fn(message_index, text)``, in
    the order :func:`text_pieces` yields them; other fields are shallow-copied untouched."""
    out: list[dict[str, Any]] = []
    for i, message in enumerate(messages):
        copy = dict(message)
        content = message.get("content")
        if isinstance(content, str):
            copy["content"] = fn(i, content)
        elif isinstance(content, list):
            parts = []
            for part in content:
                if _is_text_part(part):
                    part = {**part, "text": fn(i, part["text"])}
                parts.append(part)
            copy["content"] = parts
        if isinstance(message.get("name"), str):
            copy["name"] = fn(i, message["name"])
        calls = message.get("tool_calls")
        if isinstance(calls, list):
            copy["tool_calls"] = [_map_call(call, i, fn) for call in calls]
        out.append(copy)
    return out


def text_pieces(messages: list[dict[str, Any]]) -> list[tuple[int, str]]:
    """(message index, text) for every text piece, in order; each piece is scanned on its own.

    The pieces are the content (a string, or each text part), the author's ``name`` and the
    arguments of each tool call: everything of a message that a person may have written.
    """
    pieces: list[tuple[int, str]] = []
    for i, message in enumerate(messages):
        content = message.get("content")
        if isinstance(content, str):
            pieces.append((i, content))
        elif isinstance(content, list):
            pieces.extend((i, part["text"]) for part in content if _is_text_part(part))
        if isinstance(message.get("name"), str):
            pieces.append((i, message["name"]))
        calls = message.get("tool_calls")
        if isinstance(calls, list):
            pieces.extend((i, args) for args in map(_call_arguments, calls) if args is not None)
    return pieces


def _is_text_part(part: object) -> bool:
    return isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str)


def _call_arguments(call: object) -> str | None:
    function = call.get("function") if isinstance(call, dict) else None
    arguments = function.get("arguments") if isinstance(function, dict) else None
    return arguments if isinstance(arguments, str) else None


def _map_call(call: Any, index: int, fn: Callable[[int, str], str]) -> Any:
    arguments = _call_arguments(call)
    if arguments is None:
        return call
    return {**call, "function": {**call["function"], "arguments": fn(index, arguments)}}
