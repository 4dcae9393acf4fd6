"""Write extra-personal.jsonl: everyday requests that carry personal data (names, numbers,
addresses), most of them easy, next to hard requests with the same kind of data, and more
Chinese rows of the kinds the other files have few of (analysis, planning, constrained writing,
detailed history questions).

Labels follow the dev set's rule (/work/shared/data/README.md): personal data does not make a
request hard; what is asked does. The pii lists follow the dev set's conventions;
every value is made up (cards pass Luhn, resident IDs their GB 11643 check). Rows are
(label, category, prompt, pii), label C cloud or L local, pii a list of (type, exact substring).

Run: python data/router/make_personal.py
"""

from jsonl import write_rows  # data/router/jsonl.py: run as a script from any directory

LABELS = {"C": "cloud", "L": "local"}


EN = [
    ("L", "vehicle_control", "text Marcus Bell that I'm 15 minutes out", [("person_name", "Marcus Bell")]),
    ("L", "vehicle_control", "send my ETA to priya.k.shah@example.com", [("email", "priya.k.shah@example.com")]),
    ("L", "navigation", "take me to 1420 Maple Avenue, Denver, CO 80203", [("street_address", "1420 Maple Avenue, Denver, CO 80203")]),
    ("L", "navigation", "drive to my sister's, 88 Harbor View Rd, Portland, ME 04101, and avoid the bridge", [("street_address", "88 Harbor View Rd, Portland, ME 04101")]),
    ("L", "vehicle_control", "call 617-555-0191", [("phone", "617-555-0191")]),
    ("L", "smart_home", "add Helen Novak to the guest list for the door lock, she arrives saturday", [("person_name", "Helen Novak")]),
    ("L", "extraction", "get the card number and expiry out of this: 'Card: 4539 9458 0730 2151, exp 08/27, Visa'", [("credit_card", "4539 9458 0730 2151")]),
    ("L", "extraction", "pull the name, phone and email from this signature: Jordan Reyes | Facilities | 415-555-0134 | jreyes@example.org", [("person_name", "Jordan Reyes"), ("phone", "415-555-0134"), ("email", "jreyes@example.org")]),
    ("L", "translation_short", "translate to german for the landlord: my name is Thomas Avery, I moved in on 1 March and my email is t.avery@example.net", [("person_name", "Thomas Avery"), ("email", "t.avery@example.net")]),
    ("L", "short_rewrite", "make this friendlier: 'Dana Whitfield, your invoice is overdue. Pay today.'", [("person_name", "Dana Whitfield")]),
    ("L", "other", "fill in the delivery form: name Oliver Grant, phone 617-555-0142, address 25 Elm Street, Somerville, MA 02144", [("person_name", "Oliver Grant"), ("phone", "617-555-0142"), ("street_address", "25 Elm Street, Somerville, MA 02144")]),
    ("L", "chit_chat", "my birthday is 3 May 1990, guess how old i'm turning lol", [("date_of_birth", "3 May 1990")]),
    ("L", "classification", "is this email a scam? 'Dear customer, your card 5425 7368 1930 3640 was locked. Reply with your PIN to unlock.'", [("credit_card", "5425 7368 1930 3640")]),
    ("L", "summarize_short", "summarize in one line: Hi, this is Rachel Moore from the clinic, your appointment moved from Tuesday 9am to Thursday 2pm, same room, please bring your insurance card.", [("person_name", "Rachel Moore")]),
    ("L", "coding_simple", "my .env has DB_PASSWORD=Tq8!mZr4Lp, how do i read it in node", [("api_key_secret", "Tq8!mZr4Lp")]),
    ("C", "expert_domain", "I'm Samuel Ortiz, 52, my PSA went from 3.1 to 5.8 in a year and the urologist wants an MRI then maybe a biopsy. What do these numbers mean and what should I ask?", [("person_name", "Samuel Ortiz")]),
    ("C", "expert_domain", "thinking of moving the 9k balance on my card 6011 2621 2997 2204 (22% APR) to a 0% card with a 3% fee for 15 months. i can pay 500 a month. worth it? what are the traps, and what does it do to my credit score", [("credit_card", "6011 2621 2997 2204")]),
    ("C", "planning", "plan the move from 310 Birch Lane, Columbus, OH 43215 to Austin next month: two kids, a dog, a piano, one car to ship, and my start date is the 14th", [("street_address", "310 Birch Lane, Columbus, OH 43215")]),
    ("C", "long_form_writing", "write a eulogy for my grandfather, Walter Kim, who ran a hardware store for 40 years and coached little league. about 900 words, warm, a bit of humor", [("person_name", "Walter Kim")]),
    ("C", "expert_domain", "my ex, Brian Holt, stopped paying child support 5 months ago and moved states. what are my options to enforce the order and how long does each take", [("person_name", "Brian Holt")]),
    ("C", "analysis", "Our tenant Grace Miller at 77 Oak Street, Salem, OR 97301 is 3 months behind and says she lost her job. Compare an eviction, a payment plan and cash for keys for us as small landlords: cost, time, risk", [("person_name", "Grace Miller"), ("street_address", "77 Oak Street, Salem, OR 97301")]),
]

ZH = [
    ("L", "vehicle_control", "给王志强发微信，说我晚十分钟到", [("person_name", "王志强")]),
    ("L", "vehicle_control", "打电话给 13912345678", [("phone", "13912345678")]),
    ("L", "navigation", "导航到北京市朝阳区望京西路 48 号", [("street_address", "北京市朝阳区望京西路 48 号")]),
    ("L", "navigation", "去杭州市西湖区文三路 259 号，走最快的路", [("street_address", "杭州市西湖区文三路 259 号")]),
    ("L", "smart_home", "门锁给刘佳怡加一个临时密码，周六来", [("person_name", "刘佳怡")]),
    ("L", "extraction", "把这条短信里的卡号、金额和时间提取出来：您尾号 2151 的信用卡 4539 9458 0730 2151 于 11 月 3 日 20:15 消费 328.00 元", [("credit_card", "4539 9458 0730 2151")]),
    ("L", "extraction", "从这段话里找出姓名和电话：联系人周子涵，电话 18621559083，工作日上午在", [("person_name", "周子涵"), ("phone", "18621559083")]),
    ("L", "other", "帮我填快递单：收件人李明轩，电话 15817264930，地址广州市天河区体育西路 191 号", [("person_name", "李明轩"), ("phone", "15817264930"), ("street_address", "广州市天河区体育西路 191 号")]),
    ("L", "translation_short", "翻译成英文：我叫孙晓雯，身份证号 110105199003072116，来办理入住", [("person_name", "孙晓雯"), ("cn_resident_id", "110105199003072116")]),
    ("L", "short_rewrite", "帮我把这句话说得客气点：张浩，你的报销单又填错了，赶紧重交", [("person_name", "张浩")]),
    ("L", "summarize_short", "一句话总结：您好，我是社区医院的吴医生，您母亲的复查从周二上午改到周四下午两点，地点不变，记得带医保卡。", []),
    ("L", "classification", "这条短信是不是诈骗：【银行】您的卡 5425 7368 1930 3640 已冻结，请回复密码解冻", [("credit_card", "5425 7368 1930 3640")]),
    ("L", "chit_chat", "我是 1995 年 6 月 12 日出生的，猜猜我是什么星座", [("date_of_birth", "1995 年 6 月 12 日")]),
    ("L", "quick_fact", "身份证号 310104198811203151 前六位代表什么", [("cn_resident_id", "310104198811203151")]),
    ("L", "other", "帮我把报名表填好：姓名陈雨桐，身份证 440305199507123799，项目选半程马拉松，衣服要 M 码", [("person_name", "陈雨桐"), ("cn_resident_id", "440305199507123799")]),
    ("C", "expert_domain", "我叫赵国栋，今年 52 岁，PSA 一年内从 3.1 升到 5.8，泌尿科让先做核磁再考虑穿刺，这些数值说明什么，我该问医生哪些问题", [("person_name", "赵国栋")]),
    ("C", "expert_domain", "发现前公司一直用我的身份证 510107197912051796 给别人挂靠社保，我现在的单位也在给我交，两边重复了，该怎么维权，会不会影响我以后的养老金和医保", [("cn_resident_id", "510107197912051796")]),
    ("C", "planning", "下个月从上海市徐汇区漕溪北路 88 号搬到成都，两个孩子要转学，还有一只猫和一台钢琴，我 15 号入职，帮我排个详细的时间表", [("street_address", "上海市徐汇区漕溪北路 88 号")]),
    ("C", "long_form_writing", "给我外公林振华写一篇悼词，他开了四十年五金店，还教街坊的孩子下象棋，900 字左右，温暖一点，带点幽默", [("person_name", "林振华")]),
    ("C", "expert_domain", "前夫吴建平五个月没付抚养费，人也去外省了，我怎么申请强制执行，大概要多久", [("person_name", "吴建平")]),
    # 不带个人信息：中文里少见的难题类型和它们的简单近邻
    ("C", "analysis", "比较一下北京、上海、深圳三地的人才引进政策，对一个三十岁的硕士来说落户哪里最划算", []),
    ("C", "analysis", "小区物业费涨了 30%，业主群吵翻了，从合同、成本和业委会程序三方面分析我们该怎么应对", []),
    ("C", "planning", "我在备考注册会计师，还有六个月，每天下班后能学三小时，周末全天，六科怎么安排", []),
    ("C", "planning", "给一个五十人的技术团队设计一个季度的 OKR，重点是稳定性和降本，要有可量化的指标", []),
    ("C", "other", "写一段相声，两个人，讲外卖骑手和导航软件，要有三个包袱", []),
    ("C", "other", "出一套小学五年级分数应用题，十道，由易到难，附答案和讲解", []),
    ("C", "quick_fact", "安史之乱是怎么爆发的，对唐朝的府兵制和节度使制度各有什么影响", []),
    ("C", "quick_fact", "青霉素是谁发现的，后来又是谁把它变成能量产的药，中间经历了哪些关键步骤", []),
    ("C", "classification", "把下面这些客户投诉按根本原因归类（产品缺陷、物流、客服态度、用户误操作），并说明每条的判断依据和改进建议：1. 收到的杯子有裂纹；2. 快递显示签收但我没收到；3. 客服挂我电话；4. 说明书看不懂，加热功能一直打不开；5. 同一个问题已经换货两次", []),
    ("C", "summarize_short", "下面是甲乙两家公司对同一起合同纠纷的说法，帮我梳理分歧点，判断哪方的说法更站得住脚：甲方称乙方交付延迟 20 天，应按合同每日千分之一支付违约金；乙方称延迟是因为甲方三次修改需求，且每次修改都有邮件确认，工期应顺延。", []),
    ("C", "translation_short", "把“落霞与孤鹜齐飞，秋水共长天一色”翻译成英文，要保留对仗，并说明你的取舍", []),
    ("C", "reasoning_multistep", "甲说乙在说谎，乙说丙在说谎，丙说甲和乙都在说谎，到底谁说的是真话，一步步推", []),
    ("L", "classification", "这几样东西哪些是可回收垃圾：塑料瓶、剩饭、旧报纸、电池、易拉罐", []),
    ("L", "summarize_short", "一句话概括：下周三全楼停电检修，早上八点到下午五点，电梯停运，请提前安排", []),
    ("L", "translation_short", "把“会议推迟到下周一”翻成英文", []),
    ("L", "quick_fact", "端午节是哪天", []),
    ("L", "quick_fact", "唐朝的都城是哪里", []),
    ("L", "reasoning_multistep", "小王比小李大三岁，小李今年二十，小王几岁", []),
    ("L", "planning", "列个出差要带的东西清单", []),
    ("L", "other", "写一句祝同事生日快乐的话，简单点", []),
    ("L", "other", "给我的小狗起个名字，白色的，很活泼", []),
]


def rows(block: list[tuple[str, str, str, list[tuple[str, str]]]], lang: str) -> list[dict[str, object]]:
    out = []
    for i, (label, category, prompt, pii) in enumerate(block):
        for _, value in pii:
            assert value in prompt, (prompt, value)
        out.append({"id": f"personal-{lang}-{i + 1:04d}", "prompt": prompt, "lang": lang, "label": LABELS[label],
                    "category": category, "pii": [{"type": t, "value": v} for t, v in pii], "source": "personal"})
    return out


if __name__ == "__main__":
    print(write_rows("extra-personal.jsonl", rows(EN, "en") + rows(ZH, "zh")))
