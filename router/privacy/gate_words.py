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
text. A word that starts with ASCII letters ("hasło") looks for those in the view first, and a
word of other characters scans for its first character, at most a few times: a character that
recurs (车 in every "配送车") then hands over to ``in``, which costs 5 µs whatever the word, where
a scan that stops at each 车 cost 14-29 µs for "车号".
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

import ahocorasick  # pyahocorasick ships no type information: ignore_missing_imports in pyproject.toml

from duet.router.privacy.finders import ascii_view


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


_FIRST_TRIES = 3  # occurrences of a word's first character looked at before ``in`` takes over




@lru_cache(maxsize=256)
def _heads(words: tuple[str, ...]) -> tuple[tuple[str, str, bool], ...]:
    """Each of ``words`` with the ASCII characters it starts with ("has" of "hasło") and whether
    that is the whole word."""
    heads = []
    for word in words:
        end = 0
        while end < len(word) and word[end].isascii():
            end += 1
        heads.append((word, word[:end], end == len(word)))
    return tuple(heads)


def _first_scan(text: str, word: str) -> bool:
    """``word in text`` for a word that does not start with ASCII: its first character found with
    ``str.find`` (memchr-like) a few times, then ``in`` from there."""
    first = word[0]
    at = text.find(first)
    for _ in range(_FIRST_TRIES):
        if at < 0 or text.startswith(word, at):
            return at >= 0
        at = text.find(first, at + 1)
    return at >= 0 and text.find(word, at) >= 0


def _occurring_outside_ascii(text: str, words: tuple[str, ...]) -> list[str]:
    """``[word for word in words if word in text]`` for a text outside ASCII. The text's ASCII
    characters, in order, make a far shorter string (the view): a run of ASCII characters of the
    text stays whole there, so an ASCII word (or the ASCII head of a word) absent from the view
    is absent from the text. The ASCII words present in the view come from the automaton's pass
    over it (``in`` costs about 1.2 ns a character: 1 µs a word on the 800 ASCII characters of the
    Chinese bench prompt, and a decision asks for some hundred words); those found are then
    looked for in the text itself."""
    view = ascii_view(text)
    present = _present(view, _STATE[0])
    return [word for word, head, whole in _heads(words)
            if not word or (((word in present if whole else head in view) and word in text) if head
                            else _first_scan(text, word))]


@lru_cache(maxsize=16)
def _present(text: str, state: _State) -> frozenset[str]:
    automaton = state[1]
    return frozenset() if automaton is None else frozenset(word for _, word in automaton.iter(text))


def occurring(text: str, words: tuple[str, ...]) -> list[str]:
    """``finders.occurring(text, words)``: the ``words`` that occur in ``text``, in their order."""
    if words not in _SEEN:
        _register(words)
    if not text.isascii():
        return _occurring_outside_ascii(text, words)
    present = _present(text, _STATE[0])
    return [word for word in words if not word or word in present]
