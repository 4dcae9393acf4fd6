"""Corpus I (bench/pii_corpus_i.py): the items are well formed and seeded, every labelled value is
in its prompt, all seventeen types appear in both parts, four in ten items are PII-free and carry
no labels, the dev and test parts share no frame, and the values that carry a check character pass
it (Luhn, IBAN mod 97, resident-ID, Hong Kong and Taiwan ID checks, the VIN check digit). Cards
are 15 or 16 digits; a 19-digit UnionPay number is an account. The new value makers write what
they promise (dictated phones keep their digits, lunar and said birth dates are dates, typed
coordinates are near a real place). Format only: the detector is not run here."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest
from stdnum import iban as std_iban

from bench import pii_corpus_i_fillers as fi
from bench import pii_corpus_i_values as iv
from bench.pii_corpus_f_values import Ctx
from bench.pii_corpus_i import CORPUS, FRAMES, LOOKALIKE_SHARE, LOOKALIKES, generate
from tests.router.corpus_checks import (assert_cards_by_length, assert_checks_hold,
                                        assert_frames_known, assert_lookalikes_unlabelled,
                                        assert_parts_cover_types, assert_parts_split, assert_seeded,
                                        assert_well_formed)

SEED = 23
SIZE = 2400
WORD_DIGITS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
               "seven": "7", "eight": "8", "nine": "9"}


@pytest.fixture(scope="module")
def sample() -> list[dict[str, Any]]:
    return list(generate(SIZE, SEED))


def _said_digits(value: str) -> str:
    """The digits of a dictated number: words and ``double`` read back, digits kept."""
    out: list[str] = []
    double = False
    for token in re.split(r"[\s,]+", value):
        if token == "double":
            double = True
        elif token in WORD_DIGITS:
            out.append(WORD_DIGITS[token] * (2 if double else 1))
            double = False
        else:
            out.append(token)
    return "".join(out)


def test_the_new_value_makers_write_what_they_promise() -> None:
    ctx = Ctx(random.Random(5))
    for _ in range(300):
        ctx.start_item(kid=False)
        assert _said_digits(iv.dictated_phone(ctx)).isdigit()
        spoken = iv.dictated_cn_mobile(ctx).replace(" ", "")
        assert len(spoken) == 11 and all(c.isdigit() or c in "零幺一二三四五六七八九" for c in spoken)
        assert re.search(r"(19|20)\d\d|\d\d年|[零一二三四五六七八九]{2}年|民國", iv.said_dob(ctx, "zh"))
        assert re.search(r"\d", iv.said_dob(ctx, "en"))
        assert re.search(r"(农历|阴历|農曆).*月|年农历", iv.lunar_dob(ctx))
        assert len(re.findall(r"\d+\.\d{4,6}", iv.typed_pin(ctx, ctx.pick(("en", "zh"))))) == 2
        assert " " in iv.latin_name(ctx) and iv.zh_name(ctx) and "@" in iv.email_i(ctx, ctx.pick(("en", "zh")))
        assert re.search(r"\d", iv.typed_address(ctx)) and re.search(r"[号室栋]", iv.cn_home_address(ctx))
        assert iv.tw_address_trad(ctx).count("號") == 1
    for value in fi.TEST_IBANS:
        assert std_iban.is_valid(value)  # the documented examples are valid, and still not personal


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
