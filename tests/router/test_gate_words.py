"""gate_words.occurring (one Aho-Corasick pass for every gate) must give what finders.occurring
(``word in text`` for each word) gives: overlapping and nested words, words registered after a
text was first read, empty words, and texts outside ASCII (read word by word)."""

from __future__ import annotations

import random

from duet.router.privacy import finders, gate_words

GATES = (("live", "living at", "deliver", "liver"), ("addr", "address", "dress"), ("dob", "d.o.b", "b-day", "护照"),
         ("", "car number", "car"), ("pass", "passport", "sport"))
PIECES = ("live", "liv", "deliver", "ing at", " at", "address", "addr", "dre", "ss", "dob", "d.o", ".b", "b-day",
          "car", " number", "passport", "port", "护照", "é", " ", "\n", "x", "-")


def test_the_words_found_in_one_pass_are_those_found_one_by_one() -> None:
    rng = random.Random(31)
    for _ in range(4000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 10)))
        for gate in rng.sample(GATES, len(GATES)):  # registered in a varying order
            assert gate_words.occurring(text, gate) == finders.occurring(text, gate), (text, gate)


def test_a_gate_registered_later_is_found_in_a_text_read_before() -> None:
    text = "please send the parcel to the quayside warehouse"
    assert gate_words.occurring(text, ("send", "parcel")) == ["send", "parcel"]
    assert gate_words.occurring(text, ("quaysid", "warehous", "absent")) == ["quaysid", "warehous"]
    assert gate_words.occurring(text, ("absent",)) == []
    chinese = "请把包裹送到码头仓库，联系人在门口等"
    assert gate_words.occurring(chinese, ("包裹", "快递")) == ["包裹"]
    assert gate_words.occurring(chinese, ("码头仓", "门口", "后门", "等")) == ["码头仓", "门口", "等"]


def test_texts_outside_ascii_give_what_in_gives() -> None:
    # Words whose first character recurs more often than the scan looks (车 before 车号), words
    # that start with ASCII letters and go on outside ASCII, ASCII words split by a CJK character.
    # Words of one character outside ASCII (牌), pairs that occur only across pieces (号车).
    pieces = ("车", "号", "车号", "配送车", "has", "hasło", "ło", "ab", "a中b", "中", "x", " ", "病人", "人", "牌", "📞")
    gates = (("车号", "病人", "号车"), ("hasło", "ab", "b中"), ("", "中中", "车车车号"), ("牌", "车牌号", "📞", "人车"))
    rng = random.Random(32)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40)))
        for gate in gates:
            assert gate_words.occurring(text, gate) == [word for word in gate if word in text], (text, gate)
