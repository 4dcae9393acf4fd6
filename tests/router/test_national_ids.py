"""National identity numbers beyond the mainland resident ID: found in the forms people write
them (glued to Chinese, full-width, with separators), confirmed by checksum, date or keyword;
look-alikes stay clean; a private number keeps the request on the device."""

from __future__ import annotations

import pytest

from duet.router import Router, Signals
from duet.router.privacy import detect_pii, redact_text
from duet.router.types import PII_TYPES, Target

FOUND: list[tuple[str, str, str]] = [
    ("national_id", "my SSN is {v}, please fill in the W-4", "536-22-1234"),
    ("national_id", "Social Security number: {v}", "536 22 1234"),
    ("national_id", "ssn {v} for the background check", "536221234"),
    ("national_id", "我的美国社会安全号是{v}，帮我填表", "536-22-1234"),
    ("national_id", "SIN {v} for my T4", "046 454 286"),
    ("national_id", "Mijn BSN is {v}.", "111222333"),
    ("national_id", "CPF {v}", "187.244.670-14"),
    ("national_id", "meu cpf é {v}", "90059324066"),
    ("national_id", "Steuer-ID: {v}", "36574261809"),
    ("national_id", "Aadhaar {v} linked to my bank", "2683 8985 8963"),
    ("national_id", "マイナンバー {v}", "123456789018"),
    ("national_id", "numéro de sécurité sociale {v}", "1 72 02 32 013 121 26"),
    ("national_id", "주민등록번호 {v}", "910411-1777631"),
    ("national_id", "the form wants {v} as my ID", "850101-2345678"),
    ("national_id", "Codice fiscale: {v}", "BCCFRC15M25E852P"),
    ("national_id", "NI number {v}", "AB 12 34 56 C"),
    ("national_id", "my NINO is {v}", "QQ123456C"),
    ("national_id", "DNI {v}", "12345678Z"),
    ("national_id", "NIE: {v}", "X1234567L"),
    ("cn_resident_id", "身分證字號：{v}", "A123456789"),
    ("cn_resident_id", "台湾身份证{v}，电话另附", "A123456789"),
    ("cn_resident_id", "HKID: {v}", "A123456(3)"),
]

CLEAN = [
    "order 536-22-1234 shipped yesterday",
    "tracking number 536221234",
    "Patient ID H111531818 - please pull the chart",  # a record number, not a Taiwan ID
    "ticket A123456789 is still open",
    "ISBN 978-3-16-148410-0",
    "the build 536221234 failed",
    "A123456780 with a wrong check digit, 身分證",
    "my number is +44 7700 900123",  # a phone, not a Japanese My Number
]


@pytest.mark.parametrize(("kind", "template", "value"), FOUND)
def test_national_ids_are_found_with_their_exact_span(kind: str, template: str, value: str) -> None:
    text = template.replace("{v}", value)
    spans = [(s.type, s.value) for s in detect_pii(text)]
    assert (kind, value) in spans


@pytest.mark.parametrize(("kind", "template", "value"), FOUND[:4] + FOUND[19:21])
def test_full_width_and_invisible_characters_do_not_hide_them(kind: str, template: str, value: str) -> None:
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in value)
    hidden = value[:3] + "\u200b" + value[3:]
    for typed in (wide, hidden):
        text = template.replace("{v}", typed)
        spans = detect_pii(text)
        assert any(s.type == kind and s.value == typed for s in spans), (typed, spans)
        assert typed not in redact_text(text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_are_not_national_ids(text: str) -> None:
    assert not any(s.type in ("national_id", "cn_resident_id") for s in detect_pii(text))


def test_the_type_is_part_of_the_policy_vocabulary() -> None:
    assert "national_id" in PII_TYPES


def test_a_national_id_keeps_a_forced_request_on_the_device() -> None:
    messages = [{"role": "user", "content": "Fill in this W-4 for me, SSN 536-22-1234, married, two kids."}]
    decision = Router().decide(Signals(messages, forced_target=Target.CLOUD))
    assert decision.target == Target.LOCAL
    assert not decision.may_escalate
    assert "national_id" in {s.type for s in decision.pii}
