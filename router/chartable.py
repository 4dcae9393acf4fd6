"""Where words or classes of characters occur in a text, found in one pass over it.

A regular expression that starts with a class of characters (or an alternation of many words)
is tried at every position: 15-25 ns a character, 40-110 µs on 4,000 Chinese characters, for
each such expression. Trying it only where its first character occurs is no cheaper when that
character is common (的, 发, 联 are everywhere). Here every character is classified once, in a
dozen numpy operations on the whole text (tens of microseconds for 4,000 characters):

- a character's code point indexes a table of class bits (:meth:`CharTable.add`);
- the pair it forms with the next character indexes a second table (hashed), where the first
  two characters of each word of a list set that list's bit (:meth:`CharTable.add_words`); a
  hash collision adds an offset, never removes one;
- a class may ask for a class of the next character (:meth:`CharTable.add_followed`).

:meth:`CharTable.scan` gives the offsets where any class fires, with their bits: a superset of
where each word starts, where the caller confirms it. Users: the rules of Chinese names
(:mod:`router.privacy.cn_patterns`) and the Chinese lexicon groups of :mod:`router.features`;
tests/router/test_chartable.py checks that they find what the plain expressions find.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

Bits = npt.NDArray[np.uint16]

_CODES = 0x110000  # every code point (surrogates too: texts are encoded with "surrogatepass")
_PAIRS = 0xFFFF  # the pair hash keeps 16 bits
_MIX = np.uint32(0x9E3779B1)  # odd: the pair hash (first * _MIX) ^ second is one-to-one in each character
_CLASSES = 8  # bits 0-7 are the classes; bits 8-15 of the character table the conditions on the next character


class CharTable:
    """Up to eight classes, one bit each: sets of characters (each optionally followed by a
    character of another set), or lists of words (a word may start where the bit is set)."""

    def __init__(self) -> None:
        self._single: Bits = np.zeros(_CODES, dtype=np.uint16)
        self._pairs = np.zeros(_PAIRS + 1, dtype=np.uint8)  # class bits only: 64 KB, looked up at random
        self._next = 1
        self._unconditional = (1 << _CLASSES) - 1  # the classes that ask nothing of the next character

    def _bit(self) -> int:
        if self._next >= 1 << _CLASSES:
            raise ValueError(f"a CharTable holds {_CLASSES} classes")
        bit, self._next = self._next, self._next << 1
        return bit

    def add(self, chars: str) -> int:
        """A new class holding the characters ``chars``; its bit."""
        bit = self._bit()
        for char in chars:
            self._single[_code(char)] |= bit
        return bit

    def add_followed(self, chars: str, following: Iterable[str]) -> int:
        """A new class holding the characters ``chars`` when the next character is in
        ``following`` (characters, or ranges written ``"a-z"``); its bit."""
        bit = self.add(chars)
        self._unconditional ^= bit
        condition = bit << _CLASSES
        for item in following:
            if len(item) == 3 and item[1] == "-":
                self._single[_code(item[0]):_code(item[2]) + 1] |= condition
            else:
                for char in item:
                    self._single[_code(char)] |= condition
        return bit

    def add_words(self, words: Iterable[str]) -> int:
        """A new class set where one of ``words`` may start: at their first character for words of
        one character, at the hash of their first two characters for the others; its bit."""
        bit = self._bit()
        for word in words:
            if not word:
                raise ValueError("an empty word")
            if len(word) == 1:
                self._single[_code(word)] |= bit
            else:
                self._pairs[_pair_hash(_code(word[0]), _code(word[1]))] |= bit
        return bit

    def scan(self, text: str) -> tuple[list[int], list[int]]:
        """(offsets of ``text`` where a class fires, in order; the class bits at each)."""
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass") + b"\0\0\0\0", dtype=np.uint32)
        # ``take`` rather than ``table[codes]``: half the time (no conversion of the index array)
        single = self._single.take(codes)  # one entry more than the text: the next character of the last
        bits = single[:-1] & ((single[1:] >> _CLASSES) | self._unconditional)
        if codes.size > 2:
            bits[:-1] |= self._pairs.take(((codes[:-2] * _MIX) ^ codes[1:-1]) & _PAIRS)
        at = (bits != 0).nonzero()[0]  # nonzero() of a boolean array: several times faster
        return at.tolist(), bits[at].tolist()

def _code(char: str) -> int:
    if len(char) != 1:
        raise ValueError(f"{char!r}: not one character")
    return ord(char)


def _pair_hash(first: int, second: int) -> int:
    return ((first * int(_MIX)) ^ second) & _PAIRS
