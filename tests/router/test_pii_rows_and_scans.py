"""Values that structure names instead of a keyword, and values a scanner misread.

- a phone in a cell of one person's row (an HTML or markdown row, a numbered list, a SQL tuple,
  a line of contact details after an address), and the columns of a SQL insert;
- a business card's one-letter labels ("T:", "M:") at a line's start;
- a record number glued to its code letters and misread ("MRN:P4O7686", "ID P52183900l"), or
  written in two groups;
- a plate after its keyword with stray spaces or an "l" for a 1, a Chinese plate with a space
  or an "O" inside;
- a Taiwan ID that follows another ID in a Chinese chat;
- an item of a list of people (a name and a phone), an XML element's text, a name column's
  names that are also words;
- an e-mail a scanner broke with a space, a misread house number, a spaced "D  O B", an address
  alone on a label's line, a name between "SHIP TO:" and its address.
Beside each, the look-alikes that must stay clean: dates, amounts, decimals after "p:", job titles.
"""

from __future__ import annotations

import pytest

from duet.router.privacy.detector import detect_pii
from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "value"), [
    ("<tr><td>Hanne Lindqvist</td><td>hanne.l@posteo.de</td><td>(31) 6618-4402</td></tr>", "(31) 6618-4402"),
    ("名单：\n1. 周志明 612 387 455\n2. 林晓 lin.xiao@163.com", "612 387 455"),
    ("attendees:\n- Tomasz Wrona, 07719 204 883\n- Ida Berg, ida@berg.se", "07719 204 883"),
    ("| Pedro Alvarenga | pedro@uol.com.br | 21 9876-5432 |", "21 9876-5432"),
    ("My details: 14 Elm Grove, Leeds, 622 418 937.", "622 418 937"),
    ("UPDATE please: INSERT INTO clients (full_name, email, mobile) VALUES ('Rui Costa', 'rc@sapo.pt', '912 345 678');",
     "912 345 678"),
])
def test_a_phone_in_a_cell_of_a_persons_row(text: str, value: str) -> None:
    assert_found(text, "phone", value)


@pytest.mark.parametrize(("text", "typ", "value"), [
    ("INSERT INTO 客户 (姓名, 电话, 身份证号) VALUES ('周敏', '0912 556 781', 'F231567894');", "cn_resident_id",
     "F231567894"),
    ("INSERT INTO members (name, phone) VALUES ('Ann Ode', '5552019876'), ('Bo Li', '5557783421');", "phone",
     "5557783421"),
])
def test_the_columns_of_a_sql_insert_name_its_values(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)


def test_a_business_cards_one_letter_labels() -> None:
    card = "Scan this card:\nPriya Raman\nSenior Analyst\nT: 6175550188\nM: 07700 900461\nE: priya@raman.io"
    spans = [(s.type, s.value) for s in detect_pii(card)]
    assert ("phone", "6175550188") in spans and ("phone", "07700 900461") in spans
    assert ("person_name", "Senior Analyst") not in spans


@pytest.mark.parametrize(("text", "value"), [
    ("Patient: Lena Voss   MRN:P5O8812", "P5O8812"),
    ("insurance card\nMEMBER Lena Voss\nID P52183900l", "P52183900l"),
    ("Patient: Lena Voss MRN: Q204 7781", "Q204 7781"),
    ("患者 王强 住院号ZY8831O52", "ZY8831O52"),
])
def test_a_record_number_glued_to_its_letters_or_misread(text: str, value: str) -> None:
    assert_found(text, "medical_record", value)


@pytest.mark.parametrize(("text", "value"), [
    ("VEH REG KPL- 4T82", "KPL- 4T82"),
    ("vehicle reg: DWN l72AX", "DWN l72AX"),
    ("车牌 粤B·7K 2M9", "粤B·7K 2M9"),
    ("VEH 浙A•Q8OP2", "浙A•Q8OP2"),
])
def test_a_scanned_plate_after_its_keyword(text: str, value: str) -> None:
    assert_found(text, "license_plate", value)


def test_a_taiwan_id_that_follows_another_in_a_chat() -> None:
    chat = "陈美玲：我的身分證是A123456789\n黃志偉：我的是F131104093"
    assert_found(chat, "cn_resident_id", "F131104093")


@pytest.mark.parametrize("text", [
    "Results: p: 0.0012345678, m: 1234567890 rows",
    "Set T: 2026-01-01, window 5",
    "Reading 89.0749.5643 from sensor 4",
    "Senior Analyst\nChief Executive Officer",
    "Ticket counts by month: 2026 04 01, 2026 05 01",
])
def test_look_alikes_stay_clean(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize("text", [
    "Anna Schmidt | 2026 03 15 | 120 000 000",
    "Anna Schmidt, order 12345678, total 1 234 567",
    "Anna Schmidt | anna@schmidt.de | $ 1 200 300",
])
def test_dates_amounts_and_references_in_a_row_are_no_phone(text: str) -> None:
    assert not [s for s in detect_pii(text) if s.type == "phone"]


@pytest.mark.parametrize(("text", "name", "phone"), [
    ("整理成表格：\n1. 严桂兰 0851360556\n2. 柯家瑋 157-3390-2619", "严桂兰", "0851360556"),
    ("名单：\n1. 宋超 +49 8033 62407\n2. 来勇 (95) 7924-8341\n3. 姚鹏 yao@example.org", "来勇", "(95) 7924-8341"),
    ("call list:\n1. Mekhala Hora 352 0499 9698\n2. Ida Berg ida@berg.se", "Mekhala Hora", "352 0499 9698"),
])
def test_an_item_of_a_list_of_people_is_a_name_and_a_phone(text: str, name: str, phone: str) -> None:
    spans = [(s.type, s.value) for s in detect_pii(text)]
    assert ("person_name", name) in spans and ("phone", phone) in spans


@pytest.mark.parametrize(("text", "typ", "value"), [
    ("<contact>\n  <name>Wridesh Lalla</name>\n  <phone>960 57 51 78</phone>\n</contact>", "phone", "960 57 51 78"),
    ("<Patient><Mrn>712174</Mrn><Nric>T9815103B</Nric></Patient> parse in C#", "national_id", "T9815103B"),
    ("<row account_number=\"x\"><passport>E12345678</passport></row>", "passport", "E12345678"),
])
def test_an_xml_element_names_its_text(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)


@pytest.mark.parametrize(("text", "value"), [
    ("INSERT INTO customers (name, city) VALUES ('Max Cant', 'Paris'), ('Ana Ruiz', 'Lima');", "Max Cant"),
    ("| Name | Email |\n|---|---|\n| Natalia Ginesio | q@example.com |\n| Max Cant | u@example.net |", "Max Cant"),
])
def test_a_name_column_holds_names_that_are_also_words(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


@pytest.mark.parametrize("text", [
    "Shopping list:\n1. Eggs 12\n2. Milk, ask mary04@example.net\n3. Rice 1234567890",
    "<config><host>localhost</host><version>1.2.3</version><id>20240105</id></config>",
    "INSERT INTO teams (name, size) VALUES ('Platform Team', 4), ('Grand Total', 9);",
    "| Name | Score |\n|---|---|\n| Ann Lee | 3 |\n| Unknown User | 4 |",
])
def test_lists_xml_and_name_columns_that_hold_no_one(text: str) -> None:
    assert not [s for s in detect_pii(text) if s.type == "phone" or s.value in ("Platform Team", "Grand Total",
                                                                               "Unknown User", "Rice", "Eggs")]


@pytest.mark.parametrize(("text", "value"), [
    ("帮我识别这张名片： 林美惠 销售经理 邮箱：ukoch-ii@ web.de 地址：长沙县大东区汕尾路94号", "ukoch-ii@ web.de"),
    ("Scan:\nMohamed Huisman\nE: kcamara@yahoo.c om.br\n92, chemin Marianne Paul, Potier", "kcamara@yahoo.c om.br"),
    ("邮箱：emillycampos @example.com", "emillycampos @example.com"),
    ("card: John Greene Senior Buyer T: +48507438787 E: webertony @price.com 5395 Barajas Shoals, Garrettb",
     "webertony @price.com"),
])
def test_an_email_a_scanner_broke_with_a_space_after_its_label(text: str, value: str) -> None:
    assert_found(text, "email", value)


@pytest.mark.parametrize(("text", "typ", "value"), [
    ("地址：平山区粟路26O号6单元1135", "street_address", "平山区粟路26O号6单元1135"),
    ("Patient: Bradley Cain   MRN:92903B\nD  O B: 16-Dec-2007", "date_of_birth", "16-Dec-2007"),
    ("SHIP  TO:\nBernadette Texier\n4 Bennett Shoals, Gibbsview\nTEL +8613082467542", "street_address",
     "4 Bennett Shoals, Gibbsview"),
    ("improve my CV header:\nAna Lind\n3 Knapp Frontage, Andrewberg · 088 465 1581 · ana@lind.se", "street_address",
     "3 Knapp Frontage, Andrewberg"),
    ("SHIP TO: Chloë Huisman 9167 Johnson Extensions TEL  0113 496 0885", "phone", "0113 496 0885"),
    ("CV header:\nDom da Paz\n352 Gomez Stravenue, Brandiside · 783 507 889 · qnormand@wanadoo.fr", "phone",
     "783 507 889"),
    ("fix the OCR: SHIP TO: Regina Thomas Flat 7, Wong Shore, West Aaronville TEL 187-5779-9489", "person_name",
     "Regina Thomas"),
    ("整理成表格：\n1. Astrid Lemaître +81 90-2541-4474\n2. 钟欣 +55 66 4698-4648\n3. 植坤 mei-lingcho@example.com",
     "person_name", "植坤"),
])
def test_scanned_labels_cards_and_lists(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)


@pytest.mark.parametrize("text", [
    "email: see the link @ the top of the page",
    "Agenda 2026:\nIntro\n2 Data Centers, Frankfurt",
    "SHIP TO: Warehouse 12 Harbour Road, Leeds",
    "Steps:\n1. Open settings\n2. Restart the service",
])
def test_scanned_look_alikes_stay_clean(text: str) -> None:
    assert not [s for s in detect_pii(text) if s.type in ("email", "person_name") or s.value.startswith("2 Data")]


@pytest.mark.parametrize(("text", "value"), [
    ("这段聊天记录里有几个人？\nRaksha Sethi：我身份证号230708193903147130\nJune Woods：我的是533103196003231225", "Raksha Sethi"),
    ("LINE對話紀錄\n2026-04-09 07:42 Amrita Buch：我的新手機+886 965 434 246\n2026-05-16 22:38 我：好", "Amrita Buch"),
    ("帮我整理这段微信聊天：\nPacífica Blanes 17:41\n我的新手机号195 4249 0663，存一下\n我 06:37\n好的", "Pacífica Blanes"),
    ("visa application: henrike biggen, passport M87905063, born November 30, 1993", "henrike biggen"),
])
def test_speakers_and_applicants_with_data_of_their_own(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


@pytest.mark.parametrize(("text", "value"), [
    ("Encounter #: 88123401 — discharge summary needed", "88123401"),
    ("Visit ID V-20931177 for the MRI booking", "V-20931177"),
    ("n. cartella clinica 2023/0045821", "2023/0045821"),
    ("Accession # A19-22831 for the biopsy", "A19-22831"),
])
def test_visit_encounter_and_accession_numbers(text: str, value: str) -> None:
    assert_found(text, "medical_record", value)


@pytest.mark.parametrize("text", [
    "Standup notes:\nBuild Server: failed at 10:02, see ticket\nRelease Train: 2026-05-01",
    "bug report form: Login Page, passport photo needed",
    "visit number 3 of 5, the 2023/2024 season",
])
def test_logs_forms_and_seasons_stay_clean(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "not_pii"), [
    ("Patient: Ann Lee, lives at Lizadreef 3 new Date(1715932800123).toString() shows", "1715932800123"),
    ("Pods fail:\nWarning: probe failed for ann@x.io\ndeployment has containerPort: 8000, call +44 20 7946 0958",
     "deployment has containerPort"),
])
def test_code_beside_personal_data_is_no_phone_or_speaker(text: str, not_pii: str) -> None:
    assert not_pii not in [s.value for s in detect_pii(text)]
