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
    """A copy of ``messages`` with every text piece replaced by ``fn(message_index, text)``.

    String contents and text parts are rewritten; other fields are shallow-copied untouched.
    """
    out: list[dict[str, Any]] = []
    for i, message in enumerate(messages):
        copy = dict(message)
        content = message.get("content")
        if isinstance(content, str):
            copy["content"] = fn(i, content)
        elif isinstance(content, list):
            parts = []
            for part in content:
                if isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str):
                    part = {**part, "text": fn(i, part["text"])}
                parts.append(part)
            copy["content"] = parts
        out.append(copy)
    return out


def text_pieces(messages: list[dict[str, Any]]) -> list[tuple[int, str]]:
    """(message index, text) for every text piece, in order; each piece is scanned on its own."""
    pieces: list[tuple[int, str]] = []
    for i, message in enumerate(messages):
        content = message.get("content")
        if isinstance(content, str):
            pieces.append((i, content))
        elif isinstance(content, list):
            for part in content:
                if isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str):
                    pieces.append((i, part["text"]))
    return pieces
