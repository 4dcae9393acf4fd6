"""Checks the labelled corpora's format tests share: the seventeen PII types, a value with its
separators and invisible characters taken out, and the check characters of the types that carry
one (Luhn, IBAN mod 97, the ISO 7064 MOD 11-2 check of mainland resident IDs, Hong Kong and Taiwan
ID checks, the VIN check digit)."""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from bench.pii_corpus_f_values import Ctx
from bench.pii_corpus_slots import SLOT, SlotCorpus, part_of

ALL_TYPES = {"email", "phone", "cn_resident_id", "credit_card", "iban", "ip_address", "api_key_secret", "passport",
             "person_name", "street_address", "date_of_birth", "bank_account", "license_plate", "medical_record",
             "national_id", "gps_coordinates", "vin"}


def plain(value: str) -> str:
    """The value without what people put between characters: full-width forms, zero-width
    spaces, spaces, dashes, dots and brackets."""
    value = unicodedata.normalize("NFKC", value).replace("\u200b", "")
    return re.sub(r"[\s\-.()]", "", value).upper()


def luhn_ok(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return number.isdigit() and total % 10 == 0


def iban_ok(value: str) -> bool:
    moved = value[4:] + value[:4]
    return value[:2].isalpha() and int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def cn_id_ok(value: str) -> bool:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return value[:17].isdigit() and "10X98765432"[sum(int(c) * w for c, w in zip(value, weights)) % 11] == value[17]


def hk_id_ok(value: str) -> bool:
    body, check = value[:-1], value[-1]
    body = body if len(body) == 8 else " " + body
    values = [36 if c == " " else (ord(c) - 55 if c.isalpha() else int(c)) for c in body]
    return (sum(v * w for v, w in zip(values, range(9, 1, -1))) + (10 if check == "A" else int(check))) % 11 == 0


def tw_id_ok(value: str) -> bool:
    codes = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))
    code = codes[value[0]]
    total = code // 10 + code % 10 * 9 + sum(int(c) * w for c, w in zip(value[1:], (8, 7, 6, 5, 4, 3, 2, 1, 1)))
    return total % 10 == 0


def resident_id_ok(value: str) -> bool:
    if len(value) == 18:
        return cn_id_ok(value)
    if len(value) == 10 and value[1] in "12":
        return tw_id_ok(value)
    return hk_id_ok(value)


def vin_ok(value: str) -> bool:
    letters = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7,
                                                    8, 9)))
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    total = sum((int(c) if c.isdigit() else letters[c]) * w for c, w in zip(value, weights))
    return len(value) == 17 and value[8] == ("X" if total % 11 == 10 else str(total % 11))


CHECKS = {"credit_card": luhn_ok, "iban": iban_ok, "cn_resident_id": resident_id_ok, "vin": vin_ok}


def assert_checks_hold(sample: list[dict[str, Any]]) -> None:
    """Every labelled value of a checked type passes its check, twenty of each type at least."""
    checked = {typ: 0 for typ in CHECKS}
    for item in sample:
        for label in item["pii"]:
            if label["type"] in CHECKS:
                assert CHECKS[label["type"]](plain(label["value"])), label
                checked[label["type"]] += 1
    assert min(checked.values()) >= 20, checked


def assert_seeded(generate: Callable[[int, int], Iterable[dict[str, Any]]], seed: int) -> None:
    """The same seed gives the same items, another seed others, and two corpora made at once do
    not disturb each other."""
    first = [json.dumps(item, ensure_ascii=False) for item in generate(120, seed)]
    assert first == [json.dumps(item, ensure_ascii=False) for item in generate(120, seed)]
    assert first != [json.dumps(item, ensure_ascii=False) for item in generate(120, seed + 1)]
    side_by_side = list(zip(generate(60, seed), generate(60, seed + 1)))
    assert [json.dumps(a, ensure_ascii=False) for a, _ in side_by_side] == first[:60]


# A slot left unfilled, or a modifier the slot pattern cannot read.
LEFT = re.compile(r"\{[a-z][a-z0-9]*(?:_\d)?(?::[a-z0-9]+)?\}")


def assert_frames_known(corpus: SlotCorpus, frames: int = 100, lookalikes: int = 60) -> None:
    """Many distinct frames per language; every positive frame holds a PII slot and every slot is
    known; a look-alike holds fillers only."""
    for lang in ("en", "zh"):
        assert len(set(corpus.frames[lang])) == len(corpus.frames[lang]) >= frames, lang
        assert len(set(corpus.lookalikes[lang])) == len(corpus.lookalikes[lang]) >= lookalikes, lang
        for frame in corpus.frames[lang]:
            slots = [m.group(1) for m in SLOT.finditer(frame)]
            assert any(s in corpus.slots for s in slots), frame  # every positive frame holds PII
            assert all(s in corpus.slots or s in corpus.fillers for s in slots), frame
        for frame in corpus.lookalikes[lang]:
            assert all(m.group(1) in corpus.fillers and m.group(1) not in corpus.slots for m in SLOT.finditer(frame)), frame


def assert_lookalikes_unlabelled(corpus: SlotCorpus) -> None:
    """Every look-alike fills to a prompt with no label, every frame to one whose labels are in it."""
    ctx = Ctx(random.Random(3))
    for _ in range(3):
        for lang in ("en", "zh"):
            for frame in corpus.lookalikes[lang]:
                prompt, labels = corpus.fill(ctx, frame, lang)
                assert labels == [] and prompt and not LEFT.search(prompt), frame
            for frame in corpus.frames[lang]:
                prompt, labels = corpus.fill(ctx, frame, lang)
                assert labels and all(label["value"] in prompt for label in labels), frame
                assert not LEFT.search(prompt), frame


def assert_parts_split(corpus: SlotCorpus, seed: int) -> None:
    """The dev and test parts share no frame and together hold them all; ids name the part."""
    for pools in (corpus.frames, corpus.lookalikes):
        for frames in pools.values():
            dev, test = part_of(frames, "dev"), part_of(frames, "test")
            assert set(dev).isdisjoint(test) and sorted(dev + test) == sorted(frames)
    ids = [item["id"] for item in corpus.generate(5, seed, "test")]
    assert ids[0] == f"{corpus.letter}test-{seed}-00000"


def assert_well_formed(corpus: SlotCorpus, sample: list[dict[str, Any]], seed: int) -> None:
    """Items in the dev set's format, every slot filled, each label once and in its prompt, both
    languages."""
    for i, item in enumerate(sample):
        assert set(item) == {"id", "prompt", "lang", "label", "category", "pii"}
        assert item["id"] == f"{corpus.letter}-{seed}-{i:05d}"
        assert item["lang"] in {"en", "zh"} and item["label"] == "local"
        assert item["category"] == f"pii_corpus_{corpus.letter.lower()}"
        assert isinstance(item["prompt"], str) and not LEFT.search(item["prompt"]), item  # every slot filled
        for label in item["pii"]:
            assert set(label) == {"type", "value"} and label["type"] in ALL_TYPES, label
            assert label["value"] and label["value"] == label["value"].strip(), label
            assert label["value"] in item["prompt"], item
        assert len(item["pii"]) == len({(x["type"], x["value"]) for x in item["pii"]}), item  # each value once
    langs = [item["lang"] for item in sample]
    assert 0.4 * len(sample) < langs.count("zh") < 0.6 * len(sample)


def assert_parts_cover_types(corpus: SlotCorpus, size: int, seed: int, share: tuple[float, float]) -> None:
    """Each part holds all seventeen types, and a share of PII-free items within ``share``."""
    types = {typ for typ, _ in corpus.slots.values()}
    assert types == ALL_TYPES
    for part in ("dev", "test"):
        items = list(corpus.generate(size, seed, part))
        seen = {label["type"] for item in items for label in item["pii"]}
        assert seen == ALL_TYPES, (part, ALL_TYPES - seen)
        free = sum(1 for item in items if not item["pii"])
        assert share[0] * size < free < share[1] * size, (part, free)
        assert all(item["id"].startswith(f"{corpus.letter}{part}-{seed}-") for item in items)


def assert_cards_by_length(sample: list[dict[str, Any]]) -> None:
    """Cards are 15 or 16 digits; a Luhn-valid 19-digit UnionPay number is an account."""
    for item in sample:
        for label in item["pii"]:
            digits = plain(label["value"])
            if label["type"] == "credit_card":
                assert len(digits) in (15, 16), label
            if digits.isdigit() and len(digits) == 19 and digits.startswith("62") and luhn_ok(digits):
                assert label["type"] == "bank_account", label
