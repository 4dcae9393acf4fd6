"""Forms found when corpus D's test part was read (it is development data from then on): a URL
password with no user, a misspelt account word, a list an address is put on, an expiry that makes
a UnionPay number a credit card, a national-ID keyword that has its own value, and a registration
record that starts after a lead-in."""

from __future__ import annotations

import pytest

from duet.router.privacy.detector import detect_pii
from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "typ", "value"), [
    ("is this valid? redis://:wang2829#@126.214.168.45:6379/0", "api_key_secret", "wang2829#"),
    ("redis://:Qwer8763%@192.168.173.38:6379/0 refuses me", "api_key_secret", "Qwer8763%"),
    ("acount no 195896813097 for the transfr", "bank_account", "195896813097"),
    ("把 9.139.57.72 加到 whitelist 里", "ip_address", "9.139.57.72"),
    ("add 4.105.86.37 to the firewall allowlist please", "ip_address", "4.105.86.37"),
    ("刷卡6208-2305-2037-8589有效期到27年帮我绑定", "credit_card", "6208-2305-2037-8589"),
    ("卡号6266 0835 5969 8727，cvv 381", "credit_card", "6266 0835 5969 8727"),
    ("Please register me: Ofelia Aramburu, Heinz-Günther-Mohaupt-Straße 7/8, München, 089291 66961, "
     "cpf 284.481.323-27", "phone", "089291 66961"),
    ("Please register me: Rodolfo Gioberti, 82092 Gonzales Squares Apt. 148, South Manuelton, 0205193859, "
     "CF PLMMRA69H03A180F", "phone", "0205193859"),
    ("please register me: Hedi Stey, 12931 Garcia Cape Apt. 502, 0939648594, 주민등록번호 150902-2705374",
     "phone", "0939648594"),
])
def test_found(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)


def test_a_keyword_with_its_own_value_does_not_name_the_one_before() -> None:
    text = "Ofelia Aramburu, 089291 66961, cpf 284.481.323-27"
    national = [s.value for s in detect_pii(text) if s.type == "national_id"]
    assert national == ["284.481.323-27"]


def test_look_alikes() -> None:
    assert_clean("版本号是0.10.161.1，什么时候发货")
    text = "Order shipped: 77081231310, mary04@example.net"
    assert [(s.type, s.value) for s in detect_pii(text)] == [("email", "mary04@example.net")]


def test_a_debit_card_with_an_expiry_stays_a_bank_account() -> None:
    text = "我的储蓄卡6217 0000 1234 5678 有效期 2027"
    assert {s.type for s in detect_pii(text) if "6217" in s.value} == {"bank_account"}
