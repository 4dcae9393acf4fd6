"""Public people's birth dates, laws named after people, herbs, air waybills, tracking codes,
version ranges and key fingerprints are no one's personal data; card numbers broken over two
lines, Taiwan IDs in a household register, IPv6 addresses with a port and no brackets, bare
Medicare numbers, Portuguese phone labels and a recipient's TIN are."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize("text", [
    "Settle a pub quiz argument: is this right - Frida Kahlo, born 6 July 1907?",
    "屠呦呦，1930年12月30日出生于宁波，那天是星期几？",
    "袁隆平1930年9月7日生于北京，那天是星期几？怎么用蔡勒公式算",
    "陈皮泡水喝有什么好处？一天喝几克合适",
    "Air waybill 180-58336154 shows 'RCF' at LHR since Jul 23. What does that status mean?",
    "Our tracking 1Z8HUIPS4050850212 looks like a phone number to the customer.",
    "Is 3.8.7 to 16.1.0.206 a breaking change under semantic versioning?",
    "SSH warns the host key changed, new fingerprint SHA256:z+8WOGbHdWYsvHm0o9Zg+kkCRXRTGE0rCZfFysRxnA1.",
])
def test_public_and_reference_values_stay_clean(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("我叫李娜，1990年5月3日出生", "date_of_birth", "1990年5月3日"),
    ("My daughter Frida was born 6 July 2019", "date_of_birth", "6 July 2019"),
    ("a card number split across two lines in a PDF, like\n'6556-3561\n-3725-5171'", "credit_card",
     "6556-3561\n-3725-5171"),
    ("戶籍謄本：戶長：陳子豪，統一編號：N261924494，住址：臺中市", "cn_resident_id", "N261924494"),
    ("Endpoint = 2001:16b8:8ba2:e218:dac4:199c:dba9:1b1e:51820", "ip_address", "2001:16b8:8ba2:e218:dac4:199c:dba9:1b1e"),
    ("Client: Brianna Diaz   DOB 2004-6-26   Medicare 2043338328", "medical_record", "2043338328"),
    ("Patient ID RJ1 268962    DOB 12/14/1993", "medical_record", "RJ1 268962"),
    ("Telefone: (21) 90112-1844", "phone", "(21) 90112-1844"),
    ("RECIPIENT'S TIN: 310 73 2077", "national_id", "310 73 2077"),
    ("My server 16.1.0.206 runs release 2.0", "ip_address", "16.1.0.206"),
])
def test_personal_values_in_new_forms_are_found(text: str, kind: str, value: str) -> None:
    assert_found(text, kind, value)
