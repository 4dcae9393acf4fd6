"""Person names in slots that structure makes plain (issue #10): vCards, XML/HTML, markdown
contact links, SQL values, URL parameters, chat speakers, role words, records led by a name,
quoted-mail headers. Each positive was missed before these readers; each look-alike (a company,
a product, a field, a table, a role, a public figure) must stay clean. All values are made up."""

from __future__ import annotations

import pytest

from duet.router.privacy.detector import detect_pii
from tests.router.pii_checks import assert_clean, assert_found

FOUND = [
    ("import this contact:\nBEGIN:VCARD\nVERSION:3.0\nFN:Ottoline Vasquera\nTEL;TYPE=CELL:+44 7700 900123\n"
     "END:VCARD", "Ottoline Vasquera"),
    ("BEGIN:VCARD\nN:brunhild okafor\nBDAY:1981-04-02\nEND:VCARD", "brunhild okafor"),
    ("BEGIN:VCARD\nN:Vasquera;Ottoline;;;\nEND:VCARD", "Vasquera;Ottoline"),
    ("<Customer><Iban>x</Iban><Holder>tjalling brouwersma</Holder></Customer>", "tjalling brouwersma"),
    ("<contact>\n  <name>Wendeline Osterhout</name>\n  <phone>+31 20 555 0199</phone>\n</contact>",
     "Wendeline Osterhout"),
    ("<table><tr><td>Radomir Kestrel</td><td>rk@example.net</td></tr></table>", "Radomir Kestrel"),
    ("**Contact:** [Sunniva Haldorsen](mailto:sunniva.h@example.org)", "Sunniva Haldorsen"),
    ("call [ignatius plover](tel:+15555550142)", "ignatius plover"),
    ("INSERT INTO cards (holder, pan, exp) VALUES ('anneliese quarto', '4111 1111 1111 1111', '01/30');",
     "anneliese quarto"),
    ("INSERT INTO 用户 (姓名, 手机) VALUES ('oswin tarrant', '13912345678');", "oswin tarrant"),
    ("UPDATE accounts SET iban = 'x' WHERE holder = 'mirela dragomir';", "mirela dragomir"),
    ("parse https://pay.example.com/checkout?amount=5&name=Torvald Egilsson", "Torvald Egilsson"),
    ("[07:12] harold quennell：明天见", "harold quennell"),
    ("QQ聊天：\n09:15 harriet vossberg\n化验单出来了吗\n10:02 客服\n出了", "harriet vossberg"),
    ("[WhatsApp] 2026-03-04, 09:12 - margaret oyelaran: running late", "margaret oyelaran"),
    ("2026-05-06 18:40 Thomas Brackwater: see you there\n2026-05-06 18:41 我: ok", "Thomas Brackwater"),
    ("记录：\nmargot delacroix：我的卡号是多少\n我：等一下", "margot delacroix"),
    ("- oskar lindqvist: IBAN DE89370400440532013000, €1,200", "oskar lindqvist"),
    ("名单：\n· fenna oudkerk 卡号6217000010001234567", "fenna oudkerk"),
    ("team:\n1. ingrid fallowmere — ingrid.f@example.com", "ingrid fallowmere"),
    ("car lease: lessee desmond farquhar, vehicle registration pending", "desmond farquhar"),
    ("between landlord Teodor Maric and tenant Hélène Bouvier, premises at the old mill", "Teodor Maric"),
    ("between landlord Teodor Maric and tenant marguerite bouvier, premises at the old mill", "marguerite bouvier"),
    ("Titulaire: rosalind achterberg, RIB à joindre", "rosalind achterberg"),
    ("scanned card: MEMBER Casimir Wendt ID on the back", "Casimir Wendt"),
    ("share my location (12.5, 44.2) with Gunnar Ekdahl", "Gunnar Ekdahl"),
    ("On 2026-03-01, lena holmberg wrote:\n> see attached", "lena holmberg"),
    ("improve my CV header:\nLeopold Vantongeren\nKastanienweg 12, 10115 Berlin · +49 151 2345678",
     "Leopold Vantongeren"),
    ("Formulaire: Nom Kasimir Oudendijk, IBAN GB82 WEST 1234 5698 7654 32", "Kasimir Oudendijk"),
    ("Hi team,\nbarnaby quist (cc'd, bq@example.com) will take over", "barnaby quist"),
    ("租房合同：出租方龚晓峰，承租方Teodor Maric，身份证待补", "Teodor Maric"),
    ("语音转文字：给Oswin Tarrant发微信说我到了", "Oswin Tarrant"),
    ("visa application: harold quennell, passport K1234567, issued 2026-01-02", "harold quennell"),
]

CLEAN = [
    "BEGIN:VCARD\nFN:Acme GmbH\nORG:Acme\nEND:VCARD",
    "<product><name>Blue Widget</name><price>9.99</price></product>",
    "<field><name>first name</name><type>string</type></field>",
    "INSERT INTO customer_accounts (id, status) VALUES (1, 'Active Plan');",
    "SELECT * FROM holders WHERE status = 'Closed Account';",
    "QQ聊天：\n09:15 护士站\n化验单出来了吗\n10:02 客服\n出了",
    "[10:02] Bot: build finished\n[10:03] me: thanks",
    "记录：\n客服：您好\n我：你好",
    "guest wifi network is down again",
    "- Release Notes: see the wiki",
    "BEGIN:VCARD\nFN:Taylor Swift\nEND:VCARD",
]

# Look-alikes next to a value of their own (a support desk's address is still an e-mail address):
# no name among the spans.
NO_NAME = [
    "[Contact Support](mailto:help@example.com)",
    "<table><tr><td>Order Total</td><td>+49 30 1234567</td></tr></table>",
    "INSERT INTO logins (username, email) VALUES ('silver fox', 'fox@example.com');",
    "Release notes:\nBug Fixes\nCall 555-0100 for help",
    "java.lang.IllegalStateException: duplicate IBAN GB82 WEST 1234 5698 7654 32\n\tat com.example.Pay",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_name_in_a_slot_is_found(text: str, name: str) -> None:
    assert_found(text, "person_name", name)


@pytest.mark.parametrize("text", CLEAN)
def test_look_alike_in_a_slot_stays_clean(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize("text", NO_NAME)
def test_look_alike_beside_a_value_is_no_name(text: str) -> None:
    assert [s.value for s in detect_pii(text) if s.type == "person_name"] == []
