"""Writing a generated training file: one JSON object per line, UTF-8, next to the scripts."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

HERE = Path(__file__).resolve().parent


def write_rows(name: str, items: Iterable[Mapping[str, object]]) -> int:
    """Write ``items`` to ``data/router/<name>`` and return how many were written."""
    count = 0
    with (HERE / name).open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
            count += 1
    return count
