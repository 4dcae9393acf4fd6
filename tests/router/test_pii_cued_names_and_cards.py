"""Names that a task, a greeting, a copy line, a mention or a person's field points at, in any
case; the name that heads a business card or a CV; an invite's organizer and its location; the
address after a bill-to's name; a card number that a scanner broke with a stray space, and a
card on its own line under an account number; a Taiwan ID held by a passenger; a name in
brackets after a phone, or before a relation in brackets; a chat line stamped with a weekday; a
label glued to its name in a log ("customer:Agatha Rocha").

Beside each, look-alikes that must stay clean: a task assigned to a team, a greeting to a
product, a mention of a tool, a field of a thing that ends in "name", a card-shaped row of
numbers with no card named.
"""

from __future__ import annotations

import pytest

from duet.router.privacy.detector import detect_pii
from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "value"), [
    ("Ticket #4412 assigned to Abigail Howard", "Abigail Howard"),
    ("Approved by teresa webb on 3 March.", "teresa webb"),
    ("Reviewed-by: Vanessa Galiazzo", "Vanessa Galiazzo"),
    ("customer_name: Thijmen Lensen\nplan: pro", "Thijmen Lensen"),
    ("customer_name: jason brooks\nplan: pro", "jason brooks"),
    ("Recipient — Dietlind Bohlander", "Dietlind Bohlander"),
    ("Thom van Amstel (Head of Sales) will join the call.", "Thom van Amstel"),
    ('2026-11-02 14:03:11 WARN auth: failed login for user "Betty Park" from 10.0.0.4', "Betty Park"),
    ("@Conor Barrett can you review?", "Conor Barrett"),
    ("@Ramona Fischer 明天开会别忘了", "Ramona Fischer"),
    ("cc: alicia ellison; finance team", "alicia ellison"),
    ("Dear holly lloyd,\n\nThank you for your application.", "holly lloyd"),
    ("Girindra Naik您好，您的快递已到", "Girindra Naik"),
    ("经办人：Vinko Klingelhöfer", "Vinko Klingelhöfer"),
])
def test_a_name_that_a_task_greeting_or_field_points_at(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


@pytest.mark.parametrize(("text", "value"), [
    ("Card: 6573-1681-3559 -8117 exp 09/28", "6573-1681-3559 -8117"),
    ("carte bancaire : 4704-9053-9 624-9543", "4704-9053-9 624-9543"),
    ("my Amex 3543467 236360300 was declined", "3543467 236360300"),
])
def test_a_card_a_scanner_broke_with_a_stray_space(text: str, value: str) -> None:
    assert_found(text, "credit_card", value)


@pytest.mark.parametrize("text", [
    "Ticket #4412 assigned to Platform Team",
    "Approved by the board on 3 March.",
    "Hi there, can you help me with Excel?",
    "Dear Sir or Madam,",
    "@Override public void run()",
    "@Data Science can you review the notebook?",
    "product_name: Galaxy Buds\nprice: 129",
    "file name: Quarterly Report",
    "rows: 4111 1111 111 1111 and 2222 333",
    "cc: finance team; legal",
])
def test_look_alikes_of_tasks_greetings_and_cards_stay_clean(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "typ", "value"), [
    ("BUSINESS CARD\nKelly Weiss\nSales Director\nM: +34841 30 65 75\nE: amoresroman@hotmail.com", "person_name",
     "Kelly Weiss"),
    ("CURRICULUM VITAE\nHanspeter Mude\nGabi-Scholtz-Allee 891 | +31236 344461 | seojun57@example.org", "person_name",
     "Hanspeter Mude"),
    ("名片\n欧阳明远\n销售总监\n手机 139 1234 5678", "person_name", "欧阳明远"),
    ("BEGIN:VEVENT\nORGANIZER;CN=Watika Bir:mailto:geonujang@yu.kr\nLOCATION:59168 Fowler Glen Suite 448\nEND:VEVENT",
     "person_name", "Watika Bir"),
    ("BEGIN:VEVENT\nORGANIZER;CN=Boaz Vial:mailto:k@ramirez.com\nLOCATION:Milica-Meister-Gasse 55\nEND:VEVENT",
     "street_address", "Milica-Meister-Gasse 55"),
    ("INVOICE FP2024479789\nBill to: dawn warren, 8 Chapman Ramp\nQuestions: x@qq.com", "street_address",
     "8 Chapman Ramp"),
    ("Antragsteller: Hadassa Barbosa\nGeburtsdatum: 17.02.1980", "person_name", "Hadassa Barbosa"),
    ("持证人D222645492", "cn_resident_id", "D222645492"),
    ("Account no. 2193081614\nCard 4231137277366806", "credit_card", "4231137277366806"),
    ("call log: 14:02 incoming 090-8268-2968 (Hans-Rudolf Cichorius) 3m12s", "person_name", "Hans-Rudolf Cichorius"),
    ("Emergency contacts:\nMalte Kambs (brother) +91 96545 85527", "person_name", "Malte Kambs"),
    ("[Mon 09:14] Walfried Klemm: new bank details for the rent: CH5419223845427412139", "person_name",
     "Walfried Klemm"),
    ("audit actor=jmorel@wanadoo.fr action=export target=customer:Agatha Rocha src_ip=139.74.134.161", "person_name",
     "Agatha Rocha"),
    ('assistant transcript: "send my location 12.8327°S 28.9942°W to Laís Vieira"', "person_name", "Laís Vieira"),
    ("客户资料：明畅，Y194696661，15398861590", "cn_resident_id", "Y194696661"),
    ("Pls ship to:\nHeather Rodriguez\n3 Salas Highroad, Port Sarahland 2961\n04 76 88 20 03", "street_address",
     "3 Salas Highroad, Port Sarahland 2961"),
])
def test_cards_cvs_invites_and_invoices(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)


@pytest.mark.parametrize("text", [
    "BEGIN:VEVENT\nSUMMARY:Standup\nLOCATION:Conference Room 2\nEND:VEVENT",
    "BEGIN:VEVENT\nSUMMARY:Standup\nLOCATION:12th floor kitchen\nEND:VEVENT",
    "CURRICULUM VITAE\nSenior Data Analyst\nSkills: SQL, Python",
    "Product Roadmap\nSales Director\nQ3 targets: 12%",
    "Debit card:\n4231137277366806",
    "write to 090-8268-2968 (Mon-Fri) or call 0161 496 0754 (Head Office)",
    "[Mon 09:14] Daily Standup: notes",
    "filter=status:Open Issues&sort=desc",
])
def test_look_alikes_of_cards_cvs_and_invites(text: str) -> None:
    spans = [(s.type, s.value) for s in detect_pii(text)]
    assert not any(t in ("person_name", "street_address", "credit_card") for t, _ in spans), spans


@pytest.mark.parametrize(("text", "value"), [
    ("To whom it may concern, I, Scott Cohen, hereby authorise my brother to collect the parcel.", "Scott Cohen"),
    ("Sincerely yours, Wesley Bleijenberg", "Wesley Bleijenberg"),
    ("Lieber Rosendo Albero, vielen Dank", "Rosendo Albero"),
    ("Bonjour azucena sola, merci pour votre message", "azucena sola"),
    ("Hola Rosa Nebot, gracias", "Rosa Nebot"),
    ("Auguste Didier — Senior Engineer — Globex", "Auguste Didier"),
    ("The deceased, Kieran Wilson, left the estate to", "Kieran Wilson"),
    ("Defendant Gerolf Rose appeared in court", "Gerolf Rose"),
    ("c/o Jemma Wright, 95, chemin Robin", "Jemma Wright"),
    ("From the desk of Raffaella Flaiano", "Raffaella Flaiano"),
    ("Minutes\nPresent: Gillian Thompson, Udyati Sidhu, Cheryl Jones\nApologies: Auguste Hoareau", "Udyati Sidhu"),
    ("Attendees: Amin van de Weterink (lead), Neel Chanda, Filippa Aldobrandi", "Filippa Aldobrandi"),
])
def test_names_in_letters_minutes_and_court_papers(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


@pytest.mark.parametrize("text", [
    "I, Robot is a film I like",
    "Sincerely yours, The Billing Team",
    "Hola, Buenos Aires is lovely",
    "Release 2.0 - Senior Engineer hiring plan",
    "Present: Quarterly Review, Budget, Hiring Plan",
    "Team: Platform, Data, Growth",
])
def test_look_alikes_in_letters_and_minutes_stay_clean(text: str) -> None:
    spans = [(s.type, s.value) for s in detect_pii(text)]
    assert not any(t == "person_name" for t, _ in spans), spans
