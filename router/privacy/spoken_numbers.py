"""Phone numbers dictated in English words, as a voice assistant writes them down: "call me on
87507, oh eight eight oh six", "my cell, oh seven five four one, 879552", "nine one seven double
five…". A run of digit words ("oh" and "o" for 0, "double" and "triple" before one) and digit
groups, apart by spaces, commas or dashes, with at least one word in it, that spells 9 to 13
digits, after a word that asks for a number (call, cell, phone, number, text, reach) within 40
characters before it. Shorter runs are prose ("one or two"), and so are runs with no such word."""

from __future__ import annotations

import re

from duet.router.privacy.patterns import Hit

_WORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
          "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_DIGIT = r"(?:(?:double|triple)[ \-]+)?(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)(?![a-z])|[0-9]{1,6}(?![0-9])"
_RUN = re.compile(rf"(?<![A-Za-z0-9])(?:{_DIGIT})(?:[ ,\-]{{1,3}}(?:{_DIGIT})){{1,14}}", re.I)
_CUE = re.compile(r"(?<![a-z])(?:call|cell|phone|mobile|number|text|reach|ring|tel|whatsapp|contact)", re.I)
_GATE = ("oh ", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_FEWEST, _MOST = 9, 13
_COUNTING = "01234567890123456789"  # "one, two, three, …": counting, not a number


def _digits(run: str) -> str:
    out: list[str] = []
    times = 1
    for token in re.findall(r"[a-z]+|[0-9]+", run.lower()):
        if token in ("double", "triple"):
            times = 2 if token == "double" else 3
        elif token in _WORDS:
            out.append(_WORDS[token] * times)
            times = 1
        elif token.isdigit():
            out.append(token)
    return "".join(out)


def find_spoken_phones(text: str) -> list[Hit]:
    low = text.lower()
    if not any(word in low for word in _GATE):
        return []
    hits: list[Hit] = []
    for m in _RUN.finditer(text):
        run = m.group()
        if not re.search(r"[A-Za-z]", run) or not _CUE.search(text, max(0, m.start() - 40), m.start()):
            continue
        digits = _digits(run)
        if _FEWEST <= len(digits) <= _MOST and digits not in _COUNTING:
            hits.append(("phone", m.start(), m.end()))
    return hits
