"""The lines of a text that hold one of some spans: the rows the row readers (row_dates.py,
row_cells.py, passport_rows.py) look in. Found from the spans (a bisect per span over the line
starts), not by testing every span against every line."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

_SPACED_CJK_ROW = re.compile(r"[\u4e00-\u9fff·]{2,8}(?: [^ \n]{2,24}){2,6}")


def spaced_cjk_row(line: str) -> bool:
    """A Chinese list's row, its cells one space apart: "张波 G96518925 1957年2月12日"."""
    return len(line) <= 120 and _SPACED_CJK_ROW.fullmatch(line.strip()) is not None


def rows_with(text: str, spans: Iterable[tuple[int, int]], longest: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` that wholly holds one of ``spans``, in order;
    ``longest``: leave out lines longer than this (0: no limit)."""
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    rows: set[tuple[int, int]] = set()
    for s, e in spans:
        i = bisect_right(starts, s) - 1
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(text)
        if e <= end and (not longest or end - starts[i] <= longest):
            rows.add((starts[i], end))
    return sorted(rows)
