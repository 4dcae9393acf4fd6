"""Passport lists: rows under a text about passports, each a traveller's name in capitals, a
passport number and more ("1  ELIISA KUJALA  P6599331  06OCT59", "MÁRCIO ANDRADE\tPA9452944").
No keyword stands next to each number; the text's word for passports and the row's cells say
what they are. A number is one or two capitals and six to eight digits (or a capital, seven
digits and a capital); the name is the run of two to four capitalised words before it in its row."""

from __future__ import annotations

import re

from duet.router.privacy.gate_words import occurring
from duet.router.privacy.patterns import Hit, lowered
from duet.router.privacy.rows import spaced_cjk_row
from duet.router.privacy.slot_values import latin_name_end

_PASSPORT_WORDS = ("passport", "护照", "護照", "pasaporte", "passeport", "reisepass", "passaporto", "paspoort", "旅券")
_ROW_MARKS = ("\t", "  ", "|")
_LONGEST_ROW = 160  # (a row holds a few cells; a paragraph is no row)
_NUMBER = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{1,2}[0-9]{6,8}|[A-Z][0-9]{7}[A-Z])(?![A-Za-z0-9])")
_NUMBER_HOLDER = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{1,2}[0-9]{6,8}[A-Z]?|[A-Z][0-9]{7}[A-Z])(?= \([A-ZÀ-Þ])")
_HOLDER = re.compile(r" \(([^()\n]{3,60})\)")
_CAPS_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’-]+"
_CAPS_NAME = re.compile(rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{1,3}}(?=[ \t|]+$)")


def find_passport_rows(text: str, found: list[Hit]) -> list[Hit]:
    if not occurring(lowered(text), _PASSPORT_WORDS):
        return []
    taken = [(s, e) for _, s, e in found]
    hits: list[Hit] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if len(line) <= _LONGEST_ROW and (sum(line.count(mark) for mark in _ROW_MARKS) >= 2 or spaced_cjk_row(line)):
            for m in _NUMBER.finditer(text, start, end):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                hits.append(("passport", m.start(), m.end()))
                name = _CAPS_NAME.search(text[start:m.start()])
                if name is not None:
                    hits.append(("person_name", start + name.start(), start + name.end()))
        start = end + 1
    # a passport number with its holder in brackets after it, in a list: "Swiss X3265752 (Sanne van Vries)"
    for m in _NUMBER_HOLDER.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            hits.append(("passport", m.start(), m.end()))
        holder = _HOLDER.match(text, m.end())
        if holder and latin_name_end(text, holder.start(1), holder.end(1)) == holder.end(1):
            hits.append(("person_name", holder.start(1), holder.end(1)))
    return hits
