"""Names in a cell of a row that holds other personal data, with no header naming the column: a
car-park register ("3栋1201 张秀荣 浙AK1384"), a tab-separated list ("彭 鑫杰\t沪h·R3408\t…",
"Seo-yeon Oh\tM343L4266\t07JAN65\t010-3204-8822"), an SQL tuple ("(90763, 'Berg, Bram van de',
'wlin@proton.me', '2002-12-18', …)").

Cells are set apart by tabs, two spaces, commas, pipes or SQL quotes (in a line of Chinese, by any
space); a cell is a name when the whole cell reads as one: a Chinese full name (its surname and
given name may stand a space apart), a Korean one, a capitalised Latin name, or "Surname, Given"."""

from __future__ import annotations

import re

from duet.router.privacy.company_names import COMPANY_WORDS
from duet.router.privacy.lexicon import lexicon
from duet.router.privacy.name_lists import KOREAN_SURNAMES, PINYIN_SURNAMES
from duet.router.privacy.patterns import Hit
from duet.router.privacy.rows import rows_with
from duet.router.privacy.slot_values import chinese_name, known_name, latin_name_end

_OTHER = frozenset({"phone", "email", "license_plate", "vin", "passport", "national_id", "cn_resident_id",
                    "date_of_birth", "bank_account", "credit_card", "iban", "medical_record"})
_SPLITS = (re.compile(r"\t"), re.compile(r"[ \t]{2,}|[ \t]*[|;][ \t]*"), re.compile(r"[ \t]*[|;,][ \t]*"))
_CJK_SPLIT = re.compile(r"[ \t]+|[|;,，、]")
_QUOTED = re.compile(r"'([^'\n]*)'")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_HANGUL_NAME = re.compile(r"[\uac00-\ud7a3]{2,4}")
_SPACED_CJK = re.compile(r"([\u4e00-\u9fff]) ([\u4e00-\u9fff]{1,2})")
_SURNAME_FIRST = re.compile(r"[A-ZÀ-Þ][^\W\d_'’-]+(?:-[A-Z][^\W\d_]+)?, [A-ZÀ-Þ][^\W\d_]+(?: (?:van|de|den|der|ter|te|in 't|da|di|du|"
                            r"del|la|le|von)){0,3}")
_LONGEST_ROW = 240
_COUNTING = frozenset("年万元亿千百米天时")  # surnames that are units after a number more often: "200 万，年利润"


def _plain_chars(given: str) -> bool:
    """A given name with a character that is a common word and (nearly) never in names: "年贷款"."""
    lex = lexicon()
    return any(lex.given_name_chars.get(ch, 0) < 5 and lex.word_freq.get(ch, 0) >= 500 for ch in given)


def _is_name(cell: str, line_has_cjk: bool) -> bool:
    if _CJK.match(cell):
        spaced = _SPACED_CJK.fullmatch(cell)
        name = spaced.group(1) + spaced.group(2) if spaced else cell
        return chinese_name(name) and not _plain_chars(name[1:]) and name[0] not in _COUNTING
    if _HANGUL_NAME.fullmatch(cell):
        return True
    if line_has_cjk and not cell[:1].isupper():
        return False
    # (a known given name, or an East Asian surname first or last: "Golden Dragon" beside a phone
    # is a restaurant)
    words = cell.lower().split()
    if not COMPANY_WORDS.isdisjoint(words):
        return False  # "Golden Gate Bakery"
    asian = any(w in PINYIN_SURNAMES or w in KOREAN_SURNAMES for w in (words[0], words[-1]))
    return _SURNAME_FIRST.fullmatch(cell) is not None or (latin_name_end(cell, 0, capital=True) == len(cell) and
                                                          (known_name(cell, given=True) or asian))


def _splitter(line: str, cjk: bool) -> re.Pattern[str]:
    """Tabs if the row has them, then two spaces or pipes, then (Chinese) any space, then commas."""
    if "\t" in line:
        return _SPLITS[0]
    if "  " in line or "|" in line:
        return _SPLITS[1]
    return _CJK_SPLIT if cjk else _SPLITS[2]


def _cells(line: str, offset: int, cjk: bool) -> list[tuple[int, int]]:
    if line.count("'") >= 4:  # an SQL tuple: its quoted values ("'Berg, Bram van de'" holds a comma)
        return [(offset + m.start(1), offset + m.end(1)) for m in _QUOTED.finditer(line) if m.group(1).strip()]
    spans, at = [], 0
    for m in _splitter(line, cjk).finditer(line):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(line)))
    out = []
    for s, e in spans:
        cell = line[s:e]
        stripped = cell.strip(" \t'\"()")
        if stripped:
            s += cell.index(stripped)
            out.append((offset + s, offset + s + len(stripped)))
    return out


def find_row_cells(text: str, found: list[Hit]) -> list[Hit]:
    others = [(s, e) for kind, s, e in found if kind in _OTHER]
    if not others:
        return []
    taken = [(s, e) for _, s, e in found]
    hits: list[Hit] = []
    for start, end in rows_with(text, others, _LONGEST_ROW):
        line = text[start:end]
        cjk = _CJK.search(line) is not None and not re.search(r"[A-Za-z]{3,} [A-Za-z]{3,}", line)
        cells = _cells(line, start, cjk)
        if len(cells) >= 3:
            # (not after a number alone: "3000 万行", "30 年贷款" count things)
            hits += [("person_name", s, e) for i, (s, e) in enumerate(cells)
                     if not any(ts < e and s < te for ts, te in taken) and _is_name(text[s:e], cjk) and
                     not (i and text[cells[i - 1][0]:cells[i - 1][1]].isdigit())]
    return hits
