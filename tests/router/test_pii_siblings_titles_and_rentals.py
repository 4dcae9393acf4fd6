"""A child named after the family's rank for them (老大, 老二, 老三: "让老大王子涵（8岁）和老二王子睿"),
a teacher after 班主任 ("联系班主任何丽娟"),
a name after a title in capitals on a booking ("Passenger: MS ANANYA IYER"), the name under a CV
whose title ends a sentence ("Current CV:", a blank line, the name), names in a best man's speech,
a rental car's plate and a new-energy one (苏E·F37H21), the word before a house number and the
number of a phase after a street ("Plot 9, …, Lekki Phase 2, Lagos"), a Hong Kong building after its
street number, an international number the numbering plan has since made longer
("+234 1 270 4491") — with the look-alikes next to them (a car's wheel after 左, a word that
starts with 老大, a spam mail's "Dear Valued Shopper",
a cue that starts a longer word (老公公), 应 as "should" after a contract's party (甲方应于), a landscaper
and a surgery as an invoice's parties, a flight's Depart and Arrive)."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "typ", "value"), [
    ("帮我设计一套家庭积分制度，让老大韩梓萱（8岁）和老二韩梓睿（4岁）主动做家务", "person_name", "韩梓萱"),
    ("帮我设计一套家庭积分制度，让老大韩梓萱（8岁）和老二韩梓睿（4岁）主动做家务", "person_name", "韩梓睿"),
    ("我家老三邵明轩下周要去体检，帮我列个清单", "person_name", "邵明轩"),
    ("期末考试初步定在1月8日前后，有问题联系班主任郁晓岚。", "person_name", "郁晓岚"),
    ("BOOKING CONFIRMED\nPassenger: MS PRIYA RAGHAVAN\nFlight AI 161 Delhi -> London", "person_name", "PRIYA RAGHAVAN"),
    ("Guest: MR TOBIAS ELLERBY, 2 nights, late check-in", "person_name", "TOBIAS ELLERBY"),
    ("Tidy up my CV for an analyst role. Current CV:\n\nMaureen Castleton\n22 Orchard Rise, Leeds LS6 2QT | "
     "07911 462 318\n\nStaff Nurse (2015-now)", "person_name", "Maureen Castleton"),
    ("Best man speech, 5 minutes, for my brother Callum Pryce marrying Imogen Oduya on Saturday.", "person_name",
     "Imogen Oduya"),
    ("tyre warning came on. this is the rental, MH12 DE 4471 — what should the pressure be", "license_plate",
     "MH12 DE 4471"),
    ("Signature:\nM: +234 803 555 0192 | T: +234 1 463 2210", "phone", "+234 1 463 2210"),
    ("您的爱车（车牌苏E·F37H21，车架号待补）保养到期", "license_plate", "苏E·F37H21"),
    ("deliver to Plot 9, Adeola Odeku Street, Lekki Phase 2, Lagos before 5", "street_address",
     "Plot 9, Adeola Odeku Street, Lekki Phase 2, Lagos"),
    ("courier to No. 7, 2nd Main Road, Indiranagar, Bengaluru 560038 pls", "street_address",
     "No. 7, 2nd Main Road, Indiranagar, Bengaluru 560038"),
    ("收件地址：觀塘道388號創紀之城12樓A室，麻煩儘快", "street_address", "觀塘道388號創紀之城12樓A室"),
])
def test_found(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)


@pytest.mark.parametrize("text", [
    "现在胎压多少，左后轮是不是有点低？低的话仪表盘上提醒我",
    "右前门关不上，是不是锁坏了",
    "这个问题是老大难了，怎么解决",
    "班主任说明天不上课，主治医生说要复查",
    "write a speech in the style of a famous president about the moon landing",
    "I hire 12 AB testers every summer",
    "spam or not?\n\nDear Valued Shopper,\nYou have been selected to receive a voucher",
    "老公公中风偏瘫在家，我俩都上班，帮我分析三种护理方案",
    "第四条 房屋交还后，甲方应于7个工作日内退还押金",
    "INVOICE #2024-117\nFrom: Greenleaf Landscaping\nTo: Oakwood Surgery\n\nHedge trimming  £180",
    "Booking confirmed!\n\nPR 501  Depart Manila 08:10  Arrive Singapore 11:45",
])
def test_clean(text: str) -> None:
    assert_clean(text)
