"""Phone numbers dictated in English words, as a voice assistant writes them down: "call me on
87507, oh eight eight oh six", "my cell, oh seven five four one, 879552", "nine one seven double
five…". A run of digit words ("oh" and "o" for 0, "double" and "triple" before one) and digit
groups, apart by spaces, commas or dashes, with at least one word in it, that spells 9 to 13
digits, after a word that asks for a number (call, cell, phone, number, text, reach) within 40
characters before it. Shorter runs are prose ("one or two"), and so are runs with no such word."""

from __future__ import annotations

import re

from duet.router.privacy.gate_words import occurring
from duet.router.privacy.patterns import Hit, lowered

_WORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
          "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_DIGIT = r"(?:(?:double|triple)[ \-]+)?(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)(?![a-z])|[0-9]{1,8}(?![0-9])"
_RUN = re.compile(rf"(?<![A-Za-z0-9])(?:{_DIGIT})(?:[ ,\-]{{1,3}}(?:{_DIGIT})){{1,14}}", re.I)
_CUES = ("call", "cell", "phone", "mobile", "number", "text", "reach", "ring", "tel", "whatsapp", "contact", "block", "landline",
         "dial")
_WORD_DIGIT = re.compile(r"(?<![a-z])(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)(?![a-z])")
_GATE = ("oh ", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_FEWEST, _MOST = 9, 13
_REACH, _AFTER_CUE = 40, 160  # where a run may start after its cue; how far it may run
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


def _cue_ends(low: str) -> list[int]:
    """Where each cue word ends (``str.find``: a regex scan of the text costs ten times more)."""
    ends = []
    for word in occurring(low, _CUES):
        at = low.find(word)
        while at >= 0:
            if at == 0 or not low[at - 1].isalpha():
                ends.append(at + len(word))
            at = low.find(word, at + len(word))
    return ends


def find_spoken_phones(text: str) -> list[Hit]:
    low = lowered(text)
    if not occurring(low, _GATE):
        return []
    hits: list[Hit] = []
    seen = -1
    for cue_end in sorted(_cue_ends(low)):  # the runs read are the ones a cue stands before
        if not _WORD_DIGIT.search(low, cue_end, cue_end + _REACH + 12):
            continue  # (no digit word near the cue: most of them)
        for run in _RUN.finditer(text, cue_end, min(len(text), cue_end + _AFTER_CUE)):
            if run.start() <= seen or run.start() - cue_end > _REACH:
                continue
            seen = run.end()
            digits = _digits(run.group())
            if re.search(r"[A-Za-z]", run.group()) and _FEWEST <= len(digits) <= _MOST and digits not in _COUNTING:
                hits.append(("phone", run.start(), run.end()))
    return hits
