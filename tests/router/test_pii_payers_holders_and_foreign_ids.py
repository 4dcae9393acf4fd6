"""Names that a payment, an account, a call log, a clinic, a list of tasks, a parcel notice or a
school points at, typed in any case, and identity numbers named as foreign or as National
Insurance — with the look-alikes next to them (a wallet that paid, a day something was paid by, a
complaint about the rain, the parents of a class)."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "typ", "value"), [
    ("im ecaterina popa date of birth July 25, 1998 booking a gp appointment", "person_name", "ecaterina popa"),
    ("i'm Rado Knez, born 27/02/1953, new patient", "person_name", "Rado Knez"),
    ("yo its Breno Castro from Islerstrasse 720, 7025 Lutry, the heating is broken", "person_name", "Breno Castro"),
    ("Expense line: fuel 2203.13 paid with 2223 7190 6181 7088 by David King. Categorise it.", "person_name", "David King"),
    ("Clinic booking confirmation: Maks Merda, patient no. UR 5303944, bring your referral.", "person_name", "Maks Merda"),
    ("send your share to my IBAN dk23 0888 4937 9801 15 (Inta Jaunzema).", "person_name", "Inta Jaunzema"),
    ("transfer 1881.67 to account 989074680461 holder heidelinde täsche", "person_name", "heidelinde täsche"),
    ("Helpdesk note: caller Kwame Asiama, email erogul.ocalan@icloud.com, says VPN drops", "person_name", "Kwame Asiama"),
    ("帮我核对：Kontoinhaber Nicușor Pușcașu，IBAN PL46 5739 3185 2105 6540 9666 5457", "person_name", "Nicușor Pușcașu"),
    ("这是杨洁的社保卡和海外身份证号40419197D，哪个用来办签证", "national_id", "40419197D"),
    ("Applicant: Thomas Verbeeck\nNational Insurance: 2 90 12 69 117 546 45\n", "national_id", "2 90 12 69 117 546 45"),
    ("二手车合同卖方：成晨，身份证K245647721，号牌赣N9F536", "person_name", "成晨"),  # one given character after 成
    ("会议纪要：\n1. 曹宁负责联系经销商\n2. 臧磊整理车辆清单", "person_name", "臧磊"),  # a list item's number before the name
    ("【周大福快递】易鹏您好，您的包裹已放至快递柜", "person_name", "易鹏"),
    ("请田淑芬家长于4.11前把孩子的材料发给我", "person_name", "田淑芬"),
    ("护照OCR：\n姓名/Name：周建国 ZHOU JIANGUO\n护照号码/Passport No.：E73820591", "person_name", "ZHOU JIANGUO"),
    ("navigate to my mum's place pl. Nałkowskiej 25/19, 34-283 Olkusz", "street_address",
     "pl. Nałkowskiej 25/19, 34-283 Olkusz"),
    ("Check-in is at plac Fredry 63/17, 10-197 Przemyśl, door code under the mat", "street_address",
     "plac Fredry 63/17, 10-197 Przemyśl"),
])
def test_found(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)


@pytest.mark.parametrize("text", [
    "paid by Apple Pay.",
    "I paid the invoice by Friday.",
    "its raining from morning till night",
    "im so tired of this weather",
    "Is 400-820-8820 an emergency number or a general service line, and in which country?",
    "Is 0800 111 999 an emergency number or a general service line?",
    "这是我的社保卡和海外身份证，哪个用来办签证",  # 和海外 is no name
    "学生家长会几点开始",
    "各位家长您好，明天放假",
    "95588、10086、12315、400-820-5000分别是哪类单位的电话",  # a 400 number is a company's
    "see pl. 3 of the report",
])
def test_clean(text: str) -> None:
    assert_clean(text)
