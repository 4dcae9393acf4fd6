"""Rows under a header written in prose: "Reformat the ward list into a table with columns bed,
name, DOB, hospital no.:" or "Make a sheet (name, dob, email, course):" over lines such as
"3 - COMFORT OSHODI - 10 January 1960 - MRN71563169". The header names the columns in order, as a
table's first line does (tables.py), so each cell takes the type its column names: a name under a
person's column, a date under a birth column, a number under a record or passport column. A line
is read as a row only when it splits into exactly as many cells as the header names columns."""

from __future__ import annotations

import re

from duet.router.privacy.birth_dates import _SPOKEN_DATE
from duet.router.privacy.company_names import COMPANY_WORDS
from duet.router.privacy.field_names import PERSON_FIELDS
from duet.router.privacy.field_pairs import field_words
from duet.router.privacy.name_columns import ORGANISATION_WORDS
from duet.router.privacy.patterns import Hit
from duet.router.privacy.slot_values import chinese_name
from duet.router.privacy.tables import _named_types, _typed

# The list of column names: after "columns", "fields" or an opening bracket, to the line's end.
_LEAD = re.compile(r"(?:columns?|fields?|headings?|headers?|order|[(（]|列[:：]?|字段[:：]?)\s*(?:[:：]\s*)?", re.I)
_ITEM_SPLIT = re.compile(r"\s*[,，、]\s*(?:and\s+|&\s+)?|\s+and\s+")
_ITEM = re.compile(r"[^\W\d_][\w .'/#-]{0,22}", re.U)
_SEPARATORS = ("\t", " | ", " - ", " – ", " — ", " · ", ", ", "; ", " / ", ",")
_SPACES = re.compile(r" {2,}")
_NAME_WORDS = frozenset(("name", "full name", "names", "person", "who", "姓名", "名字"))
_NAME_CELL = re.compile(r"[^\W\d_][^\s\d_.,;:()]*\.?(?: [^\W\d_][^\s\d_.,;:()]*\.?){1,5}")
_BORN = re.compile(r"(?:born|b\.|dob|生于)\s*", re.I)


# A list of people by birth date: "Sort by date of birth:" over "Serafina Sandi — 04/26/1941".
_BIRTH_LIST = re.compile(r"(?:date of birth|birth ?dates?|birthdays?|dobs?|出生日期|生日)\b[^:：\n]{0,30}[:：]\s*$", re.I)


def _columns(line: str) -> list[str]:
    """The column names a prose line lists, or [] when it lists none."""
    listed = _listed_columns(line)
    return listed or (["name", "date of birth"] if _BIRTH_LIST.search(line) else [])


def _listed_columns(line: str) -> list[str]:
    lead = None
    for m in _LEAD.finditer(line):
        lead = m
    if lead is None:
        return []
    body = line[lead.end():].rstrip().rstrip(":：.。)）").rstrip()
    items = [field_words(i).rstrip(".") for i in _ITEM_SPLIT.split(body) if i.strip()]
    if not 3 <= len(items) <= 10 or not all(_ITEM.fullmatch(i) for i in items):
        return []
    typed = sum(bool(_named_types(i)) or i in _NAME_WORDS or i in PERSON_FIELDS for i in items)
    return items if typed >= 2 else []


def _cells(line: str, n: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of ``line`` when some separator splits it into ``n`` cells."""
    for sep in (*_SEPARATORS, "  "):
        parts = _SPACES.split(line) if sep == "  " else line.split(sep)
        if len(parts) != n:
            continue
        cells, at = [], 0
        for part in parts:
            at = line.index(part, at)
            stripped = part.strip(" \t*")
            begin = at + part.index(stripped) if stripped else at
            cells.append((begin, begin + len(stripped)))
            at += len(part)
        if all(e > s for s, e in cells):
            return cells
    return []


def _a_name(cell: str) -> bool:
    if chinese_name(cell):
        return True
    words = cell.lower().split()
    return (_NAME_CELL.fullmatch(cell) is not None and
            all(w[:1].isupper() or w[:1].lower() == w[:1].upper() for w in cell.split() if len(w) > 3)  # (uncased scripts)
            and COMPANY_WORDS.isdisjoint(words) and ORGANISATION_WORDS.isdisjoint(words))


def _cell_type(column: str, cell: str) -> tuple[str, int] | None:
    """The type of ``cell`` under ``column`` and how many characters of a lead word to skip."""
    if column in _NAME_WORDS or column in PERSON_FIELDS:
        return ("person_name", 0) if _a_name(cell) else None
    types = _named_types(column)
    if not types:
        return None
    born = _BORN.match(cell) if any(t == "date_of_birth" for t, _ in types) else None
    skip = born.end() if born else 0
    typ = _typed(types, cell[skip:])
    if typ is None and any(t == "date_of_birth" for t, _ in types) and _SPOKEN_DATE.fullmatch(cell, skip):
        typ = "date_of_birth"  # "october twenty third 1990"
    return (typ, skip) if typ else None


def find_prose_header_rows(text: str) -> list[Hit]:
    if "\n" not in text:
        return []
    hits: list[Hit] = []
    columns: list[str] = []
    offset = 0
    for line in text.split("\n"):
        if not line.strip():
            offset += len(line) + 1
            continue
        cells = _cells(line, len(columns)) if columns else []
        if cells:
            for column, (s, e) in zip(columns, cells):
                typed = _cell_type(column, line[s:e])
                if typed:
                    hits.append((typed[0], offset + s + typed[1], offset + e))
        else:
            columns = _columns(line) if len(line) < 300 else []
        offset += len(line) + 1
    return hits
