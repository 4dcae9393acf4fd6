"""The shortcuts of English names must find what the regular expressions of names.py find:
word_search.WordSearch (_PERSONAL: whole words, _PUBLIC: word starts, with an expression among
its words) and name_runs.runs (_RUN, tried only where a run may start), compared on random texts
built from the words, parts of them, particles, letters, digits, spaces, punctuation and CJK."""

from __future__ import annotations

import random

import pytest

from bench.router_decision import EN, EN_PII, _prompt, _with_pii
from duet.router.privacy import name_runs, names
from duet.router.privacy.scan import skeleton
from duet.router.privacy.word_search import WordSearch

PIECES = ("my", "myself", "i", "i'm", "im", "e-mail", "email", "follow up", "follow", "up", "can you", "attendee",
          "attendees", "neighbour", "neighbor", "sendx", "xsend", "podcast", "podcasts", "tv show", "tv", "show",
          "ceo of", "who is", "whois", "is the plan right about", "right about", "is", " ", "  ", "-", "'", ".",
          "\n", "3", "é", "北京", "a", "z", "Q", "the", "team", "teams", "ab")


def _texts(seed: int, count: int = 4000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 10))) for _ in range(count)]


def test_the_searches_say_what_the_expressions_find() -> None:
    texts = _texts(21) + [_prompt(EN).lower(), _with_pii(EN, EN_PII).lower()]
    found = {"personal": 0, "public": 0}
    for text in texts:
        personal, public = bool(names._PERSONAL.search(text)), bool(names._PUBLIC.search(text))
        assert names._PERSONAL_SEARCH.search(text) == personal, text
        assert names._PUBLIC_SEARCH.search(text) == public, text
        found["personal"] += personal
        found["public"] += public
    assert min(found.values()) > 100 and max(found.values()) < len(texts) - 100  # both answers seen


def test_an_expression_needs_a_gate() -> None:
    with pytest.raises(ValueError):
        WordSearch("my|is .{0,20} right about", whole=False)


RUN_PIECES = ("Ana", "Ruiz", "van der", "de la", "'t", "in 't", "O'Brien", "Smith-Jones", "McDonald", "Über", "Ørsted", "Łukasz", "ż",
              "×", "÷", "ß", "é", " ", "  ", "\t", "\n", ".", ",", "-", "'", "a", "x", "Dr", "7", "_", "@", "北京", "Q",
              "von", "zu", "bin", "op de", "uit de", "vans", "dos", "della", "Tom Lee", "Our team", "Éa", "?")


def test_runs_are_tried_where_they_may_match() -> None:
    rng = random.Random(22)
    for _ in range(6000):
        text = "".join(rng.choice(RUN_PIECES) for _ in range(rng.randrange(1, 12)))
        assert [m.span() for m in name_runs.runs(text)] == [m.span() for m in name_runs._RUN.finditer(text)], text


def test_the_script_gates_of_person_names_agree_with_the_expressions() -> None:
    rng = random.Random(23)
    for _ in range(3000):
        text = "".join(rng.choice(RUN_PIECES + ("É", "\u212a", "张伟", "A", "z")) for _ in range(rng.randrange(1, 8)))
        assert (b"A" in skeleton(text)) == bool(names._HAS_UPPER.search(text)), text
