"""Whether characters that open with a surname belong to an ordinary word instead: a given name
no name holds, a dictionary word the run sits inside, a verb and its object."""

from __future__ import annotations

from duet.router.privacy.lexicon import COMMON_FREQ, Lexicon

_NAME_CHAR_MIN = 5  # a given-name character seen fewer times in jieba's person names …
_PLAIN_CHAR_FREQ = 3000  # … that is this common a word on its own is no given name (周几, 冷启动)
_REAL_NAME_CHAR_MIN = 1000  # a character in fewer real given names than this (of ~32 million) is read as a word
_WORD_OVER_NAME = 2  # … and more than twice as frequent in jieba's dictionary as in names
EVERYDAY_FREQ = 5000  # a word this common is no name even in a labelled slot (a chat's "客服：支持…")
ORPHAN_FREQ = 3000  # a single character this rare, left alone after a name's characters, belongs to the name
_USUAL_NAME_CHAR = 10000  # a character in this many real given names is usual in one
_WORD_FAR_OVER_NAME = 10  # … and ten times as frequent as a word: 后 (of 左后轮), not 鹰 (of 海鹰)
_NAME_CHAR_EVERYWHERE = 100000  # … and in this many, a name character above all
_VERB_SURNAME_FREQ = 5000  # a surname this common as a word of its own (解, 管) may be that word


def unlike_given_name(given: str, lex: Lexicon) -> bool:
    """Whether ``given`` holds a character that is common in text and (nearly) never in names."""
    counts = lex.given_name_chars
    return any(counts.get(ch, 0) < _NAME_CHAR_MIN and lex.word_freq.get(ch, 0) >= _PLAIN_CHAR_FREQ
               for ch in given)


def inside_word(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a three-character dictionary word other than a person's runs across ``start``
    ("车管所的电话": 管所 is no name before 的电话)."""
    return any(0 <= at and text[at:at + 3] not in lex.person_words and lex.word_freq.get(text[at:at + 3], 0) > 0
               for at in (start - 1, start - 2))


def verb_and_object(surname: str, given: str, lex: Lexicon) -> bool:
    """Whether a surname that is a common word of its own stands before a common two-character word
    that is no given name: 解/方程 (solve an equation), not 解/小东 nor 万/健 (one character
    proves nothing)."""
    return len(given) == 2 and lex.word_freq.get(surname, 0) >= _VERB_SURNAME_FREQ and \
        lex.word_freq.get(given, 0) >= COMMON_FREQ and given not in lex.person_words


def rare_in_names(given: str, lex: Lexicon) -> bool:
    """Whether a character of ``given`` is rare in real people's given names and far more common
    as a word (客, 厅, 脸, 不: "连客厅", "黄脸婆", "戴不稳"). A character rare both ways stays
    possible: 宥, 琇 and 暐 are rare in the table (mainland names) but common in Taiwan's."""
    return _char_more_word_than_name(given, lex, _REAL_NAME_CHAR_MIN, _WORD_OVER_NAME)


def uncommon_in_names(given: str, lex: Lexicon) -> bool:
    """Whether a character of ``given`` is in fewer real given names than
    :data:`_USUAL_NAME_CHAR` (有效, 上述; not 文章 nor 建国, which many people are called)."""
    return any(lex.real_given_chars.get(ch, 0) < _USUAL_NAME_CHAR for ch in given)


def word_unlike_given(given: str, lex: Lexicon) -> bool:
    """Whether ``given`` is a dictionary word, no person word, with a character that few real
    given names hold and that stands far more often as a word of its own (后, 门): after a lone
    surname-like character it is the rest of a phrase (左/后轮, 左/前门), not a given name
    (王/玉梅, 刘/志强, 鞠/海鹰)."""
    return given in lex.word_freq and given not in lex.person_words and \
        _char_more_word_than_name(given, lex, _USUAL_NAME_CHAR, _WORD_FAR_OVER_NAME)


def _char_more_word_than_name(given: str, lex: Lexicon, names_below: int, times: int) -> bool:
    """Whether a character of ``given`` stands in fewer than ``names_below`` real given names and
    more than ``times`` as often in jieba's dictionary as in those names."""
    counts, freq = lex.real_given_chars, lex.word_freq
    return any(counts.get(ch, 0) < names_below and freq.get(ch, 0) > times * counts.get(ch, 0) for ch in given)


def names_both_ways(given: str, lex: Lexicon) -> bool:
    """Whether every character of ``given`` is in more than :data:`_NAME_CHAR_EVERYWHERE` real
    given names: a word jieba reads as a function word may still be a name (立新), where 明天's
    天 is in far fewer."""
    return all(lex.real_given_chars.get(ch, 0) >= _NAME_CHAR_EVERYWHERE for ch in given)


def plain_word(word: str, lex: Lexicon) -> bool:
    """A common dictionary word that is no person's name (车上, 武侠, 小说)."""
    return lex.word_freq.get(word, 0) >= COMMON_FREQ and word not in lex.person_words


_ENDING_WORD_FREQ = 3  # a dictionary word this frequent that a surname ends (线程, 块钱) holds it …
_WORD_BEFORE_FREQ = 3000  # … unless a word this common ends right before the surname (学生丁明)
_MEASURE_WORDS = frozenset("张")  # a surname that also counts flat things
_BEFORE_MEASURE = frozenset("这那呢嗰哪每几一两二三四五六七八九十半整0123456789个")


def not_a_surname_here(text: str, pos: int, lex: Lexicon, short: bool) -> bool:
    """Whether the surname character at ``pos`` is a measure word here (这张单, 两张票) or, for a
    two-character candidate (``short``), the end of a dictionary word, however rare (主线程停在,
    万块钱存), that no common word before it ends first (学生丁明; not 记住满玉英, three characters)."""
    if not pos:
        return False
    if text[pos] in _MEASURE_WORDS and text[pos - 1] in _BEFORE_MEASURE:
        return True
    ending = text[pos - 1:pos + 1]
    return short and lex.word_freq.get(ending, 0) >= _ENDING_WORD_FREQ and ending not in lex.person_words and \
        lex.word_freq.get(text[max(0, pos - 2):pos], 0) < _WORD_BEFORE_FREQ
