"""The request part of a turn that carries pasted material (a document, a passage, a log).

"Summarise this" and "how many paragraphs is that" weigh the same pasted page very differently:
what is asked decides, not the text. A turn is split into the *request* — its first or last
paragraph when short (blank lines apart; of two short ones, the one ending in a colon, else the
shorter), else its first line, else a lead-in ending in ``:`` / ``：`` — and the *payload*, the
rest. The split reads the scan window (head and tail of a long turn), where the request of a
pasted text usually is; a turn with no such break has no request part."""

from __future__ import annotations

import re

REQUEST_MAX = 300  # a paragraph longer than this is material, not a request
LEAD_MAX = 200  # a lead-in ending in a colon within this many characters
REQUEST_AT = 80  # shorter turns paste nothing worth splitting off
PAYLOAD_MIN = 120  # less pasted material than this: no split (the whole turn is the request)

_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_LEAD = re.compile(r":\s|：")


def split(window: str, full_length: int, joint: int = -1) -> tuple[str, int] | None:
    """(the request text, the payload's length in characters), or None when the turn pastes
    nothing apart from what it asks. ``window``: the turn's scan window; ``full_length``: the
    whole turn's length (the payload's length counts the part the window leaves out);
    ``joint``: where the window's line break between head and tail is, if it has one (not a
    line break of the turn)."""
    if full_length < REQUEST_AT:
        return None
    text = window.strip()
    joint -= len(window) - len(window.lstrip())
    hidden = full_length - len(window)
    paragraphs = [p.strip() for p in _PARAGRAPH.split(text) if p.strip()]
    if len(paragraphs) >= 2:
        head, tail = paragraphs[0], paragraphs[-1]
        short = [p for p in (head, tail) if len(p) <= REQUEST_MAX]
        if short:
            # both short: a lead-in ending in a colon, else the one that asks a question, else the
            # shorter one, is the request
            asking = [p for p in short if "?" in p or "？" in p]
            request = (head if head.endswith((":", "：")) else asking[0] if len(asking) == 1
                       else min(short, key=len))
            payload = len(text) - len(request) + hidden
            return (request, payload) if payload >= PAYLOAD_MIN else None
    first = text.find("\n", 0, LEAD_MAX + 1)
    if first > 0 and first != joint and len(text) - first >= PAYLOAD_MIN:
        return text[:first], len(text) - first + hidden
    lead = _LEAD.search(text, 0, LEAD_MAX + 2)
    if lead is not None and len(text) - lead.end() >= PAYLOAD_MIN:
        return text[:lead.start() + 1], len(text) - lead.end() + hidden
    return None
