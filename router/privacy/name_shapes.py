"""Names that their own shape gives away, with no known given name and no cue word of the other
readers:

- Malay and Arabic patronymic names: "Nor Azlina binti Abdullah", "Muhammad Hafiz bin Ismail",
  "NURUL IZZAH BINTI RAHMAN" (the particle is found in no other phrase);
- two or three capitalised words of another cased script inside a text in Latin or Chinese
  letters: "Твердислав Большаков", "Όθων Γαρουφαλής";
- two or three words of a script without capitals (Devanagari, Thai, Georgian, Hebrew, Arabic…),
  not quoted and not to be translated: "Call हर्श प्रधान";
- a title before a name typed in small letters: "please call mister maxime comte back", and a
  name in small letters after a word for calling someone: "call rozália horváth";
- a capitalised Latin name glued to a Chinese word for a customer, a colleague, a student or a
  patient: "马来西亚买家David Alsina，IC …", "外籍员工Abdulhamid Usmonov的护照号".
"""

from __future__ import annotations

import re

from duet.router.privacy.finders import ascii_view, positions
from duet.router.privacy.gate_words import occurring
from duet.router.privacy.lexicon import lexicon, segment
from duet.router.privacy.name_lists import NOT_NAME_WORDS, PINYIN_SURNAMES, PUBLIC_FIGURES, THING_WORDS
from duet.router.privacy.patterns import Hit, lowered
from duet.router.privacy.slot_values import STOP_WORDS, chinese_name, known_name, latin_name_end

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’-]+"
_PATRONYMIC = re.compile(rf"(?<![A-Za-z])(?:{_CAP} ){{1,3}}(?:bin|binti|bte|binte) {_CAP}(?: {_CAP})?"
                         r"|(?<![A-Za-z])(?:[A-Z]{2,} ){1,3}(?:BIN|BINTI) [A-Z]{2,}(?: [A-Z]{2,})?(?![A-Za-z])")
# Greek, Cyrillic, Armenian: both words capitalised.
_OTHER_SCRIPT = re.compile(r"(?<![\w])(?:[Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰ]+|[А-ЯЁ][а-яё]+|[Ա-Ֆ][ա-ֆ]+)"
                           r"(?: (?:[Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰ]+|[А-ЯЁ][а-яё]+|[Ա-Ֆ][ա-ֆ]+)){1,2}(?![\w])")
_TITLE_LOWER = re.compile(r"(?<![a-z])(?:mister|missus|mr\.?|mrs\.?|ms\.?|miss|dr\.?|doctor) ([a-z][a-z'’-]{1,20} [a-z][a-z'’-]{2,20})"
                          r"(?![a-z])", re.I)
_TITLE_GATE = re.compile(r"(?:mister|missus|mr|mrs|ms|miss|dr|doctor)\.? [a-z]")
_CN_NOUNS = ("买家", "卖家", "買家", "賣家", "员工", "員工", "客人", "同学", "同學", "学生", "學生", "患者", "家属", "家屬", "租客", "房客",
             "客户", "客戶", "会员", "會員", "老师", "老師", "同事", "朋友", "外教", "阿姨", "保姆", "司机", "司機", "师傅", "師傅",
             "邻居", "鄰居", "房东", "房東")
_CN_NOUN_THEN_LATIN = re.compile("(?:" + "|".join(_CN_NOUNS) + ")(?=[A-ZÀ-Þİ])")
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


# Scripts without capitals (Devanagari and the other Indic scripts, Thai, Georgian, Hebrew, Arabic):
# two or three words of one of them in a text in Latin or Chinese letters, not quoted and not asked to
# be translated ("Call हर्श प्रधान", "patient बृजेश भरद्वाज", "ICAO rules: יוסף קרמר").
_UNCASED_WORD = r"(?:[\u0900-\u0DFF]+|[\u0E01-\u0E4E]+|[\u10D0-\u10FA]+|[\u05D0-\u05EA\u05F3\u05F4]+|[\u0620-\u065F\u066E-\u06D3]+)"
_UNCASED_RUN = re.compile(rf"(?<![\w'\"‘“«]){_UNCASED_WORD}(?:[’']{_UNCASED_WORD})?(?: {_UNCASED_WORD}(?:[’']{_UNCASED_WORD})?){{1,2}}"
                          r"(?![\w'\"’”»])")
_UNCASED_GATE = re.compile(r"[\u0900-\u0DFF\u0E01-\u0E4E\u10D0-\u10FA\u05D0-\u05EA\u0620-\u06D3]")
_TRANSLATE = re.compile(r"translat|mean|say |word|phrase|翻译|翻譯|意思|怎么说", re.I)


_UNCASED_PROSE = re.compile(rf"{_UNCASED_WORD}(?:[ ,]+{_UNCASED_WORD}){{3}}")  # a sentence in that script


def _uncased_script(text: str) -> list[Hit]:
    if _UNCASED_PROSE.search(text):
        return []  # a text written in that script: its short runs are phrases
    hits = []
    for m in _UNCASED_RUN.finditer(text):
        around = text[max(0, m.start() - 60):min(len(text), m.end() + 30)]
        if not _TRANSLATE.search(around):
            hits.append(("person_name", m.start(), m.end()))
    return hits


# A name in small letters after a word for calling or meeting someone, or said on a call: "call
# rozália horváth", "whatsapp hellena nunes", "hi it's vince vial calling about…". Taken when a
# word is a known name or has a letter outside ASCII (no English word has one).
_CALL_LOWER = re.compile(r"(?<![a-z])(?:(?:call|ring|text|whatsapp|message|dial|send|contact name|new contact|add contact) "
                         r"([a-zß-öø-ÿā-ž'’-]{2,20} [a-zß-öø-ÿā-ž'’-]{2,20})(?![\w@])|"
                         r"(?:it's|its|it is|this is|i'm|im) ([a-zß-öø-ÿā-ž'’-]{2,20} [a-zß-öø-ÿā-ž'’-]{2,20})"
                         r"(?= calling| here| from|[,.!?]|$| about| re ))")


_CALL_WORDS = ("call ", "ring ", "text ", "whatsapp ", "message ", "dial ", "send ", "contact ", "it's ", "its ", "it is ", "this is ",
               "i'm ", "im ")


def _lower_after_calls(text: str) -> list[Hit]:
    hits = []
    starts = sorted(at for word in occurring(text, _CALL_WORDS) for at in positions(text, word))
    for m in (_CALL_LOWER.match(text, at) for at in starts):
        if m is None:
            continue
        group = 1 if m.group(1) else 2
        name = m.group(group)
        if any(w in STOP_WORDS for w in name.split()):
            continue
        last = name.split()[-1]
        if (known_name(name, given=True) and last in lexicon().last_names) or not name.isascii():
            hits.append(("person_name", m.start(group), m.end(group)))  # ("call emily now": no surname)
    return hits


# A group chat's speaker tag, a flat or a role before the name: "【星河湾23-5-1103-长孙雅婷】", "【3班-王芳妈妈】".
_BRACKET_SPEAKER = re.compile(r"【[^【】\n]{1,24}[-－—]([\u4e00-\u9fff]{2,4})(?:妈妈|爸爸|家长)?】")


def _bracket_speakers(text: str) -> list[Hit]:
    return [("person_name", m.start(1), m.end(1)) for m in _BRACKET_SPEAKER.finditer(text) if chinese_name(m.group(1))]


# A surname its ending gives away, after a capitalised given name: Slavic, Central Asian and
# Caucasian patronymic surnames ("Mustafo Xolidov", "Munisa Nozimova", "Ayla Tahirzadə"), Georgian
# and Armenian ones ("Nino Beridze", "Anahit Petrosyan"), Balkan and Ukrainian ones ("Marko
# Petrović", "Oksana Kovalenko"). Public people with such names are in PUBLIC_FIGURES.
_SUFFIXED = re.compile(r"(?<![\w.])([A-ZÀ-ÞĀ-Ž][a-zß-öø-ÿā-žə]{2,15}) ([A-ZÀ-ÞĀ-Ž][a-zß-öø-ÿā-žə]{2,20}(?:ov|ova|ev|eva|yev|yeva|"
                       r"ovich|ovna|evich|evna|zoda|zade|zadə|oğlu|oglu|qızı|shvili|dze|yan|enko|ović|ović|vić|escu|ovski|"
                       r"owski|owska|ewski|ewska))(?![\w])")
_SUFFIX_GATE = ("ov", "ev", "zod", "zad", "ğlu", "glu", "qız", "shvili", "dze", "yan", "enko", "vić", "escu", "wsk", "vsk")


_STORMS = frozenset(("typhoon", "hurricane", "cyclone", "storm", "tropical"))


def _suffixed_candidates(text: str) -> list[re.Match[str]]:
    """Matches of _SUFFIXED, tried only at the word before each word that ends in a suffix
    (str.find, not a scan of the text: the suffixes end many English words too)."""
    found: dict[int, re.Match[str]] = {}
    for suffix in occurring(text, _SUFFIX_GATE):
        at = text.find(suffix)
        while at >= 0:
            end = at + len(suffix)
            while end < len(text) and text[end].isalpha():
                end += 1  # to the word's end ("…ova", "…ovich")
            start = at
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            if start > 1 and text[start].isupper() and text[start - 1] == " ":
                first = start - 1
                while first > 0 and text[first - 1].isalpha():
                    first -= 1
                m = _SUFFIXED.match(text, first)
                if m is not None and m.end() == end:
                    found[first] = m
            at = text.find(suffix, end)
    return [found[k] for k in sorted(found)]


def _suffixed_surnames(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _suffixed_candidates(text):
        first = m.group(1).lower()
        if first in STOP_WORDS or first in THING_WORDS or first in NOT_NAME_WORDS or first in _STORMS or \
                m.group(0).lower() in PUBLIC_FIGURES or text[max(0, m.start() - 4):m.start()].lower() == "the ":
            continue
        hits.append(("person_name", m.start(), m.end()))
    return hits


# A Uyghur or Kazakh name in Chinese characters, its parts a middle dot apart ("阿依古丽·买买提",
# "艾尔肯·阿布都拉"): one part opens with a name element of those languages. (A dot alone is no
# sign: "列夫·托尔斯泰" and "迈克尔·乔丹" are written so too.) The given name is the longest run
# before the dot that opens with an element (or the two characters before it); the surname runs
# after the dot until a word of the sentence ("…·阿布都拉签字" ends before 签字).
_UYGHUR_PARTS = ("阿不都", "阿布都", "阿卜杜", "古丽", "买买提", "麦麦提", "艾尔肯", "努尔", "迪丽", "热依", "热合曼", "吐尔逊",
                 "吐逊", "艾山", "托合提", "库尔班", "吾斯曼", "伊力", "帕提", "阿力木", "玉素甫", "肉孜", "沙吾提", "依明",
                 "阿依", "阿米娜", "米娜", "帕丽", "再娜", "祖力", "买合木", "艾合买提", "塔依尔", "吐拉", "克然木",
                 "阿布力孜", "热孜", "阿吉", "艾力", "吾买尔", "图尔贡", "乃比", "卡德尔", "巴合提", "别克", "努尔兰")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _given_before(text: str, dot: int) -> int:
    for size in (6, 5, 4, 3, 2):
        start = dot - size
        if start >= 0 and all(_CJK_CHAR.match(c) for c in text[start:dot]) and text.startswith(_UYGHUR_PARTS, start):
            return start
    return -1


def _surname_end(text: str, at: int) -> int:
    end = at
    for token in segment(text[at:at + 8]):
        if not _CJK_CHAR.match(token) or end - at + len(token) > 6 or \
                (len(token) >= 2 and lexicon().word_freq.get(token, 0) >= 50 and not token.startswith(_UYGHUR_PARTS)) or \
                token in _FUNCTION_CHARS:
            break
        end += len(token)
    while end > at and text[end - 1] in _FUNCTION_CHARS:
        end -= 1  # ("艾山要…": a word the segmenter joined on)
    return end if end - at >= 2 else -1


_FUNCTION_CHARS = "的是在和与说要把被给了吗呢吧"


def _uyghur_names(text: str) -> list[Hit]:
    hits: list[Hit] = []
    dot = text.find("·")
    while dot > 0:
        start = _given_before(text, dot)
        end = _surname_end(text, dot + 1)
        if end > 0 and (start >= 0 or text.startswith(_UYGHUR_PARTS, dot + 1)):
            if start < 0:
                start = dot - 2 if dot >= 2 and _CJK_CHAR.match(text[dot - 2]) and _CJK_CHAR.match(text[dot - 1]) else -1
            if start >= 0:
                hits.append(("person_name", start, end))
        dot = text.find("·", dot + 1)
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


_ANY_OTHER_SCRIPT = re.compile(_SCRIPT_GATE.pattern[:-1] + _UNCASED_GATE.pattern[1:])  # one scan for both gates
_TITLE_WORDS = ("mister", "missus", "mr", "mrs", "ms", "miss", "dr", "doctor")
_PARTICLE_WORDS = (" bin ", " binti ", " bte ", " binte ", " BIN ", " BINTI ")


# A name in capitals after the writer names themself, as forms and tickets want it typed:
# "I typed my name as ZHOU MIN", "my name is ANA RUIZ".
_SELF_CAPS = re.compile(r"(?i:my (?:full |legal )?name(?: is|'s| as)|(?:typed|entered|spelled|wrote|put) my name as)"
                        r" ([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,2})(?![A-Za-z])")


def _self_caps(text: str) -> list[Hit]:
    return [("person_name", m.start(1), m.end(1)) for m in _SELF_CAPS.finditer(text)
            if not any(word in NOT_NAME_WORDS or word in STOP_WORDS for word in m.group(1).lower().split())]


# A Chinese name in pinyin capitals, as a passport writes it, before a Chinese field of the same
# record: "OUYANG XIAOMAN，护照号E73920581".
_PINYIN_FIELDS = ("护照", "護照", "出生", "身份证", "身份證", "性别", "性別", "国籍", "國籍", "电话", "電話", "手机", "手機",
                  "证件", "證件")
_CAPS_PAIR = re.compile(r"[A-Z]{2,} [A-Z]{2,}")
_PINYIN_CAPS_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z]{2,}(?: [A-Z]{2,}){1,2})[ \t]*[，,、;；]?[ \t]*$")


def _pinyin_caps(text: str) -> list[Hit]:
    """Looked for back from each field word (found with ``str.find``), not scanned for."""
    hits: list[Hit] = []
    fields = occurring(text, _PINYIN_FIELDS)
    if not fields or _CAPS_PAIR.search(ascii_view(text)) is None:
        return hits
    for at in sorted(at for word in fields for at in positions(text, word)):
        m = _PINYIN_CAPS_BEFORE.search(text, max(0, at - 40), at)
        if m is not None and m.group(1).split()[0].lower() in PINYIN_SURNAMES:
            hits.append(("person_name", m.start(1), m.end(1)))
    return hits


def find_name_shapes(text: str) -> list[Hit]:
    hits = _patronymics(text) if occurring(text, _PARTICLE_WORDS) else []
    hits += _self_caps(text) if "name" in lowered(text) else []
    if not text.isascii():
        if _ANY_OTHER_SCRIPT.search(text):
            hits += _other_script(text) if _SCRIPT_GATE.search(text) else []
            hits += _uncased_script(text) if _UNCASED_GATE.search(text) else []
        if occurring(text, _CN_NOUNS):
            hits += _after_chinese_nouns(text)
        hits += _bracket_speakers(text) if "【" in text else []
        hits += _uyghur_names(text) if "·" in text else []
        hits += _pinyin_caps(text) if _CJK.search(text) else []
    hits += _lower_after_calls(text)
    hits += _suffixed_surnames(text) if occurring(text, _SUFFIX_GATE) else []
    titled = occurring(lowered(text), _TITLE_WORDS) and _TITLE_GATE.search(text)
    for m in _TITLE_LOWER.finditer(text) if titled else ():
        if not any(word in STOP_WORDS for word in m.group(1).lower().split()) and known_name(m.group(1)):
            hits.append(("person_name", m.start(1), m.end(1)))
    return hits
