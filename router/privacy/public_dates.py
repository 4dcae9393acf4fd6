"""Birth dates of public people are public: "Alan Turing, born 23 June 1912", "屠呦呦，1930年12月30日
出生于宁波". A date of birth right after a listed public figure's name (a few characters between, the
same sentence, no first person) is left alone, and so are the dates of a life span in brackets
("(6 March 1927 – 17 April 2014)"), and a birth before 1900 is history, and so is a pet's birthday;
any other date of birth stays one."""

from __future__ import annotations

import re

from duet.router.privacy.name_lists import PUBLIC_FIGURES, PUBLIC_FIGURES_ZH
from duet.router.privacy.scan import Hit
from duet.router.privacy.sentences import sentence_end, sentence_start

_REACH = 48  # characters before the date where the public figure's name may stand
_GAP = 16  # at most this between the name's end and the date ("Frida Kahlo, born 6 July 1907")
_LATIN_RUN = re.compile(r"[A-Z][a-z'\-]+(?:[ ](?:(?:da|de|van|von|del|la|le)[ ])?[A-Z][a-z'\-]+){1,3}")


# The writer or their family in the sentence: "我叫李娜，1990年…" is about a private 李娜.
# ("tell me about …", "给我讲讲…" ask about someone else: "me" and a bare 我 are no owner)
_OWN = re.compile(r"(?<![A-Za-z])(?:I|I'm|my|our|we)(?![A-Za-z])|我的|我家|我叫|我是|我妈|我爸|我儿|我女|我老|我们|我院|我校|我司|"
                  r"我方|我单位|我公司|我班|本人|咱", re.I)
_CJK = re.compile(r"[\u4e00-\u9fff]")


# A question about famous people: "Pub quiz check: Bong Joon-ho (born 14 September 1969) - is that
# right, and who else famous was born that day?"
FAME = re.compile(r"(?<![a-z])(?:famous|celebrit(?:y|ies)|pub quiz|trivia|quiz|biography|bio|wikipedia|obituary of)(?![a-z])|"
                  r"名人|传记|傳記|百科", re.I)


def about_fame(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` asks about famous people (a quiz, a biography)."""
    return FAME.search(text, sentence_start(text, at, 120), sentence_end(text, at, 120)) is not None


def _public_before(text: str, start: int) -> bool:
    window = text[sentence_start(text, start, _REACH):start]
    if _OWN.search(window):
        return False
    if about_fame(text, start):
        return True
    for m in _LATIN_RUN.finditer(window):
        if len(window) - m.end() > _GAP:
            continue
        words = m.group(0).lower().split()
        if any(" ".join(words[i:j]) in PUBLIC_FIGURES for i in range(len(words)) for j in range(i + 2, len(words) + 1)):
            return True
    # a whole name: no Chinese character right after it ("李娜丽" is not 李娜)
    # (or one followed by the words of a birth: "林语堂生于…", "齐白石出生于…")
    return any(window[i:i + size] in PUBLIC_FIGURES_ZH and
               (not _CJK.match(window, i + size) or window.startswith(_BORN_ZH, i + size))
               for size in (2, 3, 4) for i in range(max(0, len(window) - _GAP - size), len(window) - size + 1))


_BORN_ZH = ("生于", "出生", "生在", "的生日", "诞生", "誕生", "於")
_YEAR = re.compile(r"(?<![0-9])[0-9]{4}(?=[-/.年 ]|$)")
_LIVING = 1900  # a birth year before this is history: no one living was born then


def _long_ago(value: str) -> bool:
    m = _YEAR.search(value)
    return m is not None and int(m.group()) < _LIVING


# A life span in brackets: "(6 March 1927 – 17 April 2014)", "（1911年12月11日－2009年10月31日）".
_SPAN_OPEN = re.compile(r"[(（]\s*$")
_SPAN_DASH_AFTER = re.compile(r"\s*[–—－-]\s*\S")
_SPAN_DASH_BEFORE = re.compile(r"\S\s*[–—－-]\s*$")
_SPAN_CLOSE = re.compile(r"\s*[)）]")


def _life_span(text: str, start: int, end: int) -> bool:
    """Whether the date opens or closes a life span in brackets: a dead person's dates, history."""
    if _SPAN_OPEN.search(text, max(0, start - 3), start) and _SPAN_DASH_AFTER.match(text, end):
        return True  # "(6 March 1927 – …"
    if not (_SPAN_CLOSE.match(text, end) and _SPAN_DASH_BEFORE.search(text, max(0, start - 4), start)):
        return False
    window = text[max(0, start - 40):start]  # "… – 17 April 2014)": a bracket opened before the dash
    opened = max(window.rfind("("), window.rfind("（"))
    return opened >= 0 and ")" not in window[opened:] and "）" not in window[opened:]


# A pet's birthday is no person's: "我家可乐是柯基，2024-12-25满三岁", "our puppy Max was born 3 May 2023".
_PET = re.compile(r"(?<![a-z])(?:dog|puppy|cat|kitten|pet|hamster|rabbit|bunny|parrot|pony|horse|tortoise)s?(?![a-z])|"
                  r"狗|猫|貓|宠物|寵物|柯基|泰迪|金毛|边牧|邊牧|哈士奇|萨摩耶|比熊|博美|拉布拉多|柴犬|布偶|英短|美短|仓鼠|兔子|鹦鹉",
                  re.I)
_PERSON_TOO = re.compile(r"(?<![a-z])(?:son|daughter|baby|child|kid|boy|girl|wife|husband|mum|mom|dad)s?(?![a-z])|"
                         r"儿子|女儿|孩子|宝宝|宝贝|闺女|老婆|老公|妈|爸", re.I)


def _pet_birthday(text: str, start: int) -> bool:
    window = text[sentence_start(text, start, 60):start]
    return _PET.search(window) is not None and _PERSON_TOO.search(window) is None


def without_public_births(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less the dates of birth of listed public figures, the dates of a life span and
    pets' birthdays."""
    return [hit for hit in hits if hit[0] != "date_of_birth" or not (_public_before(text, hit[1]) or
                                                                     _life_span(text, hit[1], hit[2]) or
                                                                     _long_ago(text[hit[1]:hit[2]]) or
                                                                     _pet_birthday(text, hit[1]))]
