"""Write extra-passages.jsonl: pasted texts of a few hundred characters (a memo, a product page, a
story, a report, a letter), each under several requests written for it: easy ones (fix the
typos, translate, pull out the dates, one line about it, make it formal) and hard ones (critique
the argument, rewrite it for another audience under constraints, find what is missing and why it
matters). The same text is easy or hard by what is asked, as in the dev set's rule
(/work/shared/data/README.md). No row carries PII. A request ``{text}`` marks where the passage goes.

Run: python data/router/make_passages.py
"""

from jsonl import write_rows  # data/router/jsonl.py: run as a script from any directory


EN = [
    ("Hi all, a few changes to how we handle expenses starting next month. Receipts now have to be uploaded within 14 days of the purchase, not 30. Meals with clients are capped at 60 dollars a head including tip, and alcohol is no longer reimbursed at all. Taxi and ride-share are fine after 9pm or when you are carrying equipment, otherwise please use public transport. Hotel bookings go through the travel portal only; anything booked outside it will need your director's approval. Questions to the finance inbox. Thanks for your patience while we sort out the new system.", [
        ("L", "short_rewrite", "fix any typos and make this sound a little warmer, same length:\n\n{text}"),
        ("L", "extraction", "list the rules in this as bullet points:\n\n{text}"),
        ("L", "translation_short", "translate to French for our Paris office: {text}"),
        ("C", "analysis", "{text}\n\nI'm on the finance team. Which of these rules will cause the most pushback from sales, what loopholes will people find, and how should we phrase the announcement to head that off?"),
        ("C", "long_form_writing", "Turn this into a complete expense policy document with definitions, approval flows, exceptions, examples and an FAQ:\n\n{text}"),
    ]),
    ("The Aurora 2 is our lightest backpack yet: 890 grams, 28 liters, with a padded sleeve for a 16-inch laptop and a separate pocket for a water bottle. The fabric is recycled nylon with a water-resistant coating, and the zippers lock so nobody can open the main compartment on a crowded train. The back panel is ventilated mesh, the shoulder straps adjust in height, and there is a hidden pocket for a passport. It comes in black, sand and forest green, and every bag carries a ten-year warranty.", [
        ("L", "summarize_short", "one sentence version of this for a tweet: {text}"),
        ("L", "extraction", "what weight, volume and colors does it come in? {text}"),
        ("L", "translation_short", "please translate into Spanish: {text}"),
        ("C", "analysis", "Here's our product copy: {text}\n\nCompare it with how Peak Design and Osprey position their daypacks, tell me which claims will not survive a skeptical reviewer, and rewrite it for a landing page aimed at digital nomads, with A/B headline variants."),
    ]),
    ("The old woman at the end of our street kept bees. Every summer she left jars of honey on the wall by her gate with a tin for coins, and nobody ever took a jar without paying. When she moved into a home, her son sold the house, and the new owners pulled out the hives and the lavender. The next spring the gardens on our street were strangely quiet, and my father said the apple tree gave half the fruit it used to.", [
        ("L", "short_rewrite", "correct the punctuation and spelling only:\n{text}"),
        ("L", "summarize_short", "what happens in this paragraph, in one line? {text}"),
        ("L", "translation_short", "translate into German please: {text}"),
        ("C", "long_form_writing", "{text}\n\nContinue this into a complete short story of about 2,000 words, keeping the narrator's voice, with the bees as a quiet metaphor and an ending that does not resolve everything."),
        ("C", "analysis", "{text}\n\nI'm teaching this to 15-year-olds. Write a close reading of its structure, point of view and symbolism, and five discussion questions that go from literal to interpretive."),
    ]),
    ("Q3 summary: revenue was 4.2 million, up 6 percent on Q2 but 3 percent below plan. Gross margin fell from 61 to 57 percent, mostly because of higher cloud costs after the migration. New customers: 38, against a target of 50; churn was 2.1 percent monthly, up from 1.6. The enterprise pipeline for Q4 is 2.8 million, of which 1.1 million is in late stage. Headcount rose from 64 to 71, all in engineering and support.", [
        ("L", "extraction", "pull every number out of this into a table with what it measures: {text}"),
        ("L", "short_rewrite", "make this read more formally for the board pack, keep every figure: {text}"),
        ("C", "analysis", "{text}\n\nWhat does this tell you about the health of the business? Where is the real problem, what would you ask the CEO, and what would you cut or invest in for Q4?"),
        ("C", "reasoning_multistep", "{text}\n\nIf churn stays at 2.1% and we add 45 customers a quarter at the current average contract value, when do we hit 6 million quarterly revenue? Show the model and the assumptions."),
    ]),
]

ZH = [
    ("各位同事：下个月起报销规定有几处调整。发票须在消费后十四天内上传，原来是三十天。招待客户的餐费每人上限二百元，含服务费，酒水一律不再报销。晚上九点以后或者携带设备时可以打车，其他时间请乘坐公共交通。酒店只能通过差旅平台预订，平台以外预订的需要部门总监审批。有问题请发邮件到财务部。新系统上线期间，感谢大家理解。", [
        ("L", "short_rewrite", "帮我把这段通知改得亲切一点，长度差不多：{text}"),
        ("L", "extraction", "把这里面的规定列成几条：{text}"),
        ("L", "translation_short", "翻译成英文，发给海外同事：{text}"),
        ("C", "analysis", "{text}\n\n我在财务部。你觉得哪几条最容易引起销售部门反弹，大家会钻什么空子，通知该怎么写才能提前化解？"),
        ("C", "long_form_writing", "根据下面这段通知，写一份完整的《差旅与报销管理制度》，包括定义、审批流程、例外情况、示例和常见问题：{text}"),
    ]),
    ("这款保温杯采用双层 316 不锈钢真空结构，六小时保温在 60 度以上，保冷十二小时。杯盖有防漏硅胶圈，单手就能打开，杯身 350 毫升，重量只有 220 克，能放进大部分车载杯架。内壁做了陶瓷涂层，泡茶、装咖啡不留异味。有奶白、雾蓝、墨绿三种颜色，支持激光刻字，整杯质保两年。", [
        ("L", "summarize_short", "一句话概括这个商品：{text}"),
        ("L", "extraction", "这个杯子多重、容量多大、有哪几种颜色？{text}"),
        ("L", "translation_short", "把这段商品介绍翻译成英文：{text}"),
        ("C", "analysis", "这是我们的商品文案：{text}\n\n对比一下象印和膳魔师同价位产品的卖点，指出哪些说法经不起用户较真，再针对通勤白领重写一版详情页文案，给三个标题备选，说明各自针对什么心理。"),
    ]),
    ("巷子尽头住着一位养蜂的老奶奶。每年夏天，她都把一罐罐蜂蜜摆在院门口的矮墙上，旁边放个铁盒收钱，从来没有人不给钱就拿走。后来她住进了养老院，儿子把房子卖了，新房主拆了蜂箱，铲掉了那片薰衣草。第二年春天，整条巷子的花园都安静得出奇，父亲说，院里那棵苹果树只结了往年一半的果子。", [
        ("L", "short_rewrite", "帮我检查一下标点和错别字，其他不用改：{text}"),
        ("L", "summarize_short", "这段讲了什么，一句话说：{text}"),
        ("L", "translation_short", "翻译成英文：{text}"),
        ("C", "long_form_writing", "{text}\n\n接着这段往下写，写成一篇两千字左右的完整短篇小说，保持叙述者的口吻，让蜜蜂成为一个含蓄的隐喻，结尾不要把话说尽。"),
        ("C", "analysis", "{text}\n\n我要给初三学生讲这段文字。帮我写一份文本细读，分析它的结构、叙述视角和象征，再设计五个由浅入深的讨论问题。"),
    ]),
    ("三季度经营简报：营收 4200 万元，环比增长 6%，但比计划低 3%。毛利率从 61% 降到 57%，主要是迁移上云以后云资源费用上涨。新增客户 38 家，目标是 50 家；月流失率 2.1%，上季度是 1.6%。四季度大客户储备项目金额 2800 万元，其中 1100 万元已进入签约阶段。员工从 64 人增加到 71 人，全部是研发和客服。", [
        ("L", "extraction", "把里面所有数字整理成表格，写清楚每个数字指什么：{text}"),
        ("L", "short_rewrite", "改成正式一点的汇报口吻，数字都保留：{text}"),
        ("C", "analysis", "{text}\n\n从这份简报看，公司经营状况怎么样？真正的问题在哪，你会问 CEO 哪些问题，四季度该砍什么、投什么？"),
        ("C", "reasoning_multistep", "{text}\n\n如果月流失率一直是 2.1%，每季度新增 45 家客户，客单价不变，哪个季度营收能到 6000 万？把模型和假设写出来。"),
    ]),
]


def rows(passages: list[tuple[str, list[tuple[str, str, str]]]], lang: str) -> list[dict[str, object]]:
    out = []
    for text, requests in passages:
        for label, category, request in requests:
            out.append({"id": f"passage-{lang}-{len(out) + 1:04d}", "prompt": request.format(text=text), "lang": lang,
                        "label": {"C": "cloud", "L": "local"}[label], "category": category, "pii": [],
                        "source": "passages"})
    return out


if __name__ == "__main__":
    print(write_rows("extra-passages.jsonl", rows(EN, "en") + rows(ZH, "zh")))
