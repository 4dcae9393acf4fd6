"""Text normalisation for PII detection, with a map back to the original offsets.

People (and copy-paste) write the same number in many code points: full-width digits
(``１３９…``), ideographic spaces, non-breaking spaces, Unicode dashes, and invisible format
characters (zero-width space, joiners, soft hyphen, bidi marks) inside a value. Detection runs on
an NFKC-folded copy with the invisible characters dropped; :meth:`Normalized.span` maps every
detected range back to the original text, so redaction replaces exactly the original characters
(including invisible ones inside the value).

Most text costs almost nothing: pure ASCII returns at once, and characters that fold one-to-one
(full-width forms, odd spaces) are replaced with ``str.replace`` without touching offsets. Only
characters that vanish or expand (``㎏`` → ``kg``) need the per-character offset map.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

# Dashes people type between digit groups; NFKC keeps most of them as they are.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
# Invisible characters outside category Cf (default-ignorable code points): variation selectors,
# the combining grapheme joiner, the Hangul fillers, Khmer inherent vowels, Mongolian selectors.
_ALSO_INVISIBLE = frozenset(chr(c) for c in (
    *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0), 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0,
    0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D, 0x180F))
# Blocks whose characters are classified once at import (a few thousand code points, ~2 ms);
# anything outside them and outside the big ideograph / Hangul blocks is folded when first seen.
_SCANNED = ((0x80, 0x800), (0x2000, 0x2070), (0x2100, 0x2190), (0x2460, 0x2500), (0x3000, 0x3100),
            (0xFF00, 0xFFF0))
_STABLE_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7A3))


@lru_cache(maxsize=4096)
def fold(char: str) -> str:
    """What detection sees for one original character: its NFKC form, ``""`` for invisible
    characters and combining marks (``1\u0301``), ``"-"`` for any dash, the ASCII digit for a decimal digit of any script
    (Arabic-Indic ``١٣٩``, Devanagari ``१३९``: NFKC keeps them as they are)."""
    if char in _DASHES:
        return "-"
    if char in _ALSO_INVISIBLE or unicodedata.category(char) in ("Cf", "Mn", "Me"):
        return ""  # format characters, and combining marks that no precomposed letter absorbed
    digit = unicodedata.decimal(char, None)
    if digit is not None:
        return str(digit)
    folded = unicodedata.normalize("NFKC", char)
    return "-" if folded in _DASHES else folded


def _char_class(codes: list[int]) -> str:
    """A regex character-class body for sorted code points, as ranges."""
    parts: list[str] = []
    start = prev = codes[0]
    for code in codes[1:] + [-1]:
        if code == prev + 1:
            prev = code
            continue
        parts.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
        start = prev = code
    return "".join(parts)


def _classify() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    one_to_one: dict[str, str] = {}
    stable = list(range(0x80))
    for low, high in _SCANNED:
        for code in range(low, high):
            char = chr(code)
            folded = fold(char)
            if folded == char:
                stable.append(code)
            elif len(folded) == 1:
                one_to_one[char] = folded
    blocks = "".join(f"{chr(low)}-{chr(high)}" for low, high in _STABLE_BLOCKS)
    unusual = re.compile(f"[^{_char_class(stable)}{blocks}]")
    special = re.compile(f"[^{_char_class(sorted(stable + [ord(c) for c in one_to_one]))}{blocks}]")
    return one_to_one, unusual, special


_ONE_TO_ONE, _UNUSUAL, _SPECIAL = _classify()


@dataclass(frozen=True)
class Normalized:
    """The folded text and, when lengths changed, pieces that map it back: piece ``k`` starts at
    folded offset ``starts[k]`` and original offset ``origins[k]``; a run piece maps character by
    character, an expansion piece (one original character → several) maps every character to it."""

    text: str
    starts: tuple[int, ...] = ()
    origins: tuple[int, ...] = ()
    runs: tuple[bool, ...] = ()

    def original(self, index: int) -> int:
        """Original offset of the character at folded offset ``index``."""
        if not self.starts:
            return index
        k = bisect_right(self.starts, index) - 1
        return self.origins[k] + (index - self.starts[k] if self.runs[k] else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the folded range ``[start, end)`` (``end > start``)."""
        return self.original(start), self.original(end - 1) + 1


def _fold_one_to_one(text: str) -> tuple[str, bool]:
    """Replace every one-to-one folding character, one ``str.replace`` per distinct character;
    and whether a character that vanishes or expands was seen (what ``_SPECIAL`` finds: the
    replacements are all stable characters, so the same scan answers it)."""
    special = False
    m = _UNUSUAL.search(text)
    while m:
        char = m.group()
        if char in _ONE_TO_ONE:
            text = text.replace(char, _ONE_TO_ONE[char])
            m = _UNUSUAL.search(text, m.start())
        else:
            special = True
            m = _UNUSUAL.search(text, m.end())
    return text, special


# A number spoken or typed in Chinese numerals ("电话一三九一二三四五六七八", 幺 for 1): a run of
# seven or more within 40 characters of a word that names a phone or a number is read as digits
# (one character each, so offsets hold). Shorter runs and runs far from such a word are prose.
# A run may mix numerals with digits and be grouped by single spaces or dashes ("幺三九 五九五三
# 零八九二", "138 2840 六八三八"): only its numerals are replaced.
_CN_DIGITS = str.maketrans("〇零一二三四五六七八九幺洞", "0012345678910")
_NUMERAL = "〇零一二三四五六七八九幺洞0-9０-９"
_CN_DIGIT_RUN = re.compile(f"[{_NUMERAL}](?:[ \u00a0\u3000\\-·]?[{_NUMERAL}]){{6,}}")
_CN_NUMERALS = re.compile("[〇零一二三四五六七八九幺洞]")
_ASCII_DIGIT = re.compile("[0-9０-９]")
_CN_NUMBER_WORDS = ("电话", "手机", "号码", "号是", "微信", "联系", "打给", "電話", "手機", "號碼", "到了打", "打我", "拨打",
                    "撥打", "回电", "回電")
_CN_REACH = 40


def _chinese_numerals(text: str) -> str:
    runs: dict[int, int] = {}
    for word in _CN_NUMBER_WORDS:
        if word[0] not in text or word[1] not in text:  # one-character tests are a memchr each
            continue
        at = text.find(word)
        while at >= 0:
            for m in _CN_DIGIT_RUN.finditer(text, max(0, at - _CN_REACH), at + len(word) + _CN_REACH):
                end = m.end()
                if _ASCII_DIGIT.search(m.group()) and end < len(text) and "\u4e00" <= text[end] <= "\u9fff":
                    while end > m.start() and _CN_NUMERALS.match(text, end - 1):
                        end -= 1  # "1763851 9535四川大学": 四 opens the next word
                if _CN_NUMERALS.search(text, m.start(), end):
                    runs[m.start()] = end
            at = text.find(word, at + len(word))
    if not runs:
        return text
    pieces, last = [], 0
    for start, end in sorted(runs.items()):
        if start >= last:
            pieces += [text[last:start], text[start:end].translate(_CN_DIGITS)]
            last = end
    return "".join(pieces) + text[last:]


# A middle dot between digits groups a number ("135·7101·8837", "+86·188-…"): read as a point (one
# character for one, so offsets hold). Between letters it joins a name's parts and stays.
_DIGIT_DOT = re.compile(r"(?<=[0-9０-９])[·・•](?=[0-9０-９])")


def _digit_dots(text: str) -> str:
    return _DIGIT_DOT.sub(".", text) if "·" in text or "・" in text or "•" in text else text


def normalize(text: str) -> Normalized:
    """Fold ``text`` for detection (see the module docstring)."""
    if text.isascii():
        return Normalized(text)
    text, special = _fold_one_to_one(_chinese_numerals(_digit_dots(text)))
    if not special:
        return Normalized(text)
    out: list[str] = []
    starts, origins, runs = [0], [0], [True]
    size = last = 0  # folded length so far; original offset copied up to

    def piece(start: int, origin: int, run: bool) -> None:
        if starts[-1] == start:  # an empty piece before this one: replace it
            del starts[-1], origins[-1], runs[-1]
        starts.append(start)
        origins.append(origin)
        runs.append(run)

    for m in _SPECIAL.finditer(text):
        j = m.start()
        folded = fold(m.group())
        out.append(text[last:j])
        out.append(folded)
        size += j - last + len(folded)
        last = j + 1
        if len(folded) != 1:
            if folded:
                piece(size - len(folded), j, False)
            piece(size, j + 1, True)
    out.append(text[last:])
    return Normalized("".join(out), tuple(starts), tuple(origins), tuple(runs))


def unaccented(word: str) -> str:
    """``word`` without its accents ("amália" -> "amalia", "éva" -> "eva"): the name lists are
    written without them."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
