"""A stand-in given as a secret's value ("SECRET_KEY=<redacted>") ends the secret there: the next
line is not its value; the word "password" in a URL's password place is a stand-in too. A
sandbox's test card number is no one's account. A run after a cue that a company word ends is a
business ("the meeting with Kestrel Freight"), and people known for what they did are public."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize("text", [
    "OPENAI_API_KEY=<redacted>\nDATABASE_URL=postgres://user:password@localhost:5432/app\nDEBUG=true",
    "SECRET_KEY=REPLACE_ME\nDEBUG=true",
    "token: ********\nretries: 3",
    "DATABASE_URL=mysql://root:password@127.0.0.1:3306/shop",
    "支付沙箱里测试卡号4067 8023 7149 6386一直提示卡号无效，为什么？",
    "The sandbox test card number 4067 8023 7149 6386 keeps failing",
    "Translate into German: 'The meeting with Acme Logistics Ltd moved to 23 Apr 2024, room 4.12.'",
    "Move the meeting with Kestrel Freight to Friday",
    "Send the invoice to Orchard Lane Foods and Bluebird Dental Group",
    "Summarise what Leonardo da Vinci is best known for, in three sentences for a ten-year-old.",
    "Write a short dialogue between Florence Nightingale and Alan Turing about curiosity.",
])
def test_stand_ins_sandboxes_businesses_and_public_people_stay_clean(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("SECRET_KEY=<redacted>\nDB_PASSWORD=Hx9@2024db", "api_key_secret", "Hx9@2024db"),
    ("DATABASE_URL=postgres://admin:Xk82!pq7@db.internal:5432/app", "api_key_secret", "Xk82!pq7"),
    ("我的卡号4067 8023 7149 6386一直提示卡号无效", "bank_account", "4067 8023 7149 6386"),
    ("Move the meeting with Sarah Banks to Friday", "person_name", "Sarah Banks"),
    ("My neighbour Florence Baker is best known for her pies", "person_name", "Florence Baker"),
])
def test_real_values_beside_them_are_still_found(text: str, kind: str, value: str) -> None:
    assert_found(text, kind, value)
