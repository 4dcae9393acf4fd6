"""What a person's name looks like once structure has said where it stands.

The readers of structured slots (name_slots.py, speakers.py, role_names.py, listed_names.py)
find a place that holds a name: a vCard ``FN:`` line, a ``<Holder>`` element, the speaker of a
chat line, the word after "lessee". There no capital letter or known given name is needed, so
``eugenie gunpf`` counts; what is read here only checks that the value is shaped like a full
name and is not one of the things such slots also hold: a company (``Acme GmbH``), a product or
a field (``Widget Pro``, ``user id``), a role (``Bot``, ``客服``, ``护士站``), one word (``me``,
``我``), or a public figure.

Latin script: two to four words of letters (particles such as "van der" on top, an initial
with its dot, "d/o" of a Singapore name, the "SURNAME, Given" order of a Hong Kong form), a
digit one allowed inside a word where a scanner read an "l". Chinese: a surname and a given
name of one or two characters that is no title and no common dictionary word.
"""

from __future__ import annotations

import re

from duet.router.privacy import cn_patterns as P
from duet.router.privacy.lexicon import COMMON_FREQ, lexicon
from duet.router.privacy.name_lists import (EXTRA_FIRST_NAMES, CN_COMPOUND_SURNAMES, CN_FIELD_STOP, CN_NOT_NAMES, CN_RARE_SURNAMES, CN_SURNAMES,
                                            PUBLIC_FIGURES, PUBLIC_FIGURES_ZH)
from duet.router.privacy.patterns import Hit
from duet.router.privacy.normalize import unaccented
from duet.router.privacy.simplified import simplified

# A word: letters, a scanner's "1" for an "l" inside or at the end, inner hyphens and
# apostrophes, an initial's dot ("Hans-H.").
_L = "[^\\W\\d_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"  # a letter that is not Chinese, Japanese or Korean
_WORD = re.compile(rf"(?:[A-Z]\.){{2,3}}(?![A-Za-z])|['’]t(?= )|{_L}(?:{_L}|1(?!\d))*(?:[-'’]{_L}(?:{_L}|1(?!\d))*)*\.?")
_JOINER = re.compile(rf"(?: (?:[ds]/o |a/[lp] )?| ?, (?={_L}))")  # "Priya d/o Ramasamy", "Muthu a/l Raman", "YIP, Yee Ka"
_MAX_WORDS = 5
PARTICLES = frozenset("van der den de del della di da du dos das do von la le bin binti binte bte al ter ten y e d/o s/o "
                      "a/l a/p 't ’t te los las Ó Ní Nic Mac Uí MAC".split())  # "De los Reyes", "Ó Ceallaigh", "Mac Giolla"
# Words a slot of a company, a product, a field or a role holds, and that no name does.
STOP_WORDS = frozenset("""
the and or of to in on at for with by from as is are was be a an my your our his her their its this that
please thanks dear hi hello call email e-mail text message contact send name names mr mrs ms dr prof sir madam
inc ltd llc gmbh ag kg sa sas sarl srl spa bv nv plc corp corporation co company group team support service
services office department dept desk university college school hospital clinic bank hotel store shop
id no number phone mobile tel fax address street road avenue city country user users admin administrator
test testing example sample unknown none null nil undefined default placeholder tbd n/a field value type
string config server database table column key token password account card total price amount order invoice
product item items sku model version release widget pro plus mini ultra edition wrote said would
can not yes ok bot system assistant noreply no-reply newsletter billing info notifications alerts
customer client member guest patient tenant holder owner lessee landlord new old my
i i'm im i'd i'll i've it's we're you're he's she's they're let's
nom nombre nome titulaire iban bic swift rib acct ssn mrn nric hkid passport visa vin
network wifi wi-fi room list access mode house parking portal login pass book agreement contract form
số ngày sinh điện thoại địa chỉ cccd cmnd
""".split())
_ROLE_ZH = frozenset("客服 前台 护士站 護士站 系统 系統 管理员 管理員 助手 机器人 機器人 群主 小助手 值班 总台 總台 "
                     "财务 財務 人事 行政 物业 物業 快递 快遞 外卖 外賣 医院 醫院 银行 銀行".split())
_CJK = re.compile("[\u4e00-\u9fff]{2,4}")
_HANGUL_NAME = re.compile("[\uac00-\ud7a3]{2,4}(?![\uac00-\ud7a3])")


def latin_words(text: str, start: int, limit: int) -> list[tuple[int, int]]:
    """The words of a Latin name read from ``start`` (at most five, stopping at a stop word,
    at anything but a single space between words, or at ``limit``)."""
    words: list[tuple[int, int]] = []
    at = start
    capitalised = start < len(text) and text[start].isupper()
    while len(words) < _MAX_WORDS:
        m = _WORD.match(text, at, limit)
        in_t = m is not None and m.group() == "in" and text.startswith((" 't", " ’t"), m.end())  # "Anouk in 't Broek"
        if m is None or (m.group().lower().rstrip(".") in STOP_WORDS and not in_t):
            break
        word = m.group()
        if words and capitalised and not word[0].isupper() and word not in PARTICLES and not in_t:
            break  # "Ana Ruiz looks right": a capitalised name ends at a small word
        if word.endswith(".") and sum(c.isalpha() for c in re.split("[-'’]", word)[-1]) > 2:
            words.append((m.start(), m.end() - 1))  # "Ana Ruiz. Remind me": the sentence ends
            break
        words.append(m.span())
        join = _JOINER.match(text, m.end(), limit)
        if join is None or ("," in join.group() and not (len(words) == 1 and m.group().isupper())):
            break  # a comma joins only the "SURNAME, Given" of a Hong Kong form
        at = join.end()
    return words


def _good_word(word: str) -> bool:
    letters = len(word) - word.count("1") - word.count("-") - word.count("'") - word.count("’") - word.count(".")
    return word.count("1") <= 1 and (letters >= 2 or word.endswith(".") or word in PARTICLES) and \
        not (word.endswith("1") and letters < 3)


def _initial_last(names: list[str]) -> bool:
    """"Bekele T.", "Fernandes M.": a surname and the initial of the given name, as registers and
    envelopes write them (a capitalised word of three letters or more, then one capital)."""
    return len(names) == 2 and len(names[0]) >= 3 and names[0][0].isupper() and names[0][1:].islower() and \
        re.fullmatch("[A-Z]\\.", names[1]) is not None


def latin_name_end(text: str, start: int, limit: int = -1, capital: bool = False) -> int:
    """End of a Latin full name that starts at ``start`` and is followed by no other letter,
    or -1. ``capital``: the first and last words must start with a capital."""
    limit = len(text) if limit < 0 else limit
    if start > 0 and (text[start - 1].isalnum() and text[start - 1].isascii()):
        return -1
    if start >= len(text) or not text[start].isalpha():
        return -1
    words = latin_words(text, start, limit)
    while words:
        end = words[-1][1]
        if end >= limit or not ((text[end].isalnum() and text[end].isascii()) or text[end] in "@_"):
            break
        words.pop()  # glued to something: "Ana Ruiz2024" is a handle
    names = [text[s:e] for s, e in words]
    if len(names) < 2 or not all(_good_word(w) for w in names) or \
            (names[-1].endswith(".") and len(names[-1]) < 4 and not _initial_last(names)):
        return -1
    if capital and not (names[0][0].isupper() and names[-1][0].isupper()):
        return -1
    if " ".join(names).lower() in PUBLIC_FIGURES or text[start:words[-1][1]].lower() in PUBLIC_FIGURES:
        return -1
    return words[-1][1]


_PLACE_ENDS = frozenset("区區县縣市省镇鎮乡鄉")


def chinese_name(value: str) -> bool:
    """Whether ``value`` (all Chinese characters) is a private person's full name."""
    value = simplified(value)  # jieba's words are Simplified (謝謝 is 谢谢)
    if not 2 <= len(value) <= 4 or _CJK.fullmatch(value) is None:
        return False
    surname = 2 if value[:2] in CN_COMPOUND_SURNAMES else 1 if value[0] in CN_SURNAMES or value[0] in CN_RARE_SURNAMES else 0
    if not surname or not 1 <= len(value) - surname <= 2 or (len(value) == 2 and value[0] == "阿"):
        return False  # (阿杰, 阿敏: a nickname)
    if value in PUBLIC_FIGURES_ZH or value in CN_NOT_NAMES or value in _ROLE_ZH or value[surname:] in P.ROLE_WORDS or \
            P.TITLE.search(value, 1) or not CN_FIELD_STOP.isdisjoint(value[surname:]):
        return False
    lex = lexicon()
    if value[-1] in _PLACE_ENDS and len(value) - surname == 2:
        return False  # 徐汇区, 万安镇: a place that opens with a surname
    if value in lex.person_words:
        return True
    head = value[:surname + 1]  # 时间线, 高铁站: the surname opens a common word
    return lex.word_freq.get(value, 0) < COMMON_FREQ and (lex.word_freq.get(head, 0) < COMMON_FREQ or
                                                          head in lex.person_words)


def chinese_name_end(text: str, start: int, limit: int = -1, glued: bool = False) -> int:
    """End of a Chinese full name that fills the run of Chinese characters at ``start``, or -1.
    ``glued``: a label may stand right before it ("出租方李俊豪，")."""
    limit = len(text) if limit < 0 else limit
    m = _CJK.match(text, start, min(limit, start + 5))
    if m is None or (m.end() < len(text) and "\u4e00" <= text[m.end()] <= "\u9fff"):
        return -1
    if not glued and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
        return -1
    return m.end() if chinese_name(m.group()) else -1


def hangul_name_end(text: str, start: int, limit: int = -1) -> int:
    """End of a Korean name (two to four Hangul syllables, no more) that starts at ``start``, or -1."""
    m = _HANGUL_NAME.match(text, start, len(text) if limit < 0 else limit)
    return m.end() if m is not None else -1


def name_end(text: str, start: int, limit: int = -1, capital: bool = False, glued: bool = False) -> int:
    """End of a full name in any script read here that starts at ``start``, or -1."""
    if start < len(text) and "\u4e00" <= text[start] <= "\u9fff":
        return chinese_name_end(text, start, limit, glued)
    if start < len(text) and "\uac00" <= text[start] <= "\ud7a3":
        return hangul_name_end(text, start, limit)
    return latin_name_end(text, start, limit, capital)


def name_hit(text: str, start: int, limit: int = -1, capital: bool = False, glued: bool = False) -> list[Hit]:
    """``[("person_name", start, end)]`` when a full name starts at ``start``, else ``[]``."""
    while start < len(text) and text[start] in " \t":
        start += 1
    end = name_end(text, start, limit, capital, glued)
    return [("person_name", start, end)] if end > 0 else []


def known_name(name: str, given: bool = False) -> bool:
    """Whether a Latin name's first word is a known given name or its last a known surname
    (US Census lists and a supplement): a name, not a heading, where no label says so.
    ``given``: the given name must be known (many words are someone's surname: "Notice", "Code")."""
    words = unaccented(name.lower()).replace(",", " ").split()
    lex = lexicon()
    if not words:
        return False
    first = words[0] in lex.first_names or words[0] in EXTRA_FIRST_NAMES
    return first or (not given and words[-1] in lex.last_names)
