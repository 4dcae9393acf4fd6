"""Street addresses typed in small letters, as people type them in chat and dictation: "1019 e
maple way unit 1345, sacramento ca 95831", "flat 10, 70 lakeview road, norwich", "21/222 miller
ave fitzroy vic 3065", "1777 stewart dr #12, calgary ab t2l 6z8". The capitalised forms are
addresses.py's; here a house number, one to three words and a street type are the anchor (the
words may not be small words of a sentence: "3 blocks down the road" is no address), then a flat
or unit, and the town, region and postcode when a postcode closes them."""

from __future__ import annotations

import re

from duet.router.privacy.patterns import Hit
from duet.router.privacy.scan import skeleton

_TYPES = (r"street|st|road|rd|avenue|ave|way|drive|dr|lane|ln|court|ct|place|pl|terrace|ter|crescent|cres|"
          r"boulevard|blvd|mews|close|grove|parade|pde|highway|hwy|circle|cir|square|sq|gardens|"
          r"rise|view|cct|circuit|trail|trl|walk|row")
# Street types that are everyday words too ("a great view"): taken only before a town and postcode.
_TAIL_ONLY = frozenset(("rise", "view", "trail", "walk", "row"))
_SMALL = frozenset("the a an to of and or but nor in on at my your our his her their this that down up along across by for from "
                   "with into onto over past more less than few many some all each every".split()) | frozenset(
    # a length before the street type: "a 40 minute drive", "a 5 mile walk"
    "minute minutes min mins hour hours hr hrs mile miles km second seconds day days week weeks month months year years "
    "block blocks".split())
_WORD = r"[a-z][a-z'’-]+"
_STREET = re.compile(
    rf"[0-9]{{1,5}}[a-z]?(?:/[0-9]{{1,5}})? (?:[nsew] )?"
    rf"((?:{_WORD} ){{1,3}})(?:{_TYPES})(?![a-z])"
    rf"(?: (?:#|unit |apt |suite |flat )?[0-9]{{1,5}}[a-z]?(?![\w]))?")
_FLAT_BEFORE = re.compile(r"(?:flat|apt|unit|suite) [0-9]+[a-z]?,? $")
# The town (and region) before a postcode: US and Australian digits, Canadian "t2l 6z8", British "ba14 5lp".
_PLACE_TAIL = re.compile(r"(?:,? (?:[a-z][a-z'’-]+ ?){1,3}){1,3},? (?:[0-9]{4,5}|[a-z][0-9][a-z] ?[0-9][a-z][0-9]|"
                         r"[a-z]{1,2}[0-9][0-9a-z]? ?[0-9][a-z]{2})(?![\w])")
_TOWN_TAIL = re.compile(r", (?:[a-z][a-z'’-]+ ?){1,2}(?=$|[.!?\n]| around| at| on| by| from| and| until)")


def _number_starts(text: str) -> list[int]:
    """Where a house number followed by a small-letter word may start: each "0 a" of the shared
    skeleton (a digit, a space, a small letter), walked back over the number's digits."""
    sk = skeleton(text)
    starts = []
    at = sk.find(b"0 a")
    while at >= 0:
        start = at
        while start > 0 and sk[start - 1] in b"0/":
            start -= 1
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "/#-_"):
            starts.append(start)
        at = sk.find(b"0 a", at + 1)
    return starts


# A numbered street in small letters: "3980 13th ave", "4500 w 3rd ave, tucson az 85762",
# "4738 e 50th st apt 7d, columbus oh 43211".
_ORDINAL_STREET = re.compile(r"(?<![\w/#-])[0-9]{2,5} (?:[nsew] )?[0-9]{1,3}(?:st|nd|rd|th) (?:ave|avenue|st|street|rd|road|blvd|"
                             r"dr|drive|ln|lane|ter|terrace|pkwy|parkway)(?![a-z])"
                             r"(?: (?:apt|unit|suite|#) ?[0-9]{1,5}[a-z]?)?")


_YEAR_BEFORE = re.compile(r"(?:in|since|from|of|by|until) (?:19|20)[0-9]{2} $", re.I)


def _ordinal_streets(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _ORDINAL_STREET.finditer(text) if b"0aa a" in skeleton(text) or b"0aa aa" in skeleton(text) else ():
        if _YEAR_BEFORE.search(text, max(0, m.start() - 8), m.start() + 5):
            continue  # "in 2024 2nd street fair": a year
        tail = _PLACE_TAIL.match(text, m.end())
        hits.append(("street_address", m.start(), tail.end() if tail else m.end()))
    return hits


def find_lowercase_addresses(text: str) -> list[Hit]:
    hits = _ordinal_streets(text)
    for start in _number_starts(text):
        m = _STREET.match(text, start)
        if m is None or not _SMALL.isdisjoint(m.group(1).split()):
            continue
        flat = _FLAT_BEFORE.search(text, max(0, m.start() - 16), m.start())
        end = m.end()
        tail = _PLACE_TAIL.match(text, end) or _TOWN_TAIL.match(text, end)
        if tail is None and m.group(0).split()[-1] in _TAIL_ONLY:
            continue
        hits.append(("street_address", flat.start() if flat else m.start(), tail.end() if tail else end))
    return hits
