"""Format types written the ways people in the gateway's locales write them, beyond the forms the
generated corpus holds: national phone forms (Germany, France, Japan, Taiwan, Spain, Italy, the
UK, the US with extensions), cards followed by their expiry or security code, Amex and Diners
groupings, VINs in lower case, plates of other countries and provinces, IBANs of many countries
in lower case or with dashes, account numbers named in other languages. Each case must be found
with its type; the look-alikes next to them (dates, invoice and order numbers in other languages,
hashes, flights) must stay clean.
"""

from __future__ import annotations

import pytest

from duet.router.privacy import detect_pii

# (type, value, text): the value is a substring of the text.
FOUND: list[tuple[str, str, str]] = [
    # phones
    ("phone", "650-253-0000x1234", "Direct: 650-253-0000x1234"),
    ("phone", "(650) 253-0000 ext. 45", "Reach me at (650) 253-0000 ext. 45 during the day"),
    ("phone", "001-650-253-0000", "001-650-253-0000 is Anna's number"),
    ("phone", "650 253 0000", "text me on 650 253 0000 tomorrow"),
    ("phone", "030 12345678", "Bitte rufen Sie mich unter 030 12345678 an."),
    ("phone", "030/12345678", "Telefon 030/12345678"),
    ("phone", "0171/1234567", "Handy: 0171/1234567"),
    ("phone", "0171 1234567", "Meine Nummer ist 0171 1234567, danke."),
    ("phone", "+49 (0)171 1234567", "Erreichbar unter +49 (0)171 1234567"),
    ("phone", "06 12 34 56 78", "Mon portable : 06 12 34 56 78"),
    ("phone", "06.12.34.56.78", "portable 06.12.34.56.78"),
    ("phone", "+33 (0)1 42 68 53 00", "Bureau +33 (0)1 42 68 53 00"),
    ("phone", "090-1234-5678", "携帯は090-1234-5678です"),
    ("phone", "080 1234 5678", "Call my Tokyo number 080 1234 5678"),
    ("phone", "+81 3 1234 5678", "Tokyo office +81 3 1234 5678"),
    ("phone", "612 34 56 78", "Mi móvil es 612 34 56 78"),
    ("phone", "347 123 4567", "Il mio cellulare è 347 123 4567"),
    ("phone", "0912 345 678", "有事打0912 345 678給我"),
    ("phone", "(02) 2345-6789", "台北家裡電話(02) 2345-6789"),
    ("phone", "+886 912 345 678", "Call me at +886 912 345 678 when you land."),
    ("phone", "07700 900123", "My mobile's 07700 900123 if you need me"),
    ("phone", "0412 345 678", "Call me on 0412 345 678 mate"),
    ("phone", "13912345678", '{"name": "王芳", "mobile": "13912345678"}'),
    ("phone", "3456539717", "reach Anna on 3456539717 tonight"),
    ("phone", "4155552671", "text them at 4155552671"),
    ("phone", "(0818)-804917", "Please call Priya at (0818)-804917"),
    ("phone", "(0743)-668759", "(0743)-668759"),
    # cards
    ("credit_card", "5555 5555 5555 4444", "Card 5555 5555 5555 4444 12/26 CVV 123"),
    ("credit_card", "4111 1111 1111 1111", "4111 1111 1111 1111 12/25 123"),
    ("credit_card", "4012 8888 8888 1881", "4012 8888 8888 1881 321 is what the form wants"),
    ("credit_card", "3782 822463 10005", "My Amex is 3782 822463 10005."),
    ("credit_card", "3056 930902 5904", "Diners Club 3056 930902 5904"),
    ("credit_card", "4012888888881881", "卡号4012888888881881有效期09/25"),
    ("credit_card", "5105105105105100", '{"card_number": "5105105105105100", "exp": "12/27"}'),
    ("credit_card", "5016542734646864", "my visa 5016542734646864 exp 09/27"),
    ("credit_card", "6708 1743 5261 1953", "Card number: 6708 1743 5261 1953\nExpiry: 12/26"),
    ("credit_card", "639043498869", "I paid with 639043498869 yesterday"),
    ("credit_card", "4111 1111 1111 1111", "Ref: 4111 1111 1111 1111"),
    ("credit_card", "5425233430109903", "Reference: 5425233430109903 (my card)"),
    ("vin", "1HGCM82633A004352", "For reference: 1HGCM82633A004352"),
    # VINs
    ("vin", "1hgcm82633a004352", "my vin is 1hgcm82633a004352"),
    ("vin", "1HG CM826 33A004352", "VIN 1HG CM826 33A004352"),
    ("vin", "1HGCM82633A004352", "Fahrgestellnummer 1HGCM82633A004352"),
    ("vin", "JH4KA8260MC000000", "这台车的VIN码是JH4KA8260MC000000吗"),
    # plates
    ("license_plate", "京a12345", "车牌京a12345"),
    ("license_plate", "粤Z1234港", "我那台粤Z1234港的车"),
    ("license_plate", "1234-AB", "車號1234-AB"),
    ("license_plate", "ab12 cde", "reg ab12 cde"),
    ("license_plate", "AB-123-CD", "Ma voiture AB-123-CD a été enlevée"),
    ("license_plate", "12-ABC-3", "Dutch plate 12-ABC-3"),
    ("license_plate", "京a·88888", "停车场绑定车牌：京a·88888"),
    ("license_plate", "SHG-W 27", "SHG-W 27 steht seit Tagen vor der Einfahrt"),
    ("license_plate", "KA 01 AB 1234", "Vehicle no. KA 01 AB 1234"),
    ("license_plate", "ABC123", "rego ABC123"),
    ("license_plate", "WN 12345", "Polish registration WN 12345"),
    ("license_plate", "B-XY 4821", "Ich habe einen Strafzettel für B-XY 4821 bekommen"),
    ("license_plate", "M-AB 1234", "My rental in Munich, M-AB 1234, was towed"),
    ("license_plate", "8XYZ456", "tag #8XYZ456"),
    ("license_plate", "XY1234", "Got a parking ticket for my car XY1234 yesterday"),
    ("license_plate", "AB1234", "speeding ticket AB1234 in the mail"),
    ("license_plate", "7ABC123", "parking ticket 7ABC123 appeal"),
    ("license_plate", "6E796", "I got a ticket for 6E796 yesterday"),
    ("license_plate", "6E796", "违章6E796"),
    ("license_plate", "BHB 824", "Please add vehicle BHB 824 to my parking permit"),
    ("license_plate", "ERZ-TC-2965", "parking ticket for ERZ-TC-2965"),
    ("license_plate", "ERH-A-61", "车辆ERH-A-61违章"),
    ("license_plate", "ABC 123", "rental car ABC 123 for 3 days"),
    # IBANs and accounts
    ("iban", "de89 3704 0044 0532 0130 00", "iban: de89 3704 0044 0532 0130 00"),
    ("iban", "DE89-3704-0044-0532-0130-00", "DE89-3704-0044-0532-0130-00"),
    ("iban", "MT84 MALT 0110 0001 2345 MTLC AST0 01S", "MT84 MALT 0110 0001 2345 MTLC AST0 01S"),
    ("iban", "SA03 8000 0000 6080 1016 7519", "SA03 8000 0000 6080 1016 7519"),
    ("bank_account", "6222021234567890123", "工资卡6222021234567890123"),
    ("bank_account", "1234567890", "Kontonummer 1234567890, BLZ 37040044"),
    ("bank_account", "1234567890", "Konto-Nr. 1234567890"),
    ("bank_account", "12345678901", "numéro de compte 12345678901"),
    ("bank_account", "0123456789", "cuenta 0123456789"),
    ("bank_account", "00012345678", "Direct deposit: Wells Fargo 00012345678"),
    ("bank_account", "1234567890", "Transfer $500 to Chase 1234567890"),
    ("bank_account", "123456789012", "account no.123456789012"),
    ("bank_account", "987654321", "my checking is 987654321"),
    ("bank_account", "987654321", "savings #987654321"),
    # a password in corner brackets
    ("api_key_secret", "#zWqk4Gt4195", "请核对登录密码「#zWqk4Gt4195」是否正确。"),
]

CLEAN: list[str] = [
    "Der Termin ist am 05.12.2023 um 14 Uhr.",
    "Rechnung 0815/123456 vom 3. März",
    "Auftragsnummer 030 12345678",
    "PLZ 01067 Dresden, Einwohner 556780",
    "The fraction 03/15/2024 is a date",
    "between 01/2024 and 06/2025",
    "Il numero di ordine è 347 123 4567",
    "Mi número de pedido es 612 34 56 78",
    "Lot 0171/1234567 shipped",
    "SKU 030/12345678",
    "Appuyez 1 pour le service, numéro de commande 0612345678",
    "订单号 13912345678 已发货",
    "order 4111 1111 1111 1111 12/25 shipped",
    "serial 4111 1111 1111 1111 1234",
    "1234 5678 9012 3456 7890",
    "ISBN 978-3-16-148410-0 and 978-0-306-40615-7",
    "flight CA1234 on 2024-05-01",
    "云api123 接口文档",
    "VIN lookup for my 2015 Honda Civic",
    "account created on 2024-01-01",
    "Konto erstellt am 12.03.2024",
    "会员卡号 88888888",
    "会员卡号 6708123456789014",
    "gift card 6708172860129047",
    "京A股市场",
    "the build 8613912345678 passed",
    "EN-US 2024 release notes",
    "pages A-B 12 and C-D 14",
    "I bought a flight ticket for UA1234 to Denver",
    "parking ticket ref PCN12345",
    "We expect to reach revenue at 12000000 this year",
    "the rocket will reach orbit at 4000000 feet",
    "call option at 1234567890 strike",
    "text messages at 20240101 were lost",
    "truck F-150 XL",
    "ticket ABC 1234 was closed",
    "Boarding soon: ticket for UA 1234 to Denver",
    "car Porsche 911 GT3",
    "my car 2019 BMW X5 needs service",
    "Booking ref 4111111111111111",
    "Order 4111111111111111 shipped",
    "Transaction 4111111111111111 declined",
    "Ref: 4111 1111 1111 1112",
    "ticket 1HGCM82633A004352 opened",
    "HSBC reported 12000000000 in profit",
    "citi 2023-01-01 statement",
    "version no.12345678",
    "pi is 3.14159265358",
]


def test_a_date_after_a_phone_word_is_not_a_phone() -> None:
    """Slashes are phone separators now ("030/12345678"); a date after a phone word still is not one."""
    spans = detect_pii("手机号码「020-68926860」. Please update birthday to 01/08/2008 in my profile.")
    assert [(s.type, s.value) for s in spans] == [("phone", "020-68926860"), ("date_of_birth", "01/08/2008")]


@pytest.mark.parametrize(("kind", "value", "text"), FOUND)
def test_found_with_its_type(kind: str, value: str, text: str) -> None:
    start = text.index(value)
    spans = detect_pii(text)
    assert any(s.type == kind and s.start < start + len(value) and s.end > start for s in spans), spans


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_clean(text: str) -> None:
    assert detect_pii(text) == []


def test_extension_and_expiry_masking() -> None:
    """The extension is masked with its number; the expiry after a card is not taken for part of it."""
    text = "Direct: 650-253-0000x1234, card 4111 1111 1111 1111 12/25"
    spans = {s.type: s.value for s in detect_pii(text)}
    assert spans["phone"] == "650-253-0000x1234"
    assert spans["credit_card"] == "4111 1111 1111 1111"
