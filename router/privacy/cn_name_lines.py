"""Chinese names that open the lines of a list: a gift book ("白雪梅 800"), a roster ("1. 陈云
110105…"), a sign-up sheet. A run of two to four Chinese characters (or a dotted name,
"努尔江·玉素甫") that starts a line and is followed by a space and a number, or stands alone on
its line ("值日名单：\n邬家豪\n高一鸣\n…"), is a name when at
least three lines have that shape, most of them start with a surname, and the run is no common
word ("黄金 500", "白银 300" are prices)."""

from __future__ import annotations

import re

from duet.router.privacy.cn_name_parts import DOTTED_NAME
from duet.router.privacy.lexicon import COMMON_FREQ, Lexicon, lexicon
from duet.router.privacy.name_lists import (CN_COMPOUND_SURNAMES, CN_NOT_NAMES, CN_RARE_SURNAMES, CN_SURNAMES,
                                            PUBLIC_FIGURES_ZH)
from duet.router.privacy.scan import Hit

_LINE = re.compile(r"^[ \t]*(?:[0-9]{1,3}[.、)）][ \t]*)?(" + DOTTED_NAME.pattern + r"|[\u4e00-\u9fff]{2,4})[ \t]+[+＋0-9]", re.M)
# ... or alone on its line: a duty roster, a class list ("邬家豪\n艾琳\n高一鸣\n…")
_BARE_LINE = re.compile(r"^[ \t]*(?:[0-9]{1,3}[.、)）][ \t]*)?(" + DOTTED_NAME.pattern + r"|[\u4e00-\u9fff]{2,4})[ \t]*$", re.M)
_MIN_LINES = 3


def _name_shaped(run: str, lex: Lexicon) -> bool:
    if "·" in run:
        return True
    if run in CN_NOT_NAMES or run in PUBLIC_FIGURES_ZH:
        return False
    if lex.word_freq.get(run, 0) >= COMMON_FREQ and run not in lex.person_words:
        return False
    if run[:2] in CN_COMPOUND_SURNAMES:
        return len(run) in (3, 4)
    return len(run) in (2, 3) and (run[0] in CN_SURNAMES or run[0] in CN_RARE_SURNAMES)


def find_line_names(text: str) -> list[Hit]:
    if "\n" not in text:
        return []
    return _names_of(list(_LINE.finditer(text))) + _names_of(list(_BARE_LINE.finditer(text)))


def _names_of(rows: list[re.Match[str]]) -> list[Hit]:
    if len(rows) < _MIN_LINES:
        return []
    lex = lexicon()
    named = [m for m in rows if _name_shaped(m.group(1), lex)]
    if len(named) * 3 < len(rows) * 2:
        return []  # most lines of a list of names open with one
    # ... and in such a list, three characters no word holds are a name whose surname is rarer
    # than the lists know ("3. 禤晓琪 150…" between 顾美琳 and 宋子恒)
    named += [m for m in rows if m not in named and _unknown_three(m.group(1), lex)]
    return [("person_name", m.start(1), m.end(1)) for m in named]


def _unknown_three(run: str, lex: Lexicon) -> bool:
    freq = lex.word_freq
    return len(run) == 3 and run not in freq and freq.get(run[:2], 0) < COMMON_FREQ and freq.get(run[1:], 0) < COMMON_FREQ
