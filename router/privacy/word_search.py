"""Whether a lower-case text holds one of many English words at a word start, fast.

``re.compile(by_first_character(words, literal=False, not_after="a-z")).search(low)`` (and the
same with ``(?![a-z])`` after it, for whole words) starts with a class of frequent letters, so on
English text the engine tries the alternation at nearly every position: about 100 ns a character,
0.4 ms on 4,000 characters when nothing matches. Here the text is mapped once, one byte per
character, to its ASCII letters with every other character a space (``bytes.translate``); a word
start is then a space followed by the word, a literal the engine skips to, and the alternation is
tried only after spaces. Words with other characters (``e-mail``, ``follow up``) are looked for
with ``str.find``, and the few that are real expressions are searched as such, only when a
substring they need occurs (``gates``). tests/router/test_word_search.py compares the result
with the plain expression's on random texts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from duet.router.privacy import gate_words
from duet.router.privacy.finders import by_first_character

_LETTERS_ONLY = bytes(code if 97 <= code <= 122 else 32 for code in range(256))  # a-z kept, all else a space
_LETTER_WORD = re.compile(r"(?:[a-z]\??)+")  # letters, each possibly optional: "attendees?", "neighbou?r"
_LITERAL = re.compile(r"[a-z][a-z' -]*")


class WordSearch:
    """``search(low)``: whether one of ``words`` (regex alternatives separated by ``|``) occurs in
    ``low`` where no letter a-z precedes it (and, ``whole``: none follows it)."""

    def __init__(self, words: str, whole: bool, gates: dict[str, str] | None = None, narrowed: bool = False) -> None:
        alternatives = words.split("|")
        letters = [w for w in alternatives if _LETTER_WORD.fullmatch(w)]
        self._phrases = [w for w in alternatives if w not in letters and _LITERAL.fullmatch(w)]
        others = [w for w in alternatives if w not in letters and w not in self._phrases]
        gates = gates or {}
        if any(w not in gates for w in others):
            raise ValueError(f"no substring given that {[w for w in others if w not in gates]} need")
        self._end = "(?= )" if whole else ""
        self._letters = _letters_pattern(tuple(letters), self._end)
        self._narrowed = narrowed
        # ``narrowed``: each letter word's letters up to its first optional one are what a text
        # that it matches in holds as a substring (found with gate_words, in the one pass that
        # serves the detectors' gates: for words of four letters or more, which occur seldom);
        # only the words whose part occurs go into the expression that runs (compiled once per
        # such set), which then tries a handful of branches after each space instead of dozens.
        self._parts = tuple(word.split("?")[0][:-1] if "?" in word else word for word in letters)
        self._by_part: dict[str, list[str]] = {}
        for part, word in zip(self._parts, letters):
            self._by_part.setdefault(part, []).append(word)
        self._others = [(gates[w], re.compile(by_first_character(w, literal=False, not_after="a-z") +
                                              ("(?![a-z])" if whole else ""))) for w in others]
        self._whole = whole

    def search(self, low: str) -> bool:
        if self._narrowed:
            present = gate_words.occurring(low, self._parts)
            words = tuple(word for part in present for word in self._by_part[part])
            pattern = _letters_pattern(words, self._end) if words else None
        else:
            pattern = self._letters
        if pattern is not None and pattern.search(b" " + low.encode("latin-1", "replace").translate(_LETTERS_ONLY) + b" "):
            return True
        if any(self._phrase_at_word_start(low, phrase) for phrase in self._phrases):
            return True
        return any(gate in low and pattern.search(low) for gate, pattern in self._others)

    def _phrase_at_word_start(self, low: str, phrase: str) -> bool:
        at = low.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            if (at == 0 or not _is_letter(low[at - 1])) and \
                    not (self._whole and end < len(low) and _is_letter(low[end])):
                return True
            at = low.find(phrase, at + 1)
        return False


@lru_cache(maxsize=256)
def _letters_pattern(words: tuple[str, ...], end: str) -> re.Pattern[bytes]:
    return re.compile((" (?:" + by_first_character("|".join(words), literal=False) + ")" + end).encode("ascii"))


def _is_letter(char: str) -> bool:
    return "a" <= char <= "z"
