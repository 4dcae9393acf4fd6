"""Street addresses typed in small letters, as people type them in chat and dictation: "1019 e
maple way unit 1345, sacramento ca 95831", "flat 10, 70 lakeview road, norwich", "21/222 miller
ave fitzroy vic 3065", "1777 stewart dr #12, calgary ab t2l 6z8". The capitalised forms are
addresses.py's; here a house number, one to three words and a street type are the anchor (the
words may not be small words of a sentence: "3 blocks down the road" is no address), then a flat
or unit, and the town, region and postcode when a postcode closes them."""

from __future__ import annotations

import re

from duet.router.privacy.patterns import Hit

_TYPES = (r"street|st|road|rd|avenue|ave|way|drive|dr|lane|ln|court|ct|place|pl|terrace|ter|crescent|cres|"
          r"boulevard|blvd|mews|close|grove|parade|pde|highway|hwy|circle|cir|square|sq|gardens")
_SMALL = frozenset("the a an to of and or but nor in on at my your our his her their this that down up along across by for from "
                   "with into onto over past more less than few many some all each every".split())
_WORD = r"[a-z][a-z'’-]+"
_STREET = re.compile(
    rf"(?<![\w/#-])(?:(?:flat|apt|unit|suite) [0-9]+[a-z]?,? )?[0-9]{{1,5}}[a-z]?(?:/[0-9]{{1,5}})? (?:[nsew] )?"
    rf"((?:{_WORD} ){{1,3}})(?:{_TYPES})(?![a-z])"
    rf"(?: (?:#|unit |apt |suite |flat )?[0-9]{{1,5}}[a-z]?(?![\w]))?")
# The town (and region) before a postcode: US and Australian digits, Canadian "t2l 6z8", British "ba14 5lp".
_PLACE_TAIL = re.compile(r"(?:,? (?:[a-z][a-z'’-]+ ?){1,3}){1,3},? (?:[0-9]{4,5}|[a-z][0-9][a-z] ?[0-9][a-z][0-9]|"
                         r"[a-z]{1,2}[0-9][0-9a-z]? ?[0-9][a-z]{2})(?![\w])")
_TOWN_TAIL = re.compile(r", (?:[a-z][a-z'’-]+ ?){1,2}(?=$|[.!?\n]| around| at| on| by| from| and| until)")
_GATE = re.compile(r"[0-9] [a-z]")


def find_lowercase_addresses(text: str) -> list[Hit]:
    if _GATE.search(text) is None:
        return []
    hits: list[Hit] = []
    for m in _STREET.finditer(text):
        if not _SMALL.isdisjoint(m.group(1).split()):
            continue
        end = m.end()
        tail = _PLACE_TAIL.match(text, end) or _TOWN_TAIL.match(text, end)
        hits.append(("street_address", m.start(), tail.end() if tail else end))
    return hits
