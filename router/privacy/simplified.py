"""Traditional Chinese characters read as Simplified ones, one character for one.

jieba's dictionary, its person and place words and the word frequencies the Chinese name rules
ask are Simplified: a Traditional word is a word jieba does not know, and a surname starting such
a word looks like a name (`謝謝`, `黃金`, `許多人`, `王國`, `葉子`). Reading a text through OpenCC's
Traditional-to-Simplified character table first (its first candidate for each character) fixes
that without moving a single offset, so spans found in the Simplified view hold in the text.
The table is applied to the text's code points with numpy (``str.translate`` with a dict costs
some 350 µs on 4,000 Chinese characters; one gather over the code points, some 10 µs, and a
text with nothing Traditional in it is not decoded again).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import numpy as np
import numpy.typing as npt

_CODES = 0x110000  # a table of every code point (4.4 MB): one gather, no bounds to check
_SHORT = 64  # shorter texts (a name, a word) are translated with str.translate


@lru_cache(maxsize=1)
def _table() -> npt.NDArray[np.uint32]:
    """Every code point to itself, but the Traditional characters to their Simplified forms."""
    table = np.arange(_CODES, dtype=np.uint32)
    text = files("opencc").joinpath("dictionary/TSCharacters.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0] if targets else ""
        if len(source) == 1 and len(target) == 1:
            table[ord(source)] = ord(target)
    return table


@lru_cache(maxsize=1)
def _pairs() -> dict[int, int]:
    table = _table()
    changed = (table != np.arange(_CODES, dtype=np.uint32)).nonzero()[0]
    return {int(code): int(table[code]) for code in changed}


def simplified(text: str) -> str:
    """``text`` with each Traditional character replaced by its Simplified form (same length)."""
    if text.isascii():
        return text
    if len(text) < _SHORT:  # a name or a word: numpy's fixed cost is larger than the translation
        return text.translate(_pairs())
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    mapped = _table().take(codes)
    if np.array_equal(mapped, codes):
        return text  # nothing Traditional: no decoding
    return mapped.astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")


def load_table() -> None:
    """Build the character table now (some 20 ms), with the rest of the Chinese word data."""
    _pairs()
