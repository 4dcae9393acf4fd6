"""Forms corpus E's dev part showed: Singapore NRIC and FIN numbers (their check letter), money
for rent sent to an account, a vehicle's plate after "VEH" on a scanned ticket — and a keyword
with its own value after it does not also name the value on the line before."""

from __future__ import annotations

import pytest

from duet.router.privacy.detector import detect_pii
from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "typ", "value"), [
    ("SG form: Name Tan Wei Ling / NRIC S1234567D / Mobile 9123 4567", "national_id", "S1234567D"),
    ("<Member><Nric>T1234567J</Nric></Member> parse it", "national_id", "T1234567J"),
    ("my FIN is G1234567X, work pass attached", "national_id", "G1234567X"),
    ("foreign worker F1234567N lost his pass", "national_id", "F1234567N"),
    ("NRIC: S7654321B (typo?)", "national_id", "S7654321B"),
    ("[2026-03-02 10:15] 陈丽: 房租打到62001234就行", "bank_account", "62001234"),
    ("押金转到6200123456789就可以了", "bank_account", "6200123456789"),
    ("scanned parking ticket\nVEH REG KX19 BVD\nISSUED 2026-04-14", "license_plate", "KX19 BVD"),
    ("insurance card\nVEH 482-TRQ", "license_plate", "482-TRQ"),
])
def test_found(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)


@pytest.mark.parametrize("text", [
    "part S1234567A is out of stock",  # a wrong check letter and no word for the card
    "the vehicle was fine after the service",
])
def test_look_alikes(text: str) -> None:
    assert_clean(text)


def test_a_plate_keyword_with_its_own_value_does_not_name_the_line_before() -> None:
    text = "member card\nID  P713500986\nVEH 979-SIB"
    plates = [s.value for s in detect_pii(text) if s.type == "license_plate"]
    assert plates == ["979-SIB"]


@pytest.mark.parametrize(("text", "value"), [
    ("Hi, it's Mia from the clinic, calling about record P5520931, please call back", "P5520931"),
    ("hospital letter: your chart # 2019-553120 is ready", "2019-553120"),
    ("health insurance card\nMEMBER Ana Lima\nID QX20250877", "QX20250877"),
])
def test_a_bare_record_word_after_words_about_care(text: str, value: str) -> None:
    assert_found(text, "medical_record", value)


@pytest.mark.parametrize("text", [
    "the clinic raised prices; order ID 20250012 shipped",
    "clinic wifi: guest network ID 55512345",
    "world record 9580 ms in the 100 m",
])
def test_record_words_elsewhere(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "typ"), [
    ("把6277.8208.7869.8574这张卡设为默认", "credit_card"),  # 16 digits: a credit card
    ("我的卡号6259 1234 5678 9010 已经绑定了", "credit_card"),
    ("把6217 0000 1001 2345 677这张卡设为默认", "bank_account"),  # 19 digits: a debit card
    ("转到这张卡6222 0212 3456 7894，谢谢", "bank_account"),  # money sent to it
])
def test_unionpay_cards_by_length_and_use(text: str, typ: str) -> None:
    assert {s.type for s in detect_pii(text) if s.value[:4].isdigit()} == {typ}


@pytest.mark.parametrize(("text", "typ"), [
    ("6217395219405560，这个账号还能用吗", "bank_account"),  # named as an account right after
    ("报销名单：\n· 李明 卡号843717196184634809", "bank_account"),  # no card network's prefix: a bank card
    ("信用卡843717196184634809", "credit_card"),  # ... unless called a credit card
])
def test_card_or_account_by_what_names_it(text: str, typ: str) -> None:
    assert {s.type for s in detect_pii(text) if s.value[:4].isdigit()} == {typ}


def test_a_spaced_dob_label_names_the_date() -> None:
    assert_found("Patient: Omar Reyes   MRN:930291 D O B: 16 September 1984", "date_of_birth", "16 September 1984")


@pytest.mark.parametrize("text", [
    "SKU X64860452, EAN 4002976647414: which one goes on the label?",
    "INSERT INTO products (sku, ean, price) VALUES ('X58194601', '4003330005109', 168.99);",
])
def test_thirteen_digit_barcodes_are_no_cards(text: str) -> None:
    assert_clean(text)


def test_an_old_thirteen_digit_visa_named_as_a_card() -> None:
    assert_found("my visa 4222222222222 was declined", "credit_card", "4222222222222")
