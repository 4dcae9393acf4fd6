"""Names that a task, a greeting, a copy line, a mention or a person's field points at, in any
case; and a card number that a scanner broke with a stray space.

Beside each, look-alikes that must stay clean: a task assigned to a team, a greeting to a
product, a mention of a tool, a field of a thing that ends in "name", a card-shaped row of
numbers with no card named.
"""

from __future__ import annotations

import pytest

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
