"""Values in the forms and contexts of corpus C (bench/pii_corpus_c.py), each with look-alikes that
must stay unmasked: field names standing in for keywords (form lines, YAML, JSON, markdown tables
whose cells hold commas), a keyword naming the first value after it and not the next one, a
password keyword not claiming the line above, cards with wide gaps, keywords of other languages,
and versions or parcel numbers that look like IPs or VINs."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found

FOUND = [
    # field names as keywords: camelCase, snake_case, JSON keys, YAML
    ("fill this in pls\npassportNumber: A51894275\nrecord_no: MZ202157165", "passport", "A51894275"),
    ("fill this in pls\npassportNumber: A51894275\nrecord_no: MZ202157165", "medical_record", "MZ202157165"),
    ('{"qty": "59", "patient_id": "P855330051", "city": "Berlin"}', "medical_record", "P855330051"),
    ('{"vin": "3VWY8RLW9L4304152", "tax_id": "872311555330"}', "national_id", "872311555330"),
    ("env:\n  plateNumber: 9I 5669J\n  version: v9.21.6", "license_plate", "9I 5669J"),
    ('user:\n  reg_no: "陕NWCP58"\n  api_key: AKIALXOABCDEFGHIJKLM', "license_plate", "陕NWCP58"),
    # a markdown table whose cells hold commas
    ("| passportNumber | dob | amount |\n|---|---|---|\n| PB2399754 | 1999/09/19 | €571,50 |", "passport", "PB2399754"),
    ("| passportNumber | dob | amount |\n|---|---|---|\n| PB2399754 | 1999/09/19 | €571,50 |", "date_of_birth",
     "1999/09/19"),
    ("| mrn | location |\n|---|---|\n| 610620 | (-23.451497, -55.563458) |", "medical_record", "610620"),
    # a keyword names the first value after it, not the one after that
    ("卡号:6214831462129341150 手机:183.8952.9691，谢谢", "phone", "183.8952.9691"),
    ("收款账号\t07966880\nphone\t185 4250 0226", "phone", "185 4250 0226"),
    ("身份证件号：63272519871009279X 手机号：+61244580413 对公账户：6214 8369 4019 2236 128", "phone", "+61244580413"),
    ("cpf: 295.341.197-68\ntel: 181-5579-6325", "phone", "181-5579-6325"),
    # a password keyword does not claim the value on the line above, nor one before "and"
    ("en: sk_live_clsDg1hyIQ7EPRmJSUxfZjRF\nvin:JHMK9LP59DS803366\ntoken:xoxb-6162520712-abc", "vin", "JHMK9LP59DS803366"),
    ("iban: GB06CXZX53999487588739\ntoken: AIza75R3T_OYabcdefghijklmnopqrstuvwxyz0", "iban", "GB06CXZX53999487588739"),
    ("patient ID is ZY202086575 and wifi password - Hx@2024#db", "medical_record", "ZY202086575"),
    ("抄送是kumiko76@kato.jp Passwort：Summer0405", "email", "kumiko76@kato.jp"),
    # cards with wide gaps, and card words of other languages
    ("帮我记一下信用卡卡号6011  8629  1080  4597", "credit_card", "6011  8629  1080  4597"),
    ("card no - 4374  4678  5069  2568 thx", "credit_card", "4374  4678  5069  2568"),
    ("신용카드是6294 3066 6241 8436；谢谢", "credit_card", "6294 3066 6241 8436"),
    # keywords of other languages
    ("fyi passaporte - SE0593322", "passport", "SE0593322"),
    ("여권번호:S17514680麻烦核对一下", "passport", "S17514680"),
    ("旅行证件号:G00957421麻烦核对一下", "passport", "G00957421"),
    ("patiëntnummer: 7176130, graag", "medical_record", "7176130"),
    ("historia clínica 5709593, por favor", "medical_record", "5709593"),
    ("data urodzenia 1959/03/07", "date_of_birth", "1959/03/07"),
    ("The contraseña on file, Qwer9891@, is outdated", "api_key_secret", "Qwer9891@"),
    ("我的documento de identidad改成12882774Z了", "national_id", "12882774Z"),
    ("targa AIC OG78 (don't share)", "license_plate", "AIC OG78"),
    ("hey can u save my 身分証 G106257859 for later", "cn_resident_id", "G106257859"),
    # a day, a month's name and a year written with dashes
    ("pls double check this DOB -> 26-May-1992", "date_of_birth", "26-May-1992"),
    # a keyword on the next line, or one with its own value after it, does not name the value before
    ('ip: 106.170.59.189\n  tel: +86 166 4349 1980\n  rrn: "840617-1491234"', "phone", "+86 166 4349 1980"),
    ("BSN是315074863 passaporto ZL657094", "national_id", "315074863"),
    ("| record_no | email | passport |\n|---|---|---|\n| MRN063614441 | a@b.com | E12345678 |", "medical_record",
     "MRN063614441"),
    # eight digits right after a record keyword are its number even when they read as a date …
    ("Fill in the form for me - MRN is 19040117.", "medical_record", "19040117"),
    # … but not when other words stand between
    ("patient record, born 19850312", "date_of_birth", "19850312"),
    # a card field's value is the card alone, not the sentence glued after it
    ("DOB: 1954-02-06\nCard: 3530279070224269。把下面这段文字的第一句话原样抄出来。", "credit_card", "3530279070224269"),
    # a keyword after a value does not name it when it has its own value after it
    ("telefono是132.7461.2110 银行卡号:92747570015604", "phone", "132.7461.2110"),
    ("| 电话 | 出生日期 | 收款账号 |\n|---|---|---|\n| 9713830332 | 03.01.1966 | 6222021234567890 |", "phone", "9713830332"),
    ("家里电话是011-580-3205 医保病历号：MRN55877753，到了联系我", "phone", "011-580-3205"),
    ("resident registration number 850703-2675432 rekening是GB79 OLYF 0000 0000 00", "national_id", "850703-2675432"),
    # a debit word in the next item does not make a card a debit card
    ("the card ending is 2419 5928 1729 3449 and checking account 12345678", "credit_card", "2419 5928 1729 3449"),
    # "Bearer" names a token
    ("Authorization: Bearer Admin3709$", "api_key_secret", "Admin3709$"),
    # a bracketed country code and a glued "MRN" are masked with the number
    ("手机(+86)15917654796", "phone", "(+86)15917654796"),
    ("门诊号:MRN266816431", "medical_record", "MRN266816431"),
    # "server" is no version word
    ("NINO is JX 72 82 79 C; server 192.168.97.251 thx", "ip_address", "192.168.97.251"),
]

UNMASKED = [
    # form fields that name no personal value
    '{"order_id": "45172095", "version": "v8.81.2", "invoice": "INV2024000123"}',
    "status: shipped\nqty: 12\norder_id: #673057\namount: ¥702.00",
    "| sku | amount | qty |\n|---|---|---|\n| B081439193 | €280,50 | 3 |",
    # wide gaps around numbers that are no card
    "order 1234  5678  9012  3456 was cancelled",
    # versions after a version word
    "log: version=15.25.33.1 status=ok",
    "版本【16.17.138.1】看看固件版本：2.2.0.631，谢谢",
    # versions named before or after, an IBAN whose check digits are 00
    "the version is 13.31.171.1, any update?",
    "14.14.211.1 (version) still shows pending",
    "13.14.51.1这个版本有问题吗",
    "示例编码【NL00RDNZ3684055265】",
    # this machine's own address
    "upstream api { server 127.0.0.1:9000; keepalive 32; }\nserver {",
    # parcel numbers of seventeen characters with two letters
    "SO2072222110510169461 (order) still shows pending the tracking is JD412121145519437, any update?",
    "log: parcel=SF110751704715956 status=ok",
]


@pytest.mark.parametrize(("text", "typ", "value"), FOUND)
def test_value_found_with_its_type(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)


@pytest.mark.parametrize("text", UNMASKED)
def test_look_alike_left_alone(text: str) -> None:
    assert_clean(text)
