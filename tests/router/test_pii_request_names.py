"""Names a request's own wording points at, typed in any case and whatever the name: who writes,
whom a contact is about, to whom something goes, for whom one writes, a role in a form-like
request, who signs. A frame that goes on with other words, or a weak frame with no other personal
data and no known name, names no one."""

from __future__ import annotations

import pytest

from duet.router.privacy.detector import detect_pii
from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "value"), [
    ("Hello, I'm catarina araújo, booking ref HU5751, passport Y54359760 expired, what now?", "catarina araújo"),
    ("Hello, I'm Ludovico Cociarelli, booking ref CZ7344, passport G85516550 expired", "Ludovico Cociarelli"),
    ("本人kenneth mills，身份证Z135781716，手机186.1793.2491", "kenneth mills"),
    ("客服你好，我叫faqid gulati，身份证131000195104067393，要补办会员卡", "faqid gulati"),
    ("add fabrizia pelli to my contacts, number +86-13924774135", "fabrizia pelli"),
    ("update alison walters's number to +39 363 440 0680", "alison walters"),
    ("幫我把洪欣怡加到聯絡人，電話+17016170217", "洪欣怡"),
    ("把Luna Almeida的手機改成+86 155 2772 3396", "Luna Almeida"),
    ("pls snd my adress 3 Clarke Spur, South Mohammed W92 7QX to Job Verbeek", "Job Verbeek"),
    ("把我的位置(36.5195, -28.2475)分享給Silvestro Marino", "Silvestro Marino"),
    ("send 我的 location (45.4272, 21.5332) 给 向文", "向文"),
    ("Hello, I am writing on behalf of my father patricia dickson, born 1943/08/03, patient number MRN12804",
     "patricia dickson"),
    ("Draft a reply to tadeo ferrando (benjaminjones@yahoo.com) confirming the meeting", "tadeo ferrando"),
    ("for the rental: driver Milena da Conceição, DOB 14.06.1971, license plate 藏F•EPGG7", "Milena da Conceição"),
    ("new contact larissa andrade, mobile 080-4305-3875", "larissa andrade"),
    ("您好，報價單已收到，有問題請撥(+86)15077584225。 Nisa van Berkum 敬上", "Nisa van Berkum"),
    ('write a unit test for this payload {"card": "6201 8026 7676 2688", "holder": "calebe ramos"}', "calebe ramos"),
    ("the refund goes to IBAN DE89370400440532013000. Regards, julia aparecida", "julia aparecida"),
    ("KeyError: 'dob' while parsing {'name': 'zaid dayal', 'birth': '1939-12-01'}", "zaid dayal"),
    ("fleet.yaml vehicles:\n  - plate: NA-325-R\n    vin: KMHCT3PW9WK501901\n    driver: isabelly rocha", "isabelly rocha"),
    ("voice: share my location 22.95745, -149.66569 with baljiwan kara", "baljiwan kara"),
    ("speech to text: send fifty dollars to marina almeida account 815393448757", "marina almeida"),
    ("[13:53] maya: it's tatjana reising, mathewpearson@gmail.com", "tatjana reising"),
    ("voicemail: hi this is madelief hellevoort from the clinic calling about record H202226783, call +8619807147894",
     "madelief hellevoort"),
    ("car lease: lessee conny fischer, vehicle LGBMDKCM4CL617400, registration 鄂AFYCT8", "conny fischer"),
    ("between landlord pier emo and tenant Maria Mccoy, premises at 7919 Justin Extensions Apt. 423", "pier emo"),
    ("租房合同摘要：出租方陸雅玲，承租方沈健，身份证411721 19920109 2027", "陸雅玲"),
])
def test_the_name_a_request_points_at(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


@pytest.mark.parametrize("text", [
    "I'm Not Sure, honestly, what the best approach is",
    "share the doc with Google Drive.",
    "send the report to Product Marketing.",
    "Thanks, Happy Coding.",
    'steps: [{"name": "Build Docker Image"}]',
    "add dark mode to my settings page",
    "update the readme's badges",
    "on behalf of Customer Success, welcome!",
    "把文件发给大家。",
    "把文件发给 Google Drive",
    "it's Not Working, again",
    "门卫说明天停水",
])
def test_no_one_named(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "value"), [
    ("Krankenversicherungsnummer A123456780", "A123456780"),
    ("Medicare number 2123 45670 1", "2123 45670 1"),
    ("insurance member ID XJH123456789", "XJH123456789"),
    ("医保卡号 1234567890", "1234567890"),
])
def test_a_health_insurance_number_opens_a_patient_file(text: str, value: str) -> None:
    assert_found(text, "medical_record", value)


def test_a_car_insurance_number_is_no_patient_file() -> None:
    assert_clean("my car insurance number 8812345")


def test_a_role_word_before_no_name_stays_no_name_beside_other_data() -> None:
    spans = detect_pii("the guest wifi network password is hunter2hunter2, call 555-123-4567")
    assert "person_name" not in {s.type for s in spans} and {s.type for s in spans}


@pytest.mark.parametrize(("text", "value"), [
    ("[02:29] Arya Pant：寄到太平忠孝巷1號，謝謝", "Arya Pant"),
    ("[WhatsApp] 2026-08-08, 02:24 - Faras Ranganathan: I'm at 373 Douglas Manors, gate code 4471", "Faras Ranganathan"),
])
def test_a_speaker_with_personal_data_on_the_line(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


@pytest.mark.parametrize("text", [
    "09:00 Daily Standup: call 555-123-4567 for the bridge",
    "10:02 Build Server: deployed to 10.0.0.5",
])
def test_a_log_line_subject_is_no_speaker(text: str) -> None:
    assert "person_name" not in {s.type for s in detect_pii(text)}
