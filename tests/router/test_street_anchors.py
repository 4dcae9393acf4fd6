"""The byte scans of street_anchors must keep every number that the exact tests of
addresses_eu accept (a suffix right before it, or a street word among the seven words before
that one) and, read forwards, every French street number its regex finds, on texts built to hit
the edges: long words cut by the 60-character window, street
words as the tails of longer words, every kind of Latin-1 spacing, runs of five and six digits."""

from __future__ import annotations

import random
import re

from duet.router.privacy import addresses_eu
from duet.router.privacy.scan import lowered
from duet.router.privacy.street_anchors import backwards, french_numbers, near_street_words

# Every number the per-number tests look at: one to five digits after a small letter or a full
# stop and a space, a comma, or a comma and a space.
_ALL_ANCHORS = re.compile(r"\d(?:(?<=[a-zà-ÿ.][ ,]\d)|(?<=[a-zà-ÿ.], \d))\d{0,4}(?!\d)")
PIECES = ("12", "7", "12345", "123456", " ", "  ", ", ", ",", ".", "\n", "\t", "\xa0", "\x85", "\x1c", "a", "word",
          "x" * 40, "Main", "via", "Via", "Elisa", "place", "someplace", "rue", "c.", "etc.", "c/", "straße", "str.",
          "Hauptstraße", "Sterresingel", "weg", "Amsterdam", "during", "ring", "park", "tor", "é", "ÿ", "de", "la",
          "bis", "ter", "allée", "bd", "avenue")


def _texts(seed: int, count: int = 4000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 30))) for _ in range(count)]


def _accepted(low: str, at: int) -> bool:
    """The tests of addresses_eu._starts, as they were written before the backwards scan."""
    window = low[max(0, at - 60):at]
    before = window[-30:].rstrip()
    suffixed = before[-1:] in addresses_eu._SUFFIX_ENDS and before.endswith(addresses_eu._SUFFIXES)
    return suffixed or not addresses_eu.STREET_WORDS.isdisjoint(window.split()[-8:-1])


def _check(text: str) -> None:
    low = lowered(text)
    near = near_street_words(addresses_eu._NEAR_STREET, low)
    assert near is not None, text
    every = [m.start() for m in _ALL_ANCHORS.finditer(low)]
    assert set(near) <= set(every), text
    assert [at for at in every if _accepted(low, at)] == [at for at in near if _accepted(low, at)], text
    french = french_numbers(addresses_eu._FRENCH_NEAR, low)
    assert french is not None, text
    assert [m.start() for m in addresses_eu._WORD_AFTER.finditer(low)] == \
        [at for at in french if addresses_eu._WORD_AFTER.match(low, at)], text


def test_the_backwards_scan_keeps_every_number_the_exact_tests_accept() -> None:
    for text in _texts(11):
        _check(text)


def test_a_street_word_cut_from_a_longer_word_by_the_window_still_counts() -> None:
    # The window of 60 characters before "12" starts inside "someplace": its first word is "place".
    head, tail = "x someplace", " b c d e, 12"
    text = head + " " * (len("x some") + 60 - len(head) - len(tail) + len("12")) + tail
    low = lowered(text)
    at = text.index("12")
    assert low[at - 60:at].split()[0] == "place" and _accepted(low, at)
    assert at in (near_street_words(addresses_eu._NEAR_STREET, low) or [])
    _check(text)


def test_numbers_with_no_street_near_are_left_out() -> None:
    text = "Our team runs a fleet of 240 delivery vans and each van reports every 30 seconds."
    assert near_street_words(addresses_eu._NEAR_STREET, lowered(text)) == []
    # "7" has "via" four words before it; its match must not swallow "991" (read backwards, it
    # comes first and spans the words back to "via").
    found = near_street_words(addresses_eu._NEAR_STREET, lowered("Hauptstraße 5 and Via Elisa, 991 and x 7"))
    assert found == [12, 29, 39]


def test_text_outside_latin1_is_left_to_the_number_by_number_path() -> None:
    assert backwards("北京 12") is None
    assert backwards("ab 12") == b"00 ba"
    text = "Via Elisa, 991 北京"
    french, anchors = addresses_eu._candidates(text, lowered(text))
    assert anchors == [11]
    assert addresses_eu.find_european_streets(text) == [("street_address", 0, 14)]


FORMS = ("Via Elisa Rossi, {n}", "Calle Mayor {n}", "Hauptstraße {n}", "Berliner Straße {n}, 10115 Berlin", "Am Markt {n}",
         "{n}, rue Alphonse Michel", "rue de Blin, 75001 Paris", "Sterresingel {n}", "Thea-Knappe-Ring {n}",
         "Piazza del Duomo {n}", "{n} bis avenue Émile Zola", "place Vendôme {n}", "C/ Mayor {n}")
FILLER = ("the", "office", "is", "at", "someplace", "x" * 30, "then", "via", "ring", "7", ",", ".", "(", "\n", "\xa0", "é")


def test_streets_among_other_words_are_found_as_before() -> None:
    rng = random.Random(12)
    found = 0
    for _ in range(3000):
        parts = [rng.choice(FORMS).format(n=rng.choice(("5", "12", "991", "12345", "123456", "5a")))
                 if rng.random() < 0.3 else rng.choice(FILLER) for _ in range(rng.randrange(1, 12))]
        text = rng.choice((" ", ", ", "  ", "\n")).join(parts)
        _check(text)
        found += bool(addresses_eu.find_european_streets(text))
    assert found > 1500  # the texts do hold streets


def test_every_european_street_holds_a_gate_word() -> None:
    # find_european_streets returns nothing for a text whose lowered copy holds none of _GATE:
    # every match of the full pattern must hold one.
    rng = random.Random(14)
    forms = FORMS + ("Kleine Straße {n}", "Am Wall {n}", "Avda. Mayor {n}", "C. Mayor {n}", "Vía Láctea {n}",
                     "Calle Travesía {n}", "Praça da Sé {n}", "Herengracht {n}, 1015 BS Amsterdam")
    matched = 0
    for _ in range(2000):
        parts = [rng.choice(forms).format(n=rng.choice(("5", "12", "991", "75001"))) if rng.random() < 0.4
                 else rng.choice(FILLER + ("北京", "路")) for _ in range(rng.randrange(1, 8))]
        text = " ".join(parts)
        for m in addresses_eu._EU_STREET.finditer(text):
            matched += 1
            assert any(word in m.group().lower() for word in addresses_eu._GATE), m.group()
        low = lowered(text)
        if low is not text and not any(word in low for word in addresses_eu._GATE):
            assert addresses_eu.find_european_streets(text) == []
    assert matched > 500


def test_the_pattern_without_street_words_finds_the_same_numbers_in_a_text_without_one() -> None:
    # addresses_eu reads a text that holds no street word with _NEAR_SUFFIX, a text that holds no
    # French one without the French scan: the numbers must be those of the full patterns.
    checked = 0
    for text in _texts(12) + [t.replace("via", "vim").replace("place", "plaice") for t in _texts(13)]:
        low = lowered(text)
        present = frozenset(w for w in addresses_eu._GATE if w in low)
        full = addresses_eu._candidates(text, low)
        assert addresses_eu._candidates(text, low, present) == full, text
        if addresses_eu.STREET_WORDS.isdisjoint(present):
            checked += 1
            assert near_street_words(addresses_eu._NEAR_SUFFIX, low) == near_street_words(addresses_eu._NEAR_STREET, low)
    assert checked > 100
    assert near_street_words(addresses_eu._NEAR_SUFFIX, lowered("Hauptstraße 5 and Via Elisa, 991 and x 7")) == [12]
