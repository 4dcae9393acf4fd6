"""Shortcuts that spare the detectors a regular-expression scan of the whole text.

A pattern that starts with a character class, a look-behind or a long alternation is tried at
every position (10-40 ns a character: tens of microseconds on 4,000 characters, each time), and
a search for a substring of two CJK characters or more costs 5-15 µs on a long Chinese text. The
helpers here find the few offsets where a match may start, or test many words at once, and give
exactly what the plain expression or ``in`` gives (tests/router/test_scan_shortcuts.py).
"""

from __future__ import annotations

import re
from functools import lru_cache


# Characters outside ASCII and Latin-1 (no digits or spaces there besides 0-9 and \x85, \xa0),
# CJK punctuation after U+3000, kana, ideographs and Hangul (no digits or spaces there either).
_UNUSUAL = re.compile("[^\x00-\u065f\u3001-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")


@lru_cache(maxsize=16)
def _unusual(text: str) -> str:
    return "" if text.isascii() else "".join(_UNUSUAL.findall(text))


def positions(text: str, word: str) -> list[int]:
    """Offsets of every occurrence of ``word`` in ``text``, in order (``str.find``)."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def other_digits(text: str) -> bool:
    """Whether ``text`` holds a decimal digit outside ASCII (Arabic-Indic, Devanagari …), which
    ``\\d`` matches but the skeleton does not show as a digit."""
    return any(c.isdecimal() for c in _unusual(text))


def other_spaces(text: str) -> bool:
    """Whether ``text`` holds a space outside Latin-1 (U+2028, U+3000 …), which ``\\s`` matches
    but the skeleton shows as ``C``."""
    return any(c.isspace() for c in _unusual(text))


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, given every offset where a match may start, in
    order: the pattern is tried only there, skipping offsets inside an earlier match."""
    found: list[re.Match[str]] = []
    for start in starts:
        if not found or start >= found[-1].end():
            m = pattern.match(text, start)
            if m is not None:
                found.append(m)
    return found


@lru_cache(maxsize=16)
def ascii_view(text: str) -> str:
    """The ASCII characters of ``text``, in order (cached): a run of them stays whole, so a search
    for ASCII words may read this far shorter string instead of the text."""
    return text.encode("ascii", "ignore").decode("ascii")


def find_word(text: str, word: str, start: int = 0) -> int:
    """``text.find(word, start)``, faster for a word of CJK characters in a long CJK text:
    ``str.find`` of one character is a memchr-like scan, while a search for two or more costs
    5-15 µs on 4,000 characters."""
    first = word[0]
    at = text.find(first, start)
    while at >= 0 and not text.startswith(word, at):
        at = text.find(first, at + 1)
    return at


def _contains(text: str, word: str) -> bool:
    return find_word(text, word) >= 0


def occurring(text: str, words: tuple[str, ...]) -> list[str]:
    """The ``words`` that occur in ``text`` (``word in text``, exactly). In a text that is mostly
    not ASCII (Chinese), an ASCII word is first looked for in the text's ASCII characters alone,
    a far shorter string: absent there, it is absent from the text."""
    if text.isascii():
        return [word for word in words if word in text]
    view = ascii_view(text)
    return [word for word in words if ((word in view and word in text) if word.isascii() else _contains(text, word))]


def by_first_character(alternatives: str, literal: bool = True, not_after: str = "") -> str:
    """``alternatives`` (words separated by ``|``) as the same alternation grouped by first
    character: ``先生|女士|小姐`` stays, ``联系人|联系|老公`` becomes ``联(?:系人|系)|老公``. At a
    position only one group can match and its words keep their order, so a regex matches what it
    matched before, while the engine tries a handful of groups instead of every word.

    ``literal=False``: the words are regex source (each must start with a letter or a digit that
    no quantifier follows, and hold no top-level ``|``). ``not_after``: a character class the match must not follow — the
    look-behind ``(?<![a-z])`` put after the first character (``m(?<![a-z]m)(?:y|e)``), so that
    the pattern still starts with a literal and the engine skips to candidate characters."""
    groups: dict[str, list[str]] = {}
    for word in alternatives.split("|"):
        if not literal and (not word[:1].isalnum() or word[1:2] in ("?", "*", "+", "{")):
            raise ValueError(f"{word!r}: regex alternatives must start with a letter or a digit, unquantified")
        groups.setdefault(word[:1], []).append(word[1:])
    quote = re.escape if literal else str
    parts = []
    for first, rest in groups.items():
        head = re.escape(first) + (f"(?<![{not_after}]{re.escape(first)})" if not_after else "")
        parts.append(head + (quote(rest[0]) if len(rest) == 1 else "(?:" + "|".join(map(quote, rest)) + ")"))
    return "|".join(parts)
