"""The difficulty features' word split (``features._lex_words``) must give what the regex it
replaces gives, on lower-cased random texts mixing letters, "'" and "-", other scripts and odd
characters (a "K" sign that lower-cases to ASCII, a lone surrogate)."""

from __future__ import annotations

import random

from duet.router import features

PIECES = ("a", "it's", "o'", "'x", "-", "--", "'", "trade-off", "state-of-the-art", " ", "\n", "\t", "\u3000",
          "\xa0", "é", "ß", "naïve", "\u212a", "k", "7", "3.5", ",", ".", "北京", "分析", "\ud800", "tl;dr", "a/c",
          "ǅ", "_", "x-", "-y", "don't-", "ab'cd-ef")


def test_lex_words_are_the_regex_matches() -> None:
    rng = random.Random(5)
    texts = ["", " ", "abc", "a-b'c", "'-'", "\u212aelvin"]
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 20))) for _ in range(5000)]
    for text in texts:
        low = text.lower()
        assert features._lex_words(low) == features._LEX_WORD.findall(low), low
    assert features._lex_words("a trade-off, it's 3x") == ["a", "trade-off", "it's", "x"]
