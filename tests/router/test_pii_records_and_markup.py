"""Values in records and markup: a phone at the end of a bulleted line (the next line's "*" is a
bullet, not a product), a list's heading, a password in SQL, a handphone ("HP") and a dial-in
number, a phone inside HTML, an account after "bank", a member's ID on a health-insurance claim, a
passport number typed in two parts, an address in a quoted key=value field of a log line or an
invite's LOCATION. And the look-alikes next to them: a performer asked for by "play", a browser's
version, a thousands group before "cell", a company code that runs on past eight digits, a bank
named before a figure, a placeholder in angle brackets.
"""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found
from duet.router.privacy.detector import detect_pii


@pytest.mark.parametrize(("text", "typ", "value"), [
    # a number ending its line before a bulleted line ("\n* " once read as "times")
    ("Next of kin:\n* Priya Raman (sister) +447700900461\n* Tom Raman (brother) +447700900462", "phone", "+447700900461"),
    ("call list\n* dentist 020 7946 0321\n* school 020 7946 0777", "phone", "020 7946 0321"),
    # a relative's number after the relation in brackets
    ("In case of emergency\n- Marta Kowalska (sister) 512 334 871\n- Piotr Nowak (friend) 601 220 114", "phone",
     "601 220 114"),
    # a password given in SQL
    ("ALTER USER 'etl'@'10.%' IDENTIFIED BY 'Quartz!Lamp93';", "api_key_secret", "Quartz!Lamp93"),
    ("GRANT SELECT ON shop.* TO 'bi'@'%' IDENTIFIED WITH caching_sha2_password BY 'n0rth-W1nd';", "api_key_secret",
     "n0rth-W1nd"),
    # "HP" for a handphone (Singapore, Malaysia), a conference's dial-in
    ("Registration: Tan Mei Ling, NRIC S8812345D, HP 8123 4567, Blk 12 Bedok North", "phone", "8123 4567"),
    ("Weekly sync. DESCRIPTION:dial-in 415 882 107 pin 5521", "phone", "415 882 107"),
    ("Weekly sync. Dial-in 646 558 8656, meeting ID 872 1190", "phone", "646 558 8656"),
    # a phone inside HTML: an hCard's class, a label in bold
    ('<li><span class="tel">3125550143</span></li>', "phone", "3125550143"),
    ('<div class="vcard"><span class="tel">0161 496 0388</span></div>', "phone", "0161 496 0388"),
    ("<p><b>Tel:</b> 0161 496 0388</p>", "phone", "0161 496 0388"),
    # "bank" right before the account on a payslip
    ("Salary slip March. Employee: Oskar Lindqvist; bank 5381042276190017; net 3,204.10", "bank_account",
     "5381042276190017"),
    # a member's ID on a health-insurance claim, a few lines under its heading
    ("Dental claim form\nPolicyholder: Grace Olsen\nDate of service: 2026-03-02\nMember ID: XK48812077",
     "medical_record", "XK48812077"),
    ("Health plan enrolment\nSubscriber: Omar Haddad\nSubscriber No: 77120-5531", "medical_record", "77120-5531"),
    # a passport number typed in two parts
    ("Passport No: KX482 1907, expires 2031", "passport", "KX482 1907"),
    # an address in a quoted key=value field, and an invite's LOCATION glued to its key
    ('level=error msg="geocode failed" order.delivery_address="Rua Augusta 274, Lisboa"', "street_address",
     "Rua Augusta 274, Lisboa"),
    ("BEGIN:VEVENT\nSUMMARY:Viewing\nLOCATION:Carrer de Mallorca 401, Barcelona\nEND:VEVENT", "street_address",
     "Carrer de Mallorca 401, Barcelona"),
    ("BEGIN:VEVENT\nLOCATION:Vial de la Reina 12, Sevilla\nEND:VEVENT", "street_address", "Vial de la Reina 12, Sevilla"),
    # a name in a form's input, in a query string, after a foreign or Chinese label, before a Taiwanese ID's label
    ('<form><input name="cardholder" value="Mirela Vasquez"><input name="cvv" value=""></form>', "person_name",
     "Mirela Vasquez"),
    ('<input type="hidden" value="Dorothea Lindgren" name="holder">', "person_name", "Dorothea Lindgren"),
    ("GET /signup?name=Caroline%20Vollmer&plan=pro", "person_name", "Caroline%20Vollmer"),
    ("The transfer form wants Kontoinhaber Heinrich Albers and the IBAN.", "person_name", "Heinrich Albers"),
    ("开票信息：\n购买方：赵振宇\n税号：91110108MA01", "person_name", "赵振宇"),
    ("收款方：黄建成\n开户行：招商银行", "person_name", "黄建成"),  # a given name that is a common word (建成)
    ("就診資料：林雅婷，身分證B223456781，電話0912345678", "person_name", "林雅婷"),
    ("play the voicemail from Jay Chou, then call him back", "person_name", "Jay Chou"),  # a caller, not a song
])
def test_values_in_records_and_markup(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)


def test_a_heading_over_a_list_of_people_is_not_a_name() -> None:
    text = "emergency contacts:\n* Priya Raman (sister) +447700900461\n* Tom Raman (brother) +447700900462"
    names = {s.value for s in detect_pii(text) if s.type == "person_name"}
    assert names == {"Priya Raman", "Tom Raman"}, names


def test_a_role_word_before_a_name_is_left_out_of_it() -> None:
    text = "payroll: employee Oskar Lindqvist, account 5381042276190017"
    names = {s.value for s in detect_pii(text) if s.type == "person_name"}
    assert names == {"Oskar Lindqvist"}, names


@pytest.mark.parametrize("text", [
    "Firefox 52.9.180.12 on Windows 7 crashes at start-up",  # a browser's version
    "Chrome 21.3.140.77 on Linux",
    "| SKU | EAN | total |\n| A1 | 5901234123457 | 9,481,052.75 |\nwhy does the total cell overflow?",
    "統一社會信用代碼91310115MA1H7XQ5X9是否有效",  # a company's credit code, eight digits then letters
    "Bank of Montreal reported 14530000 in fees",  # a bank named, then a figure further on
    'curl -H "Authorization: Bearer <API_TOKEN>" http://127.0.0.1:8080/health',  # a placeholder in brackets
    "the user is identified by 'name' in the audit log",  # prose, not a SQL statement
    "CREATE USER app IDENTIFIED BY 'changeme';",  # a placeholder password
    "my HP 8300 Elite desktop will not boot",  # a computer's model
    "GET /search?name=New%20York&sort=asc",  # a place in a query string
    "hey car, set a timer for 20 minutes and play Jay Chou",  # a performer, asked for by a voice command
    "play some songs by Norah Jones while I drive",
    '<input name="city" value="San Francisco">',
])
def test_look_alikes_in_records_and_markup_stay_clean(text: str) -> None:
    assert_clean(text)
