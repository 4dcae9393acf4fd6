"""Context that names a value from further than a filler (router/privacy): a personal noun in the
clause before a colon, past a reference word that only says where the value goes ("… paste it in
the ticket: …"); a question about the value ("Is this reg valid? HVM 855", "my plate? its …");
a value before a Chinese back-reference ("…，这个口令还能用吗") or an acronym ("(DB password)");
record lines (a phone number in a line of personal values); values touching CJK text. Each value
in FOUND was missed before these rules; each text in UNMASKED stays clean."""

from __future__ import annotations

import pytest

from duet.router.privacy import detect_pii
from tests.router.pii_checks import assert_clean, assert_found

FOUND = [
    # a personal noun in the clause before a colon names the value after it; the reference word
    # after a preposition ("in the ticket", "into the order") says where it goes
    ("Please take the savings account from my old statement and put it on the invoice: 03265182",
     "bank_account", "03265182"),
    ("Grab the hospital number off the wristband and add it to the ticket: A8046111", "medical_record", "A8046111"),
    ("Take the DOB from the scan and put it in the ticket: 07.09.1974", "date_of_birth", "07.09.1974"),
    ("Please copy the reg from the photo and paste it in the ticket: LB-R-62", "license_plate", "LB-R-62"),
    ("Copy my work phone from the signature into the ticket: (207)680-8627", "phone", "(207)680-8627"),
    ("Copy the card from the receipt and paste it in the ticket: 213197519774613", "credit_card", "213197519774613"),
    ("Move the bank account from the old form to the ticket: PMRP54365629416633", "bank_account", "PMRP54365629416633"),
    # a question about the value, the value right after it
    ("can you remember my plate? its 279-NMN", "license_plate", "279-NMN"),
    ("Is this reg still valid? HVM 855", "license_plate", "HVM 855"),
    ("is my wifi password correct? Xk82!pqa9", "api_key_secret", "Xk82!pqa9"),
    # the value before a back-reference: Chinese "这个…", an acronym, "that's"
    ("88AJ4$wRwzby，这个数据库密码还能用吗", "api_key_secret", "88AJ4$wRwzby"),
    ("here: 316!aXkoWMQIhR (DB password)", "api_key_secret", "316!aXkoWMQIhR"),
    ("270139 - that's plate, keep it", "license_plate", "270139"),
    # record lines: a phone number in a line of one person's values
    ("Giovanni Kühnert | 7708123131 | mary04@example.net", "phone", "7708123131"),
    ("李淑珍 640300197708297653 0755-41846569", "phone", "0755-41846569"),
    ("孟颖 361027200607254146 14978134429", "phone", "14978134429"),
    # touching CJK text: an address with a one-digit first part, an e-mail after "！"
    ("帮我把7.76.67.194加到白名单", "ip_address", "7.76.67.194"),
    ("谢谢！robinsmith@example.com收不到验证码怎么办", "email", "robinsmith@example.com"),
]

UNMASKED = [
    # a reference word names the value (no personal noun before it, or a reference word of its own)
    "Copy the order number from this line and paste it in the ticket: 12345678",
    "Copy the invoice number from the email and paste it in the ticket: 82601643",
    "Copy the tracking number for the phone from this line and paste it in the ticket: 12345678",
    # a common word before a colon is no plate keyword when a sentence ends between
    "Copy the registration form from this line. Then: AB-12",
    # questions about values that are not personal
    "Is this order number valid? 12345678",
    "Is this version valid? 1.2.3",
    "Room 2019 plate",
    # an acronym modifies a keyword after a value only inside a bracket
    "Compare the cost of a 14-day JR Pass against buying tickets",
    # versions, bang paths
    "升级到3.15.19.16版本",
    "host!user@example.com",
]

# Another value stands between the personal noun and the reference word: the noun names that one.
NOT_TAKEN = [
    ("My phone 555 0100 broke, so add it to the order: 0412 345 678", "0412 345 678"),
    ("The card ending 4821 is lost, add it to the ticket: 3517149317952708", "3517149317952708"),
]

NO_PHONE = [
    # prose, not a record line; a reference in the row; a date in the row
    "Order 77081231310 shipped to mary04@example.net",
    "INV-2026 | 7708123131 | mary04@example.net",
    "李淑珍 640300197708297653 20240105",
    "Giovanni Kühnert | 2024-01-05 | mary04@example.net",
]


@pytest.mark.parametrize(("text", "typ", "value"), FOUND)
def test_value_found_with_its_type(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)


@pytest.mark.parametrize("text", UNMASKED)
def test_look_alike_left_alone(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize("text", NO_PHONE)
def test_no_phone_outside_record_lines(text: str) -> None:
    assert [s.value for s in detect_pii(text) if s.type == "phone"] == []


@pytest.mark.parametrize(("text", "value"), NOT_TAKEN)
def test_value_after_another_value_is_not_taken(text: str, value: str) -> None:
    assert value not in [s.value for s in detect_pii(text)]
