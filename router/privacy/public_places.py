"""Street addresses that are no one's personal data: world-famous public addresses (seats of
government, landmarks, company headquarters, the homes of fictional characters), and any
address in a sentence about history or fiction ("what happened at 10 Downing Street in 1940?",
"Leopold Bloom lived at 7 Eccles Street in the novel").
"""

from __future__ import annotations

import re

from duet.router.privacy.public_points import LANDMARKS

# Number and street, lower case, single spaces; the street suffix as commonly written.
_FAMOUS = frozenset("""
10 downing street|11 downing street|221b baker street|1600 pennsylvania avenue|1600 amphitheatre parkway|
1 infinite loop|1 apple park way|1 microsoft way|1 hacker way|350 fifth avenue|30 rockefeller plaza|
11 wall street|20 wall street|4 privet drive|742 evergreen terrace|12 grimmauld place|124 conch street|
31 spooner street|1640 riverside drive|32 windsor gardens|7 eccles street|84 charing cross road|
112 ocean avenue|10050 cielo drive|1313 mockingbird lane|0001 cemetery lane|177a bleecker street|
2311 north los robles avenue|24 sussex drive|1 london wall|48 doughty street|20 maresfield gardens|
prinsengracht 263|berggasse 19|55 rue du faubourg saint-honoré|10 rue de solférino|11 avenue de l'opéra|
53 christopher street|3 abbey road|1 wall street|151 west 34th street|1 times square|2 willow road
""".replace("\n", "").split("|"))
# The famous addresses by their first word (the house number, or the street of "Prinsengracht 263").
_BY_NUMBER: dict[str, tuple[str, ...]] = {}
for _name in sorted(_FAMOUS):
    _BY_NUMBER[_name.split(" ", 1)[0]] = (*_BY_NUMBER.get(_name.split(" ", 1)[0], ()), _name)
_SPACES = re.compile(r"\s+")
# Words of history and fiction (searched as substrings of the lowered sentence, at C speed); a
# year before 1900 after a preposition (no living person's address is dated so).
_HISTORY_WORDS = ("history of", "in history", "historic", "famous", "museum", "landmark", "monument", "plaque",
                  "novel", "fiction", "sitcom", "centuries", "literary", "stories", "cartoon")
_OLD_YEAR = re.compile(r" 1[0-8][0-9]{2}(?![0-9])")
_YEAR_WORD = re.compile(r"(?<![a-z])(?:in|from|since|until|during|of|by)$")
# Someone's own address, famous or not: "I moved to", "ship to", "my address is".
_PERSONAL_CUE = re.compile(r"(?<![a-z])(?:my|our|your|i live|we live|moved to|move to|moving to|ship(?:ping)? to|"
                           r"deliver(?:y|ed)? to|send (?:it )?to|mail (?:it )?to|address)(?![a-z])", re.I)
_SENTENCE_END = re.compile(r"[.!?。！？\n]")
_REACH = 120
_NUMBER = re.compile(r"[0-9]+")
_CJK = re.compile(r"[\u3000-\u9fff]")


def _famous(value: str) -> bool:
    names = _BY_NUMBER.get(value.split(None, 1)[0].lower(), ()) if value.strip() else ()
    if not names:
        return False
    folded = _SPACES.sub(" ", value).lower()
    return any(folded.startswith(name) for name in names)


def _history_marks(text: str, hits: list[tuple[str, int, int]]) -> list[int]:
    """Where words of history or fiction stand within :data:`_REACH` of the hits: substring tests
    on each lowered window (windows of hits close together merged), at C speed."""
    windows: list[tuple[int, int]] = []
    for lo, hi in sorted((max(0, start - _REACH), min(len(text), end + _REACH)) for _, start, end in hits):
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    marks: list[int] = []
    for lo, hi in windows:
        window = text[lo:hi].lower()
        if len(window) != hi - lo:  # lowering moved offsets ("İ")
            continue
        for word in _HISTORY_WORDS:
            at = window.find(word)
            while at >= 0:
                marks.append(lo + at)
                at = window.find(word, at + 1)
        marks += [lo + m.start() for m in _OLD_YEAR.finditer(window)
                  if _YEAR_WORD.search(window, max(0, m.start() - 7), m.start())]
    return marks


def _owned(text: str, start: int) -> bool:
    """A personal cue in the 32 characters before ``start``, in the same sentence."""
    cues = list(_PERSONAL_CUE.finditer(text, max(0, start - 32), start))
    return bool(cues) and _SENTENCE_END.search(text, cues[-1].end(), start) is None


def _bracket_before(text: str, start: int) -> bool:
    window = text[max(0, start - 9):start]
    return "（" in window or "(" in window


# A numbered national or provincial road: "國道三號", "G15沈海高速" is a road, not where anyone lives.
_NUMBERED_ROAD = re.compile(r"(?:国道|國道|省道|县道|縣道|乡道|鄉道)[0-9一二三四五六七八九十百]+[号號]?(?:线|線)?")


def public_addresses(text: str, hits: list[tuple[str, int, int]]) -> set[int]:
    """Indexes of the ``hits`` (type, start, end) that are public addresses: a famous one, or any
    in a sentence about history or fiction, unless someone calls it theirs."""
    # An address with a second number (a postcode, a flat) is written for delivery, not history;
    # the words above are English, so a Chinese address is not looked at.
    marks = _history_marks(text, [hit for hit in hits if len(_NUMBER.findall(text, hit[1], hit[2])) < 2
                                  and _CJK.search(text, hit[1], hit[2]) is None])
    public: set[int] = set()
    for i, (_, start, end) in enumerate(hits):
        about_history = any(start - _REACH <= at < end + _REACH and
                            _SENTENCE_END.search(text, min(at, start), max(at, end)) is None for at in marks)
        if (about_history or _famous(text[start:end]) or _NUMBERED_ROAD.fullmatch(text, start, end) or text[start:end].lower() in LANDMARKS or _INSTITUTION_BEFORE.search(text, max(0, start - 48), start)
                or (_bracket_before(text, start) and _INSTITUTION_BEFORE_ZH.search(text, max(0, start - 24), start))) \
                and not _owned(text, start):
            public.add(i)
    return public


# The address of a public office or building, right after its name: "how do I get to USCIS New York
# Field Office, 26 Federal Plaza", "the DMV at 1377 Fell Street", "Sydney Town Hall, 483 George Street".
_INSTITUTION_BEFORE = re.compile(
    r"(?:Office|Town Hall|City Hall|Embassy of [A-Z][a-z]+(?: [A-Z][a-z]+)?|Consulate(?: General)?(?: of [A-Z][a-z]+)?|"
    r"DMV|Courthouse|Library|Museum|Hospital|Station|Airport|University|Stadium|Theatre|Theater|Cathedral|"
    r"Department|Ministry|Police|Registry|Council)(?:,| at| on)[ \t]+$")  # (not "Court", "Tower": homes are named so)
# The same in Chinese, the address in brackets after the name: "故宫博物院（景山前街4号）",
# "北京市公安局出入境管理总队（安定门东大街2号）", "台北101（信義路五段7號）".
_INSTITUTION_BEFORE_ZH = re.compile(
    r"(?:局|总队|總隊|中心|博物院|博物馆|博物館|美术馆|美術館|图书馆|圖書館|纪念馆|紀念館|科技馆|大厦|大廈|电视塔|廣州塔|广州塔|"
    r"政府|法院|检察院|医院|醫院|大学|大學|火车站|高铁站|車站|机场|機場|公园|公園|广场|廣場|办事处|辦事處|领事司|領事司|"
    r"大使馆|大使館|领事馆|領事館|事務大樓|事务大楼|管理处|管理處|税务局|稅務局|派出所|体育馆|體育館|体育场|剧院|劇院|"
    r"音乐厅|音樂廳|会展中心|會展中心|展览馆|展覽館|[0-9]{3})[（(][^（）()\n]{0,8}$")
