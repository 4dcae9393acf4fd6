"""Travel permits of Hong Kong, Macau and Taiwan, lunar birthdays, rosters and columns of people,
Hong Kong estate flats, names in capitals, a full name split over a form's fields, Mongolian names,
a notice signed after a dash — with the look-alikes next to them (a highway named after two towns,
an amount in capital numerals, a novel, a shopping list, a district in a delivery row, a query
plan, a famous puzzle, and a given name or a surname alone, which by the dev set's convention is
no full name)."""

from __future__ import annotations

import pytest

from duet.router.privacy.detector import detect_pii
from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "typ", "value"), [
    ("准备拿港澳通行证C60381947去香港买重疾险", "passport", "C60381947"),
    ("我個回鄉證H08172635今年12月到期，要唔要先換？", "passport", "H08172635"),
    ("台胞證號碼12345678，下個月要換", "passport", "12345678"),
    ("他叫邰国富，1958年腊月初八生的，开了28年出租车", "date_of_birth", "1958年腊月初八"),
    ("奶奶1935年正月十五生", "date_of_birth", "1935年正月十五"),
    ("值日名单：\n邬家豪\n艾琳\n常婉婷\n高一鸣\n石磊\n周末然", "person_name", "周末然"),
    ("值日名单：\n邬家豪\n艾琳\n常婉婷\n高一鸣\n石磊\n周末然", "person_name", "高一鸣"),
    ("| 区域 | 负责人 | 1月 |\n|---|---|---|\n| 华东 | 汤子墨 | 182 |\n| 华北 | 甘露 | 120 |\n| 西南 | 司马俊 | 60 |",
     "person_name", "甘露"),
    ("task,assignee,status\nfix login,Maria Gomez,open\nupdate docs,Platform Team,done", "person_name", "Maria Gomez"),
    ("谢谢各位家长配合！——班主任 鞠文静", "person_name", "鞠文静"),
    ("OCR出来是：收件人郭秀荣 136 6240 4351 金門縣大同209巷50號3樓，寄件人罗淑珍", "street_address",
     "金門縣大同209巷50號3樓"),
    ("我而家住觀塘秀茂坪寶達邨達喜樓2315室，喺觀塘返工", "street_address", "觀塘秀茂坪寶達邨達喜樓2315室"),
    ("寄去荃灣綠楊新邨D座15樓", "street_address", "荃灣綠楊新邨D座15樓"),
    ("酒店要的格式：OUYANG XIAOMAN，护照号E73920581，出生日期1993-11-02", "person_name", "OUYANG XIAOMAN"),
    ("I'm on the English version of the app and typed my name as ZHOU MIN. Any idea why?", "person_name", "ZHOU MIN"),
    ("best man speech for my mate Liam Doherty, wedding's 14 June.", "person_name", "Liam Doherty"),
    ("Surname: ADEYEMI-CLARKE; Given names: Tobi James; Date of birth: 29/02/1987", "person_name", "ADEYEMI-CLARKE"),
    ('Give it back as JSON: "Anjali Deshmukh, Senior Architect (freelance), +91 98450 21736, Flat 4B"',
     "person_name", "Anjali Deshmukh"),
    ("Named drivers: Grace Whitmore, Oliver Whitmore. Postal address: PO Box 418, Fremantle WA 6959.",
     "person_name", "Oliver Whitmore"),
    ("draft a transfer of 45,000 to Chidinma Eze, GTBank 0427719835, narration 'balance'", "bank_account", "0427719835"),
    ("VIN JTDGPTEF8K3286095, please book the service", "vin", "JTDGPTEF8K3286095"),  # (no check digit in Europe)
    ("We're moving to 415 Rue Saint-Paul Ouest, Montréal, QC H2Y 2A5 on 28 June.", "street_address",
     "415 Rue Saint-Paul Ouest, Montréal, QC H2Y 2A5"),
    ("send it to 88 Harbour Street, Toronto, ON M5J 0C3", "street_address", "88 Harbour Street, Toronto, ON M5J 0C3"),
    ("条件：\n1. 褚红梅周三要带孩子去医院\n2. 缪志远必须排在闫森的前一天\n3. 鞠海鹰不能排周一", "person_name", "鞠海鹰"),
    ("走失人员乌兰其其格，1970年生", "person_name", "乌兰其其格"),
    ("谢谢各位家长配合！——班主任 鞠文静", "person_name", "鞠文静"),
])
def test_found(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)


@pytest.mark.parametrize("text", [
    "港澳通行证过期了怎么办",
    "要不要绕云湛高速或者走汕湛？",
    "京张铁路是詹天佑修的",
    "发票大写金额：陆佰元整",
    "走北宜接雪隧比較好？車上有會暈車的小孩",
    "以“江湖”为题写一篇议论文，别写成武侠小说",
    "来段郭德纲于谦的相声，要老段子",
    "比亚迪靠垂直整合能扛住，何小鹏说要靠智驾翻身",
    "买菜清单：\n苹果\n香蕉\n牛奶\n鸡蛋",
    "本周安排\n周一\n周二\n周三",
    "My name is NOT IMPORTANT here, just answer the question",
    "Index Scan using idx_orders\n  Index Cond: (status = 1)\nPlanning Time: 0.2 ms\nExecution Time: 40213.5 ms",
    "Monty Hall but with 4 doors: I pick one, the host opens two goat doors. Switch or stay?",
    # only full names count (the dev set's convention): a given name or a surname alone is no name
    "Make this text to my landlord less angry: 'Mr Haddad the boiler has been broken for two weeks.'",
    "Can you say something nice to my daughter Matilda? She had a rough day.",
    "write a two line birthday message for my coworker Sandeep, warm but not cheesy",
    "My name's Dhruv by the way — you can just call me D.",
    'He said "Project Update, Senior Engineer notes" was the heading',
    "First dance has to be Etta James, then build into 80s dance floor stuff",
    "Sort by last name: ascending, then first name: string",
    "Dear Policyholder, thank you for renewing with Harbour Mutual.",
    "The VIN on this auction listing is JTDGPTEF8K3286095 but the check digit doesn't match. Typo?",
    "这个车架号LSVCNZE14P9356429校验位不对，是不是抄错了",
    "。周末不能加班，高兴不能当饭吃",
    "成本——利润，写成一句话",
])
def test_clean(text: str) -> None:
    assert_clean(text)


def test_a_delivery_list_names_its_people_and_not_its_districts() -> None:
    text = "1. 顾美琳 13817264950 闵行区\n2. 仉建华 021-54871236 徐汇区\n3. 禤晓琪 15026183704 长宁区"
    names = {s.value for s in detect_pii(text) if s.type == "person_name"}
    assert names == {"顾美琳", "仉建华", "禤晓琪"}
