"""Which of many short words occur in a long English text, found in one pass for every detector.

Detectors test keywords with ``word in text`` before running a keyword regex (a gate: most texts
hold none of them). Each such test reads the whole text, about 2.5 µs on 4,000 characters, and a
decision ran some sixty of them. Here the ASCII words of every gate passed to :func:`occurring`
are put in one Aho-Corasick automaton (pyahocorasick, C), which reads a text once and reports
every occurrence of every word, overlapping ones included: the words found are exactly those
``word in text`` accepts. The pass is made once per text (cached like the skeleton of scan.py).
A text with characters outside ASCII keeps :func:`finders.occurring`, which tests ASCII words
on the text's few ASCII characters and is cheaper there.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

import ahocorasick  # pyahocorasick ships no type information: ignore_missing_imports in pyproject.toml

from duet.router.privacy import finders

# (the registered ASCII words, their automaton or None when there are none), replaced as a whole.
_State = tuple[frozenset[str], Any]
_STATE: list[_State] = [(frozenset(), None)]
_SEEN: set[tuple[str, ...]] = set()
_LOCK = threading.Lock()


def _register(words: tuple[str, ...]) -> None:
    with _LOCK:
        known = _STATE[0][0]
        new = known | {word for word in words if word and word.isascii()}
        if new != known:
            automaton = ahocorasick.Automaton()
            for word in sorted(new):
                automaton.add_word(word, word)
            automaton.make_automaton()
            _STATE[0] = (new, automaton)
        _SEEN.add(words)


@lru_cache(maxsize=16)
def _present(text: str, state: _State) -> frozenset[str]:
    automaton = state[1]
    return frozenset() if automaton is None else frozenset(word for _, word in automaton.iter(text))


def occurring(text: str, words: tuple[str, ...]) -> list[str]:
    """``finders.occurring(text, words)``: the ``words`` that occur in ``text``, in their order."""
    if not text.isascii():
        return finders.occurring(text, words)
    if words not in _SEEN:
        _register(words)
    present = _present(text, _STATE[0])
    return [word for word in words if not word or word in present]
