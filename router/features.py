"""Features of a conversation for the difficulty model.

Two kinds, both cheap: structural measures (lengths, punctuation, code, numbers, history) and
lexicon-group counts (:mod:`router.lexicon`); the wording itself is left to the hashed character
n-grams of :mod:`router.ngrams`, which read the same windows. Lexical features read at most ``MAX_SCAN`` characters of the last user
turn (its head and tail) so the cost stays flat for long prompts; lengths use the full text.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

from duet.router import request
from duet.router.chartable import CharTable
from duet.router.lexicon import DIAGNOSIS, DIGEST, GROUPS
from duet.router.messages import last_user_index, message_text
from duet.router.privacy.simplified import simplified

MAX_SCAN = 1200
MAX_SCAN_CJK = 500
DIGEST_AT = 800  # characters of pasted text that make it a long document (router/request.py)
DIGEST_AT_CJK = 350
_TAIL = 300

EN_WORD = re.compile(r"[a-z][a-z'\-]+")  # an English word of the vocabulary (lower case)
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_CLAUSE_CHARS = ".?!;。？！；\n"
_CODE_WORDS = ("```", "def ", "class ", "import ", "return ", "=>", "SELECT ", "</", "()")
_CODE_BREAK = re.compile(r";\s*\n|\{\s*\n")
_ENUM = re.compile(r"(?:^|\n)\s*(?:\d+[.)、]|[-*•])\s")
_QUOTED = re.compile(r"[:：]\s*[\"'“‘「『]|[\"“「『][^\"”」』]{40,}")
_QUOTE_CHARS = ":：\"“「『"

# Counting with str.count, str.split and bytes patterns that start with a literal: a regular
# expression that starts with a character class is tried at every position (~20 ns a character).
_LETTERS = bytes(ord("a") if chr(c).isascii() and chr(c).isalpha() else ord(" ") for c in range(256))
_DIGITS = bytes(ord("0") if chr(c).isdigit() and c < 128 else c for c in range(256))
_NUMBER_ASCII = re.compile(rb"00*(?:[.,]00*)?")


def _count_chars(text: str, chars: str) -> int:
    return sum(text.count(c) for c in chars)


def _latin_words(text: str) -> int:
    """Runs of ASCII letters (``[A-Za-z]+``): every other character becomes a space, then split."""
    return len(text.encode("latin-1", "replace").translate(_LETTERS).split())


def _numbers(text: str) -> int:
    """Matches of :data:`_NUMBER`; on ASCII text, found on a copy whose digits are all ``0``."""
    if not text.isascii():
        return len(_NUMBER.findall(text))
    return len(_NUMBER_ASCII.findall(text.encode("ascii").translate(_DIGITS)))


def _has_code(text: str) -> bool:
    if any(word in text for word in _CODE_WORDS):
        return True
    return ("\n" in text and (";" in text or "{" in text)) and _CODE_BREAK.search(text) is not None


def _enumerations(text: str) -> int:
    """Matches of :data:`_ENUM` (they start at the text's start or at a line break)."""
    count, end, pos = 0, 0, 0
    while pos >= 0:
        if pos >= end:
            m = _ENUM.match(text, pos)
            if m is not None:
                count, end = count + 1, m.end()
        pos = text.find("\n", pos + 1)
    return count


def _has_quote(text: str) -> bool:
    """``_QUOTED.search(text)``, tried only where a match may start: at a colon or a quote."""
    for char in _QUOTE_CHARS:
        at = text.find(char)
        while at >= 0:
            if _QUOTED.match(text, at):
                return True
            at = text.find(char, at + 1)
    return False


_LEX_WORD = re.compile(r"[a-z]+(?:['\-][a-z]+)*")
# Every byte but a-z, "'" and "-" as a space: the pieces between spaces hold every _LEX_WORD match
# (a match never crosses a space), and a piece of letters only is one match.
_WORD_BYTES = bytes(c if 97 <= c <= 122 or c in b"'-" else 32 for c in range(256))


def _lex_words(window: str) -> list[str]:
    """``_LEX_WORD.findall(window)``: a regex that starts with a class is tried at every position
    (36 µs on 1,200 characters); here the regex reads only the pieces that hold "'" or "-"."""
    pieces = window.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii").split()
    return [word for piece in pieces for word in ((piece,) if piece.isalpha() else _LEX_WORD.findall(piece))]


_PLAIN_PHRASE = re.compile(r"[a-z]+(?:['\- ][a-z]+)*")


class _Lexicon:
    """Lexicon lookup by tokens instead of one huge alternation (which costs a try per word per
    position): English phrases keyed by their first word, Chinese words by their first two
    characters, and the few phrases with other punctuation ("tl;dr", "a/c") by substring."""

    def __init__(self) -> None:
        self.owners: dict[str, tuple[str, ...]] = {}
        for name, words in GROUPS.items():
            for word in words:
                self.owners[word] = self.owners.get(word, ()) + (name,)
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.odd: list[str] = []
        self.by_bigram: dict[str, list[str]] = {}
        self.single_cjk: list[str] = []
        for word in self.owners:
            if word.isascii() and _PLAIN_PHRASE.fullmatch(word):
                parts = tuple(_LEX_WORD.findall(word))
                self.by_first.setdefault(parts[0], []).append((parts, word))
            elif word.isascii():
                self.odd.append(word)
            elif len(word) == 1:
                self.single_cjk.append(word)
            else:
                self.by_bigram.setdefault(word[:2], []).append(word)
        self.first_words = frozenset(self.by_first)
        self.bigram_tokens = frozenset("z:" + gram for gram in self.by_bigram)
        self.pairs = CharTable()
        self.pairs.add_words(self.by_bigram)  # where a Chinese word of two characters or more may start
        if not all(_CJK_RUN.fullmatch(w) for words in self.by_bigram.values() for w in words):
            raise ValueError("Chinese lexicon words must be CJK ideographs only (see _cjk_words)")

    def count(self, window: str, bigram_tokens: list[str] | None = None) -> dict[str, int]:
        """Hits per group in ``window``; ``bigram_tokens``: its :func:`tokens`, when computed."""
        counts: dict[str, int] = {}

        def add(word: str, n: int = 1) -> None:
            for group in self.owners[word]:
                counts[group] = counts.get(group, 0) + n

        words = _lex_words(window)
        starts = self.first_words.intersection(words)  # the few words that start a lexicon phrase
        for i in [i for i, w in enumerate(words) if w in starts] if starts else ():
            for parts, phrase in self.by_first[words[i]]:
                if len(parts) == 1 or tuple(words[i:i + len(parts)]) == parts:
                    add(phrase)
        for phrase in self.odd:
            if phrase in window:
                add(phrase, window.count(phrase))
        if not window.isascii() and _CJK.search(window):
            for ch in self.single_cjk:
                if ch in window:
                    add(ch, window.count(ch))
            for word in self._cjk_words(window, bigram_tokens):
                add(word)
        return counts

    def _cjk_words(self, window: str, bigram_tokens: list[str] | None) -> list[str]:
        """The Chinese lexicon words at every position of ``window``, in order of position (and
        of ``by_bigram`` at one position). The words are looked up only where the pair table
        says one may start (router/chartable.py), or, with the window's ``z:`` tokens at hand,
        where the bigrams that start a word occur."""
        if bigram_tokens is None:
            get, starts = self.by_bigram.get, self.pairs.scan(window)[0]
            return [word for i in starts for word in get(window[i:i + 2], ()) if window.startswith(word, i)]
        found: list[tuple[int, int, str]] = []
        for token in self.bigram_tokens.intersection(bigram_tokens):
            gram = token[2:]
            at = window.find(gram)
            while at >= 0:  # every occurrence lies inside a run: the words are Chinese characters only
                found += [(at, j, word) for j, word in enumerate(self.by_bigram[gram]) if window.startswith(word, at)]
                at = window.find(gram, at + 1)
        return [word for _, _, word in sorted(found)]


_LEXICON = _Lexicon()


def _scan_window(text: str) -> str:
    """Head and tail of a long text. Chinese carries more per character, so its window is shorter."""
    head = text[:200]
    limit = MAX_SCAN_CJK if not head.isascii() and _cjk_heavy(head) else MAX_SCAN
    if len(text) <= limit:
        return text
    return text[: limit - _TAIL] + "\n" + text[-_TAIL:]


def _cjk_heavy(head: str) -> bool:
    return sum(len(run) for run in _CJK_RUN.findall(head)) > 0.3 * len(head)


def tokens(text: str) -> list[str]:
    """Vocabulary tokens: lower-cased English words and Chinese character bigrams."""
    low = text.lower()
    out = ["w:" + w for w in EN_WORD.findall(low)]
    for run in [] if low.isascii() else _CJK_RUN.findall(low):
        out += ["z:" + run[i:i + 2] for i in range(len(run) - 1)]
    return out


def structural(text: str, history_turns: int, history_chars: int, window: str | None = None) -> dict[str, float]:
    """Lengths use the whole text; the other counts are capped and read the scan window
    (``window``: ``_scan_window(text)``, when already at hand)."""
    n = len(text)
    window = _scan_window(text) if window is None else window
    scale = n / len(window) if window else 1.0  # long texts: extrapolate from the window
    cjk = (0 if window.isascii() else sum(len(run) for run in _CJK_RUN.findall(window))) * scale
    latin_words = _latin_words(window) * scale
    units = cjk / 1.6 + latin_words  # rough "word" count across scripts
    text = window
    return {
        "s:len": math.log1p(units) / 6.0,
        "s:long": 1.0 if units > 60 else 0.0,
        "s:short": 1.0 if units < 12 else 0.0,
        "s:cjk_share": cjk / n if n else 0.0,
        "s:clauses": min(_count_chars(text, _CLAUSE_CHARS), 12) / 6.0,
        "s:questions": min(_count_chars(text, "?？"), 4) / 2.0,
        "s:commas": min(_count_chars(text, ",，、"), 16) / 8.0,
        "s:numbers": min(_numbers(text), 12) / 6.0,
        "s:code": 1.0 if _has_code(text) else 0.0,
        "s:enumeration": min(_enumerations(text), 6) / 3.0,
        "s:quoted_payload": 1.0 if _has_quote(text) else 0.0,
        "s:history_turns": min(history_turns, 10) / 5.0,
        "s:history_len": math.log1p(history_chars) / 9.0,
    }


def extract(messages: list[dict[str, Any]]) -> dict[str, float]:
    """Named feature values for a conversation (missing names are zero)."""
    return read(messages)[0]


def read(messages: list[dict[str, Any]]) -> tuple[dict[str, float], str, int, str | None]:
    """(named feature values, the last user turn's lower-cased scan window, that turn's length,
    the previous user turn's lower-cased scan window or None): what :mod:`router.difficulty`
    scores; the windows feed :mod:`router.ngrams`."""
    idx = last_user_index(messages)
    text = message_text(messages[idx]) if idx is not None else ""
    history = [m for i, m in enumerate(messages) if i != idx and m.get("role") != "system"]
    history_chars = sum(len(message_text(m)) for m in history)
    raw_window = simplified(_scan_window(text))  # Traditional characters read as Simplified: the same words
    feats = structural(text, sum(1 for m in history if m.get("role", "user") == "user"), history_chars, raw_window)
    window = raw_window.lower()
    _add_groups(feats, window, "g:")
    _add_digest(feats, window, len(text))
    previous = [m for m in history if m.get("role", "user") == "user"]
    previous_window = None
    if previous:  # a short follow-up inherits the weight of the task it continues
        earlier = message_text(previous[-1])
        feats["h:len"] = structural(earlier, 0, 0)["s:len"]
        previous_window = simplified(_scan_window(earlier)).lower()
        _add_groups(feats, previous_window, "h:")
    return feats, window, len(text), previous_window


def _add_groups(feats: dict[str, float], window: str, prefix: str, window_tokens: list[str] | None = None) -> None:
    for group, hits in _LEXICON.count(window, window_tokens).items():
        feats[prefix + group] = min(hits, 4) / 2.0


@lru_cache(maxsize=4)
def request_part(window: str, length: int) -> tuple[str, int] | None:
    """:func:`router.request.split` of a turn's scan window (``length``: the turn's length); kept
    for the last few windows, since a decision asks for it twice (features, then the score)."""
    return request.split(window, length, len(window) - _TAIL - 1 if length > len(window) else -1)


def _add_digest(feats: dict[str, float], window: str, length: int) -> None:
    """``r:digest_long`` when the turn pastes a long text (router/request.py) under a request for a
    digest or a judgement of the whole of it: by the labels' rule, summarising or reviewing a long
    document is hard and a look-up in it easy, while a short text's summary is easy too. A request
    to diagnose the pasted text (what is wrong, why, the symptom it shows) counts at any length:
    debugging a log or a config is hard however short it is."""
    parts = request_part(window, length)
    if parts is None:
        return
    asked, payload = parts
    if any(word in asked for word in DIAGNOSIS):
        feats["r:digest_long"] = 1.0
        return
    if payload < (DIGEST_AT_CJK if not window.isascii() and _cjk_heavy(window[:200]) else DIGEST_AT):
        return
    if any(word in asked for word in DIGEST):
        feats["r:digest_long"] = 1.0
