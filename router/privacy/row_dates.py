"""Birth dates in rows of personal data with no birth word near them: a passenger list
("1  MARIT KOK  P6983515  the 19th of September, 1967"), a spreadsheet row ("Dirk Baert\t9.1.1958\t
07843 600546\t…"), an SQL tuple ("(1, '郑佳', '86 139…', 'ma_jun@sohu.com', '1972-08-14')").

A line counts as a row when its cells are set apart (a tab, two spaces, a pipe, quoted SQL
values) and it holds a person's name or a personal number; a date in it counts as a birth date
when its year lies between 1900 and 2012: the other dates such rows hold (bookings, arrivals, the
issue and expiry of a passport still valid) are recent or to come."""

from __future__ import annotations

import re

from duet.router.privacy.birth_dates import _CAPS_MONTH, _DATE, _SHORT_DATE
from duet.router.privacy.patterns import Hit
from duet.router.privacy.rows import rows_with, spaced_cjk_row
from duet.router.privacy.slot_values import chinese_name

_ROW_MARKS = ("\t", "  ", "|", "', '", "','")
_PERSONAL = frozenset({"person_name", "passport", "phone", "email", "national_id", "cn_resident_id", "iban", "bank_account",
                       "credit_card", "medical_record"})
_TRAVEL_DATE = re.compile(r"(?<![0-9A-Za-z])[0-3][0-9]" + _CAPS_MONTH + r"[0-9]{2}(?![0-9A-Za-z])")
# "23.08.89", in a row that holds a passport number: its holder's birth date
_SHORT = re.compile(r"(?<![0-9.])[0-3]?[0-9][./-][01]?[0-9][./-][0-9]{2}(?![0-9.])")
_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_OLDEST, _YOUNGEST = 1900, 2012
_LONGEST_ROW = 240  # (a row holds a few cells; a paragraph is no row)
_NAME_ROW = 40  # a row of a name and a date
# A word for another event of a person's record right before the date, in its cell: "joined 1998-03-01".
_OTHER_EVENT = re.compile(r"(?:joined|hired|since|started|opened|founded|registered|member since|issued|issue|expires|expiry|"
                          r"valid|arrived|arrival|departed|married|died|入职|入職|注册|註冊|签发|簽發|有效期?|结婚|結婚|去世)"
                          r"[\s:：]*(?:on\s+)?$", re.I)


_CN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _birth_year(value: str) -> bool:
    if _TRAVEL_DATE.fullmatch(value) or _SHORT.fullmatch(value):  # "06OCT59", "23.08.89": a two-digit year,
        # past if not this century's first quarter
        return int(value[-2:]) > 25
    if len(value) == 8 and value.isdigit():  # "19440622"
        return _OLDEST <= int(value[:4]) <= _YOUNGEST
    m = _YEAR.search(value.translate(_CN_DIGITS))  # (a year in Chinese numerals: "一九八二年…")
    if m is None:
        return False
    return _OLDEST <= int(m.group()) <= _YOUNGEST


def find_row_dates(text: str, found: list[Hit]) -> list[Hit]:
    if not any(mark in text for mark in _ROW_MARKS) and " " not in text:
        return []
    personal = [(s, e) for kind, s, e in found if kind in _PERSONAL]
    if not personal:
        return []
    taken = [(s, e) for _, s, e in found]
    passports = [(s, e) for kind, s, e in found if kind == "passport"]
    hits: list[Hit] = []
    for start, end in rows_with(text, personal, _LONGEST_ROW):
        line = text[start:end]
        if not any(mark in line for mark in _ROW_MARKS) and not spaced_cjk_row(line):
            continue
        short = _SHORT.finditer(text, start, end) if any(start <= s and e <= end for s, e in passports) else ()
        # a name and its date, alone in a short row: short forms count too ("许浩桂  44.12.25", "李鹏  S37.03.26")
        named = end - start <= _NAME_ROW and any(kind == "person_name" and start <= s and e <= end for kind, s, e in found)
        others = _SHORT_DATE.finditer(text, start, end) if named else ()
        for m in (*_DATE.finditer(text, start, end), *_TRAVEL_DATE.finditer(text, start, end), *short, *others):
            if (m.re is _SHORT_DATE or _birth_year(m.group())) and not any(s < m.end() and m.start() < e for s, e in taken) \
                    and not _OTHER_EVENT.search(text, max(start, m.start() - 16), m.start()):
                hits.append(("date_of_birth", m.start(), m.end()))
                taken.append((m.start(), m.end()))
    return hits


# A row of a name and its date alone, two spaces or a tab apart ("杨建华  1970.06.23",
# "欧阳思东  平成十四年五月十日"): a list of people's birth dates, both masked.
_NAME_DATE_ROW = re.compile(r"^[ \t]*([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff] [\u4e00-\u9fff]{1,2})(?:  +|\t)(\S[^\t\n]{3,24}?)[ \t]*$", re.M)


def find_name_date_rows(text: str) -> list[Hit]:
    if "  " not in text and "\t" not in text:
        return []
    hits: list[Hit] = []
    for m in _NAME_DATE_ROW.finditer(text):
        name = m.group(1).replace(" ", "")
        date = m.group(2)
        whole = _DATE.fullmatch(date) or _SHORT_DATE.fullmatch(date)
        if whole is not None and chinese_name(name) and (whole.re is _SHORT_DATE or _birth_year(date)):
            hits += [("person_name", m.start(1), m.end(1)), ("date_of_birth", m.start(2), m.end(2))]
    return hits
