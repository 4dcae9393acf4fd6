"""Corpus F (bench/pii_corpus_f.py): the items are well formed and seeded, every labelled value
is in its prompt, all seventeen types appear, at least a quarter of the items are PII-free, and
the values that carry a check character pass it (Luhn, IBAN mod 97, the ISO 7064 MOD 11-2 check
of mainland resident IDs, Hong Kong and Taiwan ID checks, the VIN check digit). Format only: the
detector is not run here."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

import pytest

from bench.pii_corpus_f import FRAMES, LOOKALIKES, SLOT, SLOTS, TYPES, generate, part_of
from bench.pii_corpus_f_fillers import FILLERS

SEED = 11
SIZE = 2000
ALL_TYPES = {"email", "phone", "cn_resident_id", "credit_card", "iban", "ip_address", "api_key_secret", "passport",
             "person_name", "street_address", "date_of_birth", "bank_account", "license_plate", "medical_record",
             "national_id", "gps_coordinates", "vin"}


def _plain(value: str) -> str:
    """The value without what people put between characters: full-width forms, zero-width
    spaces, spaces, dashes, dots and brackets."""
    value = unicodedata.normalize("NFKC", value).replace("\u200b", "")
    return re.sub(r"[\s\-.()]", "", value).upper()


def _luhn_ok(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return number.isdigit() and total % 10 == 0


def _iban_ok(value: str) -> bool:
    moved = value[4:] + value[:4]
    return value[:2].isalpha() and int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _cn_id_ok(value: str) -> bool:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return value[:17].isdigit() and "10X98765432"[sum(int(c) * w for c, w in zip(value, weights)) % 11] == value[17]


def _hk_id_ok(value: str) -> bool:
    body, check = value[:-1], value[-1]
    body = body if len(body) == 8 else " " + body
    values = [36 if c == " " else (ord(c) - 55 if c.isalpha() else int(c)) for c in body]
    return (sum(v * w for v, w in zip(values, range(9, 1, -1))) + (10 if check == "A" else int(check))) % 11 == 0


def _tw_id_ok(value: str) -> bool:
    codes = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))
    code = codes[value[0]]
    total = code // 10 + code % 10 * 9 + sum(int(c) * w for c, w in zip(value[1:], (8, 7, 6, 5, 4, 3, 2, 1, 1)))
    return total % 10 == 0


def _resident_id_ok(value: str) -> bool:
    if len(value) == 18:
        return _cn_id_ok(value)
    if len(value) == 10 and value[1] in "12":
        return _tw_id_ok(value)
    return _hk_id_ok(value)


def _vin_ok(value: str) -> bool:
    letters = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7,
                                                    8, 9)))
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    total = sum((int(c) if c.isdigit() else letters[c]) * w for c, w in zip(value, weights))
    return len(value) == 17 and value[8] == ("X" if total % 11 == 10 else str(total % 11))


CHECKS = {"credit_card": _luhn_ok, "iban": _iban_ok, "cn_resident_id": _resident_id_ok, "vin": _vin_ok}


@pytest.fixture(scope="module")
def sample() -> list[dict[str, Any]]:
    return list(generate(SIZE, SEED))


def test_the_checks_know_published_examples() -> None:
    assert _luhn_ok("4111111111111111") and not _luhn_ok("4111111111111112")
    assert _iban_ok("GB82WEST12345698765432") and not _iban_ok("GB82WEST12345698765433")
    assert _cn_id_ok("11010519491231002X") and not _cn_id_ok("110105194912310021")
    assert _hk_id_ok("A1234563") and not _hk_id_ok("A1234564")
    assert _tw_id_ok("A123456789") and not _tw_id_ok("A123456788")
    assert _vin_ok("1M8GDM9AXKP042788") and not _vin_ok("1M8GDM9A1KP042788")


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
    checked = {typ: 0 for typ in CHECKS}
    for item in sample:
        for label in item["pii"]:
            if label["type"] in CHECKS:
                assert CHECKS[label["type"]](_plain(label["value"])), label
                checked[label["type"]] += 1
    assert min(checked.values()) >= 20, checked


def test_same_seed_same_items_other_seed_other_items() -> None:
    first = [json.dumps(item, ensure_ascii=False) for item in generate(120, SEED)]
    assert first == [json.dumps(item, ensure_ascii=False) for item in generate(120, SEED)]
    assert first != [json.dumps(item, ensure_ascii=False) for item in generate(120, SEED + 1)]
    side_by_side = list(zip(generate(60, SEED), generate(60, SEED + 1)))  # two corpora made at once
    assert [json.dumps(a, ensure_ascii=False) for a, _ in side_by_side] == first[:60]


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
