"""Double surnames with no cue, names before an age or a pupil's parent, a Japanese letter's
honorific, a group chat's speaker tags, a closing in German or Spanish, a couple joined by "+",
a British address found from its postcode, a Croatian street, a login written "user / password",
a secret in a Kubernetes env entry, a patient's UR number, a plate after "my car", an Irish
address with its postal district and Eircode, a New Taipei address, a name after two cues — with the
look-alikes next to them (a company before a title, a preposition before a common word, people
named by stems, nicknames, a gift card, a contract's defined terms, a famous double-surnamed
name, a version string after "user guide", a numbered national road)."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "typ", "value"), [
    ("公孙桐思，0571-4351541，存成装修师傅", "person_name", "公孙桐思"),
    ("我（巫马晨阳）和未婚妻阮心怡明年办婚礼", "person_name", "巫马晨阳"),
    ("把这首歌分享给通讯录里的宇文静 微信发她", "person_name", "宇文静"),
    ("受访者1 裴书琪，32岁，二胎妈妈，全职在家", "person_name", "裴书琪"),
    ("患者邹一鸣（8岁）咳嗽三天", "person_name", "邹一鸣"),
    ("我是三年级二班诸葛雨萱的妈妈。", "person_name", "诸葛雨萱"),
    ("慕容雪琪様\n\nこの度は当ホテルをご予約いただき", "person_name", "慕容雪琪"),
    ("如有查詢，請致電管理處與物業經理禤志豪先生聯絡。", "person_name", "禤志豪"),
    ("[物业-小周] 各位业主，明天停水\n[3栋1202郑雨桐] 啊？又停？\n[7栋老李] 能不能晚上", "person_name", "郑雨桐"),
    ("Mit freundlichen Grüßen\nKatrin Vogel\nVertrieb Innendienst", "person_name", "Katrin Vogel"),
    ("Saludos cordiales\nAna Ruiz", "person_name", "Ana Ruiz"),
    ("Guests: Christine Abara + husband Femi, Marcus Tan + Aditi Rao, college friends", "person_name", "Aditi Rao"),
    ("need a best man speech. groom is my brother Daniel Osei-Bonsu, bride is Hannah Becker (german)",
     "person_name", "Hannah Becker"),
    ("3) 18 Canal Side, Ellesmere Port CH65 4EW - low bridge on the approach", "street_address",
     "18 Canal Side, Ellesmere Port CH65 4EW"),
    ("deliver to 18 Canal Side, Ellesmere Port CH65 4EW today", "street_address", "18 Canal Side, Ellesmere Port CH65 4EW"),
    ("The apartment is at Ulica Domovinskog rata 52, 21000 Split. Plan the route", "street_address",
     "Ulica Domovinskog rata 52, 21000 Split"),
    ("Replication user is repl_user / Qm7!vT2#pX9s if that matters for DMS.", "api_key_secret", "Qm7!vT2#pX9s"),
    ('        - name: SPRING_DATASOURCE_PASSWORD\n          value: "Ord3r_Pr0d#2024"\n', "api_key_secret",
     "Ord3r_Pr0d#2024"),
    ("weight based heparin infusion, pt UR 5510294, 84kg", "medical_record", "5510294"),
    ("我的車BKR-7305被拍到在國道三號超速", "license_plate", "BKR-7305"),
    ("which city is the number (312) 555-0198 from", "phone", "(312) 555-0198"),
    ("加油卡绑定的银行卡号是3146374065帮我改一下", "bank_account", "3146374065"),
    ("姓名高文章 护照号B04790129", "person_name", "高文章"),
    ("收件人 钱多多，收货地址", "person_name", "钱多多"),
    ("Send it to 12 Griffith Avenue, Drumcondra, Dublin 9, D09 X2R7 please", "street_address",
     "12 Griffith Avenue, Drumcondra, Dublin 9, D09 X2R7"),
    ("7 Seapoint Avenue, Monkstown, Co. Dublin A94 K2X3", "street_address", "7 Seapoint Avenue, Monkstown, Co. Dublin A94 K2X3"),
    ("本人目前承租 新北市板橋區文化路一段188巷12號4樓 之房屋", "street_address", "新北市板橋區文化路一段188巷12號4樓"),
    ("租房合同里这条啥意思（甲方是房东祁振华，乙方是我佘梓涵）：", "person_name", "祁振华"),
])
def test_found(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)


@pytest.mark.parametrize("text", [
    "我是公司會計，以下固定資產明細要在今年做減損測試",
    "員工休年假須經直屬主管及部門負責人審批後生效",
    "按照提交仲裁通知时有效的规则在香港仲裁",
    "如住戶於上述時間需搬運大型物件，請登記",
    "排座位：圆桌坐5个人，甲乙丙丁戊。",
    "阿杰：周六去爬山不\n小雨：周六我要加班\n阿杰：那周日",
    "16. 礼品卡卡号4512893302716645输进去提示无效",
    "The Supplier shall not process Customer Personal Data until the Customer has approved it.",
    "东方明珠几点关门",
    "诸葛亮草船借箭的故事讲给孩子听",
    "上官网查一下",
    "see the user guide / v2.3.1-beta for the flags",
    "被拍到在國道三號超速，罰單要怎麼申訴",
    "联系欧阳先生",
])
def test_clean(text: str) -> None:
    assert_clean(text)
