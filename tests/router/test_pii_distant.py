"""Keyed values named from further away: past a clause, or from the sentence before or after when
that sentence points back ("It's my …"); and the look-alikes a distant keyword must not claim."""

from __future__ import annotations

import pytest

from duet.router.privacy import detect_pii

FOUND = [
    ("medical_record", "My medical record number, in case you need it for the form later, is MR77120945.", "MR77120945"),
    ("date_of_birth", "Can you check whether April 11, 1986 is right? It's supposed to be my date of birth.", "April 11, 1986"),
    ("passport", "Please remember 563918274. It's my passport number.", "563918274"),
    ("license_plate", "I keep forgetting my licence plate. For the record it's 7KZD482.", "7KZD482"),
    ("bank_account", "Regarding the account number: I checked the paperwork twice and it's 000123456789.", "000123456789"),
    ("phone", "I need help with a form. The phone number they want is the one on my letter, which says 6505550134.",
     "6505550134"),
    ("credit_card", "My credit card, in case you need it for the form later, is 180046924862456.", "180046924862456"),
    ("medical_record", "病历号我找了半天，在出院小结上，写的是ZY2024087613。", "ZY2024087613"),
]

NOT_PII = [
    "Please update the phone app to version 4.2.1 build 20240101 before Friday.",
    "Contact support if the error 0x80070005 persists after reboot.",
    "My phone number changed. Upgrade from 10.0.19239.3342 to the LTS.",
    "ISBN 978-7-567-95400-7是哪本书。银行卡号我忘了。",
    "Convert Unix time 1582688985 to UTC。请核对手机号是否正确。",
    "Use bank account APIs with OAuth; the rate limit is 100000 calls per day.",
    "车牌识别系统每天识别100000辆车。",
]


@pytest.mark.parametrize(("kind", "text", "value"), FOUND)
def test_value_named_from_further_away_is_found(kind: str, text: str, value: str) -> None:
    start = text.index(value)
    spans = detect_pii(text)
    assert any(s.type == kind and s.start < start + len(value) and s.end > start for s in spans), spans


@pytest.mark.parametrize("text", NOT_PII)
def test_look_alikes_near_a_keyword_stay_unflagged(text: str) -> None:
    assert detect_pii(text) == []


def test_a_value_already_found_keeps_its_type() -> None:
    text = "Patient ID card lost, please call me at (650) 555-0134 tomorrow."
    assert [(s.type, s.value) for s in detect_pii(text)] == [("phone", "(650) 555-0134")]


def test_a_sentence_that_does_not_point_back_keeps_the_keyword_to_itself() -> None:
    text = "The reference is 563918274. Passport renewals take ten weeks."
    assert detect_pii(text) == []
