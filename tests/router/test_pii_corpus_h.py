"""Corpus H (bench/pii_corpus_h.py): the items are well formed and seeded, every labelled value
is in its prompt, all seventeen types appear in both parts, four in ten items are PII-free and
carry no labels, the dev and test parts share no frame, and the values that carry a check
character pass it (Luhn, IBAN mod 97, resident-ID, Hong Kong and Taiwan ID checks, the VIN check
digit; Korean RRN, My Number, South African and Emirates IDs, CURP, Thai ID, T.C. Kimlik,
personnummer, CLABE, CHI, NHI and IHI checks of the new values). Cards are 15 or 16 digits; a
19-digit UnionPay number is an account. Format only: the detector is not run here."""

from __future__ import annotations

import random
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
from bench.pii_corpus_h import CORPUS, LOOKALIKE_SHARE, generate
from tests.router.corpus_checks import (assert_cards_by_length, assert_checks_hold,
                                        assert_frames_known, assert_lookalikes_unlabelled,
                                        assert_parts_cover_types, assert_parts_split, assert_seeded,
                                        assert_well_formed, cn_id_ok, plain, resident_id_ok)

SEED = 17
SIZE = 2400


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


def test_lookalikes_carry_no_labels_and_frames_always_do() -> None:
    assert_lookalikes_unlabelled(CORPUS)


def test_the_dev_and_test_parts_split_the_frames() -> None:
    assert_parts_split(CORPUS, SEED)
