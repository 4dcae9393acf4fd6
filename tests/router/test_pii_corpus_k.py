"""Corpus K (bench/pii_corpus_k.py): the items are well formed and seeded, every labelled value is
in its prompt, all seventeen types appear in both parts, a little over half the items are PII-free
and carry no labels, the dev and test parts share no frame, and the values that carry a check
character pass it (Luhn, IBAN mod 97, resident-ID, Hong Kong and Taiwan ID checks, the VIN check
digit). Cards are 15 or 16 digits; a 19-digit UnionPay number is an account. The new national
numbers pass python-stdnum's checks (Brazilian CPF, Polish PESEL, Dutch BSN, Turkish T.C. Kimlik,
Indian Aadhaar, Korean resident numbers), phones of many countries are valid for phonenumbers,
and the look-alikes that fail a check do fail it. Format only: the detector is not run here."""

from __future__ import annotations

import random
import re
from collections import Counter
from typing import Any

import phonenumbers
import pytest
from stdnum import isbn as std_isbn
from stdnum import luhn
from stdnum.br import cpf as std_cpf
from stdnum.in_ import aadhaar as std_aadhaar
from stdnum.kr import rrn as std_rrn
from stdnum.nl import bsn as std_bsn
from stdnum.pl import pesel as std_pesel
from stdnum.tr import tckimlik as std_tckimlik

from bench import pii_corpus_k_fillers as kf
from bench import pii_corpus_k_values as kv
from bench.pii_corpus_f_values import Ctx
from bench.pii_corpus_k import CORPUS, FRAMES, LOOKALIKE_SHARE, LOOKALIKES, SLOTS, generate
from bench.pii_corpus_slots import SLOT, part_of
from tests.router.corpus_checks import (assert_cards_by_length, assert_checks_hold,
                                        assert_frames_known, assert_lookalikes_unlabelled,
                                        assert_parts_cover_types, assert_parts_split, assert_seeded,
                                        assert_well_formed, cn_id_ok, plain, resident_id_ok, vin_ok)

SEED = 31
SIZE = 3000


@pytest.fixture(scope="module")
def sample() -> list[dict[str, Any]]:
    return list(generate(SIZE, SEED))


def test_the_new_national_numbers_pass_their_checks() -> None:
    ctx = Ctx(random.Random(5))
    checks = {"cpf": std_cpf, "pesel": std_pesel, "bsn": std_bsn, "tckn": std_tckimlik, "aadhaar": std_aadhaar,
              "rrn": std_rrn}
    for _ in range(300):
        ctx.start_item(kid=False)
        for kind, module in checks.items():
            assert module.is_valid(kv.national_id(ctx, kind)), kind
        assert resident_id_ok(plain(kv.resident_id(ctx)))
        assert vin_ok(plain(kv.vin(ctx)))
    ctx.start_item(kid=True)
    assert 2009 <= int(plain(kv.resident_id(ctx, True))[6:10]) <= 2021  # a child's ID carries a child's birth year


def test_people_places_and_contacts_are_what_they_say() -> None:
    ctx = Ctx(random.Random(13))
    for _ in range(300):
        ctx.start_item(kid=False)
        assert len(kv.name_en(ctx).split()) >= 2 and kv.name_script(ctx).strip()
        assert re.fullmatch(r"[\u4e00-\u9fff·]{2,12}", kv.name_zh(ctx))
        assert re.fullmatch(r"[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}", kv.email(ctx, ctx.pick(("en", "zh"))))
        assert sum(c.isdigit() for c in kv.phone_en(ctx)) >= 8
        assert sum(c.isdigit() for c in kv.cn_mobile(ctx)) >= 8
        assert re.search(r"\d", kv.address_en(ctx)) and re.search(r"\d|[一二三四五六七八九十]", kv.address_zh(ctx))
        spoken = kv.phone_spoken(ctx, "en")
        assert spoken.split()[0] in kv.SPOKEN and sum(c.isdigit() for c in spoken) >= 7
        assert re.search(r"(19|20)\d\d|\d\d年|[〇一二三四五六七八九]{4}年", kv.dob(ctx, ctx.pick(("en", "zh"))))
        assert not kv.lan_ip(ctx).startswith(("127.", "0.", "192.0.2.", "198.51.100.", "203.0.113."))


def test_phones_of_many_countries_are_valid() -> None:
    ctx = Ctx(random.Random(17))
    valid = 0
    for _ in range(200):
        number = kv.phone_world(ctx)
        try:
            valid += any(phonenumbers.is_valid_number(phonenumbers.parse(number, region))
                         for _, region in kv.PHONE_LOCALES)
        except phonenumbers.NumberParseException:
            pass
    assert valid >= 190


def test_the_lookalike_numbers_are_what_they_claim() -> None:
    ctx = Ctx(random.Random(19))
    for _ in range(200):
        ctx.start_item(kid=False)
        assert not luhn.is_valid(kf.FILLERS["badcard"](ctx))
        assert not cn_id_ok(kf.FILLERS["badcnid"](ctx))
        assert not vin_ok(kf.FILLERS["badvin"](ctx))
        assert std_isbn.is_valid(kf.FILLERS["isbn"](ctx))
    assert all(luhn.is_valid(plain(card)) for card in kf.TEST_CARDS)  # test cards pass Luhn: only their use says test


def test_items_are_well_formed(sample: list[dict[str, Any]]) -> None:
    assert_well_formed(CORPUS, sample, SEED)


def test_all_types_appear_in_each_part_and_a_little_over_half_are_pii_free() -> None:
    assert_parts_cover_types(CORPUS, SIZE, SEED, share=(0.49, 0.61))
    assert LOOKALIKE_SHARE == 0.55


def test_checksummed_values_pass_their_checks(sample: list[dict[str, Any]]) -> None:
    assert_checks_hold(sample)


def test_cards_are_fifteen_or_sixteen_digits_and_debit_cards_are_accounts(sample: list[dict[str, Any]]) -> None:
    assert_cards_by_length(sample)


def test_same_seed_same_items_other_seed_other_items() -> None:
    assert_seeded(generate, SEED)


def test_frames_are_many_and_their_slots_known() -> None:
    assert_frames_known(CORPUS, frames=120, lookalikes=70)
    assert sum(len(frames) for frames in FRAMES.values()) >= 250
    assert sum(len(frames) for frames in LOOKALIKES.values()) >= 150


def test_each_type_has_enough_frames_in_each_part() -> None:
    """At least 30 frames for names, addresses, phones and birth dates, 8 for every other type,
    and every type in both parts."""
    for part in ("all", "dev", "test"):
        count: Counter[str] = Counter()
        for frames in FRAMES.values():
            for frame in part_of(frames, part):
                count.update({SLOTS[m.group(1)][0] for m in SLOT.finditer(frame) if m.group(1) in SLOTS})
        floor = {"all": (30, 8), "dev": (12, 3), "test": (12, 3)}[part]
        for typ in {typ for typ, _ in SLOTS.values()}:
            common = typ in ("person_name", "street_address", "phone", "date_of_birth")
            assert count[typ] >= floor[0 if common else 1], (part, typ, count[typ])


def test_values_sit_at_the_start_middle_and_end_and_glued_to_cjk(sample: list[dict[str, Any]]) -> None:
    where: Counter[str] = Counter()
    for item in sample:
        prompt = item["prompt"]
        for label in item["pii"]:
            start = prompt.find(label["value"])
            end = start + len(label["value"])
            where["start"] += start == 0
            where["end"] += end == len(prompt)
            where["middle"] += 0 < start and end < len(prompt)
            where["glued"] += bool(start > 0 and re.match(r"[\u4e00-\u9fff：，]", prompt[start - 1]))
    assert min(where.values()) >= 20, where


def test_lookalikes_carry_no_labels_and_frames_always_do() -> None:
    assert_lookalikes_unlabelled(CORPUS)


def test_the_dev_and_test_parts_split_the_frames() -> None:
    assert_parts_split(CORPUS, SEED)
