"""Corpus E (bench/pii_corpus_e.py): the corpus is well formed, seeded, split into parts that keep
frames of their own, carries every type and enough PII-free look-alikes, and its check characters
are right. Then the detector on a seeded sample of E-dev (600 items, a seed of its own), with the
figures measured on main before any change (docs/privacy.md section 6, eighth round) as floors a
little below: format types 0.9424, all types 0.9036, false positives 5.0 % (9 of 180), names
0.819, addresses 0.93, 102 items leaving PII unmasked. A change to the detector that loses ground
on E-dev fails here; one that gains should raise the floors."""

from __future__ import annotations

import json
import random
import re
from typing import Any

import pytest

from bench.pii_corpus_c_frames import part_of
from bench.pii_corpus_c_values import CtxC
from bench.pii_corpus_e import STYLE_FRAMES, generate
from bench.pii_corpus_e_lookalikes import LOOKALIKES
from bench.pii_corpus_e_values import EXTRA, SLOTS, hk_id, sg_nric
from bench.pii_eval import evaluate
from duet.router.privacy.lexicon import load_lexicon

SEED = 21
SIZE = 600


def _nric_ok(value: str) -> bool:
    """Singapore's published NRIC check: weights 2765432, plus 4 for T, remainder into JZIHGFEDCBA."""
    total = sum(int(c) * w for c, w in zip(value[1:8], (2, 7, 6, 5, 4, 3, 2))) + (4 if value[0] == "T" else 0)
    return value[8] == "JZIHGFEDCBA"[total % 11]


def _hkid_ok(value: str) -> bool:
    """Hong Kong's check: letters 10-35 (a space before one letter is 36), weights 9 to 2, mod 11."""
    raw = value.replace("(", "").replace(")", "")
    body, check = raw[:-1], raw[-1]
    body = body if len(body) == 8 else " " + body
    values = [36 if c == " " else (ord(c) - 55 if c.isalpha() else int(c)) for c in body]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1)))
    return (total + (10 if check == "A" else int(check))) % 11 == 0


@pytest.fixture(scope="module")
def sample() -> list[dict[str, Any]]:
    return list(generate(SIZE, SEED, "dev"))


@pytest.fixture(scope="module")
def report(sample: list[dict[str, Any]]) -> dict[str, Any]:
    load_lexicon()
    return evaluate(sample)


def test_check_characters_are_right() -> None:
    assert _nric_ok("S1234567D") and not _nric_ok("S1234567A")  # the published examples
    assert _hkid_ok("A123456(3)") and not _hkid_ok("A123456(4)")
    ctx = CtxC(random.Random(5))
    assert all(_nric_ok(sg_nric(ctx)) for _ in range(200))
    assert all(_hkid_ok(hk_id(ctx)) for _ in range(200))


def test_sample_is_well_formed(sample: list[dict[str, Any]]) -> None:
    assert len(sample) == SIZE
    for item in sample:
        assert set(item) == {"id", "prompt", "lang", "label", "category", "pii"}
        assert "{" + "name}" not in item["prompt"] and "{phone}" not in item["prompt"]  # every slot filled
        for label in item["pii"]:
            assert label["value"] and label["value"] in item["prompt"], item
            assert label["value"] == label["value"].strip()
    free = sum(1 for item in sample if not item["pii"])
    assert free >= 0.25 * SIZE  # look-alikes are at least a quarter of the items


def test_every_slot_is_known_and_every_type_is_in_both_parts() -> None:
    known = set(SLOTS) | set(LOOKALIKES) | {"nid"}
    assert set(EXTRA) <= set(SLOTS)
    for part in ("dev", "test"):
        types = {label["type"] for item in generate(2000, 3, part) for label in item["pii"]}
        assert types >= set(SLOTS.values()), (part, set(SLOTS.values()) - types)
    for frames in STYLE_FRAMES.values():
        for lang_frames in frames.values():
            for frame in lang_frames:
                for slot in re.findall(r"\{(\w+)\}", frame):
                    assert slot in known, (slot, frame)


def test_generation_is_deterministic_and_parts_differ() -> None:
    again = [json.dumps(item, ensure_ascii=False) for item in generate(60, SEED, "dev")]
    assert again == [json.dumps(item, ensure_ascii=False) for item in generate(60, SEED, "dev")]
    assert again != [json.dumps(item, ensure_ascii=False) for item in generate(60, SEED + 1, "dev")]
    for frames in (STYLE_FRAMES["chat"]["en"], STYLE_FRAMES["document"]["en"]):
        assert set(part_of(frames, "dev")) - set(part_of(frames, "test"))  # E-test keeps frames of its own
        assert set(part_of(frames, "test")) - set(part_of(frames, "dev"))


def test_recall_does_not_fall_below_the_measured_floor(report: dict[str, Any]) -> None:
    assert report["recall_format_types"] >= 0.935, report["recall"]
    assert report["recall_all_types"] >= 0.895, report["recall"]
    assert report["recall"]["person_name"] >= 0.80, report["recall"]
    assert report["recall"]["street_address"] >= 0.91, report["recall"]
    assert report["items_leaving_pii_unmasked"] <= 110


def test_false_positives_do_not_rise_above_the_measured_ceiling(report: dict[str, Any]) -> None:
    assert report["pii_free_items"] >= 150
    assert report["false_positive_rate"] <= 0.06
