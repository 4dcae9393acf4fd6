"""Names that lead a record holding another personal value, and names of mail headers.

- list items: ``- Ana Ruiz: IBAN FR76…``, ``· 王冠宇 卡号6217…``, ``1. ana ruiz — ana@…``,
  ``- ana ruiz, +34…``: a list marker, a full name, and on the same line a value already
  detected (an e-mail address, a phone, an IBAN, an account, a card or an ID number);
- a name before its address: ``Ana Ruiz <ana@…>``, ``Ana Ruiz (cc'd, ana@…)``, and a value
  right after a name that follows "from" or a label (``transfer from ana ruiz FR76…``);
- quoted mail: ``On 2026-01-27, ana ruiz wrote:``, ``ana ruiz <…> 写道``;
- a name alone on the line after a lead-in ("Scan this card:\\n王芳\\n销售经理\\n手机：…"),
  with a phone, an e-mail or an address in the next three lines;
- a label's name run on into its address: ``SHIP TO: Jessica Harris Cuesta de Luis 3, …``.

The value the record holds is what makes the line personal, so the readers start from the
values other detectors found (``hits``) and look back; a text without any does no work here
but for the "wrote" header.
"""

from __future__ import annotations

import re

from duet.router.privacy.gate_words import occurring
from duet.router.privacy.patterns import Hit, lowered
from duet.router.privacy.slot_values import known_name, name_end

_RECORD_TYPES = frozenset({"email", "phone", "iban", "bank_account", "credit_card", "cn_resident_id", "passport",
                           "national_id", "medical_record"})
_CARD_TYPES = frozenset({"email", "phone", "street_address"})
_MARKER = re.compile(r"[ \t]*(?:[-*•·]|\d{1,3}[.)])[ \t]+")
_SEPARATOR = re.compile(r"[ \t]*(?:[:：,，—–]|-{1,2}|\(|(?=[ \t]*[\u4e00-\u9fff]))")
_BEFORE_VALUE = re.compile(r"[ \t]*(?:<|\((?:[^()\n]{0,16}[ ,])?)$")
_WROTE = re.compile(r"(?:^|[,，>][ \t]*|\n[ \t>]*)([^\n,，<>]{3,60}?)(?:[ \t]*<[^<>\n]{3,80}>)?[ \t]*(?:wrote|写道|寫道|a écrit|schrieb)\b")
_KEYWORD_BEFORE = re.compile(r",[ \t]*[^\W\d_][^\W\d_ ]{1,15}(?: [^\W\d_]{1,15})?[ \t]*[:#]?[ \t]*$")
# A form's heading before its first field, the applicant's name ("visa application: ugo agazzi, passport …").
_FORM_LEAD = re.compile(r"(?:application|applicant|form|referral|registration|enrol?lment|booking|reservation|"
                        r"admission|intake|claim|check-?in)[ \t]*[:：][ \t]*$", re.I)
_LEAD_BEFORE = re.compile(r"(?:\bfrom|[:：])[ \t]*$", re.I)
_MAX_VALUES = 64
_WROTE_WORDS = ("wrote", "a écrit", "schrieb", "写道", "寫道")
# What a lead-in before a card's or a CV's name line speaks of (a heading of notes is no name).
_CARD_LEADS = ("card", "cv", "resume", "résumé", "header", "contact", "signature", "ship to", "deliver to", "label",
               "letterhead", "名片", "简历", "簡歷", "收件", "联系人", "聯絡人")


def _line_span(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _list_item(text: str, line: tuple[int, int], value_start: int) -> list[Hit]:
    marker = _MARKER.match(text, line[0], line[1])
    if marker is None:
        return []
    end = name_end(text, marker.end(), value_start, glued=False)
    if end < 0 or _SEPARATOR.match(text, end, value_start) is None:
        return []
    return [("person_name", marker.end(), end)]


def _name_ending_at(text: str, end: int, line_start: int) -> int:
    """Start of a full name that ends at ``end`` and starts after a delimiter, or -1."""
    lo = max(line_start, end - 60)
    cut = max(text.rfind(d, lo, end) for d in (":", "：", ",", "，", "\n", '"', ";", "(", ">"))
    start = max(lo, cut + 1)
    for _ in range(3):  # "Formulaire: Nom Ana Ruiz": the label word is not part of the name
        while start < end and text[start] in " \t":
            start += 1
        if start >= end:
            break
        space = text.find(" ", start, end)
        if name_end(text, start, end) == end:
            # "employee Annabel Lips": a word in lower case before a capitalised name is a role
            lead_word = space > 0 and text[start].islower() and text[space + 1:space + 2].isupper()
            if not (lead_word and name_end(text, space + 1, end) == end):
                return start
        if space < 0:
            break
        start = space + 1
    return -1


def _before_value(text: str, line: tuple[int, int], value_start: int, kind: str) -> list[Hit]:
    """``Ana Ruiz <ana@…>``, ``Ana Ruiz (cc'd, ana@…)``, ``from ana ruiz FR76…``."""
    gap = _BEFORE_VALUE.search(text, max(line[0], value_start - 20), value_start)
    if gap is not None and (kind == "email" or text[gap.start():value_start].strip().startswith("(")):
        end = gap.start()
        start = _name_ending_at(text, end, line[0])
        if start >= 0 and (kind == "email" or known_name(text[start:end])):
            return [("person_name", start, end)]
    keyword = _KEYWORD_BEFORE.search(text, max(line[0], value_start - 30), value_start)
    if keyword is not None:  # "visa application: Ana Ruiz, passport X1234567"
        start = _name_ending_at(text, keyword.start(), line[0])
        if start > line[0] and text[start - 2:start].strip() in (":", "：") and (
                known_name(text[start:keyword.start()]) or _FORM_LEAD.search(text, line[0], start)):
            return [("person_name", start, keyword.start())]
    end = value_start
    while end > line[0] and text[end - 1] in " \t":
        end -= 1
    if end == value_start:
        return []
    for start in range(max(line[0], end - 50), end):
        if (start == line[0] or text[start - 1] == " ") and _LEAD_BEFORE.search(text, max(line[0], start - 8), start):
            if name_end(text, start, end) == end and known_name(text[start:end], given=True):
                return [("person_name", start, end)]
    return []


def _card_name(text: str, hits: list[Hit]) -> list[Hit]:
    """A name alone on the first line after a lead-in that ends with a colon, with contact
    values in the next three lines."""
    found: list[Hit] = []
    starts = [0] + [m.end() for m in re.finditer(r"[:：][ \t]*\n", text)]
    for start in starts[:8]:
        line = _line_span(text, start)
        if line[0] != start:
            continue
        end = name_end(text, start, line[1])
        if end < 0 or text[end:line[1]].strip():
            continue
        window_end = start
        for _ in range(4):
            nxt = text.find("\n", window_end + 1)
            window_end = len(text) if nxt < 0 else nxt
        if any(k in _CARD_TYPES and line[1] < s < window_end for k, s, _ in hits):
            name = text[start:end]
            lead = text[max(0, start - 40):start].lower()
            if "\u4e00" <= name[0] <= "\u9fff" or known_name(name) or (
                    name[0].isupper() and name.split()[-1][0].isupper() and any(w in lead for w in _CARD_LEADS)):
                found.append(("person_name", start, end))
    return found


def _wrote(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _WROTE.finditer(text):
        start = m.start(1)
        while start < m.end(1) and text[start] in " \t":
            start += 1
        end = name_end(text, start, m.end(1))
        if end > 0 and not text[end:m.end(1)].strip():
            hits.append(("person_name", start, end))
    return hits


def find_listed_names(text: str, hits: list[Hit]) -> list[Hit]:
    """Names that lead records and mail headers (see the module docstring)."""
    found: list[Hit] = []
    if occurring(lowered(text), _WROTE_WORDS):  # the lowered copy every detector's gate reads
        found += _wrote(text)
    values = sorted((s, k) for k, s, _ in hits if k in _RECORD_TYPES)[:_MAX_VALUES]
    seen_lines: set[int] = set()
    for value_start, kind in values:
        line = _line_span(text, value_start)
        if line[0] not in seen_lines:
            seen_lines.add(line[0])
            found += _list_item(text, line, value_start)
        found += _before_value(text, line, value_start, kind)
    if "\n" in text and any(k in _CARD_TYPES for k, _, _ in hits):
        found += _card_name(text, hits)
    streets = [s for k, s, _ in hits if k == "street_address"]
    if streets and occurring(lowered(text), _LABEL_WORDS):
        found += _labelled_before_street(text, streets)
    return found


# The labels of a shipping label or an invoice, before the name and the address.
_LABEL_WORDS = ("ship to", "ship  to", "deliver to", "bill to", "sold to", "send to", "recipient", "consignee")
_LABEL = re.compile(r"(?:ship {1,2}to|deliver to|bill to|sold to|send to|recipient|consignee)[ \t]*[:：][ \t]*$", re.I)


def _labelled_before_street(text: str, streets: list[int]) -> list[Hit]:
    """The name between a label and the address that follows it on the same line."""
    found: list[Hit] = []
    for street in streets:
        line_start = text.rfind("\n", 0, street) + 1
        cut = max(text.rfind(":", line_start, street), text.rfind("：", line_start, street))
        if cut < 0 or street - cut > 60 or not _LABEL.search(text, max(line_start, cut - 20), cut + 1):
            continue
        start = cut + 1
        while start < street and text[start] in " \t":
            start += 1
        gap_end = street
        while gap_end > start and text[gap_end - 1] in " \t,":
            gap_end -= 1
        if start < gap_end and name_end(text, start, gap_end) == gap_end:
            found.append(("person_name", start, gap_end))
    return found
