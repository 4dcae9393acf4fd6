"""National IDs of more countries with their checks (CURP, Emirates ID, Thai ID, PAN,
personnummer, NIN), birth dates as travel documents, Japanese eras and other languages write
them, SWIFT beneficiary accounts and CLABE; and what is public: published example values in a
sentence that calls them examples (and only then), landmarks' coordinates, life spans in
brackets, brands named after people, sandbox accounts, a bank's number to call."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("CURP: SOXF871222HDFKMJ81\nFecha", "national_id", "SOXF871222HDFKMJ81"),
    ("Emirates ID: 784-1948-8003346-2", "national_id", "784-1948-8003346-2"),
    ("Emirates ID: 784198463368914\nPassport", "national_id", "784198463368914"),
    ("เลขประจำตัวประชาชน 4-6056-16918-73-1", "national_id", "4-6056-16918-73-1"),
    ("Delhi 110048, PAN KEDPT2707S\nLICENSEE", "national_id", "KEDPT2707S"),
    ("'Till Pieter van 't Graaf, personnummer 19591003-5160, Rue", "national_id", "19591003-5160"),
    ("Name: Chukwuemeka Okonkwo. NIN: 75411364532", "national_id", "75411364532"),
    ("Passport: B83449786\nDOB: 06NOV51\nPhone", "date_of_birth", "06NOV51"),
    ("Player: Joost ter Velde   Born: 21 VI 1950", "date_of_birth", "21 VI 1950"),
    ("生年月日：H04.10.28", "date_of_birth", "H04.10.28"),
    ("生年月日 昭和五十四年九月十日", "date_of_birth", "昭和五十四年九月十日"),
    ("Born: 27 avril 1961", "date_of_birth", "27 avril 1961"),
    ("Fecha de nacimiento: 22/dic/1987", "date_of_birth", "22/dic/1987"),
    ("走失人员次仁卓玛，61年生，最后出现", "date_of_birth", "61年"),
    (":57A:SCBLSGSG\n:59:/915466775596227\nRajesh", "bank_account", "915466775596227"),
    ("CLABE para depósitos: 014180884360845480", "bank_account", "014180884360845480"),
    ("my card is 4242 4242 4242 4242", "credit_card", "4242 4242 4242 4242"),  # a stand-in is masked
    ("My grandfather (born 6 March 1927) lives here", "date_of_birth", "6 March 1927"),
    ("my house near the Tower (51.5007, -0.1246) is cold", "gps_coordinates", "51.5007, -0.1246"),
])
def test_found(text: str, kind: str, value: str) -> None:
    assert_found(text, kind, value)


@pytest.mark.parametrize("text", [
    "Our QA plan uses Stripe's test cards 6200 0000 0000 0005 and 4000 0566 5566 5556.",
    "很多教程用 DE89 3704 0044 0532 0130 00 做 IBAN 示例，这是真实账户吗？",
    "Why was the SSN 078-05-1120 printed on sample cards in wallets?",
    "How far is the Eiffel Tower (48.8584° N, 2.2945° E) from the nearest metro station?",
    "广州塔（23.1066, 113.3245），这个坐标是 WGS84 还是 GCJ-02？",
    "Pub quiz check: Gabriel García Márquez (6 March 1927 – 17 April 2014) - is that right?",
    "李锦记这个牌子名字是真人名吗？创始人是谁？",
    "Is Ralph Lauren a family business still, or just a name on a listed company?",
    "Our sandbox uses account numbers like 000111222 for every fake user.",
    "order 4-6056-16918-73-1 shipped",
    "Shipped on 12 MAR 2024 to the warehouse",
])
def test_clean(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "value"), [
    ("my cousin Đỗ Đức Lan at 512", "Đỗ Đức Lan"),
    ("收件人：胡 娜璐\n电话", "胡 娜璐"),
    ("寻人启事：走失人员次仁卓玛，61年生", "次仁卓玛"),
    ("联系人 央金 1855688 8270；卸货", "央金"),
    ("Name: Yang, Na\nPassport No: E12345678", "Yang, Na"),
    ('{"name":"达瓦次仁","idNo":"220102"}', "达瓦次仁"),
    ('{"shop":"美团","courier":"秦建秀","longitude":114.1}', "秦建秀"),
    ("admissions 2019\n1. Menon S. | DOB 20.V.2021 | 49 Chapel Gardens\n2. Broek, J.D. | DOB 01.02.2016 | 12 High St",
     "Broek, J.D."),
])
def test_names_as_registers_and_other_scripts_write_them(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


@pytest.mark.parametrize("text", ['{"name":"美团","id":3}', "name: config.yaml", "扎西德勒，祝你新年快乐",
                                  "Steps:\n1. Open Settings | 2 taps\n2. Tap Privacy | 3 taps"])
def test_bare_name_fields_and_steps_stay_clean(text: str) -> None:
    assert_clean(text)
