"""The table rules skip cells longer than any header could be (a clause of prose between commas):
the bounds they use must hold for every header pattern, or a header would be missed."""

from __future__ import annotations

import warnings

from duet.router.privacy import phones, tables
from duet.router.privacy.detector import detect_pii

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_parse  # the regex parser's width analysis; deprecated as a module, still shipped


def _widest(pattern: str, flags: int) -> int:
    return int(sre_parse.parse(pattern, flags).getwidth()[1])


def test_no_column_header_is_longer_than_the_bound() -> None:
    widths = [_widest(header.pattern, header.flags) for _, header, _ in tables._HEADERS]
    assert max(widths) <= tables.HEADER_CHARS
    assert _widest(phones._HEADER.pattern, phones._HEADER.flags) <= phones.HEADER_CHARS


def test_prose_lines_with_commas_still_leave_a_real_table_found() -> None:
    prose = "We met, talked for an hour, and agreed on the plan, which is good.\n" * 20
    text = prose + "name,phone,passport_no\nAna Ruiz,(415) 555-0142,E12345678\n"
    found = {(s.type, s.value) for s in detect_pii(text)}
    assert ("passport", "E12345678") in found and ("phone", "(415) 555-0142") in found
