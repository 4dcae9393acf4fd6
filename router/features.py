"""Features of a conversation for the difficulty model.

Two parts. *Named* features, all cheap: structural measures (lengths, punctuation, code,
numbers, history) and lexicon-group counts (:mod:`router.lexicon`); they read at most
``MAX_SCAN`` characters of the last user turn (its head and tail) so the cost stays flat for long
prompts, and lengths use the full text. *Hashed* character n-grams (:mod:`router.ngrams`) of the
last and previous user turns carry the wording itself.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from duet.router import ngrams
from duet.router.lexicon import GROUPS
from duet.router.messages import last_user_index, message_text

MAX_SCAN = 1200
MAX_SCAN_CJK = 500
_TAIL = 300

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_CLAUSE_CHARS = ".?!;。？！；\n"
_CODE = re.compile(r"```|def |class |import |return |;\s*\n|\{\s*\n|=>|SELECT |</|\(\)")
_ENUM = re.compile(r"(?:^|\n)\s*(?:\d+[.)、]|[-*•])\s")
_MATH = re.compile(
    r"[∫∑∏√∞≤≥≠≈→∂πθλ²³ⁿ₀-₉]|\^|d/d[a-z]|\b(?:lim|sin|cos|tan|log|ln|exp|mod|gcd|lcm)\b"
    r"|\b[a-z]\([a-z]\)|\b\d*[a-z]\s*[+\-*/=<>]\s*\d|\b\d+[a-z]\b|[a-z]'{1,2}\s*[+=]"
)
_QUOTED = re.compile(r"[:：]\s*[\"'“‘「『]|[\"“「『][^\"”」』]{40,}")


_LEX_WORD = re.compile(r"[a-z]+(?:['\-][a-z]+)*")
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

    def count(self, window: str) -> dict[str, int]:
        counts: dict[str, int] = {}

        def add(word: str, n: int = 1) -> None:
            for group in self.owners[word]:
                counts[group] = counts.get(group, 0) + n

        words = _LEX_WORD.findall(window)
        for i, w in enumerate(words):
            for parts, phrase in self.by_first.get(w, ()):
                if len(parts) == 1 or tuple(words[i:i + len(parts)]) == parts:
                    add(phrase)
        for phrase in self.odd:
            if phrase in window:
                add(phrase, window.count(phrase))
        runs = _CJK_RUN.findall(window)
        if runs:
            for ch in self.single_cjk:
                if ch in window:
                    add(ch, window.count(ch))
            for run in runs:
                for i in range(len(run) - 1):
                    for word in self.by_bigram.get(run[i:i + 2], ()):
                        if run.startswith(word, i):
                            add(word)
        return counts


_LEXICON = _Lexicon()


def _scan_window(text: str) -> str:
    """Head and tail of a long text. Chinese carries more per character, so its window is shorter."""
    limit = MAX_SCAN_CJK if len(_CJK_RUN.findall(text[:200])) and _cjk_heavy(text[:200]) else MAX_SCAN
    if len(text) <= limit:
        return text
    return text[: limit - _TAIL] + "\n" + text[-_TAIL:]


def _cjk_heavy(head: str) -> bool:
    return sum(len(run) for run in _CJK_RUN.findall(head)) > 0.3 * len(head)


def _count(text: str, chars: str) -> int:
    """How many characters of ``text`` are in ``chars`` (str.count per character beats a regex)."""
    return sum(text.count(c) for c in chars)


def structural(text: str, history_turns: int, history_chars: int) -> dict[str, float]:
    """Lengths use the whole text; the other counts are capped and read the scan window."""
    n = len(text)
    window = _scan_window(text)
    scale = n / len(window) if window else 1.0  # long texts: extrapolate from the window
    cjk = sum(len(run) for run in _CJK_RUN.findall(window)) * scale
    latin_words = len(_LATIN.findall(window)) * scale
    units = cjk / 1.6 + latin_words  # rough "word" count across scripts
    text = window
    math_marks = min(len(_MATH.findall(ngrams.edges(text)[0].lower())), 6)  # the request, not a pasted page
    return {
        "s:len": math.log1p(units) / 6.0,
        "s:long": 1.0 if units > 60 else 0.0,
        "s:short": 1.0 if units < 12 else 0.0,
        "s:cjk_share": cjk / n if n else 0.0,
        "s:clauses": min(_count(text, _CLAUSE_CHARS), 12) / 6.0,
        "s:questions": min(_count(text, "?？"), 4) / 2.0,
        "s:commas": min(_count(text, ",，、"), 16) / 8.0,
        "s:numbers": min(len(_NUMBER.findall(text)), 12) / 6.0,
        "s:code": 1.0 if _CODE.search(text) else 0.0,
        "s:enumeration": min(len(_ENUM.findall(text)), 6) / 3.0,
        "s:quoted_payload": 1.0 if _QUOTED.search(text) else 0.0,
        "s:math_notation": math_marks / 3.0,
        "s:short_math": (math_marks / 3.0) if units < 25 else 0.0,
        "s:history_turns": min(history_turns, 10) / 5.0,
        "s:history_len": math.log1p(history_chars) / 9.0,
    }


@dataclass(frozen=True)
class Features:
    """Everything the difficulty model reads from a conversation."""

    named: dict[str, float]
    blocks: list[tuple[int, ngrams.Buckets]]
    texts: dict[int, str]  # block → the text its n-grams came from (to name them in explanations)


def _turns(messages: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    idx = last_user_index(messages)
    text = message_text(messages[idx]) if idx is not None else ""
    history = [m for i, m in enumerate(messages) if i != idx and m.get("role") != "system"]
    return text, history


def extract(messages: list[dict[str, Any]]) -> dict[str, float]:
    """Named feature values for a conversation (missing names are zero)."""
    text, history = _turns(messages)
    history_chars = sum(len(message_text(m)) for m in history)
    feats = structural(text, sum(1 for m in history if m.get("role", "user") == "user"), history_chars)
    _add_groups(feats, _scan_window(text).lower(), "g:")
    previous = [m for m in history if m.get("role", "user") == "user"]
    if previous:  # a short follow-up inherits the weight of the task it continues
        earlier = message_text(previous[-1])
        feats["h:len"] = structural(earlier, 0, 0)["s:len"]
        _add_groups(feats, _scan_window(earlier).lower(), "h:")
    return feats


def featurize(messages: list[dict[str, Any]]) -> Features:
    """Named features and the hashed n-gram blocks of a conversation."""
    text, history = _turns(messages)
    previous = [m for m in history if m.get("role", "user") == "user"]
    earlier = _scan_window(message_text(previous[-1])) if previous else None
    blocks = ngrams.blocks(text, earlier)
    texts = {ngrams.BODY: ngrams.body(text)}
    texts[blocks[1][0]] = ngrams.edges(text)[0]
    if earlier is not None:
        texts[ngrams.PREVIOUS] = earlier
    return Features(extract(messages), blocks, texts)


def _add_groups(feats: dict[str, float], window: str, prefix: str) -> None:
    for group, hits in _LEXICON.count(window).items():
        feats[prefix + group] = min(hits, 4) / 2.0
