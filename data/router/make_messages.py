"""Write trial-messages.jsonl: personal messages under easy and hard requests (measured, not trained on).

Out of fold, the easy prompts scoring above the 95 % recall line were mostly short rewrites and
summaries of personal messages (a self-introduction, a follow-up e-mail, a landlord's note) and
easy requests carrying personal data; among the hard prompts scoring lowest were a summary that
must judge who is liable and a rewrite into classical Chinese. Here each message (made up, its
personal data labelled) stands under several requests: shorten, polish, translate, sum up in a
line, pull out a date (local), and judge liability, give legal options, plan around it, rewrite
it under strict literary constraints (cloud), so that what is asked decides, not the message.
Measured out of fold and not kept (docs/router.md, "What each new file did"): it moved the
dev set left out the wrong way next to `extra-oneclause.jsonl` and cost `passages`,
`heldout-short` and leave-one-category-out. The trainer reads only ``extra-*.jsonl``; to measure
it, copy it as ``extra-messages.jsonl`` into a copy of ``data/router/`` and pass ``--data``.
The request stands before or after the message; registers vary (casual, terse, formal, typos,
mixed Chinese and English). Labels follow the dev set's rule (/work/shared/data/README.md).

Each message: (lang, text, [(pii type, value), ...], [(label, category, request, where), ...]),
label C cloud or L local, where "<" puts the request before the message and ">" after it.
Run: python data/router/make_messages.py
"""

from jsonl import write_rows  # data/router/jsonl.py: run as a script from any directory

LABELS = {"C": "cloud", "L": "local"}
Request = tuple[str, str, str, str]
Message = tuple[str, str, list[tuple[str, str]], list[Request]]

ZH: list[Message] = [
    ("zh", "小刘你好，我是房东郑国强。跟你说下，下个月起水电不再包在房租里了，按表单独收，每月 5 号前转给我。"
     "房租暂时不变。有啥问题打我电话 13917284455。",
     [("person_name", "郑国强"), ("phone", "13917284455")],
     [("L", "summarize_short", "房东这条消息啥意思，一句话说清楚：", "<"),
      ("L", "extraction", "把里面要我做的事和截止日期列出来", ">"),
      ("C", "expert_domain", "合同里写的是房租包水电，还剩八个月。房东这样单方面改收费合法吗？按民法典租赁合同那几条分析我有哪些选择，各自的风险是什么", ">"),
      ("L", "short_rewrite", "帮我回一句客气的“收到”，别太生硬", ">")]),
    ("zh", "各位好，我是新来的产品实习生许嘉怡，本科在武汉大学读新闻，后来转做用户研究，平时爱爬山，也在学日语，"
     "邮箱 xujiayi@example.cn，欢迎随时找我～",
     [("person_name", "许嘉怡"), ("email", "xujiayi@example.cn")],
     [("L", "short_rewrite", "压到三十字以内：", "<"),
      ("L", "translation_short", "翻成英文，语气轻松点", ">"),
      ("C", "short_rewrite", "把这段改写成文言文，仿《世说新语》的笔法，句式要骈散相间，不能出现任何现代词汇，再逐句说明你的改法", ">"),
      ("C", "planning", "她想半年内转成产品经理。根据这段介绍里的背景，给她排一个按周的学习和实践计划，每周写清产出物和怎么检验", ">")]),
    ("zh", "1602 业主沈立军：我家卫生间没漏，你家天花板的水渍是你们自己防水老化。\n"
     "1502 业主：物业上周三来看过，说是你家地漏周围渗的，拍了照片。你要是不修，我就找律师。\n"
     "物业：我们只负责公共部分，户内的问题请业主自行协商。",
     [("person_name", "沈立军")],
     [("L", "summarize_short", "三方各说了什么，每方一句话", ">"),
      ("C", "summarize_short", "总结一下三方的说法，然后判断漏水的维修费和我家天花板的损失应该由谁承担，物业有没有责任，依据是什么", "<"),
      ("L", "extraction", "这段聊天里提到的日期和楼层号列一下", ">"),
      ("C", "long_form_writing", "我是 1502 的。帮我写一份给物业的正式书面函，要求物业出具检查结论并组织协调，引用《物业管理条例》的相关条款，结构严谨、有理有据", ">")]),
    ("zh", "王总您好：我司于 3 月 2 日交付的第二批货物（合同号 HT-2024-0318）至今未收到尾款 12.6 万元，烦请您安排财务尽快处理。"
     "如有疑问请联系财务部顾晓燕，电话 021-58836612。此致 敬礼",
     [("person_name", "顾晓燕"), ("phone", "021-58836612")],
     [("L", "short_rewrite", "改得再客气一点，但别太长", ">"),
      ("L", "extraction", "金额跟合同号是多少？", ">"),
      ("C", "expert_domain", "对方已经拖了九十天，合同约定验收后 30 天付款、逾期按日万分之五计违约金。算一下到今天的违约金，分析我方的诉讼时效、证据准备和先发律师函还是直接起诉的利弊：", "<"),
      ("L", "translation_short", "pls 翻成英文 email，格式正式", "<")]),
    ("zh", "周六晚上七点来我家吃火锅哈，地址朝阳区望京西路 48 号院 3 号楼 1201，带点喝的就行不用带礼物～有事打我 15801234567 林晓",
     [("street_address", "朝阳区望京西路 48 号院 3 号楼 1201"), ("phone", "15801234567"), ("person_name", "林晓")],
     [("L", "translation_short", "帮我翻成英文发给外国同事", "<"),
      ("L", "extraction", "时间地点给我单独拎出来", ">"),
      ("C", "planning", "一共 12 个人，3 个吃素、2 个花生过敏、1 个不吃辣，预算 800 块。照这个邀请帮我设计锅底和菜单、算好每样的量、列采购清单，再排一个下午两点开始的准备时间表", ">"),
      ("L", "short_rewrite", "改的正式点，发公司群用", ">")]),
    ("zh", "亲爱的，我这周三到周五在成都出差，周四下午要见客户，酒店订在武侯区科华北路 65 号。周五晚上 8 点的航班回来，记得帮我浇花哦",
     [("street_address", "武侯区科华北路 65 号")],
     [("L", "summarize_short", "一句话总结：", "<"),
      ("L", "other", "按这条帮我在日历里建三个提醒", ">"),
      ("C", "short_rewrite", "把这条消息改写成一首七言律诗，押平水韵，中间两联要对仗，并标出每句的平仄", ">")]),
]

EN: list[Message] = [
    ("en", "Hi Marcus Whitfield, just circling back on the invoice I sent on the 4th (INV-2231, $3,480). "
     "Could you let me know when it's scheduled for payment? Thanks so much, Dana Okafor, dana.okafor@example.com",
     [("person_name", "Marcus Whitfield"), ("person_name", "Dana Okafor"), ("email", "dana.okafor@example.com")],
     [("L", "short_rewrite", "make this shorter:", "<"),
      ("L", "short_rewrite", "can u make it sound less pushy", ">"),
      ("L", "extraction", "What's the invoice number and the amount?", ">"),
      ("C", "expert_domain", "It's now 75 days overdue; the contract says net 30 with a 1.5% monthly late fee and we're both in California. "
       "Work out what I can legally charge, whether small claims is an option at this amount, and lay out an escalation plan with dates.", "<")]),
    ("en", "hey its Gary from 12B, water will be off thursday 9-1 for the boiler repair. also rent goes up to 1,950 from june 1. "
     "any q's call me (617) 555-0143",
     [("phone", "(617) 555-0143")],
     [("L", "summarize_short", "tl;dr", ">"),
      ("L", "other", "turn this into two calendar reminders", ">"),
      ("C", "expert_domain", "I'm a tenant at will in Massachusetts and this text is the only notice I got, three weeks before June. "
       "Is the increase valid with this notice, what are my options, and what's the timeline for each? Here's the text:", "<")]),
    ("en", "From the other driver, Brenda Kowalski: 'You backed into me in the Safeway lot on Elm St, my bumper is cracked and I have photos. "
     "Let's not involve insurance, just send me $900 by Friday.'",
     [("person_name", "Brenda Kowalski")],
     [("L", "summarize_short", "Sum up in one line what she wants.", ">"),
      ("L", "classification", "is the tone of this angry, neutral or friendly?", ">"),
      ("C", "summarize_short", "My dashcam shows she was reversing out of her spot at the same moment. Summarize both positions and judge who is likely at fault under "
       "comparative negligence, and whether paying her directly or going through insurance is the better bet for me.", ">")]),
    ("en", "Hi all! I'm Tomás Rivera, the new data analyst on the growth team. Before this I spent four years at a logistics startup in Austin. "
     "I love board games and terrible puns. Reach me at tomas.rivera@example.net",
     [("person_name", "Tomás Rivera"), ("email", "tomas.rivera@example.net")],
     [("L", "short_rewrite", "cut this to two sentences", "<"),
      ("L", "translation_short", "Translate into French, keep it casual.", ">"),
      ("C", "long_form_writing", "Rewrite this as a Shakespearean sonnet in strict iambic pentameter, rhyme scheme ABAB CDCD EFEF GG, keeping every fact, and mark the stresses of the first quatrain.", ">"),
      ("C", "planning", "Based on this intro, draft a 30-60-90 day onboarding plan for him with measurable goals, the people he should meet and the first analyses he should own.", ">")]),
    ("en", "Ordered the 2-slice toaster (order 40-118-7752) from your Berlin store, it came with a dented side and the left slot doesn't heat. "
     "Support said a refund takes three weeks. Not impressed. - Klaus Lehmann",
     [("person_name", "Klaus Lehmann")],
     [("L", "classification", "positive, negative or mixed?", ">"),
      ("L", "extraction", "which product and which order number?", "<"),
      ("C", "expert_domain", "Under EU consumer law (the Sale of Goods Directive and its German transposition), what remedies does this buyer have, "
       "in what order can he demand them, and can the seller insist on a three-week refund? Cite the provisions.", ">"),
      ("L", "short_rewrite", "Write a two-line apology reply to him.", ">")]),
    ("en", "Dear Ms. Harper, I am writing to confirm that my son, Ethan Cole, born 14 May 2014, will be absent from school from 3 to 7 March "
     "for a family funeral. Please let me know what work he should catch up on. Regards, Natalie Cole, 42 Birch Lane, Leeds LS6 2AB",
     [("person_name", "Ethan Cole"), ("date_of_birth", "14 May 2014"), ("person_name", "Natalie Cole"),
      ("street_address", "42 Birch Lane, Leeds LS6 2AB")],
     [("L", "short_rewrite", "fix any grammar, keep it formal:", "<"),
      ("L", "summarize_short", "one sentence summary pls", ">"),
      ("C", "expert_domain", "The school replied that this is an unauthorised absence and a penalty notice may follow. Under the rules in England, "
       "is a funeral exceptional circumstances, what are the chances of a fine, and how should I respond? Letter was:", "<")]),
]


def compose(text: str, request: str, where: str) -> str:
    return f"{request}\n{text}" if where == "<" else f"{text}\n\n{request}"


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for lang, text, pii, requests in ZH + EN:
        for mark, category, request, where in requests:
            prompt = compose(text, request, where)
            assert all(value in prompt for _, value in pii), prompt
            out.append({"id": f"messages-{len(out) + 1:03d}", "prompt": prompt, "lang": lang,
                        "label": LABELS[mark], "category": category,
                        "pii": [{"type": t, "value": v} for t, v in pii], "source": "messages"})
    return out


if __name__ == "__main__":
    print(write_rows("trial-messages.jsonl", rows()), "rows")
