"""Corpus J (bench/pii_corpus_j.py): the items are well formed and seeded, every labelled value is
in its prompt, all seventeen types appear in both parts, four in ten items are PII-free and carry
no labels, the dev and test parts share no frame, and the values that carry a check character pass
it (Luhn, IBAN mod 97, resident-ID, Hong Kong and Taiwan ID checks, the VIN check digit). Cards
are 15 or 16 digits; a 19-digit UnionPay number is an account. The new value makers write what
they promise, checked against python-stdnum where it knows the number (IBANs with their national
checks, Irish PPS, Chilean RUT, French NIR, Malaysian MyKad), and the VIN-shaped look-alike fails
its check digit. Format only: the detector is not run here."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.cl import rut as std_rut
from stdnum.fr import nir as std_nir
from stdnum.ie import pps as std_pps
from stdnum.my import nric as std_nric

from bench import pii_corpus_j_fillers as jf
from bench import pii_corpus_j_ids as ji
from bench import pii_corpus_j_values as jv
from bench.pii_corpus_f_values import Ctx
from bench.pii_corpus_j import CORPUS, FRAMES, LOOKALIKE_SHARE, LOOKALIKES, generate
from tests.router.corpus_checks import (assert_cards_by_length, assert_checks_hold,
                                        assert_frames_known, assert_lookalikes_unlabelled,
                                        assert_parts_cover_types, assert_parts_split, assert_seeded,
                                        assert_well_formed, plain, resident_id_ok, vin_ok)

SEED = 29
SIZE = 2400


@pytest.fixture(scope="module")
def sample() -> list[dict[str, Any]]:
    return list(generate(SIZE, SEED))


def test_the_new_number_makers_pass_their_checks() -> None:
    ctx = Ctx(random.Random(7))
    for _ in range(300):
        ctx.start_item(kid=False)
        assert std_iban.is_valid(ji.iban_j(ctx).upper())
        card = plain(ji.card_j(ctx))
        assert len(card) in (15, 16) and luhn.is_valid(card)
        assert vin_ok(plain(ji.vin_j(ctx))) and not vin_ok(jf.bad_vin(ctx))
        assert resident_id_ok(plain(ji.cn_id_j(ctx)))
        assert std_pps.is_valid(ji.pps(ctx)) and std_rut.is_valid(ji.rut(ctx))
        assert std_nir.is_valid(ji.nir(ctx)) and std_nric.is_valid(ji.my_ic(ctx))
        assert re.fullmatch(r"S[A-Z]{2} ?\d{1,4} ?[A-Z]", ji.sg_plate(ctx))
    for country in ji.IBANS:
        assert std_iban.is_valid(ji.iban_j(ctx, country).upper()), country
    ctx.start_item(kid=True)
    assert 2009 <= int(plain(ji.cn_id_j(ctx, True))[6:10]) <= 2021  # a child's ID carries a child's birth year


def test_the_new_people_and_places_are_what_they_say() -> None:
    ctx = Ctx(random.Random(11))
    for _ in range(300):
        ctx.start_item(kid=False)
        assert " " in jv.name_j(ctx) and " " in jv.native_name(ctx)
        assert re.fullmatch(r"[\u4e00-\u9fff·]{2,12}", jv.cn_name_j(ctx))
        assert "@" in jv.work_email(ctx, ctx.pick(("en", "zh")))
        assert sum(c.isdigit() for c in jv.phone_j(ctx)) >= 8
        assert sum(c.isdigit() for c in jv.cn_landline(ctx)) >= 9
        assert len(re.sub(r"\D", "", jv.cn_mobile_j(ctx)).removeprefix("86")) == 11
        assert re.search(r"\d", jv.home_j(ctx)) and re.search(r"弄|Lane", jv.sh_lane(ctx))
        assert re.search(r"Jalan|Lorong", jv.my_address(ctx)) and re.search(r"Flat|室", jv.hk_estate(ctx))
        assert re.search(r"号楼|幢|-\d+-", jv.cn_flat(ctx))
        assert re.search(r"(19|20)\d\d|\d\d年|[〇一二三四五六七八九]{4}年", jv.dob_j(ctx, ctx.pick(("en", "zh"))))


def test_items_are_well_formed(sample: list[dict[str, Any]]) -> None:
    assert_well_formed(CORPUS, sample, SEED)


def test_all_types_appear_in_each_part_and_four_in_ten_are_pii_free() -> None:
    assert_parts_cover_types(CORPUS, SIZE, SEED, share=(0.34, 0.46))
    assert LOOKALIKE_SHARE == 0.4


def test_checksummed_values_pass_their_checks(sample: list[dict[str, Any]]) -> None:
    assert_checks_hold(sample)


def test_cards_are_fifteen_or_sixteen_digits_and_debit_cards_are_accounts(sample: list[dict[str, Any]]) -> None:
    assert_cards_by_length(sample)


def test_same_seed_same_items_other_seed_other_items() -> None:
    assert_seeded(generate, SEED)


def test_frames_are_many_and_their_slots_known() -> None:
    assert_frames_known(CORPUS)
    assert sum(len(frames) for frames in FRAMES.values()) >= 240
    assert sum(len(frames) for frames in LOOKALIKES.values()) >= 140


def test_lookalikes_carry_no_labels_and_frames_always_do() -> None:
    assert_lookalikes_unlabelled(CORPUS)


def test_the_dev_and_test_parts_split_the_frames() -> None:
    assert_parts_split(CORPUS, SEED)
