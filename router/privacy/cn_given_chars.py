"""How often each character stands in the given names of real people in mainland China: the
table the ``ngender`` package ships (``charfreq.csv``: some 32 million given-name characters over
9,442 characters, MIT licence). It tells a name from a phrase that merely opens with a surname:
客, 厅, 脸 and 不 are common words and nearly never given names ("连客厅", "黄脸婆", "戴不稳"),
while 翔, 磊 and 雯 are rare words and common given names.

The file is read directly (the package's own module loads a gender model at import)."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path


def _table_path() -> Path:
    spec = importlib.util.find_spec("ngender")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("ngender is a dependency of duet's PII detector (pip install ngender)")
    return Path(next(iter(spec.submodule_search_locations))) / "charfreq.csv"


def given_char_counts() -> dict[str, int]:
    """Character -> how many given names (male and female) hold it."""
    with _table_path().open(encoding="utf-8", newline="") as f:
        return {row["char"]: int(row["male"]) + int(row["female"]) for row in csv.DictReader(f)}
