"""The one-pass classification of a Chinese text (router/chartable.py) must give exactly what the
plain expressions give: each rule of cn_patterns.starts against its regex's ``finditer``, on random
texts built from the characters that matter (cue and title words, prepositions, surnames,
delimiters, spaces, colons, other CJK, ASCII, a character outside the Basic Multilingual Plane);
the difficulty features' lexicon words against a lookup at every position, and the n-gram
normalisation against ``str.translate``."""

from __future__ import annotations

import random
import re

import pytest

from duet.router.privacy import cn_patterns as P
from duet.router.chartable import CharTable

PIECES = ("我叫", "名字", "联系人", "联系", "约", "@", "user=", "name=", "先生", "女士", "经理", "总监", "说", "表示",
          "告诉", "问我", "身份证", "手机", "男，", "女,", "的电话", "的车", "的", "给", "和", "跟", "叫", "张", "王",
          "欧阳", "李", "伟", "明", "芳", "单", "华", "时", "周五", "季度", "。", "，", ",", "：", ":", "；", "\n", " ",
          "  ", "昨天", "今天", "上周", "a", "B", "7", "号", "\U0001f600", "\ud800", "\uffff", "改成")


def _texts(seed: int, count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 20))) for _ in range(count)]


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_starts_find_what_each_pattern_finds() -> None:
    for text in _texts(11) + [P.SURNAME_SET, P.DELIMITERS + P.TIME_STARTS, "给" + P.SURNAME_SET]:
        at = P.starts(text)
        assert _spans(at.cue) == _spans(list(P.CUE.finditer(text))), text
        assert _spans(at.title) == _spans(list(P.TITLE.finditer(text))), text
        assert _spans(at.speech) == _spans(list(P.SPEECH.finditer(text))), text
        assert _spans(at.field) == _spans(list(P.FIELD_AFTER.finditer(text))), text
        assert at.colon == [i for i, c in enumerate(text) if c in ":："], text
        assert at.preposition == [m.start() for m in P.BETWEEN_START.finditer(text)], text
        assert at.uncued == [m.start() for m in P.UNCUED_START.finditer(text)], text
        assert at.delimiter_ends == [m.end() for m in P.DELIMITER.finditer(text)], text


def test_word_classes_survive_hash_collisions() -> None:
    table = CharTable()
    words = table.add_words(["ab", "c"])
    offsets, classes = table.scan("xabyc" + "".join(chr(0x4E00 + i) for i in range(3000)))
    assert offsets[:2] == [1, 4] and classes[:2] == [words, words]
    # Other pairs may share a hash with "ab" (a superset is allowed); every real start is kept.
    assert all(bits == words for bits in classes)


def test_followed_classes_look_at_the_next_character() -> None:
    table = CharTable()
    vowel = table.add("aeiou")
    before_digit = table.add_followed("xy", ["0-9", "%"])
    assert table.scan("ax1y%yz e") == ([0, 1, 3, 8], [vowel, before_digit, before_digit, vowel])
    assert table.scan("") == ([], [])
    assert table.scan("x") == ([], [])


def test_a_table_holds_eight_classes() -> None:
    table = CharTable()
    for _ in range(8):
        table.add("a")
    with pytest.raises(ValueError):
        table.add("b")
    with pytest.raises(ValueError):
        CharTable().add_words(["", "ab"])


def test_lexicon_words_are_found_where_the_pair_table_points() -> None:
    from duet.router import features, ngrams

    lexicon = features._LEXICON
    words = [w for group in lexicon.by_bigram.values() for w in group]
    rng = random.Random(12)
    pieces = words[:80] + ["的", "，", " ", "\n", "a", "7", "90", "３", "\U0001f600", "计", "算", "分", "析"]
    for _ in range(2000):
        window = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
        runs = features._CJK_RUN.findall(window)
        plain = [word for run in runs for i in range(len(run) - 1)
                 for word in lexicon.by_bigram.get(run[i:i + 2], ()) if run.startswith(word, i)]
        assert lexicon._cjk_words(window, None) == plain, window
        spaced = " ".join(window.split())
        assert ngrams.normalise(window) == spaced.translate(str.maketrans("0123456789", "0" * 10)), window
