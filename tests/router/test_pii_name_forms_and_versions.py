"""Names with a middle initial and in an airline's SURNAME/GIVEN form, names after a label with a
slash or in 【】 brackets, and the values F-dev's contexts showed missing (a password "changed to"
in Chinese, an app secret, a year in Chinese numerals, birth-date columns in other languages, a
record after "Rec#", a lettered passport, a landline near an account keyword); and what stays
clean: versions in a sentence about firmware, a meeting ID, famous people with an initial, airport
pairs."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "value"), [
    ("Can you draft an apology to our client Helen R. Marsh about the delay?", "Helen R. Marsh"),
    ("Lease renewal for tenant Gregory P. Walsh, unit 4B", "Gregory P. Walsh"),
    ("E-ticket for passenger OKAFOR/CHIDI MR, PNR K2Q7XZ, seat 14C", "OKAFOR/CHIDI MR"),
    ("登机牌上写的是 ZHANG/XIAOMING，航班 MU5101", "ZHANG/XIAOMING"),
    ("School trip form. Parent/guardian: Rosa Delgado, phone on file", "Rosa Delgado"),
    ("Traveller: Nadia Haddad | Seat 22A", "Nadia Haddad"),
    ("【联系人】周晓燕\n【电话】13912345678", "周晓燕"),
    ("请把材料交给组长邱志伟", "邱志伟"),
    ("IN THE HIGH COURT OF JUSTICE\nBETWEEN\nMARGARET O'NEILL  Claimant\n-and-\nNORTHWAY HOMES LTD  Defendant", "MARGARET O'NEILL"),
])
def test_names_in_other_written_forms(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


@pytest.mark.parametrize(("text", "typ", "value"), [
    ("服务器的admin密码刚刚改成Qv7!rT2#mZ了，记得更新文档", "api_key_secret", "Qv7!rT2#mZ"),
    ("DINGTALK_APPSECRET=4f1c9a7be2d35e0a8c6f1b2d3e4f5a6b", "api_key_secret", "4f1c9a7be2d35e0a8c6f1b2d3e4f5a6b"),
    ("被告：孙立平，男，一九七五年三月八日出生，住所地杭州市", "date_of_birth", "一九七五年三月八日"),
    ("Nom;Date de naissance;Ville\nLéa Martin;12/03/1988;Lyon", "date_of_birth", "12/03/1988"),
    ("Rx for Omar Haddad, Rec# HX4471029, take twice daily", "medical_record", "HX4471029"),
    ("Please scan my passport number C01X00T47 into the form", "passport", "C01X00T47"),
    ("对公账户6222020200112233445，开户行建设银行，联系人刘敏，座机021-64881234", "phone", "021-64881234"),
    ("删掉配置里的测试账号139-2210-4471", "phone", "139-2210-4471"),  # a mobile number used as a login
    ('variable "admin_password" {\n  type    = string\n  default = "Kestrel#2291"\n}', "api_key_secret", "Kestrel#2291"),
    ("Nom;Naissance;Ville\nLéa Martin;12/03/1988;Lyon\nHugo Petit;March 4, 1979;Nantes", "date_of_birth", "March 4, 1979"),
    ("Viewings at 14 St John's Road, Bath BA1 2QT on Saturday", "street_address", "14 St John's Road, Bath BA1 2QT"),
    ("Courier for Flat 12B, Lotus Towers, 4th Main Road, Jayanagar, Bengaluru 560041 tomorrow", "street_address",
     "Flat 12B, Lotus Towers, 4th Main Road, Jayanagar, Bengaluru 560041"),
    ("Ship to House No. 27, Sector 15, Noida 201301", "street_address", "House No. 27, Sector 15, Noida 201301"),
])
def test_values_in_other_contexts(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)


@pytest.mark.parametrize("text", [
    "After the firmware went from 14.2.7.31 to 15.0.1 the printer stopped scanning",
    "交换机固件从7.1.3.25升级到8.0.2之后端口灯不亮了",
    "钉钉会议号 025 774 318，几点开始？",
    "John F. Kennedy was the 35th president",
    "Transfer at PVG/NRT on the flight tomorrow",
    "BETWEEN\nNORTHWAY HOMES LTD  Claimant\n-and-\nTHE COUNCIL OF BATH  Defendant",
    "we saw 2 King's Guards at the palace",
    "Victoria Falls trip in June, what to pack?",  # a place whose first word is a given name
    "Flat 2, Block C, sold for 450000 dollars",  # a price, not a PIN code after a city
    'variable "region" {\n  default = "eu-west-2"\n}',
    'variable "api_token" {\n  default = "changeme"\n}',
    "这张卡被冻结了，流水号 430200200612085823 一直处理中",
])
def test_look_alikes_stay_clean(text: str) -> None:
    assert_clean(text)
