"""Links between a keyword and its value (router/privacy/scan.py): arrows and assignment forms
(`->`, `=>`, `<-`, `←`, `:=`), Chinese question fillers (`是不是`, `是否为`, `系`), copulas of other
languages (`ist`, `est`, `è`, `は`, `는`); a word joining list items ("and") is no modifier; VINs
in small letters with no keyword; card numbers printed in card groups after a reference word.
Each value here was missed before these links (or, for the look-alikes marked so, masked)."""

from __future__ import annotations

import pytest

from duet.router.privacy import detect_pii
from tests.router.pii_checks import assert_clean, assert_found

FOUND = [
    # arrows and assignment forms, keyword first or value first
    ("pls double check this reg -> 144 ZIP", "license_plate", "144 ZIP"),
    ("pls double check this chassis no -> jtd9w2eb41dh72428", "vin", "jtd9w2eb41dh72428"),
    ("pls double check this hasło -> Admin2160#", "api_key_secret", "Admin2160#"),
    ("FKJ 057XB <- plate", "license_plate", "FKJ 057XB"),
    ("9581 GGB ← plate", "license_plate", "9581 GGB"),
    ("52991532610931634640 <- numéro de compte", "bank_account", "52991532610931634640"),
    ("MZ202553537 <- 診察券番号", "medical_record", "MZ202553537"),
    ("08-Apr-1945 <- geboortedatum", "date_of_birth", "08-Apr-1945"),
    # a long keyword after the value ("… is my documento de identidad")
    ("45306483W is my documento de identidad, pls update it", "national_id", "45306483W"),
    # a Chinese question between keyword and value; a copula of another language
    ("targa是不是BYT 8UG8？我记不清了", "license_plate", "BYT 8UG8"),
    ("la targa è AB 123CD", "license_plate", "AB 123CD"),
    # a word in capitals after a plate is not part of it
    ("card no is 4784-5812-4777-5292; number plate - ELZ-6W99 ASAP pls", "license_plate", "ELZ-6W99"),
    ("my plate is ELZ-6W99 ASAP", "license_plate", "ELZ-6W99"),
    # VINs in small letters with no VIN word (the check digit holds)
    ("就是这个5yjyj01t8np952580", "vin", "5yjyj01t8np952580"),
    ("Can you check 1ftnxl7w2ggr92895 for me", "vin", "1ftnxl7w2ggr92895"),
    ("wddg29l1073w89666 thx", "vin", "wddg29l1073w89666"),
    ("| vehicle_vin | pan |\n|---|---|\n| lvstsa962pkv61399 | n/a |", "vin", "lvstsa962pkv61399"),
    # a card printed in card groups, Luhn-valid, after a reference word
    ("ticket 4539 1488 0343 6467 please", "credit_card", "4539 1488 0343 6467"),
    ("booking ref 4539 1488 0343 6467", "credit_card", "4539 1488 0343 6467"),
    ("invoice 3782 822463 10005 paid", "credit_card", "3782 822463 10005"),
]

UNMASKED = [
    # (masked before) "and" starts the next item: the plate keyword names what follows it
    "room A1234 and plate: none yet",
    "gate B12 and plate number unknown",
    # lower-case look-alikes of a VIN: check digit failing, hexadecimal hashes, ids glued to a word
    "id 5yjyj01t8np952581 done",
    "sha 3f2a9bc41d07e8a5b thx",
    "build 7a4be6c1d2f90e3b55 done",
    "pls see user_5yjyj01t8np952580",
    "https://example.com/5yjyj01t8np952580/view",
    # a Luhn-valid number that is no payment card: unbroken after a reference word, an IMEI,
    # a gift card
    "order 4539148803436467",
    "IMEI serial 3782 822463 10005",
    "gift card 4539 1488 0343 6467 balance",
    "order 4242 4242 4242 4242 shipped",
    # arrows in code and prose with no value after them
    "x -> y and plate -> none",
]


@pytest.mark.parametrize(("text", "typ", "value"), FOUND)
def test_value_found_with_its_type(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)


@pytest.mark.parametrize("text", UNMASKED)
def test_look_alike_left_alone(text: str) -> None:
    assert_clean(text)


def test_and_does_not_link_a_value_to_the_keyword_after_it() -> None:
    spans = detect_pii("room A1234 and plate: B-XY 4821")
    assert [(s.type, s.value) for s in spans] == [("license_plate", "B-XY 4821")]
