"""VINs written in their three parts, a space or a dash apart: the maker (3 characters), the
vehicle's description (6) and its serial (8) — "1FM 97ZB67 FD667280", "LBV-JRVGF5-4R483470".
Taken when the check digit holds, or when a vehicle word stands near (typed VINs often carry a
wrong check digit)."""

from __future__ import annotations

import re

from duet.router.privacy import checks
from duet.router.privacy.patterns import Hit
from duet.router.privacy.scan import digit_runs

_GROUPED = re.compile(r"(?<![A-Za-z0-9-])[A-HJ-NPR-Z0-9]{3}([ -])[A-HJ-NPR-Z0-9]{6}\1[A-HJ-NPR-Z0-9]{8}(?![A-Za-z0-9-])")
_VEHICLE = re.compile(r"(?<![a-z])(?:vin|car|truck|van|vehicle|trade[- ]in|chassis|frame)(?![a-z])|车架|车辆|車架|汽车", re.I)


def _candidates(text: str) -> list[re.Match[str]]:
    """A grouped VIN is 19 characters that end in a serial's digits: tried only where a run of
    four digits or more ends (the shared digit runs), not at every offset."""
    found = []
    for start, end in digit_runs(text):
        if end - start >= 4 and end >= 19 and text[end - 9] in " -":
            m = _GROUPED.match(text, end - 19)
            if m is not None and m.end() == end:
                found.append(m)
    return found


def find_grouped_vins(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _candidates(text):
        compact = m.group(0).replace(" ", "").replace("-", "")
        letters = sum(c.isalpha() for c in compact)
        if not 3 <= letters <= 14 or not compact[-4:].isdigit():
            continue  # (a serial ends in digits)
        if checks.vin_check_digit_ok(compact) or _VEHICLE.search(text, max(0, m.start() - 40), m.start()):
            hits.append(("vin", m.start(), m.end()))
    return hits
