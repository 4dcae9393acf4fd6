"""Corpus F (bench/pii_corpus_f.py): the items are well formed and seeded, every labelled value
is in its prompt, all seventeen types appear, at least a quarter of the items are PII-free, and
the values that carry a check character pass it (Luhn, IBAN mod 97, the ISO 7064 MOD 11-2 check
of mainland resident IDs, Hong Kong and Taiwan ID checks, the VIN check digit). Format only: the
detector is not run here."""

from __future__ import annotations

from typing import Any

import pytest

from bench.pii_corpus_f import FRAMES, LOOKALIKES, SLOT, SLOTS, TYPES, generate, part_of
from bench.pii_corpus_f_fillers import FILLERS
from tests.router.corpus_checks import ALL_TYPES, assert_checks_hold, assert_seeded

SEED = 11
SIZE = 2000


@pytest.fixture(scope="module")
def sample() -> list[dict[str, Any]]:
    return list(generate(SIZE, SEED))


def test_items_are_well_formed(sample: list[dict[str, Any]]) -> None:
    assert len(sample) == SIZE
    for i, item in enumerate(sample):
        assert set(item) == {"id", "prompt", "lang", "label", "category", "pii"}
        assert item["id"] == f"F-{SEED}-{i:05d}"
        assert item["lang"] in {"en", "zh"} and item["label"] == "local" and item["category"] == "pii_corpus_f"
        assert isinstance(item["prompt"], str) and not SLOT.search(item["prompt"]), item  # every slot filled
        for label in item["pii"]:
            assert set(label) == {"type", "value"} and label["type"] in ALL_TYPES, label
            assert label["value"] and label["value"] == label["value"].strip(), label
            assert label["value"] in item["prompt"], item
    langs = [item["lang"] for item in sample]
    assert 0.4 * SIZE < langs.count("zh") < 0.6 * SIZE


def test_all_types_appear_and_a_quarter_is_pii_free(sample: list[dict[str, Any]]) -> None:
    assert set(TYPES) == ALL_TYPES
    seen = {label["type"] for item in sample for label in item["pii"]}
    assert seen == ALL_TYPES, ALL_TYPES - seen
    free = sum(1 for item in sample if not item["pii"])
    assert free >= 0.25 * SIZE, free


def test_checksummed_values_pass_their_checks(sample: list[dict[str, Any]]) -> None:
    assert_checks_hold(sample)


def test_same_seed_same_items_other_seed_other_items() -> None:
    assert_seeded(generate, SEED)


def test_frames_are_many_and_their_slots_known() -> None:
    positive = {lang: len(set(frames)) for lang, frames in FRAMES.items()}
    lookalike = {lang: len(set(frames)) for lang, frames in LOOKALIKES.items()}
    assert sum(positive.values()) + sum(lookalike.values()) >= 150
    assert min(positive.values()) >= 60 and min(lookalike.values()) >= 25
    for frames in FRAMES.values():
        for frame in frames:
            slots = [m.group(1) for m in SLOT.finditer(frame)]
            assert any(s in SLOTS for s in slots), frame  # every positive frame holds PII
            assert all(s in SLOTS or s in FILLERS for s in slots), frame
    for frames in LOOKALIKES.values():
        for frame in frames:
            assert all(m.group(1) in FILLERS for m in SLOT.finditer(frame)), frame  # nothing personal


def test_the_dev_and_test_parts_split_the_frames() -> None:
    for frames in FRAMES.values():
        dev, test = part_of(frames, "dev"), part_of(frames, "test")
        assert set(dev).isdisjoint(test) and sorted(dev + test) == sorted(frames)
    ids = [item["id"] for item in generate(5, SEED, "test")]
    assert ids[0] == f"Ftest-{SEED}-00000"
