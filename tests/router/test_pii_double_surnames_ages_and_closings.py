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
    ("新郎父母离异，父亲端木建新和母亲俞秀兰不能同桌", "person_name", "俞秀兰"),
    ("匯款人係我黃家豪，用我匯豐戶口004-512-384726-838", "person_name", "黃家豪"),
    ("匯款人係我黃家豪，用我匯豐戶口004-512-384726-838", "bank_account", "004-512-384726-838"),
    ("租客逄建国已经拖欠3个月房租", "person_name", "逄建国"),
    ("我是房东，租客逄立新已经拖欠3个月房租", "person_name", "逄立新"),
    ("同事在企业微信里发了这个：\n【夏桂珍】测试环境数据库：10.238.224.191:3306", "person_name", "夏桂珍"),
    ("我架私家車VT 8623琴晚喺商場停車場俾人撞花咗車尾", "license_plate", "VT 8623"),
    ("對方留低張紙仔寫住「唔好意思，打俾我5318 2746，何家俊」", "phone", "5318 2746"),
    ("有咩唔方便隨時話我知，唔該晒！\n冼志豪 9163 2874", "person_name", "冼志豪"),
    ("如有查詢，請致電管理處 2759 3816 與物業經理聯絡。", "phone", "2759 3816"),
    ('198.51.100.77 "GET /.env" 403\n192.0.2.14 "POST /api/v1/upload" 200', "ip_address", "192.0.2.14"),
    ("please let Aroha Ngata know on 021 555 0193 if you can take kids", "person_name", "Aroha Ngata"),
    ("the Florence B&B (Via dei Serragli 62, 50124 Firenze — they want a deposit", "street_address",
     "Via dei Serragli 62, 50124 Firenze"),
    ("stripe.webhooks.constructEvent(req.body, sig, 'whsec_7Gk2pQ9vXr4LmZt8Ny1Hb6Ws3Jd0Fc5E');", "api_key_secret",
     "whsec_7Gk2pQ9vXr4LmZt8Ny1Hb6Ws3Jd0Fc5E"),
    ("Keizersgracht 418-2, 1016 GC Amsterdam", "street_address", "Keizersgracht 418-2, 1016 GC Amsterdam"),
    ("Flat 2/1, 9 Lockhart Street, Glasgow G21 4NY", "street_address", "Flat 2/1, 9 Lockhart Street, Glasgow G21 4NY"),
    ("23 Tanjong Pagar Road, Singapore 088443", "street_address", "23 Tanjong Pagar Road, Singapore 088443"),
    ("Calle de Alcalá 214, 3º B, 28028 Madrid", "street_address", "Calle de Alcalá 214, 3º B, 28028 Madrid"),
    ("义乌小商品城5区3街26号商铺", "street_address", "义乌小商品城5区3街26号商铺"),
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
    "Excel里A列是身份证号，想在B列提取出生年月日，格式1990-05-06，公式怎么写？",
    "「你條友搞到成間舖一鑊泡，仲喺度扮晒嘢？」",
    "新北市、基隆市也將同步評估。台鐵則表示",
    "足球队14个孩子，每辆车除了司机能坐4个孩子，至少要几辆车",
    "考虑一下现在是3月中旬美国夏令时的情况",
    "通知张明天来",
    "呢條短訊係廣告定係私人訊息？「【惠康】會員專享：本週六日全場蔬果買二送一」",
    "如有查詢，請致電港鐵熱線 2881 8888。",
    "I coach an under-10s team and on Sunday we've got a 40 minute drive in the minibus.",
    "take me to Oxford Street but avoid the congestion charge zone if you can",
    "Write a function for my Raspberry Pi that reads the sensor",
    "play something chill, like Norah Jones",
    "why are there so many streets called Main Street in america? just curious",
])
def test_clean(text: str) -> None:
    assert_clean(text)
