"""Names that their own shape gives away, with no known given name and no cue word of the other
readers:

- Malay and Arabic patronymic names: "Nor Azlina binti Abdullah", "Muhammad Hafiz bin Ismail",
  "NURUL IZZAH BINTI RAHMAN" (the particle is found in no other phrase);
- two or three capitalised words of another cased script inside a text in Latin or Chinese
  letters: "Твердислав Большаков", "Όθων Γαρουφαλής";
- a title before a name typed in small letters: "please call mister maxime comte back";
- a capitalised Latin name glued to a Chinese word for a customer, a colleague, a student or a
  patient: "马来西亚买家David Alsina，IC …", "外籍员工Abdulhamid Usmonov的护照号".
"""

from __future__ import annotations

import re

from duet.router.privacy.patterns import Hit
from duet.router.privacy.slot_values import STOP_WORDS, known_name, latin_name_end

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’-]+"
_PATRONYMIC = re.compile(rf"(?<![A-Za-z])(?:{_CAP} ){{1,3}}(?:bin|binti|bte|binte) {_CAP}(?: {_CAP})?"
                         r"|(?<![A-Za-z])(?:[A-Z]{2,} ){1,3}(?:BIN|BINTI) [A-Z]{2,}(?: [A-Z]{2,})?(?![A-Za-z])")
# Greek, Cyrillic, Armenian: both words capitalised.
_OTHER_SCRIPT = re.compile(r"(?<![\w])(?:[Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰ]+|[А-ЯЁ][а-яё]+|[Ա-Ֆ][ա-ֆ]+)"
                           r"(?: (?:[Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰ]+|[А-ЯЁ][а-яё]+|[Ա-Ֆ][ա-ֆ]+)){1,2}(?![\w])")
_TITLE_LOWER = re.compile(r"(?<![a-z])(?:mister|missus|mr\.?|mrs\.?|ms\.?|miss|dr\.?|doctor) ([a-z][a-z'’-]{1,20} [a-z][a-z'’-]{2,20})"
                          r"(?![a-z])", re.I)
_TITLE_GATE = re.compile(r"(?:mister|missus|mr|mrs|ms|miss|dr|doctor)\.? [a-z]")
_CN_NOUN_THEN_LATIN = re.compile(r"(?:买家|卖家|買家|賣家|员工|員工|客人|同学|同學|学生|學生|患者|家属|家屬|租客|房客|客户|客戶|会员|"
                                 r"會員|老师|老師|同事|朋友|外教)(?=[A-ZÀ-Þİ])")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SCRIPT_GATE = re.compile(r"[\u0386-\u03ce\u0401-\u045f\u0531-\u0586]")


def _other_script(text: str) -> list[Hit]:
    """Runs of another cased script, in a text mostly written in Latin or Chinese letters."""
    hits = []
    for m in _OTHER_SCRIPT.finditer(text):
        share = len(m.group()) / max(1, len(text))
        if share < 0.5:
            hits.append(("person_name", m.start(), m.end()))
    return hits


def _after_chinese_nouns(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _CN_NOUN_THEN_LATIN.finditer(text):
        end = latin_name_end(text, m.end(), capital=True)
        if end > 0:
            hits.append(("person_name", m.end(), end))
    return hits


def _patronymics(text: str) -> list[Hit]:
    """From each " bin " or " binti " (str.find) back to the given names before it."""
    hits: list[Hit] = []
    for particle in (" bin ", " binti ", " bte ", " binte ", " BIN ", " BINTI "):
        at = text.find(particle)
        while at >= 0:
            lo = max(0, at - 48)
            for m in _PATRONYMIC.finditer(text, lo, min(len(text), at + 40)):
                if m.start() <= at < m.end():
                    start = m.start()
                    while text[start:at].split() and text[start:at].split()[0].lower() in STOP_WORDS:
                        start = text.index(" ", start) + 1  # "Dear Nur Aisyah binte Rahman": not the greeting
                    hits.append(("person_name", start, m.end()))
                    break
            at = text.find(particle, at + len(particle))
    return hits


def find_name_shapes(text: str) -> list[Hit]:
    hits = _patronymics(text)
    if not text.isascii():
        hits += _other_script(text) if _SCRIPT_GATE.search(text) else []
        if _CJK.search(text):
            hits += _after_chinese_nouns(text)
    for m in _TITLE_LOWER.finditer(text) if _TITLE_GATE.search(text) else ():
        if not any(word in STOP_WORDS for word in m.group(1).lower().split()) and known_name(m.group(1)):
            hits.append(("person_name", m.start(1), m.end(1)))
    return hits
