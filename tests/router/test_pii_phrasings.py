"""How people write a keyed value: fillers and links between the value and the word that names
it, labels with a modifier, table columns, relatives' numbers, vehicle words, reference words
overridden by a personal one — and the look-alikes that must stay unflagged."""

from __future__ import annotations

import pytest

from duet.router.privacy import detect_pii

FOUND = [
    ("license_plate", "I need to give them my car reg, which is HRG 342, right?", "HRG 342"),
    ("license_plate", "So the registration they have for me is OZP 417, can you explain why?", "OZP 417"),
    ("license_plate", "Oops, typo - reg should read LG-RX-5695", "LG-RX-5695"),
    ("license_plate", "Licence plate number (see attached): HSK-368", "HSK-368"),
    ("license_plate", "SHG-W-27 is parked in my spot again", "SHG-W-27"),
    ("license_plate", "licence plate number is KA 01 AB 1234", "KA 01 AB 1234"),
    ("license_plate", "ok so registration L-W-7, got it?", "L-W-7"),
    ("date_of_birth", "I'm not sure if 2018-07-30 is the right DOB.", "2018-07-30"),
    ("date_of_birth", "Reminder: birthdate 12/27/1988 on the form", "12/27/1988"),
    ("date_of_birth", "DOB: 3/4/85", "3/4/85"),
    ("date_of_birth", "85年3月12日出生", "85年3月12日"),
    ("date_of_birth", "出生年月：1988-06", "1988-06"),
    ("date_of_birth", "1957年9月24日，这是我出生时间", "1957年9月24日"),
    ("date_of_birth", "1975/10/04\n↑这是我的出生日期", "1975/10/04"),
    ("medical_record", "9641942570，这是我就诊卡号", "9641942570"),
    ("medical_record", "2023940188是我的住院病案号", "2023940188"),
    ("medical_record", "附上病人IDZY2023524964", "ZY2023524964"),
    ("medical_record", "I typed PT160783781 into the medical record number box but it says invalid", "PT160783781"),
    ("medical_record", "Can you check my EHR number MR5690555?", "MR5690555"),
    ("passport", "K43263097\n^ this is my passport no", "K43263097"),
    ("passport", "I'm not sure if 661005518 is the right passport.", "661005518"),
    ("bank_account", "信息如下：账号——6222211719553959531", "6222211719553959531"),
    ("bank_account", "ok so account # VOBX.2109.5822.0058.62, got it?", "VOBX.2109.5822.0058.62"),
    ("bank_account", "5084726211 is my bank acct.", "5084726211"),
    ("credit_card", "我的信用卡账号是6561063073168235。", "6561063073168235"),
    ("credit_card", "1800 766584 59518 is my cc number.", "1800 766584 59518"),
    ("credit_card", "Is 503811570046 still valid? It expires 10/26", "503811570046"),
    ("credit_card", "Ref: 4111111111111111 (credit card)", "4111111111111111"),
    ("cn_resident_id", "身份证编号：11010519491231002X", "11010519491231002X"),
    ("cn_resident_id", "Employee ID: 11010519491231002X", "11010519491231002X"),
    ("vin", "车辆识别编号LSVAU2180N2183294", "LSVAU2180N2183294"),
    ("vin", "车架号是RX8E47KD9PW1F5728，帮我记一下", "RX8E47KD9PW1F5728"),
    ("phone", "My wife's number is 7379992111.", "7379992111"),
    ("phone", "Missed call from 06967 57185 twice", "06967 57185"),
    ("phone", "Could you double-check the cell below?\n7327537723", "7327537723"),
    ("phone", "5238970841 sent me a text about a parcel", "5238970841"),
    ("api_key_secret", "这个密码对不对：&45tNofMUH", "&45tNofMUH"),
    ("api_key_secret", "Oops, typo - pw should read Rv75$yKFG", "Rv75$yKFG"),
    ("api_key_secret", "你好，我API KeyAKIA32OYJCX9CKDUMADH，请帮忙查一下", "AKIA32OYJCX9CKDUMADH"),
    ("api_key_secret", "信息如下：秘钥——sk_live_hnULIyba01YfDXcn4KI6e2uv", "sk_live_hnULIyba01YfDXcn4KI6e2uv"),
    ("ip_address", "这是工作上的事。公网IP9.48.249.252对吗？", "9.48.249.252"),
    # A bare patient or hospital word right before the number; NHS numbers; 生 after a date;
    # "plates"; a plate in brackets before a car word; "is my number"; contact-form lines.
    ("medical_record", "Patient 00482913 was admitted last night, summarise the note", "00482913"),
    ("medical_record", "Hospital record: H55012873. Please draft a referral letter.", "H55012873"),
    ("medical_record", "Re: patient ref MR77120945 - follow-up on Monday", "MR77120945"),
    ("medical_record", "病人ZY2024087613昨晚入院，帮我总结出院小结。", "ZY2024087613"),
    ("medical_record", "NHS no. 485 777 3456", "485 777 3456"),
    ("date_of_birth", "他1986年4月11日生，今年多大？", "1986年4月11日"),
    ("date_of_birth", "我是1986-04-11生的，属什么？", "1986-04-11"),
    ("license_plate", "the plates on my car read ABC-1234", "ABC-1234"),
    ("license_plate", "The car (ABC 1234) was towed from my driveway", "ABC 1234"),
    ("phone", "6505550134 is my number, call after 5", "6505550134"),
    ("phone", "Home: 6505550134", "6505550134"),
    ("phone", "Office line 6505550134 ext. 12", "6505550134"),
    # More labels; a few words and a colon between label and value; a personal thing named before
    # a reference word, the value after a colon.
    ("medical_record", "My med rec # is 00482913.", "00482913"),
    ("medical_record", "Encounter number: 00482913", "00482913"),
    ("medical_record", "病人编号：00482913", "00482913"),
    ("license_plate", "Here is the plate you asked for: 7KZD482", "7KZD482"),
    ("license_plate", "My 車牌號碼 is ABC-1234.", "ABC-1234"),
    ("credit_card", "The card I used for the booking: 4539148803436467", "4539148803436467"),
    ("vin", "Truck serial: 1HGCM82633A004352", "1HGCM82633A004352"),
    # "a valid …" as a link; typed/entered/changed to as the verb of a filler; an adverb; a
    # bracketed remark with capitals.
    ("date_of_birth", "Is 11 April 1986 a valid date of birth?", "11 April 1986"),
    ("medical_record", "Is MR77120945 a valid MRN?", "MR77120945"),
    ("license_plate", "For the licence plate field I typed SHG-W 27, is the format right?", "SHG-W 27"),
    ("license_plate", "Write an email to HR saying my registration changed to ABC-1234.", "ABC-1234"),
    ("license_plate", "licence plate (as on my ID): 7KZD482", "7KZD482"),
    ("license_plate", "my reg is actually ABC-1234 not what you have", "ABC-1234"),
]

TABLES = [
    ("medical_record", "name,mrn,note\nJ. Doe,M044390493,ok", "M044390493"),
    ("license_plate", "name\tplate\tnote\nJ. Doe\tMB-OQ-6727\tok", "MB-OQ-6727"),
    ("bank_account", "| name | account | note |\n| J. Doe | 20873746385 | ok |", "20873746385"),
    ("date_of_birth", "first_name,last_name,dob\nKaylee,Stael,09.04.1973", "09.04.1973"),
]

NOT_PII = [
    "request id 9f86d081884c7d659a2feaa0c55ad015 failed",
    "trace 3fa85f64-5717-4562-b3fc-2c963f66afa6 is the id",
    "Reference 623000195807319451 keeps failing validation",
    "order 4111111111111111 card",
    "订单编号 110105194912310021",  # (a wrong check digit: a valid one would be an ID, see below)
    "serial 1HGCM82633A004352",
    "PROJ-123 is blocking the release",
    "the order's number is 7379992111",
    "I expect 503811570046 items",
    "The plate they have for me is cracked",
    "the password field shows an error E1024 again",
    "The study enrolled 12000 patients in 2021.",
    "Patient 1 and patient 2 were discharged.",
    "患者120例，平均年龄56岁",
    "新规定自2024-01-01生效，请注意。",
    "产品于2023年5月12日生产，保质期一年。",
    "Use plates 1-4 for the assay; plate 5 is the control.",
    "Work: 40 hours per week",
    "42 is my number, it's the answer to everything.",
    "Meet me at Central Park at 5.",
    "Let us go to Central Park, New York tomorrow",
    "My card was charged twice for order 4539148803436467",
    "gift card for the order: 4539148803436467",
]


@pytest.mark.parametrize(("kind", "text", "value"), FOUND + TABLES)
def test_value_is_found_with_its_type(kind: str, text: str, value: str) -> None:
    start = text.index(value)
    spans = detect_pii(text)
    assert any(s.type == kind and s.start < start + len(value) and s.end > start for s in spans), spans


def test_a_label_on_the_next_line_names_the_next_value() -> None:
    text = "Employee record\n- Born: 1968-08-16\n- Bank acct: 79012603"
    kinds = {s.value: s.type for s in detect_pii(text)}
    assert kinds.get("1968-08-16") == "date_of_birth"
    assert kinds.get("79012603") == "bank_account"


@pytest.mark.parametrize("text", NOT_PII)
def test_look_alikes_stay_unflagged(text: str) -> None:
    assert detect_pii(text) == []
