"""Values in a table column whose header names them: "name,dob,mrn", "| 姓名 | 车牌 |", a CSV
export or a pasted spreadsheet. A cell holds no keyword of its own, so the header stands in for
it: each cell under a named column is taken when it has the shape of that type (a date, a
record number, a plate, an account number, a passport number). Phones have their own column
rule (:mod:`router.privacy.phones`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from duet.router.privacy.keyed import (_ACCOUNT_KEY, _ACCOUNT_VALUE, _DATE, _MEDICAL_KEY, _MEDICAL_VALUE, _PASSPORT_KEY,
                                       _PASSPORT_VALUE, _SHORT_DATE, _passport_like)
from duet.router.privacy.scan import Hit, lowered
from duet.router.privacy.vehicles import _PLATE_KEY, _PLATE_VALUE, _plate_like

_BIRTH_HEADER = re.compile(r"dob|d\.o\.b\.?|date of birth|birth ?date|birthday|born|date_of_birth|birth_date|"
                           r"出生日期|出生年月日?|生日")
_SUFFIX = r"(?:[ _]?(?:number|no\.?|num|#|id|号码?|號碼?))?"
_GATE = ("dob", "d.o.b", "birth", "born", "出生", "生日", "mrn", "record", "patient", "chart", "病", "住院", "门诊", "就诊",
         "plate", "reg", "牌", "acct", "account", "a/c", "账", "帐", "帳", "卡号", "passport", "护照", "護照")


def _digits(cell: str) -> int:
    return sum(c.isdigit() for c in cell)


_COLUMNS: tuple[tuple[str, re.Pattern[str], Callable[[str], bool]], ...] = (
    ("date_of_birth", _BIRTH_HEADER, lambda c: bool(_DATE.fullmatch(c) or _SHORT_DATE.fullmatch(c))),
    ("medical_record", _MEDICAL_KEY, lambda c: bool(_MEDICAL_VALUE.fullmatch(c)) and _digits(c) >= 5),
    ("license_plate", _PLATE_KEY, lambda c: bool(_PLATE_VALUE.fullmatch(c)) and _plate_like(c)),
    ("bank_account", _ACCOUNT_KEY, lambda c: bool(_ACCOUNT_VALUE.fullmatch(c)) and 8 <= _digits(c) <= 25),
    ("passport", _PASSPORT_KEY, lambda c: bool(_PASSPORT_VALUE.fullmatch(c)) and _passport_like(c)),
)
_HEADERS = tuple((typ, re.compile(f"(?:{key.pattern}){_SUFFIX}"), ok) for typ, key, ok in _COLUMNS)


def _header(fields: list[str]) -> dict[int, tuple[str, Callable[[str], bool]]]:
    named = {}
    for i, field in enumerate(fields):
        cell = field.strip().strip("*`").lower()
        for typ, header, ok in _HEADERS:
            if header.fullmatch(cell):
                named[i] = (typ, ok)
                break
    return named


def find_table_values(text: str) -> list[Hit]:
    if "\n" not in text or not any(word in lowered(text) for word in _GATE):
        return []
    hits: list[Hit] = []
    columns: dict[int, tuple[str, Callable[[str], bool]]] = {}
    sep: str | None = None
    offset = 0
    for line in text.split("\n"):
        line_sep = next((c for c in ",\t|;" if c in line), None)
        fields = line.split(line_sep) if line_sep else []
        if columns and line_sep == sep and not _header(fields):
            starts = [offset + sum(len(f) + 1 for f in fields[:i]) for i in range(len(fields))]
            for i, (typ, ok) in columns.items():
                if i < len(fields) and fields[i].strip() and ok(fields[i].strip()):
                    begin = starts[i] + fields[i].index(fields[i].strip())
                    hits.append((typ, begin, begin + len(fields[i].strip())))
        else:
            columns, sep = _header(fields), line_sep
        offset += len(line) + 1
    return hits
