"""Chinese street addresses, big to small: province, city, district, road, number, building, unit,
room ("北京市朝阳区建国路88号", "上海市浦东新区张江路1000弄5号", "台北市信義區松仁路100號之3"), or a
village and its group ("迎仙镇李楼村一组45号"); building-unit-room may be written with dashes
("金色家园7-2-2001").

Anchored on a house number after a road, or on a road right after a district or city; the start
is the first place name jieba's dictionary knows, after walking back to a word that cannot be
part of an address (到, 在, 地址…).
"""

from __future__ import annotations

import re

from duet.router.privacy.lexicon import lexicon
from duet.router.privacy.patterns import Hit
from duet.router.privacy.finders import matches_at

_ZH_ROAD = "路街巷弄道里"
# A house number: the anchor. What stands before it must be a road ("建国路88号") or a block.
# A scanner's letter for a digit beside a digit counts as one ("粟路26O号", "蒋路l54号").
_ZH_NUMBER = re.compile(r"(?:[\d一二三四五六七八九十百]|[OolI](?=\d))(?:[\d一二三四五六七八九十百]|(?<=\d)[OolI]){0,4}"
                        r"\s*(?:号楼|号院|号|號|弄|巷|栋|幢|座|衖|坊)")
_MISREAD = frozenset("OolI")
_ZH_NUMERALS = frozenset("一二三四五六七八九十百")
_ZH_NUMBER_ENDS = "号號弄巷栋幢座衖坊"  # the first characters of _ZH_NUMBER's last group
_ZH_ROAD_BEFORE = re.compile(
    r"(?:路|街|大道|大街|巷|胡同|弄|道|里|村|段|园|苑|庄|大厦|广场|中心|小区|花园|区|區|期|镇|鎮|组|組|队|隊)"
    r"\s*(?:[一二三四五六七八九十]{1,3}段\s*)?$"
)
_ZH_UNNUMBERED = re.compile(r"[市县縣区區镇鎮][\u4e00-\u9fff]{2,6}?(?:路|大道|大街|街|巷|胡同)")
_ZH_UNITS = "(?:号楼|号院|号|號|弄|栋|幢|座|单元|室|楼|樓|层|區|区|户|F|f)"
# Building, unit and room after the house number: on the same line; a Latin token is a number
# ("1203", "3F"), a letter or two before a unit ("B座", "W6 区") or a name glued to Chinese
# ("SOHO现代城"), never a word of a sentence ("Can you…").
_ZH_TAIL = re.compile(
    r"(?:\s*(?:之\s*\d{1,4}|[东西南北]?[一二三四五六七八九十\d]{1,4}\s*(?:段|巷|弄|號|号))"
    r"|[ \t]*(?:(?![到在从是住去往和与的把将给电话手机联系，。、；]|電話|手機|聯)[\u4e00-\u9fff]){0,6}[ \t]*"
    r"(?:\d{1,4}(?:-\d{1,5}){1,3}(?![0-9A-Za-z])|\d[0-9A-Za-z]{0,4}(?![A-Za-z])[ \t]*" + _ZH_UNITS + r"?|[A-Za-z]{1,2}\d{0,3}[ \t]*" + _ZH_UNITS +
    r"|[A-Za-z]{1,5}(?=[\u4e00-\u9fff])))*"
)
_BLOCKS = ("栋", "幢", "号楼", "座")
_ROOM = re.compile(r"(?<![0-9])[0-9]{3,4}(?![0-9])")
_MAX_TAIL = 40  # building, unit and room after the house number never run longer
_SHOP = re.compile(r"(?:临街|臨街|一楼|一樓)?(?:商铺|商舖|地铺|地舖|铺位|舖位|门面|門面)")
_ZH_STOP = frozenset("到在从是住去往于址为及和与的把将至向给寄送发搬迁回离近旁边我你他她叫：:，,。；;、（(「『“")
_ZH_ADMIN_END = frozenset("省市区區县縣镇鎮乡鄉")
_ZH_ADMIN = re.compile(r"[省市区區县縣镇鎮乡鄉村路街道弄巷里]")


# Taiwan's cities and counties, which jieba's (mainland) dictionary misses or knows only in part
# ("新北市": it knows 北市, and the address lost its 新).
_TW_CITIES = frozenset("新北市 桃園市 桃园市 臺中市 台中市 臺南市 台南市 臺北市 台北市 基隆市 新竹市 新竹縣 新竹县 嘉義市 嘉义市 "
                       "嘉義縣 苗栗縣 彰化縣 南投縣 雲林縣 屏東縣 宜蘭縣 花蓮縣 臺東縣 台東縣 澎湖縣 金門縣 連江縣".split())


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _zh_start(text: str, anchor: int) -> int:
    """Start of the address whose road ends at ``anchor``: back over CJK characters to a stop,
    then forward to the first place name jieba's dictionary knows."""
    lex = lexicon()
    freq, places = lex.word_freq, lex.place_words
    start = anchor
    while start > 0 and anchor - start < 30:
        ch = text[start - 1]
        if ch == " " and start > 1 and (_is_cjk(text[start - 2]) or text[start - 2].isdigit()):
            start -= 1
            continue
        if not (_is_cjk(ch) or ch.isdigit()):
            break
        # (a stop character before 县, 市 … is part of the place's name: "隆回县", "回民区")
        if ch in _ZH_STOP and not (start > 1 and text[start - 2] in _ZH_ADMIN_END and _is_cjk(ch)) and \
                not (_is_cjk(ch) and text[start] in _ZH_ADMIN_END and start > 1 and _is_cjk(text[start - 2])) and \
                freq.get(text[start - 1:start + 1], 0) < 20 and text[max(0, start - 2):start] not in places and \
                (ch != "和" or start < 2 or freq.get(text[start - 2:start], 0) < 20):
            break  # "苗栗市和平街", "平和巷", "中和路": 和 is part of a place's name
        start -= 1
    start = _after_loose_fields(text, start, anchor, places)
    for pos in range(start, anchor - 1):
        if text[pos:pos + 2] in places or text[pos:pos + 3] in places or text[pos:pos + 4] in places or \
                text[pos:pos + 3] in _TW_CITIES:
            return pos
    return start


def _after_loose_fields(text: str, start: int, anchor: int, places: frozenset[str] | set[str]) -> int:
    """Past the space-separated fields at the head of ``text[start:anchor]`` that are no part of a
    place: "收件人郭秀荣 136 6240 4351 金門縣大同209巷" starts at 金門縣; "上海市 浦东新区 张江路"
    and "北京 朝阳区 建国路" keep their heads."""
    while True:
        space = text.find(" ", start, anchor)
        if space < 0:
            return start
        field = text[start:space]
        if not field or _ZH_ADMIN.search(field) or field in places or field[-2:] in places or field[-3:] in places:
            return start
        start = space + 1


def _positions(text: str, chars: str) -> list[int]:
    """Offsets of every one of ``chars`` in ``text``, in order (``str.find``: a memchr-like scan)."""
    found = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1)
    return sorted(found)


def _numbers(text: str) -> list[re.Match[str]]:
    """What ``_ZH_NUMBER.finditer`` finds, tried only before the house-number characters: a match
    ends on one, after up to five digits or numerals and perhaps spacing, and starts where that
    run starts (or five characters before its end, when it is longer)."""
    starts = []
    for end in _positions(text, _ZH_NUMBER_ENDS):
        spaced = end
        while spaced > 0 and text[spaced - 1].isspace():
            spaced -= 1
        start = spaced
        while start > 0 and (text[start - 1].isdecimal() or text[start - 1] in _ZH_NUMERALS or (
                text[start - 1] in _MISREAD and (text[start].isdecimal() or start > 1 and text[start - 2].isdecimal()))):
            start -= 1
        if start < spaced:
            starts.append(max(start, spaced - 5))
    return matches_at(_ZH_NUMBER, text, starts)


# A Japanese address: prefecture, city or ward, district, then 丁目-番-号 or numbers joined by
# dashes ("東京都渋谷区神宮前3丁目26番21号", "京都府京都市左京区田中5-24-11-611"), a postcode before it.
_JP_ADDRESS = re.compile(r"(?:〒 ?[0-9]{3}-[0-9]{4} ?)?(?:東京都|北海道|京都府|大阪府|[\u4e00-\u9fff]{2,3}県)[\u4e00-\u9fff]{1,5}[市区町村郡]"
                         r"[\u4e00-\u9fff]{0,10}?(?:[0-9]{1,4}丁目 ?[0-9]{1,4}(?:番地?|-) ?[0-9]{1,4}号?|[0-9]{1,4}(?:-[0-9]{1,4}){1,3})")


# A room in a university's hall of residence: "武汉大学枫园5舍526室", "北京师范大学西北楼623室",
# "浙江大学紫金港校区蓝田学园3舍311室": the campus, a hall, a room number.
_CAMPUS_ROOM = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:[0-9]{1,3})?(?:舍|楼|樓|斋|齋|公寓)[0-9]{2,4}室?(?![0-9])")


# A flat in an estate written building-unit-room with dashes after the estate's name:
# "康桥半岛32-5-1903", "和平里七区1-5-903", "青岛市市南区莲花小区23-2-1602".
_ESTATE_FLAT = re.compile(r"[\u4e00-\u9fff]([0-9]{1,3}-[0-9]{1,2}-[0-9]{3,4})(?![0-9]|-[0-9])")  # ("…1103-长孙雅婷】": a name after)


# A flat in a Hong Kong public or private estate: the estate (邨, 新邨, 苑), a block, a floor and a
# room ("秀茂坪寶達邨達喜樓2315室", "瀝源邨福海樓10樓1012室", "綠楊新邨D座15樓").
_HK_ESTATE_FLAT = re.compile(r"(?:邨|苑)(?:[\u4e00-\u9fff]{1,4}(?:樓|楼|閣|阁)|[A-Za-z0-9]{1,2}\s*座)"
                             r"\s*(?:[0-9]{1,2}\s*(?:樓|楼)\s*)?(?:[0-9]{2,4}\s*室|[0-9]{1,2}\s*(?:樓|楼)|[0-9]{3,4})(?![0-9])")


def _hk_estate_flats(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for at in _positions(text, "邨苑"):
        m = _HK_ESTATE_FLAT.match(text, at)
        if m is not None and at >= 2:
            hits.append(("street_address", _zh_start(text, at), m.end()))
    return hits


_CODE_ENDS = ("码", "碼", "号", "號", "柜", "櫃", "格", "口", "架")
_CODE_WORDS = ("取件", "取货", "提货", "驿站", "快递", "货架", "编号", "編號")


def _estate_flats(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _ESTATE_FLAT.finditer(text):
        start = _zh_start(text, m.start() + 1)
        head = text[start:m.start(1)]
        # the estate's name before the numbers ("比分是3-2-101" has none); a pickup code is none ("取件码12-2-1216")
        if len(head) >= 2 and not head.endswith(_CODE_ENDS) and not any(word in head for word in _CODE_WORDS):
            hits.append(("street_address", start, m.end()))
    return hits


def _campus_rooms(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for word in ("大学", "大學", "学院", "學院"):
        at = text.find(word)
        while at >= 0:
            m = _CAMPUS_ROOM.match(text, at + 2)
            if m is not None:
                hits.append(("street_address", _zh_start(text, at), m.end()))
            at = text.find(word, at + 2)
    return hits


def find_chinese_addresses(text: str) -> list[Hit]:
    if text.isascii():
        return []  # every address form here ends on a Chinese road or number character
    hits: list[Hit] = [("street_address", m.start(), m.end()) for m in _JP_ADDRESS.finditer(text)] \
        if "県" in text or "東京都" in text or "北海道" in text or "京都府" in text or "大阪府" in text else []
    covered = 0  # end of the last address found: an anchor inside it adds nothing
    for number in _numbers(text):
        if number.start() < covered or (number.start() > 0 and text[number.start() - 1].isdigit()):
            continue
        tail = _ZH_TAIL.match(text, number.end(), number.end() + _MAX_TAIL)  # bounded: linear time
        # a flat in a housing estate needs no road: "绿地世纪城二期25栋1902", "保利香槟国际11号楼2单元3002室"
        flat = number.group().endswith(_BLOCKS) and tail is not None and _ROOM.search(tail.group()) is not None
        m = _ZH_ROAD_BEFORE.search(text, max(0, number.start() - 10), number.start())
        if m is None and not (flat and number.start() > 1 and _is_cjk(text[number.start() - 1])):
            continue
        road_start, road_end = (m.start(), m.end()) if m else (number.start() - 1, number.start())
        start = _zh_start(text, road_start)
        head = text[start:road_end]  # (the whole road word: "滨江大道", "华润城五期")
        if len(head) < 2 or not (_ZH_ADMIN.search(head) or flat):
            continue
        end = tail.end() if tail else number.end()
        while end > number.end() and text[end - 1].isspace():
            end -= 1
        shop = _SHOP.match(text, end)
        end = shop.end() if shop else end  # "…26号商铺", "…88號地舖": the shop at that number
        hits.append(("street_address", start, end))
        covered = end
    hits += _campus_rooms(text) if "大" in text or "学院" in text or "學院" in text else []
    hits += _hk_estate_flats(text) if "邨" in text or "苑" in text else []
    hits = sorted(set(hits + (_estate_flats(text) if "-" in text else [])))
    for m in matches_at(_ZH_UNNUMBERED, text, _positions(text, "市县縣区區镇鎮")):
        if any(s <= m.start() < e for _, s, e in hits):
            continue  # part of a numbered address found above
        road = text[m.start() + 1:m.end()]
        after = text[m.end() - 1:m.end() + 1]
        if not _ZH_STOP.isdisjoint(road) or road[0] in _ZH_ROAD or \
                (len(after) == 2 and lexicon().word_freq.get(after, 0) >= 20):
            continue  # "部分路段", "老街区": the road character starts another word
        start = _zh_start(text, m.start() + 1)
        numbered = next((i for i, (_, s, e) in enumerate(hits) if s < m.end() <= e), -1)
        if numbered >= 0:  # "太保市中山街" before "中山街7號": one address, from the city on
            hits[numbered] = ("street_address", min(start, hits[numbered][1]), hits[numbered][2])
        else:
            hits.append(("street_address", start, m.end()))
    return hits
