"""Numbers that may follow a European street name, found in one pass over the text read backwards.

A German or Dutch street ends in a suffix right before its number ("Hauptstraße 5"), an Italian,
Spanish or French one has a street word among the words before it ("Via Elisa, 991"). Testing the
words before every number in Python costs about a microsecond a number; here the lowered text is
mapped to bytes (ASCII digits ``0``), reversed, and one byte pattern that starts with the literal
``0`` finds the numbers whose preceding word ends in a suffix, or whose seven words before that
one hold a word ending in a street word. That is a superset of the numbers the exact tests of
addresses_eu accept (a window cut mid-word leaves the tail of a word, which a word that ends in a
street word covers), so those tests then run on a handful of numbers instead of all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# What ``str.split()`` splits on within Latin-1 (a text with other spaces takes the slow path).
_SPACE = rb"[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0]"
_WORD = rb"[^\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0]"
_DIGITS = bytes.maketrans(b"0123456789", b"0000000000")


def _trie(words: list[bytes]) -> bytes:
    """An alternation of ``words`` as a trie (``ab|ac`` as ``a(?:b|c)``): the engine tries the
    branches of an alternation one by one, so a flat list of seventy words costs seventy tries at
    every word it is tested on. Any of the words may match, the longest not necessarily first:
    the pattern only asks whether one does."""
    if b"" in words:
        return b"(?:" + _trie([word for word in words if word]) + b")?" if len(words) > 1 else b""
    heads: dict[int, list[bytes]] = {}
    for word in words:
        heads.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(bytes([head])) + _trie(tails) for head, tails in sorted(heads.items())]
    return branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"


def _reversed(words: Iterable[str]) -> bytes:
    return _trie(sorted({word[::-1].encode("latin-1") for word in words}))


def anchor_pattern(suffixes: Iterable[str], street_words: Iterable[str]) -> re.Pattern[bytes]:
    """The backwards pattern: the first digit of a run of at most five (a run followed, in the
    reversed bytes, by a space, a comma or a comma and a space, then a small letter or a full
    stop), then, looked ahead at so that matches do not swallow the numbers before, a suffix
    right there or a street word starting one of the seven words after the word next to the
    number. Each word or spacing is taken whole (possessive) and at most 60 long: the window the
    exact test reads is 60 characters."""
    space, word = _SPACE + rb"{1,60}+", _WORD + rb"{1,60}+"
    suffixes, street_words = list(suffixes), list(street_words)
    forms = ([rb" (?:" + _reversed(suffixes) + rb")"] if suffixes else []) + (
        [_SPACE + rb"{0,60}+" + word + rb"(?:" + space + word + rb"){0,6}?" + space + rb"(?:"
         + _reversed(street_words) + rb")"] if street_words else [])
    # (with neither, a look-ahead that never succeeds: no number is near a street)
    return re.compile(rb"0(?<!000000)(?=(?: |,| ,)[a-z\xe0-\xff.])(?=" + (b"|".join(forms) or rb"(?!)") + rb")")


@lru_cache(maxsize=16)
def latin1_digits(low: str) -> bytes | None:
    """``low`` as Latin-1 bytes, ASCII digits ``0``; None when ``low`` holds a character outside
    Latin-1 (Chinese text: there the few numbers after a letter are cheaper tested one by one
    than the text converted)."""
    try:
        return low.encode("latin-1").translate(_DIGITS)
    except UnicodeEncodeError:
        return None


def backwards(low: str) -> bytes | None:
    """``latin1_digits(low)`` reversed."""
    forwards = latin1_digits(low)
    return None if forwards is None else forwards[::-1]


def near_street_words(pattern: re.Pattern[bytes], low: str) -> list[int] | None:
    """Offsets in ``low`` of the runs ``pattern`` finds on ``backwards(low)``, in text order, or
    None when ``low`` is not Latin-1."""
    reversed_low = backwards(low)
    if reversed_low is None:
        return None
    last = len(low) - 1
    return sorted(last - m.start() for m in pattern.finditer(reversed_low))


def french_pattern(street_words: Iterable[str]) -> re.Pattern[bytes]:
    """A French street number ("29, rue", "12 bis avenue") read forwards: the first digit of a
    run, looked ahead from, up to four digits, perhaps "bis" or "ter", perhaps a comma, spacing,
    a street word and a space (the regex of addresses_eu without its look-behind: it confirms)."""
    return re.compile(rb"0(?<!00)(?=0{0,3}(?:" + _SPACE + rb"?(?:bis|ter))?,?" + _SPACE + rb"+(?:"
                      + _trie(sorted({word.encode("latin-1") for word in street_words})) + rb")" + _SPACE + rb")")


def french_numbers(pattern: re.Pattern[bytes], low: str) -> list[int] | None:
    """Offsets in ``low`` where ``pattern`` matches ``latin1_digits(low)``, or None when ``low`` is
    not Latin-1."""
    forwards = latin1_digits(low)
    return None if forwards is None else [m.start() for m in pattern.finditer(forwards)]
