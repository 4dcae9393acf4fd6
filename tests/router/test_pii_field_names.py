"""Names and addresses under a field that names a person's role or an address, in the forms
structured text takes: a field line, a JSON pair, an XML element, a two-column markdown row, a SQL
comparison, a log's key=value pair; field names in snake_case, camelCase and other languages;
Singapore and Malaysian names with "binte", "a/l"; Hong Kong "SURNAME, Given". Beside them, what
such fields hold that is no one and no street: a team, a bot, an account state, a server.
"""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "value"), [
    ("[item 42]\nassignee: Kavitha d/o Subramaniam\nupdated: 2026-01-04", "Kavitha d/o Subramaniam"),
    ('[item 42]\ntenant = "abigail sharp"\nupdated: 2026-01-04', "abigail sharp"),
    ("[item 42]\n<Consignee>CHAN, Ming Chi</Consignee>\nupdated: 2026-01-04", "CHAN, Ming Chi"),
    ('{"联系人": "WONG, Kit Kit", "电话": "n/a"}', "WONG, Kit Kit"),
    ("| Lessee | Juanito Ripoll |\n|---|---|", "Juanito Ripoll"),
    ("UPDATE shipments SET landlord='Rosalia Buonauro' WHERE id=4;", "Rosalia Buonauro"),
    ("[INFO] booking guest=Priya d/o Ramasamy ok", "Priya d/o Ramasamy"),
    ("[item 42]\nemergency_contact: Zeki Gnatz\nupdated: 2026-01-04", "Zeki Gnatz"),
    ("[item 42]\ncustomerName: Nur Aisyah binte Rahman\nupdated: 2026-01-04", "Nur Aisyah binte Rahman"),
    ("[item 42]\nAnsprechpartner: Muthu a/l Raman\nupdated: 2026-01-04", "Muthu a/l Raman"),
])
def test_a_name_under_a_persons_field(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


@pytest.mark.parametrize("text", [
    "[item]\nowner: platform-team\nx: 1",
    '{"owner": "Infra Team", "sla": "gold"}',
    "INFO assignee=unassigned status=open",
    '[job]\nauthor = "admin"\nv=1',
    "<BillTo>Acme GmbH</BillTo>",
])
def test_what_a_persons_field_holds_that_is_no_one(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "value"), [
    ("Signed for by Arnaude Peron at 14:02", "Arnaude Peron"),
    ("Booking for Luara Ferreira x2 nights", "Luara Ferreira"),
    ("Tenant(s): Rhys Mason and Wong Wing Ming", "Rhys Mason"),
    ("收款方：Fung Ting Ting", "Fung Ting Ting"),
    ("转账给nicola jones 500元 备注房租", "nicola jones"),
    ("签收人：方建国", "方建国"),
])
def test_a_name_after_the_words_of_a_receipt_or_a_booking(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


@pytest.mark.parametrize(("text", "value"), [
    ('[item 42]\nshippingAddress = "Blk 609 Toa Payoh Lorong 1, #07-50, Singapore 606231"\nx: 1',
     "Blk 609 Toa Payoh Lorong 1, #07-50, Singapore 606231"),
    ("[item 42]\n<Adresse>Schenkweg 71/23, Naila 76032</Adresse>\nx: 1", "Schenkweg 71/23, Naila 76032"),
    ('{"收货地址": "Camino de Marc Balaguer 5 Piso 0, Murcia"}', "Camino de Marc Balaguer 5 Piso 0, Murcia"),
    ("UPDATE orders SET deliver_to='6 Miller Link' WHERE id=4;", "6 Miller Link"),
    ("| mailing address | avenue Blot, Guillaume |\n|---|---|", "avenue Blot, Guillaume"),
    ("<ship_to>Ana Ruiz, 3 Main Street, Leeds</ship_to>", "3 Main Street, Leeds"),
])
def test_an_address_under_an_address_field(text: str, value: str) -> None:
    assert_found(text, "street_address", value)


@pytest.mark.parametrize("text", [
    '{"email_address": "Support Desk 24h"}',
    '{"location": "us-east-1", "address": "TBD"}',
    'server_address = "Prod 2 cluster"\nport=80',
    "location: Room 4B\nx",
])
def test_what_an_address_field_holds_that_is_no_street(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "value"), [
    ("Hi Kavitha d/o Subramaniam! Long time no see", "Kavitha d/o Subramaniam"),
    ("Dear Nur Aisyah binte Rahman,\nYour appointment is confirmed.", "Nur Aisyah binte Rahman"),
])
def test_a_malay_or_tamil_name_after_a_greeting(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


@pytest.mark.parametrize(("text", "value"), [
    ("Elvira Monte的快递到了，放在前台", "Elvira Monte"),
    ("今天Roman Farina没来上班", "Roman Farina"),
    ("被告人马金凤于2023年3月", "马金凤"),
    ("麻烦帮我问一下严建国明天几点到", "严建国"),
])
def test_a_name_in_a_chinese_sentence(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


@pytest.mark.parametrize("text", [
    "Spring Boot 服务连数据库偶尔报错", "Spring Boot是一个框架", "用Visual Studio写代码", "Harry Potter的书很好看",
    "在Chelsea Market买咖啡", "Jackson Hole在怀俄明州", "我想去Victoria Park玩",
])
def test_a_product_or_a_famous_name_in_a_chinese_sentence_stays_clean(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "value"), [
    ("Moving out of Blk 316 Toa Payoh Lorong 1, #24-336, Singapore 701392 next month",
     "Blk 316 Toa Payoh Lorong 1, #24-336, Singapore 701392"),
    ("住在Blk 609 Toa Payoh Lorong 1, #07-50, Singapore 606987附近的同学", "Blk 609 Toa Payoh Lorong 1, #07-50, Singapore 606987"),
    ("请寄到：Ronda Maximino Cáceres 470, Baleares", "Ronda Maximino Cáceres 470, Baleares"),
    ("Registered office: 20 Station Road, Cambridge CB1 2JD", "20 Station Road, Cambridge CB1 2JD"),
])
def test_a_singapore_block_and_an_address_after_where_it_is_sent(text: str, value: str) -> None:
    assert_found(text, "street_address", value)


@pytest.mark.parametrize("text", ["Block 4 of the test suite", "Blk 12 and Blk 14 are closed", "She moved to London in 2019",
                                  "我搬到Tokyo 3年了"])
def test_a_block_of_something_else_and_a_city_moved_to_stay_clean(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "value"), [
    ("Signed for by LEE, Wing Kit at 14:02", "LEE, Wing Kit"),
    ("Delivered to: CHEUNG, Wing Ting (left with neighbour)", "CHEUNG, Wing Ting"),
])
def test_a_hong_kong_name_a_parcel_went_to(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


@pytest.mark.parametrize("text", ["delivered to Amazon Locker", "delivered to Main Reception"])
def test_a_place_a_parcel_went_to_stays_clean(text: str) -> None:
    assert_clean(text)
