"""The rest of an address after the street the detectors found: a compass word ("Des Voeux Road
West"), the town and postcode after a comma ("…, Bitterfeld 29720", "…, Bourdon-sur-Mer 70619",
"…, Portland, OR 97201"), a postcode alone, and in Chinese a house number or room a scanner
misread ("沈阳街90S号5单元1015", "台北街1 85号").

A street found without its town is still a street found, so this changes no decision; it
matters when the request is redacted: the town, postcode or house number left beside a
placeholder would still say where someone lives.
"""

from __future__ import annotations

import re

from duet.router.privacy.patterns import Hit

_COMPASS = re.compile(r"[ \t]+(?:West|East|North|South|Ouest|Est|Nord|Sud|Oeste|Norte|Este|Sur|Ost|Süd)"
                      r"(?![\w'’-])")
# A word of a town's name: capitalised, any script's letters, hyphenated parts ("Bourdon-sur-Mer",
# "Saint-Étienne"), a digit a scanner put for a letter ("Pau1"); lower-case joining words between
# two such words ("Frankfurt am Main", "Castellón de la Plana").
_TOWN_WORD = r"(?:(?:Ste?|Co)\.[ \t]?)?[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[0-9][^\W\d_]*)?(?:['’-][^\W\d_]+)*(?![0-9])"
_JOIN = r"(?:am|an|der|de|del|la|las|los|le|les|du|sur|upon|on|im|in|di|da|dos|das|y)"
# (a city's postal district after it: "Dublin 9", "Dublin 6W")
_TOWN = re.compile(r"[ \t]*,[ \t]*(" + _TOWN_WORD + r"(?:[ \t]+(?:" + _JOIN + r"[ \t]+)?" + _TOWN_WORD + r"){0,3}"
                   r"(?:[ \t][0-9]{1,2}W?(?![\w-]))?)")
_TOWN_SPACED = re.compile(r"[ \t]+(" + _TOWN_WORD + r"(?:[ \t]+(?:" + _JOIN + r"[ \t]+)?" + _TOWN_WORD + r"){0,2})")
# (Dutch, US and European, British, Canadian, Irish Eircode "D09 X2R7")
_POSTCODE = (r"(?:\d{4}[ \t]?[A-Z]{2}|\d{4,5}(?:-\d{3,4})?|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|"
             r"(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}|[0-9]{6})"  # (and six digits: "Singapore 088443")
             r"(?![\w-])")
_STATE_POSTCODE = re.compile(r"(?:,?[ \t]+[A-Z]{2,3}(?![\w-]))?,?[ \t]+" + _POSTCODE + r"|,?[ \t]+[A-Z]{2}(?![\w-])")
_SAINT = re.compile(r"\.[ \t]?" + _TOWN_WORD)  # "…, St. Thomasville": a street finder stops at "St"
_POSTCODE_ALONE = re.compile(r"[ \t]*,?[ \t]*" + _POSTCODE)
# Capitalised words that follow an address without naming a place: labels, greetings, sentence
# starts. A town word followed by ":" is a label too ("Telefon: …").
_NOT_TOWNS = frozenset("""
tel tel. telefon telephone phone mobile mob cell fax email e-mail mail web tracking order invoice ref note notes
thanks thank please regards cheers best kind hi hello dear ok okay yes no the a an i my we our you your he she it
they this that these those there here and or but so then if when mr mrs ms miss dr prof sir attn attention gate
sorry see let can could would will just also call text send deposit monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight
""".split())

# Before a house number: the word that names it ("No. 12, 3rd Cross Street", "Plot 14, Admiralty Way");
# after a street: the number of its phase or sector ("Lekki Phase 1, Lagos", "Sector 62, Noida").
_NUMBER_WORD_BEFORE = re.compile(r"(?<![\w.])(?:No|Nr|Plot|Lot|House|Door|Shop|Stall)\.?[ \t]?#?$")
_NUMBERED_PART = re.compile(r"[ \t][0-9]{1,3}[A-Z]?(?![\w-])")
_NUMBERED_PARTS = ("Phase", "Sector", "Stage", "Block", "Zone", "Extension", "Layout")

_ZH_DIGIT = "0-9OolISB"  # digits and the letters a scanner reads for them (router/privacy/ocr_digits.py)
_ZH_NUMBER = rf"[{_ZH_DIGIT}](?:[{_ZH_DIGIT}]|[ \t](?=[{_ZH_DIGIT}])){{0,5}}"
_ZH_UNIT = r"(?:号楼|号|號|弄|栋|棟|幢|座|单元|單元|室|楼|樓|层|層|户|戶)"
_ZH_UNIT_ENDS = frozenset("号號弄栋棟幢座元室楼樓层層户戶")
# a building's name after its street number ("彌敦道612號好望角大廈", "中山路8号国贸中心")
_ZH_BUILDING = re.compile("[\u4e00-\u9fff]{1,6}?(?:大廈|大厦|大樓|大楼|中心|廣場|广场|花園|花园|商場|商场|公寓|苑|邨|閣|阁)")
_ZH_TAIL = re.compile(rf"(?:{_ZH_NUMBER}{_ZH_UNIT})*(?:{_ZH_NUMBER}(?![0-9A-Za-z]))?")
# Before a Chinese address: the place names a dictionary does not know ("寄到鳳山水源街57號",
# "地址北竿福安巷", "房屋坐落红霞市华龙区呼和浩特路"), taken back to the cue that ends where the
# address starts, and only to one: without a cue the characters before may be any words.
_ZH_CUE_ENDS = frozenset("址到去往落寄送住至\t\n:：")
_ZH_NOT_PLACE = frozenset("的了我你他她您们們是把给給请請就都也还還要想说說与與及或在从從为為改")
_ZH_PLACE_BACK = 10
_CJK = re.compile("[\u4e00-\u9fff]")


def _town_after(text: str, end: int) -> int:
    """The end of the town after a postcode ("…, 9784 BV Zuidschermer", "…, 10115 Berlin")."""
    m = _TOWN_SPACED.match(text, end)
    if m is None or m.group(1).split()[0].lower() in _NOT_TOWNS or text.startswith(":", m.end()):
        return end
    return m.end()


def _town_end(text: str, end: int) -> int:
    """The end of ", Town" at ``end``, or ``end`` when what follows the comma names no town."""
    m = _TOWN.match(text, end)
    if m is None or m.group(1).split()[0].lower() in _NOT_TOWNS or text.startswith(":", m.end()):
        return end
    return m.end()


def _locality_end(text: str, end: int) -> int:
    """Where the town, region, state and postcode after a street ending at ``end`` end."""
    compass = _COMPASS.match(text, end)
    if compass is not None:
        end = compass.end()
    saint = _SAINT.match(text, end) if text.endswith((", St", ", Ste"), 0, end) else None
    town = saint.end() if saint is not None else _town_end(text, end)
    if town == end:
        alone = _POSTCODE_ALONE.match(text, end)
        if alone is None:
            return end
        return _town_after(text, alone.end())
    state = _STATE_POSTCODE.match(text, town)  # a province and its postcode first: "QC H3G 1K4" is no town
    if state is not None and state.end() > town + 3:
        return state.end()
    end = _town_end(text, town)  # a region or a country after the town
    state = _STATE_POSTCODE.match(text, end)
    return end if state is None else state.end()


def _zh_number_end(text: str, end: int) -> int:
    """Where a Chinese house number, building, unit or room after ``end`` ends, read through the
    letters a scanner puts for digits; a bare number only after a unit ("2单元l920")."""
    m = _ZH_TAIL.match(text, end, end + 40)
    if m is None or m.end() == end or not any(ch.isdigit() for ch in m.group()):
        return end
    last = m.group().rstrip()
    new_end = end + len(last)
    if last[-1] not in _ZH_UNIT_ENDS:  # a bare number last: a room only after a unit ("2单元l920")
        bare = new_end
        while bare > end and text[bare - 1] not in _ZH_UNIT_ENDS:
            bare -= 1
        if text[bare - 1] not in _ZH_UNIT_ENDS:
            return bare
    return new_end


def _zh_place_start(text: str, start: int) -> int:
    """Where the place names before a Chinese address starting at ``start`` start."""
    at = start
    while at > 0 and start - at < _ZH_PLACE_BACK and "\u4e00" <= text[at - 1] <= "\u9fff" and \
            text[at - 1] not in _ZH_CUE_ENDS and text[at - 1] not in _ZH_NOT_PLACE:
        at -= 1
    return at if at < start and (at == 0 or text[at - 1] in _ZH_CUE_ENDS) else start


def extend_addresses(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` (resolved: no overlaps, in order) with each street address carried over the rest
    of its address, never into the next hit."""
    out: list[Hit] = []
    for i, (kind, start, end) in enumerate(hits):
        if kind == "street_address":
            limit = hits[i + 1][1] if i + 1 < len(hits) else len(text)
            floor = out[-1][2] if out else 0
            if _CJK.search(text, start, end) is not None:
                start = max(_zh_place_start(text, start), floor)
                end = _zh_number_end(text, end)
                building = _ZH_BUILDING.match(text, end) if text[end - 1:end] in _ZH_UNIT_ENDS else None
                end = min(_zh_number_end(text, building.end()) if building is not None else end, limit)
            else:
                before = _NUMBER_WORD_BEFORE.search(text, max(0, start - 8), start) if text[start].isdigit() else None
                start = max(before.start(), floor) if before is not None else start
                part = _NUMBERED_PART.match(text, end) if text.endswith(_NUMBERED_PARTS, start, end) else None
                end = min(_locality_end(text, part.end() if part is not None else end), limit)
        out.append((kind, start, end))
    return out
