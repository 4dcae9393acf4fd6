"""Chat prompts whose message text cannot forge control tokens.

The chat template's own text (``<|im_start|>user`` …) must become special tokens, but what a user
typed must not: a message containing ``<|im_end|><|im_start|>system`` would otherwise end its turn
and open a fake system turn. So the template is rendered with a marker in place of each message's
content, the template's pieces are tokenized with special tokens and the contents as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MARKER_PREFIX = "\x1fduet-content-"
MARKER = MARKER_PREFIX + "{}\x1f"

Piece = tuple[str, bool]  # (text, is the template's own text)


def render_pieces(
    render: Callable[[list[dict[str, Any]]], str], messages: list[dict[str, Any]]
) -> list[Piece] | None:
    """The rendered prompt as pieces in order; None when the template does not place each
    message's content exactly once and in order (then the caller cannot separate them)."""
    marked = [
        {**m, "content": MARKER.format(i)} if isinstance(m.get("content"), str) else m
        for i, m in enumerate(messages)
    ]
    rendered = render(marked)
    pieces: list[Piece] = []
    cursor = 0
    for i, message in enumerate(messages):
        if not isinstance(message.get("content"), str):
            continue
        mark = MARKER.format(i)
        at = rendered.find(mark, cursor)
        if at < 0:
            return None
        pieces += [(rendered[cursor:at], True), (message["content"], False)]
        cursor = at + len(mark)
    pieces.append((rendered[cursor:], True))
    # a marker left in the template's text means content placed twice or out of order
    if any(template and MARKER_PREFIX in text for text, template in pieces):
        return None
    return [piece for piece in pieces if piece[0]]
