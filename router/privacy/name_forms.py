"""Names in two written forms the pair readers of names.py miss.

- With a middle initial: "Alan W. King", "Charles L. Owen". The pair readers read words of
  letters; the initial's full stop ends their run, so such a name was found only after a cue that
  reads a whole slot ("call Dennis J. Chen"). A capital and a full stop between two capitalised
  words is the mark: a known given name first (more often a given name than a surname, or before
  a known surname) or a cue before it ("tenant"), neither a word that is never a name, and not a
  public figure or a text about public life ("John F. Kennedy was president").
- An airline's SURNAME/GIVEN ("LU/QIANG", "SMITH/JOHN MR") in a text about flying (a boarding
  pass, a ticket, a booking); two codes of three letters or fewer ("PVG/NRT", "AND/OR") are not.
- A court paper's parties: "JUNE CHAPMAN  Claimant" (a name in capitals, then its role on the
  line; a company, a council or the Crown is not a person).
"""

from __future__ import annotations

import re

from duet.router.privacy.gate_words import occurring
from duet.router.privacy.lexicon import Lexicon, lexicon
from duet.router.privacy.name_lists import NOT_NAME_WORDS, PUBLIC_FIGURES, WEAK_NAME_WORDS
from duet.router.privacy.names import _CN_LABEL_BEFORE, _PUBLIC, _after_cjk, _cued_before
from duet.router.privacy.patterns import Hit, lowered
from duet.router.privacy.scan import skeleton

_WORD = r"[A-ZÀ-Þ][a-zß-ÿ'\-]{1,24}"
_INITIALLED = re.compile(r"(" + _WORD + r") [A-Z]\. ((?:(?:van|von|de|der|den|da|di|del|le|la) ){0,2}" + _WORD + r")(?![A-Za-zÀ-ÿ])")
_AIRLINE_NAME = re.compile(r"(?<![A-Za-z0-9/])([A-Z]{2,20})/([A-Z]{2,20}(?: [A-Z]{2,20})?)(?: ?(?:MR|MRS|MS|MISS|MSTR|DR))?"
                           r"(?![A-Za-z0-9/])")
_FLYING = ("boarding", "passenger", "pnr", "e-ticket", "eticket", "itinerary", "flight", "登机", "机票", "航班", "旅客")
_ROLES = ("claimant", "defendant", "plaintiff", "respondent", "appellant", "petitioner")
_PARTY_LINE = re.compile(r"^[ \t]*([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){1,3})[ \t]{2,}"
                         r"(?:Claimant|Defendant|Plaintiff|Respondent|Appellant|Petitioner)s?[ \t]*$", re.M)
_ORGANISATION = re.compile(r"\b(?:LTD|LIMITED|PLC|INC|LLP|LLC|GMBH|COUNCIL|BANK|COMPANY|CORPORATION|GROUP|TRUST|AUTHORITY|"
                           r"SERVICES|UNIVERSITY|HOSPITAL|BOROUGH|STATE|KINGDOM|REGINA|REX|CROWN)\b")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'-")


def _word_start(text: str, end: int) -> int:
    start = end
    while start > 0 and (text[start - 1] in _LETTERS or "À" <= text[start - 1] <= "ÿ"):
        start -= 1
    return start


def find_name_forms(text: str) -> list[Hit]:
    hits = _initialled(text) + (_airline_names(text) if "/" in text else []) + _surname_first(text) + _comma_names(text)
    hits += _east_asian_caps(text)
    if "\n" in text:
        hits += _couples(text) + _numbered_rows(text)
    return hits + _parties(text) if "  " in text else hits


# The surname first and a comma, after a label or a cue, as registers and cards write it: "Surname,
# first name: Sandhu, Manoj", "the cardholder is Meer, Lotte in 't", "申请人：Yang, Zhiqiang",
# "buyer Deshpande, K." (a given name, its particles, or initials after the comma).
_COMMA_NAME = re.compile(r"[A-ZÀ-Þ][^\W\d_'’\-]+(?:-[A-ZÀ-Þ][^\W\d_'’\-]+)?, (?:[A-Z]\.(?: ?[A-Z]\.){0,2}|"
                         r"[A-ZÀ-Þ][^\W\d_'’\-]+(?: (?:van 't|in 't|van der|van den|van|de|der|ter|te|da|dos|del))?)"
                         r"(?=[ \t]*(?:[,.;:)\n|]|$))")


def _comma_names(text: str) -> list[Hit]:
    sk = skeleton(text)
    if b"a, A" not in sk:
        return []
    low = lowered(text)
    hits: list[Hit] = []
    at = sk.find(b"a, A")
    while at >= 0:
        start = _word_start(text, at + 1)
        m = _COMMA_NAME.match(text, start)
        if m and NOT_NAME_WORDS.isdisjoint(w.strip(".,").lower() for w in m.group(0).split()) and (
                _cued_before(low, m.start()) or (_after_cjk(low, m.start()) and
                                                 _CN_LABEL_BEFORE.search(low, max(0, m.start() - 12), m.start()))):
            hits.append(("person_name", m.start(), m.end()))
        at = sk.find(b"a, A", at + 4)
    return hits


# A Korean, Chinese or Japanese surname in capitals before a given name, as passports and forms
# romanise them ("LEE Hyunwoo", "YOON Seoyeon", "WANG Xiaoming", "TANAKA Yui"): no cue needed
# for the surnames of three letters or more (the two-letter ones, OH or LI, are also words).
_EAST_ASIAN_SURNAMES = frozenset("""
LEE KIM PARK CHOI JUNG JEONG KANG YOON JANG CHANG SHIN KWON HWANG SONG JEON HONG MOON BAEK CHOO
CHUNG SEO YOO RYU NAM HAN LIM CHO WANG ZHANG CHEN YANG HUANG ZHAO ZHOU SUN ZHU GUO LIN LUO GAO
ZHENG LIANG XIE TANG FENG DENG CAO PENG ZENG XIAO TIAN DONG PAN YUAN CAI JIANG CHENG WEI DING REN
SHEN YAO JIN CUI QIN TAN SATO SUZUKI TAKAHASHI TANAKA WATANABE ITO YAMAMOTO NAKAMURA KOBAYASHI KATO
YOSHIDA YAMADA SASAKI MATSUMOTO INOUE KIMURA HAYASHI SHIMIZU YAMAGUCHI MORI ABE IKEDA HASHIMOTO
ISHIKAWA OGAWA OKADA GOTO HASEGAWA MURAKAMI KONDO SAKAMOTO ENDO AOKI FUJITA NISHIMURA FUKUDA NGUYEN
TRAN PHAM HOANG HUYNH PHAN VUONG
""".split())
_CAPS_GIVEN = re.compile(r"(?<![A-Za-z])([A-Z]{3,10}) ([A-Z][a-z]{2,11}(?:-[a-z]{2,6})?)(?![A-Za-z])")


def _east_asian_caps(text: str) -> list[Hit]:
    if b"AAA Aa" not in skeleton(text):
        return []
    return [("person_name", m.start(), m.end()) for m in _CAPS_GIVEN.finditer(text)
            if m.group(1) in _EAST_ASIAN_SURNAMES and m.group(2).lower() not in NOT_NAME_WORDS and
            m.group(2).lower() not in WEAK_NAME_WORDS]


# Two names on their own lines joined by a line of "&" or "and": a wedding invitation's couple.
_NAME_LINE = r"[ \t]*([A-ZÀ-Þ][^\W\d_]+(?:[ \t]+[A-ZÀ-Þ][^\W\d_]+){1,2})[ \t]*"
_COUPLE = re.compile(r"^" + _NAME_LINE + r"\n[ \t]*(?:&|and|＆)[ \t]*\n" + _NAME_LINE + r"$", re.M)
# A numbered row that opens with a name, then a wide gap and data with digits: a manifest, a
# register ("1. LYDIA HOLLYWOOD   24th December 1950   PP BRPL2N939").
_ROW_WORD = r"[A-ZÀ-Þ][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)?"
_INITIALS = r"(?:[A-Z]\.[ ]?){1,3}"  # before a surname ("A.J. Owusu", "B. H. Berg")
_INITIALS_AFTER = r"[A-Z]\.(?:[ ]?[A-Z]\.){0,2}"  # after one ("Menon S.", "Broek, J.D.")
# (a name as registers write it: "LYDIA HOLLYWOOD", "Fernández Martínez, Lucía", "Menon S.", "A.J. Owusu")
_NUMBERED_ROW = re.compile(r"^[ \t]*\d{1,3}[.)][ \t]+(" + _INITIALS + _ROW_WORD + "|" + _ROW_WORD + r",?[ ]" + _INITIALS_AFTER +
                           r"|" + _ROW_WORD + r"(?:[ ]" + _ROW_WORD + r")?,[ ]" + _ROW_WORD + r"(?:[ ]" + _ROW_WORD + r")?" +
                           r"|" + _ROW_WORD + r"(?:[ ]" + _ROW_WORD + r"){1,2})(?:[ \t]{2,}|\t|[ \t]*\|[ \t]*)(?=[^\n]*\d)", re.M)


def _known(words: list[str], lex: Lexicon) -> bool:
    """A given name first or a surname last (or any word a known surname, beside initials), and no
    word that is never a name."""
    low = [w.lower().strip(".,") for w in words if len(w.strip(".,")) > 1]
    if not low:
        return False
    if len(low) < len(words):
        return NOT_NAME_WORDS.isdisjoint(low) and any(w in lex.last_names for w in low)
    return NOT_NAME_WORDS.isdisjoint(low) and (low[0] in lex.first_names or low[-1] in lex.last_names)


def _couples(text: str) -> list[Hit]:
    if "&" not in text and "and" not in text:
        return []
    lex = lexicon()
    hits: list[Hit] = []
    for m in _COUPLE.finditer(text):
        if _known(m.group(1).split(), lex) and _known(m.group(2).split(), lex):
            hits += [("person_name", m.start(1), m.end(1)), ("person_name", m.start(2), m.end(2))]
    return hits


def _numbered_rows(text: str) -> list[Hit]:
    rows = list(_NUMBERED_ROW.finditer(text))
    if len(rows) < 2:
        return []
    lex = lexicon()
    rows = [m for m in rows if NOT_NAME_WORDS.isdisjoint(w.strip(".,") for w in m.group(1).lower().split()) and
            _ORGANISATION.search(m.group(1).upper()) is None]
    if sum(_known(m.group(1).split(), lex) for m in rows) * 2 < len(rows):
        return []  # most rows of a list of people open with a name the lists know
    return [("person_name", m.start(1), m.end(1)) for m in rows]


# The surname in capitals, then the given names: "RENTER: RICHARDS Marcus", "车主CHAN Yee Ming".
_SURNAME_CAPS = re.compile(r"(?<![A-Za-z])[A-Z][A-Z'\-]{1,20}(?: [A-Z][a-z'\-]+){1,2}(?![A-Za-z])")
_TWO_CAPITALS = re.compile(rb"AA Aa")  # on the skeleton: a capitalised word after a word in capitals


def _surname_first(text: str) -> list[Hit]:
    """A name written surname first in capitals, after a label or a cue (English or Chinese)."""
    if _TWO_CAPITALS.search(skeleton(text)) is None:
        return []
    low = lowered(text)
    hits: list[Hit] = []
    for m in _SURNAME_CAPS.finditer(text):
        words = m.group(0).lower().split()
        if not NOT_NAME_WORDS.isdisjoint(words) or _ORGANISATION.search(m.group(0)) is not None:
            continue
        if _cued_before(low, m.start()) or (_after_cjk(low, m.start()) and
                                            _CN_LABEL_BEFORE.search(low, max(0, m.start() - 12), m.start())):
            hits.append(("person_name", m.start(), m.end()))
    return hits


def _parties(text: str) -> list[Hit]:
    """A court paper's parties: a name in capitals, then the role on the same line."""
    if not occurring(lowered(text), _ROLES):
        return []
    return [("person_name", m.start(1), m.end(1)) for m in _PARTY_LINE.finditer(text)
            if _ORGANISATION.search(m.group(1)) is None]


def _airline_names(text: str) -> list[Hit]:
    if not occurring(lowered(text), _FLYING):
        return []
    return [("person_name", m.start(), m.end(2)) for m in _AIRLINE_NAME.finditer(text)
            if max(len(m.group(1)), len(m.group(2))) > 3]


def _initialled(text: str) -> list[Hit]:
    sk = skeleton(text)  # a lone capital and a full stop between spaces, a capital after: " W. K"
    at = sk.find(b" A. ")
    if at < 0:
        return []
    lex, low = lexicon(), lowered(text)
    hits: list[Hit] = []
    while at >= 0:
        at += 2  # the full stop
        if text[at + 2:at + 3].isupper():
            start = _word_start(text, at - 2)
            m = _INITIALLED.match(text, start) if start < at - 2 else None
            if m is not None and (_a_name(m.group(1), m.group(2), lex) or _cued_before(low, m.start())) and \
                    not _public(low, m.start(), m.end()):
                hits.append(("person_name", m.start(), m.end()))
        at = sk.find(b" A. ", at + 1)
    return hits


def _public(low: str, start: int, end: int) -> bool:
    """A public figure's name, or a text about public life (a word of names.py's _PUBLIC outside the
    name itself: "King" is a surname here)."""
    name = low[start:end]
    if name in PUBLIC_FIGURES or " ".join(w for w in name.split() if not w.endswith(".")) in PUBLIC_FIGURES:
        return True
    return any(m.end() <= start or m.start() >= end for m in _PUBLIC.finditer(low))


def _a_name(first: str, last: str, lex: Lexicon) -> bool:
    given, surname = first.lower(), last.split()[-1].lower()
    if given in NOT_NAME_WORDS or given in WEAK_NAME_WORDS or surname in NOT_NAME_WORDS:
        return False
    return given in lex.first_names and (lex.first_names[given] >= lex.last_names.get(given, 0.0) or surname in lex.last_names)
