"""Write extra-reports.jsonl: long pasted texts in another register than extra-documents.jsonl
(raw meeting notes, a tenancy agreement, an e-mail thread with a customer, release notes; English
and Chinese), each pasted under or over several requests and set off in different ways (a colon,
blank lines, quotes, a code fence, a rule of dashes, a single line break). Summarising, reviewing,
judging or arguing about the text is hard (cloud); a look-up in it — a date, a name, a count,
yes or no, copy a line, fix the typos, translate a sentence — is easy (local): what is asked
decides, not the text (/work/shared/data/README.md). No row carries PII; names are made up roles.

Run: python data/router/make_reports.py
"""

from jsonl import write_rows  # data/router/jsonl.py: run as a script from any directory

NOTES_EN = """Weekly sync, platform team. Attendees: infra lead, two backend devs, QA, product.
- Migration to the new queue: 70% of producers moved. Remaining ones are billing and search; billing is blocked on a library upgrade that needs a security review (ticket open since March 2).
- Search team says they can't move before the index rebuild, which is now planned for the week of the 18th. Product asked whether the rebuild can slip; answer was maybe, but then the old queue has to stay up until June, and that costs about 3,000 a month in extra nodes.
- On-call: last week had 11 pages, 7 of them from the same flaky disk alert on the reporting cluster. Nobody has owned that alert since the reorg. QA proposed muting it; infra lead said no, last time we muted an alert we missed a real outage.
- Load test for the spring sale: scheduled for the 25th, but the staging environment is still at half size. Needs budget approval from finance, not requested yet.
- Hiring: one backend offer accepted, starts in five weeks. Second role still open after 9 interviews.
- Random: the shared test account password was posted in the public channel on Tuesday; it was rotated the same day.
Action items were not assigned before the meeting ran out of time."""

LEASE_EN = """Section 4. Rent and deposit. The monthly rent is 1,450 and is due on the first day of each month. A late fee of 50 applies if rent is received after the fifth day. The deposit equals two months' rent and will be returned within 30 days after the end of the tenancy, less any amounts needed to repair damage beyond normal wear and tear.
Section 5. Repairs. The landlord is responsible for the structure, the roof, plumbing, heating and any appliances supplied with the flat. The tenant must report defects in writing within seven days of noticing them. The tenant may not carry out repairs or alterations, including painting, without written consent.
Section 6. Ending the tenancy. Either party may end the tenancy after the first twelve months by giving two months' written notice. If the tenant leaves before the end of the first twelve months, the tenant remains liable for rent until a replacement tenant approved by the landlord moves in, or until the end of the twelve months, whichever comes first.
Section 7. Subletting and guests. The tenant may not sublet the flat or any part of it. Guests may stay for up to 14 nights in any three-month period.
Section 8. Pets. No pets are allowed, except fish in a tank of less than 50 litres."""

THREAD_EN = """From support, 9 May: Thanks for reaching out. I can see the order was marked delivered on 6 May. Could you check with neighbours or your building's front desk?
From customer, 9 May: I did. Nobody has it. The photo in the tracking shows a door that isn't mine, it's a blue door and mine is white.
From support, 10 May: I'm sorry about that. I've opened an investigation with the carrier, which takes up to 5 working days. We can't send a replacement until it's closed.
From customer, 13 May: It's been 4 days and I haven't heard anything. This was a birthday present and the birthday was yesterday. I've been a customer for six years.
From support, 14 May: The investigation is still open. As a goodwill gesture I've added a 10% voucher to your account.
From customer, 14 May: A 10% voucher on a 180 order that never arrived? I want a refund or a replacement today, otherwise I'll dispute the charge with my bank and post this whole thread publicly."""

NOTES_ZH = """产品周会纪要（移动端）
1. 新版首页灰度到 30%，次日留存比旧版高 1.2 个点，但首页加载时长从 1.4 秒涨到 2.1 秒，安卓低端机最明显。研发说是推荐模块多了两次接口调用，可以合并，但要排到下个迭代。
2. 会员续费页改版上线一周，续费率没有明显变化。运营认为是价格问题，设计认为是入口太深，双方没有达成一致。
3. 客服反馈本月关于“自动续费没提醒”的投诉有 46 起，比上月多一倍。法务提醒新规要求扣费前五天必须短信通知，目前只发了站内信。
4. 下个版本计划 4 月 20 日提审。测试说回归用例还差三分之一没跑，人手不够，建议推迟一周；产品坚持不推迟，说 4 月底有市场活动。
5. 数据组说埋点有一半事件名不规范，报表口径各部门不一样，需要一次统一梳理，暂无负责人。
会议超时，待办事项和负责人没有确定。"""

LEASE_ZH = """第四条 租金及押金：月租金为人民币 4500 元，每月 1 日前支付。逾期超过五日的，每日按月租金的千分之五收取滞纳金。押金为两个月租金，租赁期满且乙方结清全部费用后三十日内无息退还，如房屋有超出正常使用的损坏，甲方可从押金中扣除维修费用。
第五条 维修：房屋主体结构、屋面、上下水、供暖及甲方提供的家电由甲方负责维修。乙方发现损坏应在七日内书面通知甲方。未经甲方书面同意，乙方不得自行维修或改动房屋，包括刷墙、打孔。
第六条 提前解约：租期满一年后，任何一方提前两个月书面通知即可解约。乙方在租期未满一年时退租的，须继续支付租金，直至甲方认可的新租户入住或满一年为止，以先到者为准。
第七条 转租：乙方不得将房屋全部或部分转租。亲友留宿每三个月累计不得超过十四晚。
第八条 宠物：不得饲养宠物，五十升以下鱼缸养鱼除外。"""

THREAD_ZH = """客服 5月9日：您好，系统显示您的订单已于 5 月 6 日签收，麻烦您问一下邻居或者物业前台。
顾客 5月9日：问过了，都没有。签收照片里的门是蓝色的，我家是白门，根本不是我家。
客服 5月10日：非常抱歉，已经向快递公司发起调查，调查需要五个工作日，调查结束前无法补发。
顾客 5月13日：都四天了没有任何消息。这是生日礼物，生日就是昨天。我在你们这买了六年东西了。
客服 5月14日：调查还在进行中，作为补偿，已经给您的账户发了一张九折优惠券。
顾客 5月14日：一单 1200 块的东西没收到，给我一张九折券？今天不退款也不补发，我就找银行拒付，再把聊天记录全发到网上。"""

EN = [
    (NOTES_EN, [
        ("C", "summarize_long", "turn these notes into a proper summary with decisions, open risks and proposed owners for each action:\n\n{text}"),
        ("C", "analysis", "{text}\n\n---\nreading these as the new eng manager: what is actually going wrong on this team, and what would you fix first?"),
        ("C", "planning", "```\n{text}\n```\nWrite a plan for the next two weeks that gets the migration and the load test done, with trade-offs if finance says no."),
        ("L", "extraction", "{text}\n\nwhen is the load test?"),
        ("L", "extraction", "How many interviews for the second role? Notes:\n\"{text}\""),
        ("L", "short_rewrite", "fix capitalisation and typos only, don't change anything else:\n{text}"),
        ("L", "classification", "{text}\n\nis there anything about hiring in here, yes or no"),
    ]),
    (LEASE_EN, [
        ("C", "expert_domain", "My landlord wants to keep the whole deposit because I painted one wall. Here's the lease:\n\n{text}\n\nWhat are my rights here, and how should I argue it?"),
        ("C", "analysis", "review this tenancy agreement from the tenant's side and flag every clause that is unusual or unfair, with why: {text}"),
        ("C", "summarize_long", "\"{text}\"\n\nexplain in plain English what I'm signing up for and what could go wrong if I need to move out after 8 months"),
        ("L", "extraction", "{text}\n\nhow much is the late fee?"),
        ("L", "extraction", "which section covers pets?\n\n{text}"),
        ("L", "translation_short", "Translate section 8 into Spanish: {text}"),
        ("L", "extraction", "copy out the sentence about guests from this:\n\n{text}"),
    ]),
    (THREAD_EN, [
        ("C", "analysis", "{text}\n\nwhere did support go wrong in this thread, and what should the next reply say? draft it"),
        ("C", "expert_domain", "Here's a customer thread, can you assess the chargeback risk and what our policy should be for cases like this:\n\n{text}"),
        ("C", "summarize_long", "summarize this for the support lead, with a timeline, what the customer wants and your recommendation:\n---\n{text}"),
        ("L", "extraction", "{text}\n\nwhat was the order value"),
        ("L", "extraction", "On what date was the investigation opened?\n{text}"),
        ("L", "classification", "{text}\n\npositive, negative or neutral?"),
    ]),
]

ZH = [
    (NOTES_ZH, [
        ("C", "summarize_long", "把下面的会议纪要整理成正式的会议总结，列出决议、风险和每项待办的建议负责人：\n\n{text}"),
        ("C", "analysis", "{text}\n\n---\n我是新来的产品总监，看完这个你觉得这个团队真正的问题在哪，先解决哪个？"),
        ("C", "planning", "「{text}」\n\n提审日期到底推不推？帮我权衡一下两种方案的风险，给个建议和理由。"),
        ("L", "extraction", "{text}\n\n提审日期是哪天"),
        ("L", "extraction", "投诉有多少起？\n{text}"),
        ("L", "short_rewrite", "帮我把错别字和标点改一下，内容别动：\n{text}"),
        ("L", "classification", "{text}\n\n这里面提到招聘了吗，回答是或否"),
    ]),
    (LEASE_ZH, [
        ("C", "expert_domain", "房东说我刷了一面墙就要扣全部押金，合同在这：\n\n{text}\n\n我有哪些权利，该怎么跟他谈？"),
        ("C", "analysis", "站在租客角度审一下这份合同，把不常见或者不公平的条款都标出来，说明理由：{text}"),
        ("C", "summarize_long", "```\n{text}\n```\n用大白话给我讲讲签了这个意味着什么，如果我住八个月就要搬走会怎样"),
        ("L", "extraction", "{text}\n\n月租金多少"),
        ("L", "extraction", "哪一条讲宠物的？\n\n{text}"),
        ("L", "translation_short", "把第八条翻译成英文：{text}"),
    ]),
    (THREAD_ZH, [
        ("C", "analysis", "{text}\n\n客服哪里处理得不对？下一条回复应该怎么写，帮我起草"),
        ("C", "expert_domain", "这是一段客服对话，帮我评估一下拒付风险，以后这种情况公司该定什么规则：\n\n{text}"),
        ("C", "summarize_long", "给客服主管写个总结，要有时间线、顾客诉求和你的处理建议：\n---\n{text}"),
        ("L", "extraction", "{text}\n\n订单金额是多少"),
        ("L", "extraction", "快递调查是哪天发起的？\n{text}"),
        ("L", "classification", "{text}\n\n这段对话情绪是正面、负面还是中性？"),
    ]),
]


def rows(texts: list[tuple[str, list[tuple[str, str, str]]]], lang: str) -> list[dict[str, object]]:
    out = []
    for text, requests in texts:
        for label, category, request in requests:
            out.append({"id": f"report-{lang}-{len(out) + 1:04d}", "prompt": request.format(text=text), "lang": lang,
                        "label": {"C": "cloud", "L": "local"}[label], "category": category, "pii": [],
                        "source": "reports"})
    return out


if __name__ == "__main__":
    print(write_rows("extra-reports.jsonl", rows(EN, "en") + rows(ZH, "zh")))
