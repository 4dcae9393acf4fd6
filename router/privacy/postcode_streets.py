"""British addresses whose street has no street word, found from their postcode: "18 Canal Side,
Ellesmere Port CH65 4EW", "7 The Maltings, Leek ST13 5AX". A house number, one to four
capitalised words, a comma, the town and a full postcode on one line: the postcode says it is an
address whatever the street is called (addresses.py reads streets by their last word: Road,
Lane…). The postcode's inward part ("4EW") is looked for on the skeleton (router/privacy/scan.py),
with a pattern that starts with a literal."""

from __future__ import annotations

import re

from duet.router.privacy.scan import Hit, skeleton

_INWARD = re.compile(rb" 0AA(?![A0a])")  # on the skeleton: a space, a digit and two capitals
_OUTWARD = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,2}[0-9][A-Z0-9]?$")
# ... ending right before the postcode's outward part: number, street, comma, town
_STREET_TOWN = re.compile(r"(?<![\w.,/-])[0-9]{1,4}[A-Za-z]?,?[ \t]+(?:[A-Z][A-Za-z'’]+[ \t]){0,3}[A-Z][A-Za-z'’]+,[ \t]*"
                          r"[A-Z][A-Za-z'’-]+(?:[ \t][A-Z][A-Za-z'’-]+){0,2},?[ \t]+$")
_REACH = 90


def find_postcode_streets(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _INWARD.finditer(skeleton(text)):
        outward = _OUTWARD.search(text, max(0, m.start() - 4), m.start())
        if outward is None:
            continue
        line_start = text.rfind("\n", 0, outward.start()) + 1
        street = _STREET_TOWN.search(text, max(line_start, outward.start() - _REACH), outward.start())
        if street is not None:
            hits.append(("street_address", street.start(), m.end()))
    return hits
