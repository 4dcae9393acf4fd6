"""Numbers read by OCR: letters a scanner puts for digits ("电话：18263099O17", "D O B: l977/06/01",
"+33 1 40 3S 92 90").

A scanned business card, parcel label or record pasted into a request carries such numbers. In a
run that is mostly digits and whose only letters are the ones scanners confuse with digits
(O o → 0, l I → 1, S → 5, B → 8), the letters are read as digits; a run may start with one
only where that is no code's letter ("l34 7618 0933", not "B12345"). The view has the same
length as the text, so whatever the detectors find in it maps back character for character.
Runs holding other letters (hex digests, "1Z…" tracking numbers, model codes) are left as they are.
"""

from __future__ import annotations

import re

from duet.router.privacy.scan import skeleton

_AS_DIGITS = str.maketrans("OolISB", "001158")
# A run of digits, confusable letters and the separators numbers are written with, starting and
# ending on a digit or a confusable letter that touches a digit.
# A run may also follow a code's letters, one to three capitals ("MRN:P4O7686", "ID P931325474l"),
# when it starts on a digit.
_RUN = re.compile(r"(?:(?<![A-Za-z0-9])(?:[0-9(+]|[Ool](?=[0-9]))|(?<=[A-Z])(?<![A-Za-z0-9][A-Z]{4})[0-9])"
                  r"[0-9OolISB()+./ -]{4,28}(?:[0-9]|(?<=[0-9])[OolISB])"
                  r"(?![A-Za-z0-9])")
_CONFUSABLE = re.compile(r"[OolISB]")
_RUN_SET = frozenset("0123456789OolISB()+./ -")
_LETTERS = frozenset("OolISB")


def _touching(text: str) -> list[int]:
    """Where a confusable letter touches a digit, found on the skeleton (digits "0", letters "A"
    or "a") with ``bytes.find``, which is far faster than a pattern with a class at its start."""
    sk = skeleton(text)
    found = []
    for pair, letter_at in ((b"0A", 1), (b"0a", 1), (b"A0", 0), (b"a0", 0)):
        at = sk.find(pair)
        while at >= 0:
            if text[at + letter_at] in _LETTERS:
                found.append(at + letter_at)
            at = sk.find(pair, at + 1)
    return sorted(found)


_MIN_DIGITS = 5
_MAX_CONFUSED = 3


def ocr_view(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """``text`` with the confusable letters of mostly-digit runs read as digits, and the spans of
    the runs changed; None when nothing changes. Only the runs around a digit touching a
    confusable letter are read, found on the skeleton (a pattern over the whole text
    would cost 90-150 µs on 4,000 characters)."""
    changed: list[tuple[int, int]] = []
    for at in _touching(text):
        if changed and at < changed[-1][1]:
            continue
        lo = at
        while lo > max(0, at - 28) and text[lo - 1] in _RUN_SET:
            lo -= 1
        m = _RUN.search(text, lo, min(len(text), at + 30))
        if m is None or not m.start() <= at < m.end():
            continue
        run = m.group(0)
        if 1 <= len(_CONFUSABLE.findall(run)) <= _MAX_CONFUSED and sum(c.isdigit() for c in run) >= _MIN_DIGITS:
            changed.append(m.span())
    if not changed:
        return None
    view = list(text)
    for start, end in changed:
        view[start:end] = text[start:end].translate(_AS_DIGITS)
    return "".join(view), changed


def touches(hit: tuple[str, int, int], changed: list[tuple[int, int]]) -> bool:
    """Whether a detection on the view covers a run that was read differently."""
    return any(hit[1] < end and start < hit[2] for start, end in changed)
