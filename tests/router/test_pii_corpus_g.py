"""Corpus G (bench/pii_corpus_g.py): the items are well formed and seeded, every labelled value
is in its prompt, all seventeen types appear in both parts, four in ten items are PII-free and
carry no labels, the dev and test parts share no frame, and the values that carry a check
character pass it (Luhn, IBAN mod 97, resident-ID, Hong Kong and Taiwan ID checks, the VIN check
digit; CPF, Aadhaar/Verhoeff, SIN, codice fiscale and BSN checks of the new national IDs). Format
only: the detector is not run here."""

from __future__ import annotations

import random
from typing import Any

import pytest

from bench import pii_corpus_g_values as gv
from bench.pii_corpus_f_values import Ctx
from bench.pii_corpus_g import CORPUS, LOOKALIKE_SHARE, generate
from tests.router.corpus_checks import (assert_checks_hold, assert_frames_known, assert_lookalikes_unlabelled,
                                    assert_parts_cover_types, assert_parts_split, assert_seeded, assert_well_formed,
                                    cn_id_ok, luhn_ok, plain, vin_ok)

SEED = 13
SIZE = 2400
def _cpf_ok(value: str) -> bool:
    digits = [int(c) for c in value]
    for size in (9, 10):
        total = sum(d * w for d, w in zip(digits[:size], range(size + 1, 1, -1)))
        if total * 10 % 11 % 10 != digits[size]:
            return False
    return len(digits) == 11


VERHOEFF_D = [[(j + k) % 5 if j < 5 and k < 5 else 5 + (j + k) % 5 if j < 5 else 5 + (j - k) % 5 if k < 5
               else (j - k) % 5 for k in range(10)] for j in range(10)]
VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
              [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
              [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def _verhoeff_ok(value: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(value)):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def _cf_ok(value: str) -> bool:
    odd = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15,
                                                            17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22,
                                                            25, 24, 23)))
    even = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    total = sum(odd[c] if i % 2 == 0 else even[c] for i, c in enumerate(value[:15]))
    return len(value) == 16 and chr(65 + total % 26) == value[15]


def _bsn_ok(value: str) -> bool:
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return len(value) == 9 and sum(int(c) * w for c, w in zip(value, weights)) % 11 == 0




@pytest.fixture(scope="module")
def sample() -> list[dict[str, Any]]:
    return list(generate(SIZE, SEED))


def test_the_new_checks_know_published_examples() -> None:
    assert _cpf_ok("52998224725") and not _cpf_ok("52998224726")
    assert _verhoeff_ok("2363") and not _verhoeff_ok("2364")
    assert gv.verhoeff_check("236") == "3"
    assert _cf_ok("RSSMRA85T10A562S") and not _cf_ok("RSSMRA85T10A562T")
    assert gv.cf_check("RSSMRA85T10A562") == "S"
    assert _bsn_ok("111222333") and not _bsn_ok("111222334")


def test_the_new_national_ids_pass_their_checks() -> None:
    ctx = Ctx(random.Random(5))
    for _ in range(200):
        ctx.start_item(kid=False)
        assert _cpf_ok(plain(gv.cpf(ctx)))
        assert _verhoeff_ok(plain(gv.aadhaar(ctx)))
        assert luhn_ok(plain(gv.sin(ctx)))
        assert _cf_ok(gv.codice_fiscale(ctx))
        assert _bsn_ok(plain(gv.bsn(ctx)))
        assert luhn_ok(plain(gv.card_g(ctx)))
        assert vin_ok(gv.vin_g(ctx))
        assert cn_id_ok(gv.resident_id(ctx, True))


def test_items_are_well_formed(sample: list[dict[str, Any]]) -> None:
    assert_well_formed(CORPUS, sample, SEED)


def test_all_types_appear_in_each_part_and_four_in_ten_are_pii_free() -> None:
    assert_parts_cover_types(CORPUS, SIZE, SEED, share=(0.34, 0.46))
    assert LOOKALIKE_SHARE == 0.4


def test_checksummed_values_pass_their_checks(sample: list[dict[str, Any]]) -> None:
    assert_checks_hold(sample)


def test_same_seed_same_items_other_seed_other_items() -> None:
    assert_seeded(generate, SEED)


def test_frames_are_many_and_their_slots_known() -> None:
    assert_frames_known(CORPUS)


def test_lookalikes_carry_no_labels_and_frames_always_do() -> None:
    assert_lookalikes_unlabelled(CORPUS)


def test_the_dev_and_test_parts_split_the_frames() -> None:
    assert_parts_split(CORPUS, SEED)
