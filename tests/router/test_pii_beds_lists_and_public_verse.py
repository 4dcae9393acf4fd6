"""A ward's bed list (Tibetan and dotted names after the bed number, a nurse's name after her
label), a couple or a relative named by a form's label, the second of a pair joined by "and",
a patient after "Bed 4,", a contract's party before its defined term, unit record numbers in
capitals, a PhilHealth number, a list of passports after their holders, accounts after South
African, Nigerian, Filipino and Malaysian bank names, a Malay street, a title used in West Africa,
a webhook key, a Hong Kong address before its phone, a name set apart by spaces among other names,
a name after a word that ends before it (学生丁明) — with the look-alikes next to them (a PIN's
length, a place after "to", an institution cued by a verb, an office holder, a chat's common word
after its speaker, a track list's artists, a poem's people, a story's characters, an author
before 原著, a surname that ends a word or counts a bill, a nickname)."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "typ", "value"), [
    ("今晨交班：\n3床 次仁央金 住院号2023110452 术后第1天\n4床 空床", "person_name", "次仁央金"),
    ("21床 吐尔逊·艾买提 男 58岁 血糖偏高", "person_name", "吐尔逊·艾买提"),
    ("白班交班 心内科 责任护士：苗佳 交班时间08:00", "person_name", "苗佳"),
    ("Couple: Ngozi Adeyemi and Tomás Ó Floinn. Venue opens at 14:00", "person_name", "Tomás Ó Floinn"),
    ("For the visa forms:\nMother – Lakshmi Raghunathan, passport P7741920", "person_name", "Lakshmi Raghunathan"),
    ("Handover: Bed 7, Moana Tipene-Harris (URN 5581023), 52M, day 2 post hip", "person_name", "Moana Tipene-Harris"),
    ("Handover: Bed 7, Moana Tipene-Harris (URN 5581023), 52M, day 2 post hip", "medical_record", "5581023"),
    ("Patient: Doris Whitlam   UR 01183920   Admitted 03/03", "medical_record", "01183920"),
    ("my PhilHealth 08-114472910-3 is not updated since March", "medical_record", "08-114472910-3"),
    ("passports: me P4471920A, husband K9920147M (the kids later)", "passport", "K9920147M"),
    ("护照：我 E4419207K，太太 K7720194N 和 K1183920Q，帮我看看要办什么", "passport", "K1183920Q"),
    ("Thandi's Capitec is 1839201745, send it there", "bank_account", "1839201745"),
    ("pay the supplier, Zenith 2019384756, before Friday", "bank_account", "2019384756"),
    ("my sister's BDO savings 0061 2290 4418 for the fees", "bank_account", "0061 2290 4418"),
    ("viewing at 11 → 14 Jalan Ampang by noon, then lunch", "street_address", "14 Jalan Ampang"),
    ("- Lagos supplier (Alhaji Sani Bello Abdullahi) gives credit", "person_name", "Sani Bello Abdullahi"),
    ("告警用钉钉机器人，webhook key 是 8e2f41c0-55d1-4a7b-b0c3-19e4f2a7d6c8", "api_key_secret",
     "8e2f41c0-55d1-4a7b-b0c3-19e4f2a7d6c8"),
    ("is it ok to give my passport number and date of birth to the travel agent by email? he asked for "
     "both. B72910384 and 03/11/1988", "passport", "B72910384"),
    ("Bitte bringen Sie Ihren Personalausweis oder Reisepass mit. Die Zählerstände notieren wir gemeinsam. "
     "Bei Fragen erreichen Sie mich unter 0151 23984471.", "phone", "0151 23984471"),
    ("第一天 晚餐 鄭宇軒 先付 2,100\n第二天 油錢 蔡佳穎 付 980\n第二天 民宿 6,400 楊雅婷 刷卡", "person_name", "楊雅婷"),
    ("兹推荐我院学生丁明，1998 年 3 月 2 日出生，成绩优秀", "person_name", "丁明"),
    ('made on 2 May BETWEEN Acme Lettings Ltd AND Priyanka Rao and Léa Martin (together the "Tenants")',
     "person_name", "Léa Martin"),
    ("阿May：地址：旺角彌敦道612號好望角大廈9樓 電話 2388 4127 記得帶身份證", "street_address", "旺角彌敦道612號好望角大廈9樓"),
])
def test_found(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)


@pytest.mark.parametrize("text", [
    "regex for a UK 8-digit PIN code that can't start with 0",
    "quickest way from Clarke Quay to Marina Bay Sands with a pram?",
    "my cousin who works in Federal Medical Centre Owerri says it is true",
    "Build me a set:\nKerri Chandler – Bar A Thym | 124 | 8A\nPeggy Gou – Starry Night | 126 | 9A\n"
    "Todd Terje – Delorean Dynamite | 118 | 11A\nsmooth BPM steps please",
    "把“桃花潭水深千尺，不及汪伦送我情”翻成英文，再说说汪伦是谁",
    "写个武侠小说开头，主角是个镖师叫沈听澜，要有伏笔",
    "比较一下电视剧和金宇澄原著在结构上的不同",
    "py-spy 看到主线程停在 select 上，怎么回事",
    "我有30万块钱存两年定期划算吗",
    "譚仔$52、大快活$41，幫我分類",
    "the bank held rates, and Governor Andrew Bailey said inflation was easing",
    "客服：支持7天无理由退换的哦亲，吊牌别剪",
])
def test_clean(text: str) -> None:
    assert_clean(text)
