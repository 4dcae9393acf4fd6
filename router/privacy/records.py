"""Record lines: a bare phone-shaped number in a line that is a record of one person.

"Giovanni Kühnert | 7708123131 | mary04@example.net", "李淑珍 640300197708297653 0755-41846569":
no keyword names the number, but the line holds another piece of personal data (an e-mail, a
resident ID, a national ID, an IBAN, a passport) and nothing else but separators and a name. In
such a line a number written as a phone number is one. A line with other words ("Order
77081231310 shipped to mary04@example.net") is prose, and its numbers are left to the keyed
detectors.
"""

from __future__ import annotations

import re

from duet.router.privacy.phones import _named_phone
from duet.router.privacy.scan import Hit, digit_groups, named_as_reference

# Found before this runs and personal on their own: they make a line a record.
_ANCHORS = frozenset({"email", "cn_resident_id", "national_id", "iban", "passport"})
_FIELD_END = " \t|,;，；、"
_SEPARATORS = re.compile(r"[\s|,;，；、/]+")
# What a record line may hold besides its values: a name (capitalised words, CJK characters).
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][A-Za-zÀ-ÿ'.-]*|[\u3400-\u9fff·]+")
_MAX_WORDS = 4
# A short lead-in before a record that starts with a name ("Please register me: Ana Lima, …",
# "新用户登记：王芳，…"); not before a number ("Order shipped: 77081231310, …").
_LEAD_IN = re.compile(r"[^\d\n:：,，]{0,40}[:：]\s*(?=[A-ZÀ-Þ\u3400-\u9fff])")
# The label of an anchor value, right before it in its field ("…, CF PLMMRA…", "social security no
# 736-…", "주민등록번호 150902-…"): an abbreviation in capitals, an ID word, or a word of CJK or Hangul.
_LABEL = re.compile(r"\s*(?:[A-Z]{2,5}|(?i:e-?mail|passport|social security|national insurance|tax id|id)"
                    r"(?i:\s?(?:no\.?|number|#))?|[\u3040-\u9fff\uac00-\ud7af]{2,8})\s*[:：#]?\s*")


def _line(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _field(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole field: a separator or the line's edge on both sides."""
    return (start == 0 or text[start - 1] in _FIELD_END + "\n") and (end == len(text) or text[end] in _FIELD_END + "\n")


def _only_names(rest: str) -> bool:
    words = [w for w in _SEPARATORS.split(rest) if w]
    return len(words) <= _MAX_WORDS and all(_NAME_WORD.fullmatch(w) for w in words)


def _pieces(text: str, found: list[Hit]) -> list[tuple[int, int]]:
    """The digit groups (router.privacy.scan.digit_groups), cut where a found value stands inside
    one ("640300197708297653 0755-41846569" is one group of digits and two values), each trimmed
    to start on a digit, "+" or "(" and end on a digit."""
    pieces = []
    for g in digit_groups(text):
        at = g.start
        for _, s, e in sorted(h for h in found if h[1] < g.end and g.start < h[2]):
            pieces.append((at, s))
            at = max(at, e)
        pieces.append((at, g.end))
    trimmed = []
    for start, end in pieces:
        while start < end and not (text[start].isdigit() or text[start] in "+("):
            start += 1
        while end > start and not text[end - 1].isdigit():
            end -= 1
        if start < end:
            trimmed.append((start, end))
    return trimmed


def find_record_phones(text: str, found: list[Hit]) -> list[Hit]:
    """Phone-shaped numbers in record lines (see the module docstring); ``found``: the other
    detectors' hits."""
    anchors = [h for h in found if h[0] in _ANCHORS]
    if not anchors:
        return []
    hits: list[Hit] = []
    for start, end in _pieces(text, found):
        digits = sum(c.isdigit() for c in text[start:end])
        # written as a phone number: a leading "+", "(" or "0", or ten digits or more (not "20240105")
        if not 7 <= digits <= 15 or not (text[start] in "+(0" or digits >= 10) or not _field(text, start, end):
            continue
        lo, hi = _line(text, start)
        row = [h for h in found if lo <= h[1] and h[2] <= hi]
        if not any(h[0] in _ANCHORS for h in row) or not _named_phone(text[start:end]):
            continue
        if _only_names(_rest_of(text, lo, hi, row + [("phone", start, end)])) and \
                not named_as_reference(text, start, end):
            hits.append(("phone", start, end))
    return hits


def _rest_of(text: str, lo: int, hi: int, values: list[Hit]) -> str:
    """The line ``text[lo:hi]`` without its values, its lead-in and the labels of its anchors."""
    lead = _LEAD_IN.match(text, lo, hi)
    rest, at = [], lead.end() if lead and lead.end() <= min(s for _, s, _ in values) else lo
    for typ, s, e in sorted(values, key=lambda h: h[1]):
        piece = text[at:s]
        if typ in _ANCHORS:
            cut = max(piece.rfind(c) for c in _FIELD_END.strip()) + 1
            if _LABEL.fullmatch(piece, cut):
                piece = piece[:cut]
        rest.append(piece)
        at = e
    rest.append(text[at:hi])
    return " ".join(rest)
