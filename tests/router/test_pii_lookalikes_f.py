"""PII-free look-alikes of plates, street addresses and IP addresses: versions and dates after a
loose keyword ("tag", "reg"), codes after words that merely start like "car", tickets for issues
and trains, famous and fictional addresses, network ranges — and the real values next to them
that must still be found."""

from __future__ import annotations

import pytest

from duet.router.privacy import detect_pii

NOT_PLATES = [
    "docker tag 1.25.3 latest",
    "git tag 2024.11.07 on main",
    "the image tag is 20261104 now",
    "please tag 1234 and 5678 as duplicates",
    "reg 2345 overflows in the ARM manual",
    "EU reg 2016/679 (GDPR)",
    "registration 2026-1042 for the conference",
    "registration no. 2026-04-18",
    "部队番号 8341",
    "gift card AB12345 does not work",
    "the cargo ship MV4521 left port",
    "cart id A1234567 is empty",
    "care plan CP12345 for the clinic",
    "I opened a ticket for OPS-12345 yesterday",
    "ticket for JIRA-4521 is done",
    "a train ticket for the G1234 to Shanghai",
    "car 2 of train G1234",
    "asset tag LT-00421 is on my laptop",
    "the RFID tag E2003412 is not read",
    "luggage tag KL4521 from Schiphol",
    "the docker image tag ABC123 is gone",
    "car wash receipt CA688",
    "the truck's ECU error UA2457",
    "停车场订单CZ4244",
    "车辆保险单号2026-04-28T20:02:24.119Z",
    "reg 978-0-408-96658-0 in the catalogue",
]

PLATES = [
    ("my car 7ABC123 was towed", "7ABC123"),
    ("parking ticket for ERZ-TC-2965", "ERZ-TC-2965"),
    ("Is this reg valid? 7839", "7839"),
    ("my reg 4821, the blue van", "4821"),
    ("got a ticket for my car KX5521 near the station", "KX5521"),
    ("tag: 7ABC123 on the car", "7ABC123"),
    ("plate 9193", "9193"),
]


def _types(text: str) -> list[str]:
    return [span.type for span in detect_pii(text)]


@pytest.mark.parametrize("text", NOT_PLATES)
def test_no_plate_in_lookalikes(text: str) -> None:
    assert "license_plate" not in _types(text)


@pytest.mark.parametrize(("text", "value"), PLATES)
def test_plates_still_found(text: str, value: str) -> None:
    assert ("license_plate", value) in [(s.type, s.value) for s in detect_pii(text)]


NOT_ADDRESSES = [
    "what happened at 10 Downing Street in 1940?",
    "who lived at 221B Baker Street?",
    "Harry grew up at 4 Privet Drive, Little Whinging",
    "The Simpsons live at 742 Evergreen Terrace in Springfield",
    "Google is at 1600 Amphitheatre Parkway, Mountain View, CA 94043",
    "the Empire State Building, 350 Fifth Avenue, opened in 1931",
    "Anne Frank hid at Prinsengracht 263 in Amsterdam",
    "Leopold Bloom lived at 7 Eccles Street in the novel",
    "Dickens lived at 48 Doughty Street from 1837",
    "the house at 25 Thornhill Road is a museum now",
    "a blue plaque marks 18 Folgate Street",
    "Chapter 7 Baker Street Irregulars",
    "we have 12 Data Centers in 4 Regions",
    "the 3 Musketeers Way of working",
    "our 2 Factor Authentication Drive",
]

ADDRESSES = [
    ("ship it to 10 Downing Lane, Leeds LS1 4AB", "10 Downing Lane"),
    ("I moved to 48 Doughty Street in 2019", "48 Doughty Street"),
    ("my order history: ship to 742 Maple Avenue, Springfield", "742 Maple Avenue"),
    ("born in 1947, she lives at 5 Elm Street", "5 Elm Street"),
    ("the parcel goes to 12 Data Centre Road, Leeds LS1 4AB", "12 Data Centre Road"),
    ("the house at 7 Baker Street is mine", "7 Baker Street"),
]


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_no_address_in_public_places(text: str) -> None:
    assert "street_address" not in _types(text)


@pytest.mark.parametrize(("text", "value"), ADDRESSES)
def test_addresses_still_found(text: str, value: str) -> None:
    found = [s.value for s in detect_pii(text) if s.type == "street_address"]
    assert any(value in v for v in found)


NOT_IPS = [
    "RFC 1918 covers 10.0.0.0/8",
    "route 192.168.4.0/22 via the VPN",
    "block 203.0.113.0/24 on the firewall",
    "bumped to 17.2.223.165 and it crashes",
    "patched to 14.8.220.199 last night",
    "driver 12.4.99.32 is unstable",
    "升級到14.8.220.199以後",
    "12.4.99.32版有bug",
    "韌體 13.2.109.191 有問題",
]

IPS = [
    ("ssh to 192.168.4.17/24 host", "192.168.4.17"),
    ("server 203.45.17.9 is down", "203.45.17.9"),
    ("block 203.0.113.7 on the firewall", "203.0.113.7"),
    ("allow 10.20.3.15/32 in the security group", "10.20.3.15"),
]


@pytest.mark.parametrize("text", NOT_IPS)
def test_no_ip_in_versions_and_ranges(text: str) -> None:
    assert "ip_address" not in _types(text)


@pytest.mark.parametrize(("text", "value"), IPS)
def test_ips_still_found(text: str, value: str) -> None:
    assert ("ip_address", value) in [(s.type, s.value) for s in detect_pii(text)]


NOT_PHONES = [
    "is 17659849602 prime? show the steps",
    "factorise 13112247388 for me",
    "13800138000能被7整除吗",
]

PHONES = [
    ("call me on 17659849602", "17659849602"),
    ("手机 13800138000", "13800138000"),
    ("my number is 13112247388, is it prime time?", "13112247388"),
]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_no_phone_in_maths(text: str) -> None:
    assert "phone" not in _types(text)


@pytest.mark.parametrize(("text", "value"), PHONES)
def test_phones_still_found(text: str, value: str) -> None:
    assert ("phone", value) in [(s.type, s.value) for s in detect_pii(text)]
