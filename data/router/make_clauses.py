"""Write trial-clauses.jsonl (measured, not trained on): one short piece of everyday material
under an easy request and a hard one that differ by a single clause.

Out of fold, the easy prompts scoring above the 95 % recall line were short personal texts to
shorten or polish, a follow-up written as one prompt, one-line sentiment, extraction over
concrete values and device commands with coordinates; the hard prompts scoring lowest were
just as short and hard through one clause: a summary that must decide who is liable, exact
arithmetic on big numbers, a check digit, a liar puzzle, a rewrite into classical Chinese, a
plan between two addresses. Here each piece of material (a note from a neighbour, a
self-introduction, a receipt, a changed pickup, three friends' claims) comes twice, the
request standing before or after it: once with an easy request (shorten, polish, pull out the
date, the mood in one word, a reminder; local) and once with a request of about the same length
that one clause makes hard (who pays under which rule, the exact total to the cent over many
items, which of them lies, a schedule under two constraints, a rewrite in Tang-style parallel
prose; cloud). Registers vary: terse, casual, typos, formal, mixed Chinese and English. Names,
phones, e-mails and addresses are made up and labelled. Labels follow the dev set's rule
(/work/shared/data/README.md).

Rows: (label C cloud or L local, category, prompt, [(pii type, exact substring), ...]).
Run: python data/router/make_clauses.py (writes trial-clauses.jsonl: measured, not kept; docs/router.md;
copy it to extra-clauses.jsonl to train on it)
"""

from jsonl import write_rows  # data/router/jsonl.py: run as a script from any directory

LABELS = {"C": "cloud", "L": "local"}
Row = tuple[str, str, str, list[tuple[str, str]]]

NOTE = ("hi, this is Dana Whitcombe from 4B. water came through my ceiling last night, looks like it's from your bathroom. "
        "can we talk today? 415-555-0172")
NOTE_PII = [("person_name", "Dana Whitcombe"), ("phone", "415-555-0172")]
INTRO = ("Hello everyone, my name is Priya Raghunathan, I joined the logistics team this Monday after six years at a freight "
         "forwarder in Rotterdam, I like climbing and bad puns, and I am looking forward to working with all of you.")
INTRO_PII = [("person_name", "Priya Raghunathan")]

EN: list[Row] = [
    ("L", "short_rewrite", f"make this sound less panicky: {NOTE}", NOTE_PII),
    ("C", "expert_domain", f"{NOTE}\n\nunder a standard california lease, is the upstairs tenant, the landlord or my renter's insurance on the hook "
     "for her ceiling, and what do i say back?", NOTE_PII),
    ("L", "short_rewrite", f"shorten to one line for slack pls\n{INTRO}", INTRO_PII),
    ("C", "long_form_writing", f"{INTRO}\nRewrite this as a sonnet in strict iambic pentameter, ABAB CDCD EFEF GG, keeping every fact.", INTRO_PII),
    ("L", "extraction", "receipt: 3 x notebook 4.35, 2 x pens 12.80, 1 x stapler 9.99, paid by card ending 0042. which items did I buy? just list them", []),
    ("C", "math_word_problem", "receipt: 3 x notebook 4.35, 2 x pens 12.80, 1 x stapler 9.99, 8.875% sales tax on each line rounded half-even. "
     "exact total to the cent, and show the rounding", []),
    ("L", "multi_turn_followup", "earlier i asked you to remind me to pick up Tom Okafor at 5; change it to 6 instead",
     [("person_name", "Tom Okafor")]),
    ("C", "planning", "earlier i said pick up Tom Okafor at 5, but now his flight lands 17:40 at SFO, my kid finishes swim at 18:15 in Palo Alto "
     "and I can't leave work before 17:00 in Oakland. order the pickups so nobody waits > 20 min",
     [("person_name", "Tom Okafor")]),
    ("L", "classification", "one word, happy or annoyed: 'third time the parcel went to the wrong door, seriously??'", []),
    ("C", "reasoning_multistep", "Ann says Ben took the parcel. Ben says Cal is lying. Cal says Ann and Ben both lie. Exactly one tells the truth. "
     "Who took it, and why is that the only answer?", []),
    ("L", "extraction", "Pull the date and the time out of this: 'dentist moved to Thu 14 March, 10:40, bring your card'", []),
    ("C", "reasoning_multistep", "What is 987654321987 x 123456789 exactly? no approximations, show the partial products", []),
    ("L", "coding_simple", "python: function that returns True if a string is a palindrome, ignore case", []),
    ("C", "math_proof", "prove that there are infinitely many primes of the form 4k+3", []),
    ("L", "smart_home", "text dana.w@example.net that I'll be home by 7", [("email", "dana.w@example.net")]),
    ("C", "expert_domain", "write to dana.w@example.net declining her claim for the ceiling under the lease clause on tenant negligence, "
     "without admitting fault, ready to send", [("email", "dana.w@example.net")]),
    ("L", "short_rewrite", "polish: 'We was happy to recieve you order and will ship it tomorow.'", []),
    ("C", "translation_short", "Render 'The seller shall bear the risk of loss until delivery' as it would read in a contract governed by German law, "
     "in German, and say which BGB section it maps to", []),
    ("L", "quick_fact", "how many digits does an IBAN have in the UK", []),
    ("C", "reasoning_multistep", "work out the two IBAN check digits for UK sort code 601613, account 31926819, bank code NWBK, by hand mod 97", []),
    ("L", "navigation", "directions to 218 Alder Street please", [("street_address", "218 Alder Street")]),
    ("C", "planning", "moving from 218 Alder Street to 9 Harbor View Rd on one Saturday with a 16ft truck that must be back by 18:00, "
     "elevator booked 13-15 at the new place: plan the day to the half hour",
     [("street_address", "218 Alder Street"), ("street_address", "9 Harbor View Rd")]),
    ("L", "summarize_short", f"{NOTE}\n\ntl;dr of this text in one sentence?", NOTE_PII),
    ("C", "summarize_short", f"sum up this text in two lines, and say whether I'm liable for her ceiling if my shower seal failed without me knowing: {NOTE}", NOTE_PII),
    ("L", "summarize_short", "Summarise my landlord's message: 'Hi, Gareth Pennington here. The boiler service is on Friday between 9 and 12; "
     "please leave the kitchen clear. Rent reminder: due on the 1st as usual.'", [("person_name", "Gareth Pennington")]),
    ("C", "summarize_short", "Summarise my landlord's message and tell me if he may enter without me under English tenancy law: 'Hi, Gareth Pennington here. "
     "The boiler service is on Friday between 9 and 12; I'll let myself in if you're out.'", [("person_name", "Gareth Pennington")]),
]

ZH_NOTE = "邻居您好，我是 502 的周海燕，昨晚我家天花板渗水，看位置像是您家卫生间，方便今天聊一下吗？电话 13917284460"
ZH_NOTE_PII = [("person_name", "周海燕"), ("phone", "13917284460")]
ZH_INTRO = "大家好，我叫林书瑶，上周一刚加入财务部，之前在一家会计师事务所做了五年审计，平时喜欢跑步和做饭，请大家多多关照。"
ZH_INTRO_PII = [("person_name", "林书瑶")]

ZH: list[Row] = [
    ("L", "short_rewrite", f"帮我把这段改得客气一点：{ZH_NOTE}", ZH_NOTE_PII),
    ("C", "expert_domain", f"{ZH_NOTE}\n按民法典相邻关系和物业的规定，楼上、物业、保险各该赔多少？我该怎么回她", ZH_NOTE_PII),
    ("L", "short_rewrite", f"{ZH_INTRO} 缩成一句话发群里", ZH_INTRO_PII),
    ("C", "long_form_writing", f"把下面这段改写成骈文，四六句式、对仗工整、事实一个不丢：{ZH_INTRO}", ZH_INTRO_PII),
    ("L", "extraction", "小票：牛奶 2 盒 13.80，面包 1 个 8.50，鸡蛋 1 盒 15.90。我都买了啥，列出来就行", []),
    ("C", "math_word_problem", "小票：牛奶 2 盒 13.80，面包 1 个 8.50，鸡蛋 1 盒 15.90，满 30 减 5、会员再 9.5 折、折后四舍五入到分，先减后折和先折后减各付多少，差多少", []),
    ("L", "multi_turn_followup", "刚才让你提醒我五点去接王建国，改成六点", [("person_name", "王建国")]),
    ("C", "planning", "刚才说五点接王建国，现在他航班 17:40 落虹桥，孩子 18:15 在徐汇下课，我 17:00 才能从浦东出发，怎么安排顺序让谁都不等超过 20 分钟",
     [("person_name", "王建国")]),
    ("L", "classification", "这句是夸还是骂：'快递又送错门了，第三次了，服了'", []),
    ("C", "reasoning_multistep", "甲说乙拿了快递，乙说丙在撒谎，丙说甲乙都在撒谎，三人里只有一个说真话，到底谁拿的？证明答案唯一", []),
    ("L", "extraction", "把日期和时间抠出来：'体检改到 3 月 14 号周四上午 10:40，记得空腹'", []),
    ("C", "reasoning_multistep", "精确计算 987654321987 乘 123456789，不要近似，写出竖式的每一步", []),
    ("L", "coding_simple", "python 写个函数判断字符串是不是回文，忽略大小写", []),
    ("C", "math_proof", "证明形如 4k+3 的素数有无穷多个", []),
    ("L", "smart_home", "给 hy.zhou@example.cn 发个消息说我七点到家", [("email", "hy.zhou@example.cn")]),
    ("C", "expert_domain", "给 hy.zhou@example.cn 写封回信，按民法典第 296 条婉拒全额赔偿，不承认过错，可以直接发", [("email", "hy.zhou@example.cn")]),
    ("L", "short_rewrite", "润色一下：'我们很高兴的收到你的订单，明天会给你发货的。'", []),
    ("C", "translation_short", "把'这个东西挺好用的，就是有点贵'译成文言文，要有《世说新语》的笔调，并逐字说明虚词用法", []),
    ("L", "quick_fact", "身份证号码一共几位", []),
    ("C", "reasoning_multistep", "手算身份证前 17 位 11010519491231002 的校验码，按 ISO 7064 MOD 11-2 写出每一步加权", []),
    ("L", "navigation", "导航去上海市长宁区愚园路 1088 弄", [("street_address", "上海市长宁区愚园路 1088 弄")]),
    ("C", "planning", "周六从上海市长宁区愚园路 1088 弄搬到闵行区七莘路 3155 号，货车 18 点前要还，新小区电梯只约到 13-15 点，按半小时排一下全天",
     [("street_address", "上海市长宁区愚园路 1088 弄"), ("street_address", "闵行区七莘路 3155 号")]),
    ("L", "summarize_short", f"用一句话概括这条消息：{ZH_NOTE}", ZH_NOTE_PII),
    ("C", "summarize_short", f"概括一下这条消息，再判断如果是我家防水层老化、我并不知情，我要不要担责：{ZH_NOTE}", ZH_NOTE_PII),
    ("L", "summarize_short", "房东发的，帮我总结下：'我是房东孙立伟，周五上午九点到十二点来检修燃气，厨房请收拾一下，房租还是每月一号交。'", [("person_name", "孙立伟")]),
    ("C", "summarize_short", "房东发的，总结一下，顺便判断他人不在时自己开门进来合不合法、我能怎么办：'我是房东孙立伟，周五上午来检修燃气，你不在我就自己开门进去。'",
     [("person_name", "孙立伟")]),
]


def main() -> None:
    rows = []
    for lang, items in (("en", EN), ("zh", ZH)):
        for label, category, prompt, pii in items:
            rows.append({"id": f"clauses-{len(rows) + 1:03d}", "prompt": prompt, "lang": lang, "label": LABELS[label],
                         "category": category, "pii": [{"type": t, "value": v} for t, v in pii], "source": "clauses"})
    print(write_rows("trial-clauses.jsonl", rows))


if __name__ == "__main__":
    main()
