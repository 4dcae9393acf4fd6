"""find_column_names looks for header lines with str.find over the whole lowered text
(name_columns._lines_with): the lines it reads must be those that hold a header word, and the
names found those of the line-by-line test it replaced, on random multi-line texts."""

from __future__ import annotations

import random

from duet.router.privacy import name_columns
from duet.router.privacy.name_columns import find_column_names

PIECES = ("name", "Name", "NAME", "姓名", "owner", "customer", ",", ";", "\t", "|", "\n", "\n", "Ana Ruiz", "胡桂兰",
          "plate", "iban", " ", "x", "12", "İ", "Σ", "---", "Platform Team", "Cruz Solana", "名字")


def _old_lines(text: str, words: list[str]) -> list[int]:
    return [i for i, line in enumerate(text.split("\n")) if any(word in line.lower() for word in words)]


def test_header_lines_are_found_as_line_by_line() -> None:
    rng = random.Random(51)
    with_lines = names = 0
    for _ in range(4000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 40)))
        lines = text.split("\n")
        offsets = [sum(len(line) + 1 for line in lines[:i]) for i in range(len(lines))]
        words = [w for w in name_columns._FIELD_WORDS if w in text.lower()]
        low = text.lower()
        found = name_columns._lines_with(low, words, lines, offsets)
        assert found == _old_lines(text, words), text
        with_lines += bool(found)
        names += len(find_column_names(text))
    assert with_lines > 1000 and names > 5


def test_a_table_after_prose_lines_gives_its_names() -> None:
    text = "Notes for the name badges.\nWe print them on Friday.\nname,team\nAna Ruiz,Sales\nCruz Solana,Ops\n\nThanks"
    assert [text[s:e] for _, s, e in find_column_names(text)] == ["Ana Ruiz", "Cruz Solana"]
