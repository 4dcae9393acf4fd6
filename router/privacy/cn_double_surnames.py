"""Chinese names with a double surname, with no cue around them: "公孙桐思，0571-4351541",
"慕容雪琪様". A double surname (欧阳, 诸葛, 公孙…) seldom opens anything but a name, so the
surname and the one or two characters after it are a name when jieba knows neither the whole
(famous people are in its dictionary: 诸葛亮, 令狐冲) nor a word the surname's second character
starts ("上官网", "东方向") or the given name makes ("东方航空"). Read in texts of up to
:data:`_MAX_TEXT` characters: a scan for the surnames costs about 10 µs a thousand characters."""

from __future__ import annotations

import re

from duet.router.privacy.cn_surnames import all_cjk, is_cjk
from duet.router.privacy.cn_word_checks import ORPHAN_FREQ, plain_word, rare_in_names, unlike_given_name
from duet.router.privacy.lexicon import Lexicon, segment
from duet.router.privacy.name_lists import CN_COMPOUND_SURNAMES, CN_NAME_STOP, CN_NOT_NAMES, PUBLIC_FIGURES_ZH
from duet.router.privacy.scan import Hit

_DOUBLE = re.compile("|".join(sorted(CN_COMPOUND_SURNAMES)))
_MAX_TEXT = 1500


def _given(text: str, start: int, lex: Lexicon) -> str:
    """The one or two characters of a given name at ``start``, as jieba segments them, or ""."""
    tokens = segment(text[start:start + 6])
    if not tokens or not all_cjk(tokens[0]):
        return ""
    first = tokens[0]
    if len(first) == 2:
        return "" if plain_word(first, lex) else first
    if len(first) != 1 or first in CN_NAME_STOP:
        return ""
    second = tokens[1] if len(tokens) > 1 else ""
    if len(second) == 1 and is_cjk(second) and second not in CN_NAME_STOP and lex.word_freq.get(second, 0) < ORPHAN_FREQ:
        return first + second
    return first


def find_double_surnamed(text: str, lex: Lexicon) -> list[Hit]:
    if len(text) > _MAX_TEXT:
        return []
    hits: list[Hit] = []
    for m in _DOUBLE.finditer(text):
        pos, end = m.start(), m.end()
        if (pos and is_cjk(text[pos - 1]) and plain_word(text[pos - 1:pos + 1], lex)) or \
                plain_word(text[pos + 1:pos + 3], lex):
            continue  # the surname's characters belong to other words
        given = _given(text, end, lex)
        name = text[pos:end + len(given)]
        if not given or name in lex.word_freq or name in PUBLIC_FIGURES_ZH or name in CN_NOT_NAMES or \
                unlike_given_name(given, lex) or rare_in_names(given, lex):
            continue
        hits.append(("person_name", pos, end + len(given)))
    return hits
