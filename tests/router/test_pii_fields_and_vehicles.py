"""Plates and record numbers named by what stands around them: a column compared in SQL
("WHERE mrn = '…'", "SET plateNo='…'"), a key=value pair of a log line, a field name written in
camelCase or snake_case or in another language ("numberPlate", "Nummernschild", "UHID", "Telefon",
"callerId"), a vehicle
described by its make or model or a noun such as camper or scooter, a parking fine issued to a
plate, a mileage log, a hospital number after words about care. Beside them, the look-alikes that
must stay clean: a build tag, a register, a version, a year, a model number.
"""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "value"), [
    ("UPDATE fleet SET plateNo='HEG 756' WHERE id=4;", "HEG 756"),
    ("[item 42]\nnumberPlate: KP1 9206\nupdated: 2026-01-04", "KP1 9206"),
    ("[item 42]\nNummernschild: MI-617-TN\nupdated: 2026-01-04", "MI-617-TN"),
    ("[item 42]\nplaque: 9-TFH-61\nupdated: 2026-01-04", "9-TFH-61"),
    ('[item 42]\nvehicleRegistration = "WDJC 920"\nupdated: 2026-01-04', "WDJC 920"),
    ("[gate] lookup plate=WBL-6D99 lane=2", "WBL-6D99"),
    ("Who keeps blocking my driveway? Silver Corolla, HF746ZM, every Tuesday.", "HF746ZM"),
    ("Neighbour's camper YZW-8A40 has been on the street for 3 weeks.", "YZW-8A40"),
    ("我的车是BKQ-0115，帮我查一下年检什么时候到期", "BKQ-0115"),
    ("Car park fine PCN 4471 issued to QKS 13667 on 12 May", "QKS 13667"),
    ("Mileage log – KRM 137 – 42,118 km start, 42,390 km end", "KRM 137"),
    ("Could you translate: 'Ma voiture immatriculée BP-L-9 a été volée.'", "BP-L-9"),
])
def test_a_plate_named_by_its_field_or_its_vehicle(text: str, value: str) -> None:
    assert_found(text, "license_plate", value)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("User: uh yeah my plate is um QDF 275 and it got towed", "license_plate", "QDF 275"),
    ("Caller: the reg is, er, FL991ZC", "license_plate", "FL991ZC"),
    ("用户：嗯我的车牌是那个129 7AB", "license_plate", "129 7AB"),
    ("Alexa, add N-371-ZH to my visitor permit", "license_plate", "N-371-ZH"),
    ("Patient: my MRN is uh 4471203", "medical_record", "4471203"),
    ("User: call um 4387232237", "phone", "4387232237"),
])
def test_a_value_after_a_speakers_um_and_er(text: str, kind: str, value: str) -> None:
    assert_found(text, kind, value)


@pytest.mark.parametrize(("text", "value"), [
    ("UPDATE t SET medical_record_number='683-920-62' WHERE id=4;", "683-920-62"),
    ("SELECT * FROM visits v WHERE v.chart_no = '2023-161533';", "2023-161533"),
    ("[INFO] lookup patient_id=P0042311 ok", "P0042311"),
    ("[item 42]\nMedRecNo: P2819206947\nupdated: 2026-01-04", "P2819206947"),
    ("[item 42]\nUHID: H201598285\nupdated: 2026-01-04", "H201598285"),
    ("IP No: 2025-215545, ward 3", "2025-215545"),
    ("Lab result ready — Hosp# 37925756 — HbA1c 7.9%", "37925756"),
    ("Medical file ref 8367451: follow-up in six weeks.", "8367451"),
    ("Appointment reminder: Unit number 6449733, Cardiology clinic 10:30", "6449733"),
])
def test_a_record_number_named_by_its_field_or_the_care_around_it(text: str, value: str) -> None:
    assert_found(text, "medical_record", value)


@pytest.mark.parametrize(("text", "value"), [
    ("[item 42]\n<Telefon>9380 2848</Telefon>\nupdated: 2026-01-04", "9380 2848"),
    ("[item 42]\ncallerId: 5865 9820\nupdated: 2026-01-04", "5865 9820"),
    ("[item 42]\nfrom_number: 0941333799\nupdated: 2026-01-04", "0941333799"),
    ("UPDATE contacts SET mobileNumber='6492 0868' WHERE id=4;", "6492 0868"),
    ("2026-04-01 INFO sms msisdn=85291580454 queued", "85291580454"),
])
def test_a_phone_named_by_its_field(text: str, value: str) -> None:
    assert_found(text, "phone", value)


@pytest.mark.parametrize("text", [
    "[build]\ntag=5521 ok",
    "2026-01-04 grid cell=12345678 recalculated",
    "cpu reg=5 flags=0x1",
    "UPDATE releases SET version='1.2.3' WHERE id=4;",
    "SELECT * FROM cars WHERE model = 'F-150';",
    "curso\nmatricula: 2026\nfin",
    "dental plaque: 2 mm\nnext",
    "Our scooter - XR 250 model is great",
    "Issued to ACME Corp on 12 May per the fine print",
    "my car is 2019 BMW X5, fine",
    "Storage unit number 204567 is on the second floor.",
])
def test_look_alikes_of_fields_and_vehicles_stay_clean(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("[redis]\nrequirepass Admin3464$\nport 6379", "api_key_secret", "Admin3464$"),
    ("docker login -u bob -p s3cr3tPass registry.io", "api_key_secret", "s3cr3tPass"),
    ("| Account | 66122480918155067303 |", "bank_account", "66122480918155067303"),
])
def test_a_secret_on_a_command_line_or_in_a_config_and_an_account_in_a_row(text: str, kind: str, value: str) -> None:
    assert_found(text, kind, value)


@pytest.mark.parametrize("text", ["# requirepass foobared", "docker login --password-stdin < pw.txt"])
def test_a_documented_example_password_and_a_password_from_stdin_stay_clean(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "value"), [
    ("ACME DENTAL\n12 High St\nTe1: 7796 6697\nVAT 123", "7796 6697"),
    ("☎ 9457 8339", "9457 8339"),
    ("📞 0998370643", "0998370643"),
    ("Reach Dr. Patel's office at 8169 5841 ext. 12", "8169 5841"),
    ("тел. 8 (495) 123-45-67", "8 (495) 123-45-67"),
])
def test_a_phone_after_its_sign_or_a_scanned_label_or_before_its_extension(text: str, value: str) -> None:
    assert_found(text, "phone", value)
