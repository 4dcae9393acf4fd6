"""Corpus H (bench/pii_corpus_h.py): the items are well formed and seeded, every labelled value
is in its prompt, all seventeen types appear in both parts, four in ten items are PII-free and
carry no labels, the dev and test parts share no frame, and the values that carry a check
character pass it (Luhn, IBAN mod 97, resident-ID, Hong Kong and Taiwan ID checks, the VIN check
digit; Korean RRN, My Number, South African and Emirates IDs, CURP, Thai ID, T.C. Kimlik,
personnummer, CLABE, CHI, NHI and IHI checks of the new values). Cards are 15 or 16 digits; a
19-digit UnionPay number is an account. Format only: the detector is not run here."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.in_ import pan as std_pan
from stdnum.jp import in_ as std_my_number
from stdnum.kr import rrn as std_rrn
from stdnum.mx import curp as std_curp
from stdnum.se import personnummer as std_personnummer
from stdnum.th import pin as std_thai
from stdnum.tr import tckimlik as std_tckimlik
from stdnum.us import rtn as std_rtn
from stdnum.za import idnr as std_za

from bench import pii_corpus_h_fillers as hf
from bench import pii_corpus_h_ids as hi
from bench import pii_corpus_h_money as hm
from bench.pii_corpus_f_values import Ctx
from bench.pii_corpus_h import FRAMES, LOOKALIKE_SHARE, LOOKALIKES, SLOT, SLOTS, TYPES, fill, generate, part_of
from bench.pii_corpus_h_fillers import FILLERS
from tests.router.corpus_checks import ALL_TYPES, assert_checks_hold, assert_seeded, cn_id_ok, plain, resident_id_ok

SEED = 17
SIZE = 2400
LEFT = re.compile(r"\{[a-z][a-z0-9]*(?:_\d)?(?::[a-z0-9]+)?\}")  # a slot left unfilled, or a mod SLOT cannot read


def _clabe_ok(value: str) -> bool:
    total = sum(int(x) * w % 10 for x, w in zip(value[:17], (3, 7, 1) * 6))
    return len(value) == 18 and (10 - total % 10) % 10 == int(value[17])


def _chi_ok(value: str) -> bool:
    total = sum(int(x) * w for x, w in zip(value[:9], range(10, 1, -1)))
    return len(value) == 10 and (11 - total % 11) % 11 == int(value[9])


def _nhi_ok(value: str) -> bool:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    total = sum((letters.index(x) + 1) * w for x, w in zip(value[:3], (7, 6, 5)))
    total += sum(int(x) * w for x, w in zip(value[3:6], (4, 3, 2)))
    return total % 11 != 0 and (11 - total % 11) % 10 == int(value[6])


@pytest.fixture(scope="module")
def sample() -> list[dict[str, Any]]:
    return list(generate(SIZE, SEED))


def test_the_new_checks_know_published_examples() -> None:
    assert _clabe_ok("032180000118359719") and not _clabe_ok("032180000118359718")
    assert hi.my_number_check("12345678901") == "8"
    assert hi.curp_check("BOXW310820HNERXN0") == "9"
    assert hm.iban_check("GB", "WEST12345698765432") == "82"
    assert all(std_rtn.is_valid(number) for _, number in hf.ABA)


def test_the_new_values_pass_their_checks() -> None:
    ctx = Ctx(random.Random(5))
    for _ in range(300):
        ctx.start_item(kid=False)
        assert std_rrn.is_valid(hi.korean_rrn(ctx))
        assert std_my_number.is_valid(plain(hi.my_number(ctx)))
        assert std_za.is_valid(plain(hi.za_id(ctx)))
        assert std_curp.is_valid(hi.curp(ctx))
        assert std_thai.is_valid(plain(hi.thai_id(ctx)))
        assert std_tckimlik.is_valid(hi.tc_kimlik(ctx))
        assert std_personnummer.is_valid(hi.personnummer(ctx))
        assert std_pan.is_valid(hi.pan(ctx))
        assert luhn.is_valid(plain(hi.emirates_id(ctx))) and plain(hi.emirates_id(ctx)).startswith("784")
        assert std_iban.is_valid(hm.iban_h(ctx))
        assert _clabe_ok(plain(hm.clabe(ctx)))
        assert _chi_ok(plain(hi.chi_number(ctx)))
        assert _nhi_ok(hi.nhi(ctx))
        ihi = plain(hi.ihi(ctx))
        assert luhn.is_valid(ihi) and ihi.startswith("800360") and len(ihi) == 16
        assert cn_id_ok(hi.gat_permit(ctx)) and resident_id_ok(plain(hi.cn_resident_id_h(ctx)))
        assert resident_id_ok(plain(hi.tw_id_h(ctx)))
        assert not std_iban.is_valid(hf.iban_like(ctx))


def test_items_are_well_formed(sample: list[dict[str, Any]]) -> None:
    assert len(sample) == SIZE
    for i, item in enumerate(sample):
        assert set(item) == {"id", "prompt", "lang", "label", "category", "pii"}
        assert item["id"] == f"H-{SEED}-{i:05d}"
        assert item["lang"] in {"en", "zh"} and item["label"] == "local" and item["category"] == "pii_corpus_h"
        assert isinstance(item["prompt"], str) and not LEFT.search(item["prompt"]), item  # every slot filled
        for label in item["pii"]:
            assert set(label) == {"type", "value"} and label["type"] in ALL_TYPES, label
            assert label["value"] and label["value"] == label["value"].strip(), label
            assert label["value"] in item["prompt"], item
        assert len(item["pii"]) == len({(x["type"], x["value"]) for x in item["pii"]}), item  # each value once
    langs = [item["lang"] for item in sample]
    assert 0.4 * SIZE < langs.count("zh") < 0.6 * SIZE


def test_all_types_appear_in_each_part_and_four_in_ten_are_pii_free() -> None:
    assert set(TYPES) == ALL_TYPES
    for part in ("dev", "test"):
        items = list(generate(SIZE, SEED, part))
        seen = {label["type"] for item in items for label in item["pii"]}
        assert seen == ALL_TYPES, (part, ALL_TYPES - seen)
        free = sum(1 for item in items if not item["pii"])
        assert 0.34 * SIZE < free < 0.46 * SIZE, (part, free)
        assert all(item["id"].startswith(f"H{part}-{SEED}-") for item in items)
    assert LOOKALIKE_SHARE == 0.4


def test_checksummed_values_pass_their_checks(sample: list[dict[str, Any]]) -> None:
    assert_checks_hold(sample)


def test_cards_are_fifteen_or_sixteen_digits_and_debit_cards_are_accounts(sample: list[dict[str, Any]]) -> None:
    for item in sample:
        for label in item["pii"]:
            digits = plain(label["value"])
            if label["type"] == "credit_card":
                assert len(digits) in (15, 16), label
            if digits.isdigit() and len(digits) == 19 and digits.startswith("62") and luhn.is_valid(digits):
                assert label["type"] == "bank_account", label


def test_same_seed_same_items_other_seed_other_items() -> None:
    assert_seeded(generate, SEED)


def test_frames_are_many_and_their_slots_known() -> None:
    for lang in ("en", "zh"):
        assert len(set(FRAMES[lang])) == len(FRAMES[lang]) >= 100, lang
        assert len(set(LOOKALIKES[lang])) == len(LOOKALIKES[lang]) >= 60, lang
        for frame in FRAMES[lang]:
            slots = [m.group(1) for m in SLOT.finditer(frame)]
            assert any(s in SLOTS for s in slots), frame  # every positive frame holds PII
            assert all(s in SLOTS or s in FILLERS for s in slots), frame
        for frame in LOOKALIKES[lang]:
            assert all(m.group(1) in FILLERS and m.group(1) not in SLOTS for m in SLOT.finditer(frame)), frame


def test_lookalikes_carry_no_labels_and_frames_always_do() -> None:
    ctx = Ctx(random.Random(3))
    for _ in range(3):
        for lang in ("en", "zh"):
            for frame in LOOKALIKES[lang]:
                prompt, labels = fill(ctx, frame, lang)
                assert labels == [] and prompt and not LEFT.search(prompt), frame
            for frame in FRAMES[lang]:
                prompt, labels = fill(ctx, frame, lang)
                assert labels and all(label["value"] in prompt for label in labels), frame
                assert not LEFT.search(prompt), frame


def test_the_dev_and_test_parts_split_the_frames() -> None:
    for pools in (FRAMES, LOOKALIKES):
        for frames in pools.values():
            dev, test = part_of(frames, "dev"), part_of(frames, "test")
            assert set(dev).isdisjoint(test) and sorted(dev + test) == sorted(frames)
    ids = [item["id"] for item in generate(5, SEED, "test")]
    assert ids[0] == f"Htest-{SEED}-00000"
