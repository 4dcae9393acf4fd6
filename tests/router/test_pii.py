"""PII detector: a positive and look-alike negatives for every type."""

from __future__ import annotations

import pytest

from duet.router.privacy import detect_pii, redact_text

POSITIVES = [
    ("email", "Send the invoice to maria.lopez@example-mail.com today", "maria.lopez@example-mail.com"),
    ("email", "邮箱 zhangwei88@163.com，谢谢", "zhangwei88@163.com"),
    ("phone", "call me on (650) 555-0134 tonight", "(650) 555-0134"),
    ("phone", "我的手机 +86 139-1234-5678 随时打", "+86 139-1234-5678"),
    ("phone", "联系 138 1234 5678", "138 1234 5678"),
    ("phone", "text +44 7700 900123 when you land", "+44 7700 900123"),
    ("cn_resident_id", "身份证 44030419951203308X 帮我登记", "44030419951203308X"),
    ("credit_card", "card 4111 1111 1111 1111 exp 09/27", "4111 1111 1111 1111"),
    ("credit_card", "Amex 3782 822463 10005 was charged", "3782 822463 10005"),
    ("iban", "pay to DE89 3704 0044 0532 0130 00 by Friday", "DE89 3704 0044 0532 0130 00"),
    ("iban", "IBAN GB82WEST12345698765432.", "GB82WEST12345698765432"),
    ("ip_address", "the db is at 172.16.8.21:3306", "172.16.8.21"),
    ("ip_address", "blocked 2001:db8:4f2a::17 again", "2001:db8:4f2a::17"),
    ("vin", "VIN 1HGCM82633A004352 needs a recall check", "1HGCM82633A004352"),
    ("license_plate", "我的车牌是沪A·12345", "沪A·12345"),
    ("license_plate", "新能源车 粤B·D12345 进场", "粤B·D12345"),
    ("license_plate", "my reg is LK19 XRT", "LK19 XRT"),
    ("license_plate", "Register plate 7KZD482 for tolls", "7KZD482"),
    ("gps_coordinates", "meet at 34.0479, -118.2556 tomorrow", "34.0479, -118.2556"),
    ("gps_coordinates", "campsite 37°44'34.1\"N 119°35'38.2\"W", "37°44'34.1\"N 119°35'38.2\"W"),
    ("street_address", "Directions to 1847 Maple Ridge Drive, Boulder, CO 80304", "1847 Maple Ridge Drive"),
    ("street_address", "导航到上海市徐汇区宜山路 1388 弄 12 号", "上海市徐汇区宜山路 1388 弄 12 号"),
    ("person_name", "My name is Oliver Grant and I need help", "Oliver Grant"),
    ("person_name", "Text Daniel Kim that I'm outside", "Daniel Kim"),
    ("person_name", "Schedule interviews: Nadia Rahman only after 1pm", "Nadia Rahman"),
    ("person_name", "我叫陈晓峰，在深圳工作", "陈晓峰"),
    ("person_name", "收件人 黄嘉敏，电话见下", "黄嘉敏"),
    ("date_of_birth", "born 04/11/1986 in Ohio", "04/11/1986"),
    ("date_of_birth", "他 2019 年 6 月 2 日出生", "2019 年 6 月 2 日"),
    ("passport", "Passport No. 563918274, arriving 14 June", "563918274"),
    ("passport", "护照号码为 E58213947", "E58213947"),
    ("bank_account", "招商银行账号 755916482310902 收款", "755916482310902"),
    ("bank_account", "转我农行卡 6228 4809 1390 9960 308", "6228 4809 1390 9960 308"),
    ("api_key_secret", 'api_key = "sk-proj-7fKq2LmX9vTzR4bN8cWd1YhJ3sPaE6uG"', "sk-proj-7fKq2LmX9vTzR4bN8cWd1YhJ3sPaE6uG"),
    ("api_key_secret", "creds AKIAQ3EGUXT7KZ5RMN2P for now", "AKIAQ3EGUXT7KZ5RMN2P"),
    ("api_key_secret", "token ghp_8fK2mQ7xR4tY9wL3nZ6vB1cD5eH0jS2aP7uX", "ghp_8fK2mQ7xR4tY9wL3nZ6vB1cD5eH0jS2aP7uX"),
    ("api_key_secret", "用户 root，密码 Hx@2024#db，库名 shop", "Hx@2024#db"),
    ("api_key_secret", "DATABASE_URL=postgres://app:Vq7!rT2zP@db.internal:5432/app", "Vq7!rT2zP"),
    ("medical_record", "My MRN is 00482913 for the portal", "00482913"),
    ("medical_record", "住院号 Z2024087613，异地就医", "Z2024087613"),
]

NEGATIVES = [
    ("order number", "订单编号 320106199204113856 的退款什么时候到账？"),
    ("18 digits failing GB 11643", "流水号 440306200308121643 一直处理中"),
    ("16 digits failing Luhn", "My gift card number is 4179 1802 1007 6080. Balance?"),
    ("member card", "会员卡号 6741 5762 5216 3385 的积分怎么兑换？"),
    ("version string", "版本号 2.1.10.3 和 2.1.9.12 哪个新？"),
    ("browser version", "Chrome says I'm on version 124.0.6367.91."),
    ("windows build", "Is Windows build 10.0.19045.3803 Windows 10?"),
    ("public figure", "Play the latest episode of the Lex Fridman podcast"),
    ("public figure zh", "马云和马化腾谁更早创业？"),
    ("public figure, poem", "Write a poem in the style of Mary Oliver about my garden"),
    ("public figure, no personal context", "Is Brian Cox right about black holes?"),
    ("public figure, movie", "Which movie made Kevin Hart famous?"),
    ("placeholder key", "set OPENAI_API_KEY=sk-... in your shell"),
    ("timestamp", "Python 里怎么把时间戳 1715932800 转成北京时间？"),
    ("big number", "unsigned long long 的最大值 18446744073709551615 是 2 的几次方减 1？"),
    ("revenue", "公司去年营收 13800000000 元，今年多少？"),
    ("tracking number", "Your package 1Z4X82W60391528476 is out for delivery"),
    ("service number", "工商银行的客服电话是 95588 吗"),
    ("invalid iban", "ref DE00 3704 0044 0532 0130 00 please"),
    ("invalid vin", "part number 1HGCM82633A004353 in stock"),
    ("plain prose", "Write a haiku about autumn leaves falling on a quiet lake."),
    ("relative without name", "我妈 65 岁，体检查出甲状腺结节"),
    ("date without birth", "2024-05-17 09:14:02 WARN disk usage 81%"),
]


@pytest.mark.parametrize(("pii_type", "text", "value"), POSITIVES, ids=[f"{p[0]}-{i}" for i, p in enumerate(POSITIVES)])
def test_detects(pii_type: str, text: str, value: str) -> None:
    spans = detect_pii(text)
    start = text.index(value)
    end = start + len(value)
    assert any(s.type == pii_type and s.start < end and s.end > start for s in spans), spans


@pytest.mark.parametrize(("case", "text"), NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_look_alikes_do_not_fire(case: str, text: str) -> None:
    assert detect_pii(text) == [], case


def test_spans_do_not_overlap_and_match_text() -> None:
    text = "Marcus Webb | (415) 555-0142 | marcus.webb@northwind-supply.com | 4111 1111 1111 1111"
    spans = detect_pii(text)
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start
    assert all(text[s.start:s.end] == s.value for s in spans)
    assert {s.type for s in spans} == {"person_name", "phone", "email", "credit_card"}


def test_redact_text_uses_typed_placeholders_and_keeps_mapping() -> None:
    text = "mail a@b.io and a@b.io, call 415-555-0168"
    redacted, mapping = redact_text(text, detect_pii(text))
    assert redacted == "mail [EMAIL_1] and [EMAIL_1], call [PHONE_1]"
    assert mapping == {"[EMAIL_1]": "a@b.io", "[PHONE_1]": "415-555-0168"}
