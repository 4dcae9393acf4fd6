"""E-mail addresses spelled out against harvesters ("ana.ruiz [at] gmail [dot] com", "ana dot ruiz at
gmail dot com") and Australian tax file numbers after their keyword; English with "at" and "dot"
in it stays clean."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "value"), [
    ("Send the draft to lena.fischer [at] posteo [dot] de before Friday", "lena.fischer [at] posteo [dot] de"),
    ("Kontakt: m.keller(at)uni-bonn.de", "m.keller(at)uni-bonn.de"),
    ("reach me: tom_baker AT outlook DOT com", "tom_baker AT outlook DOT com"),
    ("my address is priya dot nair at gmail dot com, thanks", "priya dot nair at gmail dot com"),
    ("ping rk2019 at corp-mail dot co dot uk about the invoice", "rk2019 at corp-mail dot co dot uk"),
    ("请发到 wangfang {at} qq {dot} com", "wangfang {at} qq {dot} com"),
])
def test_spelled_out_addresses_are_emails(text: str, value: str) -> None:
    assert_found(text, "email", value)


@pytest.mark.parametrize("text", [
    "look at google dot com for the answer",
    "we met at noon dot com era startups",
    "visit us at example dot com",
    "the meeting is at 10 dot 30",
])
def test_english_with_at_and_dot_stays_clean(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "value"), [
    ("Payroll needs my TFN 123 456 782 by Monday", "123 456 782"),
    ("tax file number: 87654321", "87654321"),
])
def test_australian_tax_file_numbers(text: str, value: str) -> None:
    assert_found(text, "national_id", value)
