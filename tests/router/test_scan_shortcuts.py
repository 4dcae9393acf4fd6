"""The shortcuts that spare the detectors a regex scan of the whole text (skeleton byte patterns,
str.find, candidate offsets) must find exactly what the plain regular expressions find. Each test
compares a shortcut with the regex it replaces on random texts mixing the characters that matter:
ASCII and Latin-1 letters, digits of other scripts, odd spaces, CJK, punctuation."""

from __future__ import annotations

import random
import re

import pytest

from duet.router import features
from duet.router.privacy import addresses, addresses_eu, addresses_zh, name_runs, names
from duet.router.privacy.finders import (by_first_character, find_word, matches_at, occurring, other_digits,
                                         other_spaces)
from duet.router.privacy.scan import capitals, digit_runs, lowered

PIECES = ("12", "7", "123456", "٣٤", "१२", " ", ", ", ",", ".", "-", "/", "\n", "\t", "\u2028", "\u3000", "\xa0",
          "a", "Main", "Street", "St", "rue", "bis", "Via Elisa", "straße", "Hauptstraße ", "Apt", "Studio", "Flat",
          "5th", "Avenue", "Émile", "Øst", "ÿ", "é", "K", "\u212a", "x@", "_", "Ana Ruiz", "van der", "Tom Lee",
          "北京市", "朝阳区", "建国路", "88号", "号楼", "弄", "一二三", "五", "市中心路", "镇", "大街", "张伟", "密码",
          "pass", "key", "联系", "```", "def ", ";\n", "{\n", ": '", "“", "1. ", "- ", "(", ")")


def _texts(seed: int, count: int = 4000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 16))) for _ in range(count)]


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_digit_runs_are_the_runs_of_unicode_digits() -> None:
    for text in _texts(1) + ["", "abc", "١٢ and 34"]:
        assert list(digit_runs(text)) == [m.span() for m in re.finditer(r"\d+", text)], text
    assert other_digits("house ٣") and not other_digits("house 3, 北京 5号")
    assert other_spaces("a\u2028b") and other_spaces("a\u3000b") and not other_spaces("a\xa0b 北京")


def test_capitals_are_the_capitals_of_the_class() -> None:
    for text in _texts(2):
        assert list(capitals(text)) == [m.start() for m in re.finditer("[A-ZÀ-ÖØ-Þ]", text)], text


def test_occurring_and_find_word_agree_with_str() -> None:
    words = ("pass", "key", "密码", "联系", "北京市", "x", "号楼", "ass", "ey")
    for text in _texts(3):
        assert occurring(text, words) == [w for w in words if w in text], text
        for word in words:
            assert find_word(text, word, 2) == text.find(word, 2), (text, word)


def test_grouped_alternations_match_like_the_flat_ones() -> None:
    flat = "联系人一栏填|联系人|联系|老公|老婆|约|约了|@|name="
    grouped = re.compile("(?:" + by_first_character(flat) + r")[\s:：]*")
    plain = re.compile("(?:" + flat + r")[\s:：]*")
    source = r"my|me|i|i'm|we|email|e-mail|attendees?|is .{0,20} right about"
    guarded = re.compile("(?:" + by_first_character(source, literal=False, not_after="a-z") + ")(?![a-z])")
    reference = re.compile(r"(?<![a-z])(?:" + source + r")(?![a-z])")
    rng = random.Random(4)
    for _ in range(4000):
        text = "".join(rng.choice(("联系人", "一栏填", "老", "公", "约了", "@", "name=", " ", ":", "i'm", "me", "my",
                                  "x", "attendee", "s", "is the ", "right about", "e-mail", "we")) for _ in range(8))
        assert _spans(list(grouped.finditer(text))) == _spans(list(plain.finditer(text))), text
        assert _spans(list(guarded.finditer(text))) == _spans(list(reference.finditer(text))), text
    for bad in (r"\d+|x", r"s?x|y"):
        with pytest.raises(ValueError):
            by_first_character(bad, literal=False)


def test_address_and_name_candidates_find_what_finditer_finds() -> None:
    for text in _texts(5):
        assert _spans(addresses._numbered(text)) == _spans(list(addresses._NUMBERED.finditer(text))), text
        starts = [at for at in capitals(text) if text[at] in "FSAU"]
        assert _spans(matches_at(addresses._SECONDARY_FIRST, text, starts)) == \
            _spans(list(addresses._SECONDARY_FIRST.finditer(text))), text
        assert _spans(name_runs.runs(text)) == _spans(list(name_runs._RUN.finditer(text))), text
        assert _spans(addresses_zh._numbers(text)) == _spans(list(addresses_zh._ZH_NUMBER.finditer(text))), text


def test_european_candidates_cover_both_anchor_patterns() -> None:
    anchor = re.compile(r"\d(?:(?<=[a-zà-ÿ.][ ,]\d)|(?<=[a-zà-ÿ.], \d))\d{0,4}(?!\d)")  # the regex replaced
    for text in _texts(6):
        low = lowered(text)
        french, anchors = addresses_eu._candidates(text, low)
        every = [m.start() for m in anchor.finditer(low)]
        # Latin-1 text: only the numbers with a suffix or a street word before them (the backwards
        # scan, tests/router/test_street_anchors.py); other text: all of them.
        assert anchors == (every if low.encode("latin-1", "replace").decode("latin-1") != low else
                           [at for at in every if at in anchors]), text
        assert {m.start() for m in addresses_eu._WORD_AFTER.finditer(low)} <= set(french), text


def test_feature_counts_agree_with_the_regexes() -> None:
    for text in _texts(7):
        assert features._latin_words(text) == len(re.findall(r"[A-Za-z]+", text)), text
        assert features._numbers(text) == len(re.findall(r"\d+(?:[.,]\d+)?", text)), text
        assert features._has_code(text) == bool(
            re.search(r"```|def |class |import |return |;\s*\n|\{\s*\n|=>|SELECT |</|\(\)", text)), text
        assert features._enumerations(text) == len(features._ENUM.findall(text)), text
        assert features._has_quote(text) == bool(features._QUOTED.search(text)), text
        assert features._count_chars(text, ",，、") == len(re.findall(r"[,，、]", text)), text
