"""Which of many short words occur in a long English text, found in one pass for every detector.

Detectors test keywords with ``word in text`` before running a keyword regex (a gate: most texts
hold none of them). Each such test reads the whole text, about 2.5 µs on 4,000 characters, and a
decision ran some sixty of them. Here the ASCII words of every gate passed to :func:`occurring`
are put in one Aho-Corasick automaton (pyahocorasick, C), which reads a text once and reports
every occurrence of every word, overlapping ones included: the words found are exactly those
``word in text`` accepts. The pass is made once per text (cached like the skeleton of scan.py).

A text with characters outside ASCII (Chinese) is not read by the automaton itself, which would
cost more there (85 µs on 4,000 Chinese characters), but its ASCII characters are, in order (the
view: a run of ASCII characters of the text stays whole there, so a word absent from the view is
absent from the text); an ASCII word found in the view is then confirmed with ``in`` on the
text. A word that starts with ASCII letters ("hasło") looks for those in the view first. The
words that start with other characters (出生, 护照, 车牌: some 140 a decision) are looked for all
at once, once per text: the text's pairs of characters sorted with numpy, every word's first pair
searched among them, and only the words whose pair occurs confirmed with ``in`` (a scan of each
word's own cost about 1 µs each, 13 % of a decision on 4,000 Chinese characters).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import ahocorasick  # pyahocorasick ships no type information: ignore_missing_imports in pyproject.toml

import numpy as np
import numpy.typing as npt

from duet.router.privacy.finders import ascii_view


@dataclass(frozen=True, eq=False)
class _Registry:
    """Every word registered so far, replaced as a whole when a new one comes: the ASCII words and
    their automaton (None when there are none); the words of two characters or more that start
    outside ASCII, with the code points of their first two characters as one sorted-searchable
    number each (``(first << 32) | second``); the others (one character)."""

    ascii_words: frozenset[str] = frozenset()
    automaton: Any = None
    other_words: tuple[str, ...] = ()
    other_codes: npt.NDArray[np.uint64] = field(default_factory=lambda: np.zeros(0, dtype=np.uint64))
    single: tuple[str, ...] = ()


_STATE: list[_Registry] = [_Registry()]
_SEEN: set[tuple[str, ...]] = set()
_LOCK = threading.Lock()


def _register(words: tuple[str, ...]) -> None:
    with _LOCK:
        old = _STATE[0]
        known = old.ascii_words | set(old.other_words) | set(old.single)
        new = known | {word for word in words if word and (word.isascii() or not word[0].isascii())}
        if new != known:
            ascii_words = frozenset(word for word in new if word.isascii())
            automaton = None
            if ascii_words:
                automaton = ahocorasick.Automaton()
                for word in sorted(ascii_words):
                    automaton.add_word(word, word)
                automaton.make_automaton()
            other = tuple(sorted(word for word in new if not word.isascii() and len(word) >= 2))
            codes = np.array([(ord(word[0]) << 32) | ord(word[1]) for word in other], dtype=np.uint64)
            single = tuple(sorted(word for word in new if not word.isascii() and len(word) == 1))
            _STATE[0] = _Registry(ascii_words, automaton, other, codes, single)
        _SEEN.add(words)


@lru_cache(maxsize=256)
def _mixed(words: tuple[str, ...]) -> dict[str, str]:
    """The ``words`` that start with ASCII and go on outside it ("hasło"), each with its ASCII head."""
    heads = {}
    for word in words:
        end = 0
        while end < len(word) and word[end].isascii():
            end += 1
        if 0 < end < len(word):
            heads[word] = word[:end]
    return heads


def _occurring_outside_ascii(text: str, words: tuple[str, ...]) -> list[str]:
    """``[word for word in words if word in text]`` for a text outside ASCII, from the registered
    words found in it once (:func:`_found_outside_ascii`); a word that starts with ASCII and goes on
    outside it ("hasło") needs its head in the text's ASCII characters (the view), then ``in``."""
    found = _found_outside_ascii(text, _STATE[0])
    mixed = _mixed(words)
    if not mixed:
        return [word for word in words if not word or word in found]
    view = ascii_view(text)
    return [word for word in words if not word or word in found or
            (word in mixed and mixed[word] in view and word in text)]


@lru_cache(maxsize=16)
def _found_outside_ascii(text: str, state: _Registry) -> frozenset[str]:
    """The registered words that occur in a text outside ASCII. Its ASCII characters, in order,
    make a far shorter string (the view): a run of ASCII characters of the text stays whole there,
    so an ASCII word absent from the view is absent from the text. The ASCII words present in the
    view come from the automaton's pass over it (``in`` costs about 1.2 ns a character: 1 µs a word
    on the 800 ASCII characters of the Chinese bench prompt, and a decision asks for some thousand
    words); those found are then looked for in the text itself. The words that start outside ASCII
    come from :func:`_present_outside_ascii`."""
    in_view = _present(ascii_view(text), state)
    return frozenset(word for word in in_view if word in text) | _present_outside_ascii(text, state)


@lru_cache(maxsize=16)
def _present(text: str, state: _Registry) -> frozenset[str]:
    automaton = state.automaton
    return frozenset() if automaton is None else frozenset(word for _, word in automaton.iter(text))


@lru_cache(maxsize=16)
def _present_outside_ascii(text: str, state: _Registry) -> frozenset[str]:
    """The registered words that start outside ASCII and occur in ``text``. A decision asks for
    some 140 of them (出生, 护照, 车牌…), and ``in`` or a scan from their first character cost about
    1 µs each on 4,000 Chinese characters; here the text's pairs of characters are sorted once (a
    numpy sort, about 30 µs) and every word's first pair is looked up among them at once; only the
    words whose pair occurs are looked for with ``in``."""
    found = [word for word in state.single if word in text]
    codes = state.other_codes
    if codes.size and len(text) >= 2:
        chars = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
        pairs = np.sort((chars[:-1] << np.uint64(32)) | chars[1:])
        at = np.minimum(np.searchsorted(pairs, codes), pairs.size - 1)
        found += [word for i in (pairs[at] == codes).nonzero()[0].tolist() if (word := state.other_words[i]) in text]
    return frozenset(found)


def occurring(text: str, words: tuple[str, ...]) -> list[str]:
    """``finders.occurring(text, words)``: the ``words`` that occur in ``text``, in their order."""
    if words not in _SEEN:
        _register(words)
    if not text.isascii():
        return _occurring_outside_ascii(text, words)
    present = _present(text, _STATE[0])
    return [word for word in words if not word or word in present]
