"""Features of a conversation for the difficulty model.

Three kinds, all cheap: structural measures (lengths, punctuation, code, numbers, history),
lexicon-group counts (:mod:`router.lexicon`), and a learned vocabulary of English words and
Chinese character bigrams. Lexical features read at most ``MAX_SCAN`` characters of the last user
turn (its head and tail) so the cost stays flat for long prompts; lengths use the full text.
"""

from __future__ import annotations

import math
import re
from typing import Any

from router.lexicon import GROUPS
from router.messages import last_user_index, message_text

MAX_SCAN = 1200
_TAIL = 300

_EN_WORD = re.compile(r"[a-z][a-z'\-]+")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_CLAUSE = re.compile(r"[.?!;。？！；\n]")
_QUESTION = re.compile(r"[?？]")
_COMMA = re.compile(r"[,，、]")
_CODE = re.compile(r"```|\bdef |\bclass |\bimport |\breturn\b|;\s*\n|\{\s*\n|=>|\bSELECT\b|</?\w+>|\w+\(\)")
_ENUM = re.compile(r"(?:^|\n)\s*(?:\d+[.)、]|[-*•])\s")
_QUOTED = re.compile(r"[:：]\s*[\"'“‘「『]|[\"“「『][^\"”」』]{40,}")


def _group_patterns() -> dict[str, re.Pattern[str]]:
    patterns = {}
    for name, words in GROUPS.items():
        ascii_words = sorted((w for w in words if w.isascii()), key=len, reverse=True)
        cjk_words = sorted((w for w in words if not w.isascii()), key=len, reverse=True)
        parts = []
        if ascii_words:
            parts.append(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in ascii_words) + r")(?![a-z])")
        if cjk_words:
            parts.append("|".join(re.escape(w) for w in cjk_words))
        patterns[name] = re.compile("|".join(parts))
    return patterns


_GROUP_PATTERNS = _group_patterns()


def _scan_window(text: str) -> str:
    if len(text) <= MAX_SCAN:
        return text
    return text[: MAX_SCAN - _TAIL] + "\n" + text[-_TAIL:]


def tokens(text: str) -> list[str]:
    """Vocabulary tokens: lower-cased English words and Chinese character bigrams."""
    low = text.lower()
    out = ["w:" + w for w in _EN_WORD.findall(low)]
    for run in _CJK_RUN.findall(low):
        out.extend("z:" + run[i:i + 2] for i in range(len(run) - 1))
    return out


def structural(text: str, history_turns: int, history_chars: int) -> dict[str, float]:
    n = len(text)
    cjk = len(_CJK.findall(text))
    latin_words = len(_LATIN.findall(text))
    units = cjk / 1.6 + latin_words  # rough "word" count across scripts
    return {
        "s:len": math.log1p(units) / 6.0,
        "s:long": 1.0 if units > 60 else 0.0,
        "s:short": 1.0 if units < 12 else 0.0,
        "s:cjk_share": cjk / n if n else 0.0,
        "s:clauses": min(len(_CLAUSE.findall(text)), 12) / 6.0,
        "s:questions": min(len(_QUESTION.findall(text)), 4) / 2.0,
        "s:commas": min(len(_COMMA.findall(text)), 16) / 8.0,
        "s:numbers": min(len(_NUMBER.findall(text)), 12) / 6.0,
        "s:code": 1.0 if _CODE.search(text) else 0.0,
        "s:enumeration": min(len(_ENUM.findall(text)), 6) / 3.0,
        "s:quoted_payload": 1.0 if _QUOTED.search(text) else 0.0,
        "s:history_turns": min(history_turns, 10) / 5.0,
        "s:history_len": math.log1p(history_chars) / 9.0,
    }


def extract(messages: list[dict[str, Any]]) -> dict[str, float]:
    """Named feature values for a conversation (missing names are zero)."""
    idx = last_user_index(messages)
    text = message_text(messages[idx]) if idx is not None else ""
    history = [m for i, m in enumerate(messages) if i != idx and m.get("role") != "system"]
    history_chars = sum(len(message_text(m)) for m in history)
    feats = structural(text, sum(1 for m in history if m.get("role", "user") == "user"), history_chars)
    window = _scan_window(text).lower()
    for name, pattern in _GROUP_PATTERNS.items():
        hits = len(pattern.findall(window))
        if hits:
            feats["g:" + name] = min(hits, 4) / 2.0
    for token in tokens(window):
        feats[token] = 1.0
    return feats
