"""Runs of capitalised words in Latin script, where English-style names are looked for: "Ana
Ruiz", "Amin van de Weterink", "Elżbieta Palica", "Trần Văn Linh". Letters of Latin-1, of Latin
Extended-A and -B (Polish, Czech, Turkish, Baltic names: ż, ł, ć, ş, ğ …) and of Latin Extended
Additional (Vietnamese) count as letters.

A run is found in two steps: a byte pattern on a one-byte-per-character view of the text (its
case: "A", "a", "'", "-", " ", anything else ".") finds where one may start, and the regex
confirms it there; the regex alone, tried at every capital, would cost several times more."""

from __future__ import annotations

import re

from duet.router.privacy.scan import skeleton

# Latin Extended-A and -B, and Latin Extended Additional (Vietnamese: "Bùi Ngọc Tùng", "Đỗ Đức Lan").
_EXTENDED = [chr(code) for code in (*range(0x100, 0x250), *range(0x1E00, 0x1F00))]
_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED if c.isupper())
_LOW = "a-zß-öø-ÿ" + "".join(c for c in _EXTENDED if c.islower())
# A capitalised word: Smith, McDonald, MacArthur, O'Brien, DiCaprio, Smith-Jones. It starts with
# the capital itself (no optional prefix group) so that the regex engine can skip ahead to
# capitals instead of trying the pattern at every position.
_WORD_TAIL = rf"(?:'[{_UP}])?[{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}]?[{_LOW}]+|'(?!s\b)[{_UP}]?[{_LOW}]+)*"
_WORD = rf"(?:[{_UP}]{_WORD_TAIL})"
_PARTICLE = (r"(?:van der|van den|van de|van het|van 't|von der|van|von|de la|de|da|di|del|della|der|den|du|dos|das|"
             r"la|le|bin|binti|binte|bte|al|ibn|ter|ten|op|op de|uit de|in 't|zu|'t|d/o|s/o|a/l|a/p)")
# A run of up to four capitalised words, on one line, with name particles in between.
# A word character that is not Chinese, Japanese or Korean: a Latin name may touch those
# ("给Rosemary Thompson打电话"), not a letter, a digit or "_".
_LETTER = r"[^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
_RUN = re.compile(rf"([{_UP}](?<!(?:{_LETTER}|[@.])[{_UP}]){_WORD_TAIL}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{1,3}})"
                  rf"(?!{_LETTER}|@)")
_TOKEN = re.compile(rf"{_WORD}")  # a word of a run: run_words gives the same spans without it
_GLUED = frozenset(b"Aa0_@.")  # a capital right after one of these does not start a run
_CAPITALS = frozenset(c for c in [chr(code) for code in range(256)] + _EXTENDED if re.fullmatch(f"[{_UP}]", c))
# Latin Extended-A letters as the Latin-1 letters of their case, so that the byte view below
# reads them as letters ("ż" as "a", "Ł" as "A"); tried only on a text that holds one.
_EXTENDED_CASE = {ord(c): ("A" if c.isupper() else "a") for c in _EXTENDED if c.isalpha()}
_HAS_EXTENDED = re.compile("[\u0100-\u024f\u1e00-\u1eff]")


def run_words(text: str, run: re.Match[str]) -> list[tuple[int, int]]:
    """The spans of the run's capitalised words (its particles left out). In a run, words and
    particles stand between spaces or tabs, and a word is a piece that starts with a capital:
    ``str.split`` and ``str.find`` instead of a regex call and a match object per word."""
    spans = []
    end = run.start(1)
    for piece in run.group(1).split():
        start = text.find(piece, end)
        end = start + len(piece)
        if piece[0] in _CAPITALS:
            spans.append((start, end))
    return spans


def _case_table() -> bytes:
    table = bytearray(b"." * 256)
    for code in range(256):
        char = chr(code)
        if re.fullmatch(f"[{_UP}]", char):
            table[code] = ord("A")
        elif re.fullmatch(f"[{_LOW}]", char):
            table[code] = ord("a")
    for char in " \t'-":
        table[ord(char)] = ord(char.replace("\t", " "))
    return bytes(table)


# The text one byte per character: capitals "A", small letters "a" (both as _UP and _LOW, Latin-1
# and Latin Extended-A included), "'", "-", a space or tab " ", anything else ".". A _RUN match is
# a word of capitals, small letters, "'" and "-" that ends where those end (a space or tab must
# follow it), spacing, at most a particle of small letters and "'" (two words at most) with
# spacing, and a capital: _RUN_GATE finds, with a pattern that starts with a literal, every word so
# followed (each of those pieces ends where its characters end, so possessive quantifiers lose
# nothing).
_CASE = _case_table()
_RUN_GATE = re.compile(rb"A[Aa'\-]*+ ++(?:[a'\-]++(?: [a'\-]++)? ++)?(?=A)")  # possessive: no backtracking


def _run_candidates(text: str) -> list[int]:
    """The capitals where a _RUN match may start: those in a word that _RUN_GATE accepts (a
    superset: _RUN confirms each)."""
    if not text.isascii() and _HAS_EXTENDED.search(text):
        text = text.translate(_EXTENDED_CASE)
    case = text.encode("latin-1", "replace").translate(_CASE)
    out: list[int] = []
    for m in _RUN_GATE.finditer(case):
        at, end = m.start(), m.end()
        while 0 <= at < end:
            out.append(at)
            at = case.find(b"A", at + 1, end)
    return out


def runs(text: str) -> list[re.Match[str]]:
    """What ``_RUN.finditer`` finds, tried only at the capitals that _RUN_GATE says may start a run
    and that do not follow an ASCII letter, digit, "_", "@" or "."."""
    sk = skeleton(text)
    found: list[re.Match[str]] = []
    last = 0
    for at in _run_candidates(text):
        if at >= last and (at == 0 or sk[at - 1] not in _GLUED):
            m = _RUN.match(text, at)
            if m is not None:
                found.append(m)
                last = m.end()
    return found
