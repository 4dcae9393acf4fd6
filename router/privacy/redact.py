"""Masking detected spans with typed placeholders such as ``[EMAIL_1]``.

Numbering is per type and per distinct value, shared across every message of a request, so the
same address is the same placeholder everywhere and the cloud model can still refer to it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from duet.router.messages import map_text
from duet.router.types import PiiSpan


class Placeholders:
    """Hands out placeholders and remembers placeholder → original value."""

    def __init__(self) -> None:
        self.mapping: dict[str, str] = {}
        self._by_value: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}

    def get(self, pii_type: str, value: str) -> str:
        key = (pii_type, value)
        if key not in self._by_value:
            n = self._counts.get(pii_type, 0) + 1
            self._counts[pii_type] = n
            placeholder = f"[{pii_type.upper()}_{n}]"
            self._by_value[key] = placeholder
            self.mapping[placeholder] = value
        return self._by_value[key]


def redact_text(text: str, spans: Iterable[PiiSpan], placeholders: Placeholders | None = None
                ) -> tuple[str, dict[str, str]]:
    """``text`` with every span replaced; returns (redacted text, placeholder → value)."""
    placeholders = placeholders or Placeholders()
    out: list[str] = []
    cursor = 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < cursor:
            continue
        out.append(text[cursor:span.start])
        out.append(placeholders.get(span.type, span.value))
        cursor = span.end
    out.append(text[cursor:])
    return "".join(out), placeholders.mapping


def redact_messages(messages: list[dict[str, Any]], pieces: list[list[PiiSpan]]
                    ) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Redact every text piece of ``messages``; ``pieces`` holds the spans of each piece, in the
    order :func:`router.messages.text_pieces` yields them."""
    placeholders = Placeholders()
    queue = iter(pieces)

    def rewrite(_: int, text: str) -> str:
        return redact_text(text, next(queue), placeholders)[0]

    return map_text(messages, rewrite), placeholders.mapping
