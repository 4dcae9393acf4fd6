"""Names with letters of Latin Extended-A ("Elżbieta Palica"), in CSV columns with quoted cells
and under more person columns ("driver", "holder" with "Long, Ann"), in JSON, XML and LDIF fields
("owner", "receiver", "display", "<Nm>", "cn"), surname first in capitals after a label
("RENTER: RICHARDS Marcus", "车主CHAN Yee Ming"), a couple on an invitation, the rows of a
numbered manifest; Chinese parties with a role in brackets; cloud key pairs, npm and LDAP
secrets, passports after "PP", accounts after "acc" and "bank_card", a spoken SSN."""

from __future__ import annotations

import pytest

from duet.router.privacy import detect_pii
from tests.router.pii_checks import assert_clean, assert_found

CSV = 'vin,plate,driver,position,speed_kmh\nVSS2AAY17HFL30637,LD24 ACZ,Wridesh Kumer,"(23.02508, 113.1)",54\n'
MANIFEST = ("Tidy up this passenger manifest:\nCABIN 7142\n1. LYDIA HOLLYWOOD   24th December 1950   PP BRPL2N939\n"
            "2. GIANCARLO SEDDIO   12/12/1967   PP SR705775")


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("appoint my sister Elżbieta Palica as executor", "person_name", "Elżbieta Palica"),
    ("Her name is Konstanty Wołoszyk. What", "person_name", "Konstanty Wołoszyk"),
    (CSV, "person_name", "Wridesh Kumer"),
    ('card,holder,amount,reason\n3528263561796534,"Long, Ann",281.35,fraud', "person_name", "Long, Ann"),
    ('{"plate":"BV-628-J","owner":"Gravina, Luigina","pos":"x"}', "person_name", "Gravina, Luigina"),
    ('{"receiver":"柴东","addr":"x"}', "person_name", "柴东"),
    ("<Cdtr><Nm>Mattias Eriksson</Nm></Cdtr>", "person_name", "Mattias Eriksson"),
    ("cn: Graham MacConachy\nmail: j@x.ch", "person_name", "Graham MacConachy"),
    ("RENTER: RICHARDS Marcus\nPassport: X", "person_name", "RICHARDS Marcus"),
    ("车主CHAN Yee Ming，回乡证", "person_name", "CHAN Yee Ming"),
    ("Together with their families\nRoos Meyer\n&\nFabrizia Antonacci\ninvite you", "person_name", "Fabrizia Antonacci"),
    (MANIFEST, "person_name", "GIANCARLO SEDDIO"),
    (MANIFEST, "passport", "BRPL2N939"),
    ("甲方（出租人）：邹桂香\n乙方（承租人）：屈淑英  联系电话：135 7672 9225", "person_name", "屈淑英"),
    ("借款人饶桂花，车架号4T18L79Z2JF080433", "person_name", "饶桂花"),
    ("auth = oss2.Auth('LTAI5tH2c0Vg1LOwQia7rSuy', 'n46AijfHNWUaMsMJpmLzDTRaLfqgXiHReRZwYlXX')", "api_key_secret",
     "n46AijfHNWUaMsMJpmLzDTRaLfqgXiHReRZwYlXX"),
    ("//registry.npmjs.org/:_authToken=SK599fad31229dcba24ed78da95133e3fb", "api_key_secret",
     "SK599fad31229dcba24ed78da95133e3fb"),
    ("userPassword: Kiwi392@", "api_key_secret", "Kiwi392@"),
    ("invoice overdue, pay to acc 62083491", "bank_account", "62083491"),
    ("RISK hit rule=R107 bank_card=32065993319563416051 device_ip", "bank_account", "32065993319563416051"),
    ("and payroll needs her social, it's 137 75 9942, I'll", "national_id", "137 75 9942"),
    ("寄件人吴敏 0512—2364375，收件人", "phone", "0512—2364375"),
])
def test_found(text: str, kind: str, value: str) -> None:
    assert_found(text, kind, value)


@pytest.mark.parametrize("text", [
    "Agenda:\n1. Project Overview   10 min\n2. Budget Review   20 min\n3. Next Steps   5 min",
    "Salt\n&\nPepper",
    "see pp 123456 of the book",
    "the social network had 1234567 users",
])
def test_clean(text: str) -> None:
    assert_clean(text)


def test_a_field_label_after_a_listed_name_is_no_name() -> None:
    spans = detect_pii("联系人饶桂花，车架号4T18L79Z2JF080433")
    assert [(s.type, s.value) for s in spans] == [("person_name", "饶桂花"), ("vin", "4T18L79Z2JF080433")]


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("https://uri.amap.com/marker?position=114.253815,30.574776&name=我家", "gps_coordinates", "114.253815,30.574776"),
    ("S 33.86, 151.20 is Sydney", "gps_coordinates", "33.86, 151.20"),
    ('bot = telebot.TeleBot("SK0d585106653b193560175d740ef14f8e")', "api_key_secret", "SK0d585106653b193560175d740ef14f8e"),
])
def test_longitude_first_points_and_key_sids(text: str, kind: str, value: str) -> None:
    assert_found(text, kind, value)


def test_the_last_letter_of_a_word_is_no_hemisphere() -> None:
    assert_clean("prices 50.25, 45.75 and 99.10")


@pytest.mark.parametrize(("text", "value"), [
    ("Surname, first name: Sandhu, Manoj\nDate of birth", "Sandhu, Manoj"),
    ("申请人：Yang, Zhiqiang，出生日期", "Yang, Zhiqiang"),
    ("account holder Graaf, Bram van 't, the", "Graaf, Bram van 't"),
])
def test_surname_first_with_a_comma_after_a_label(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


@pytest.mark.parametrize("text", ["Hello, John said hi", "Paris, France is nice"])
def test_a_comma_between_capitals_alone_is_no_name(text: str) -> None:
    assert_clean(text)


def test_a_full_name_before_a_field_keeps_its_span() -> None:
    spans = detect_pii("Name: Olivia Bennett, Passport No. 563918274, arriving")
    assert [(s.type, s.value) for s in spans] == [("person_name", "Olivia Bennett"), ("passport", "563918274")]


@pytest.mark.parametrize(("text", "value"), [
    ("Summarise for handover: LEE Hyunwoo, NHI LHW9831", "LEE Hyunwoo"),
    ("IV flucloxacillin, NOK YOON Seoyeon 0806 66", "YOON Seoyeon"),
    ("TANAKA Yui called", "TANAKA Yui"),
])
def test_east_asian_surnames_in_capitals(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


@pytest.mark.parametrize("text", ["Walk down PARK Avenue today", "The KIM Group report"])
def test_a_surname_in_capitals_before_a_place_or_company_word_is_no_name(text: str) -> None:
    assert_clean(text)
