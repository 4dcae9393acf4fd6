"""Write trial-asks.jsonl (measured, not trained on): one short piece of material (a review, a news
item, a notice, two sides of a dispute, a recipe, a couplet, quarterly figures, meeting notes)
under an easy request and a hard one.

Out of fold, easy prompts scoring above the 95 % recall line included short texts under easy
requests (sum it up, shorten, polish, positive or negative, pull out a value), and hard prompts
scoring lowest included short texts under requests that need judgement (a summary that must
decide who is liable, a rewrite under strict rules). The training files pair pasted text with
easy and hard requests mostly for long passages and personal messages. Here the material is not
personal and is short, and the same material comes under both kinds of request, with the request
before it, after it or around it: what is asked decides, not the material. Labels follow the dev
set's rule (/work/shared/data/README.md): classification, extraction, a one-line summary, a
translation or a polish are local; weighing a dispute, a legal question, a model of the figures,
a plan around a conflict, verse under strict rules or a structured policy are cloud. No personal
data (first names only).

Rows: (label C cloud or L local, category, prompt).
Run: python data/router/make_asks.py (writes trial-asks.jsonl: measured, not kept; docs/router.md)
"""

from jsonl import write_rows  # data/router/jsonl.py: run as a script from any directory

LABELS = {"C": "cloud", "L": "local"}
Row = tuple[str, str, str]

REVIEW = ("The blender is loud and the lid cracked after a month, but it crushes ice better than my old one "
          "and support sent a new lid in two days.")
NEWS = ("The city council voted 7-2 on Tuesday to cut bus fares to $1 for riders under 18 from September, "
        "funded by a parking levy expected to raise $4.2 million a year.")
POOL = ("Pool rules: no glass containers; children under 12 must be accompanied by an adult; lap lanes are "
        "reserved 6-8am; the pool closes during thunderstorms.")
SOFA = ("Customer: I ordered the blue sofa, paid in full, and it came three weeks late and the wrong colour. "
        "Store: the order form says navy, which is what we delivered, and the delay was our supplier's.")
PANCAKES = "Pancakes: 200 g flour, 2 eggs, 300 ml milk, 1 tbsp sugar, pinch of salt. Whisk, rest 10 min, fry in butter."
COUPLET = "The kettle sings at six, the window fogs, / my father reads the weather to the dogs."
QUARTERS = "Q1 revenue 1.2M, costs 0.9M; Q2 revenue 1.5M, costs 1.3M; Q3 revenue 1.4M, costs 1.0M"
NOTES = ("notes: ship v2 on the 14th; Dana owns the migration; QA needs two more days; marketing wants the "
         "launch post by the 10th")

EN: list[Row] = [
    ("L", "classification", f"{REVIEW}\n\npositive, negative or mixed?"),
    ("C", "expert_domain", f"Review from a customer in Germany: \"{REVIEW}\" Under EU consumer law, is a lid cracking after a month a defect the "
     "seller must fix for free, how does the burden of proof work in the first year, and what should the buyer ask for first?"),
    ("L", "summarize_short", f"one-line summary pls: {NEWS}"),
    ("C", "analysis", f"{NEWS}\nWill the levy actually cover it? Estimate the under-18 ridership at which it breaks even, state your assumptions, "
     "and say what the council should measure in the first year."),
    ("L", "translation_short", f"Translate into Spanish:\n{POOL}"),
    ("C", "long_form_writing", f"Turn these into a one-page pool policy that would hold up if someone slipped and sued: define the terms, add the "
     f"rules that are missing, and say why each rule is there.\n\n{POOL}"),
    ("L", "extraction", f"{SOFA}\nwhat colour does the store say was ordered?"),
    ("C", "analysis", f"Who has the stronger case here, and what would a fair settlement look like? Weigh the late delivery and the colour "
     f"separately.\n{SOFA}"),
    ("L", "other", f"double this for 8 people: {PANCAKES}"),
    ("C", "planning", f"{PANCAKES}\nAdapt it for a guest who is coeliac and allergic to eggs, keep them fluffy, and explain what each substitute does "
     "in the batter."),
    ("L", "short_rewrite", f"give this couplet a title: {COUPLET}"),
    ("C", "long_form_writing", f"Continue this into a Shakespearean sonnet: 14 lines, abab cdcd efef gg, iambic pentameter, the same kitchen "
     f"images, and a turn at line 9.\n\n{COUPLET}"),
    ("L", "extraction", f"{QUARTERS}. which quarter had the most revenue"),
    ("C", "analysis", f"{QUARTERS}. The margin jumps around. Work out each quarter's margin, give two explanations that fit these numbers and say "
     "what data would tell them apart."),
    ("L", "extraction", f"action items as bullets\n{NOTES}"),
    ("C", "planning", f"{NOTES}\n\nQA's extra two days collide with the ship date. Lay out the options with their risks and a revised schedule that "
     "still gets marketing their post on time."),
]

ZH_REVIEW = "这款扫地机器人吸力挺大，但是老卡在沙发底下，APP 还经常断连，客服态度倒是很好，给换了一台新的。"
ZH_NEWS = "市交通局宣布，自下月起工作日早高峰地铁票价打八折，预计每年财政补贴约 1.5 亿元，目的是把部分开车通勤的人吸引到地铁上。"
ZH_NOTICE = "小区通知：本周六上午 8 点至 12 点停水检修，请提前储水；地下车库同日下午清洗，请车主在 13 点前挪车。"
ZH_RENT = "租客说：空调坏了报修三次都没人来，所以扣了半个月房租。房东说：合同写了小件维修由租客负责，空调属于小件。"
ZH_LINE = "春雨细如丝，落在窗前的青石板上，远处有人撑着伞走过小桥。"
ZH_MONTHS = "一月销售额 80 万，成本 60 万；二月销售额 95 万，成本 78 万；三月销售额 90 万，成本 63 万。"
ZH_NOTES = "会议记录：新版 APP 15 号上线；老刘负责数据迁移；测试还要多两天；市场部要求 12 号前拿到宣传稿。"

ZH: list[Row] = [
    ("L", "classification", f"下面这条是好评还是差评：{ZH_REVIEW}"),
    ("C", "expert_domain", f"{ZH_REVIEW}\n如果换的新机器还是同样的问题，按《消费者权益保护法》能不能要求退货退款？商家可能怎么抗辩，消费者要准备哪些证据"),
    ("L", "summarize_short", f"一句话概括：{ZH_NEWS}"),
    ("C", "analysis", f"{ZH_NEWS}\n这个政策能不能真的让开车的人变少？估算一下要多少人转乘才划得来，列出你的假设，再说说可能的副作用"),
    ("L", "extraction", f"停水是几点到几点？{ZH_NOTICE}"),
    ("L", "translation_short", f"翻译成英文：{ZH_NOTICE}"),
    ("C", "long_form_writing", f"{ZH_NOTICE}\n帮物业把它扩写成一份完整的停水应急预案：人员分工、时间节点、对独居老人和底商的特别安排、延期时的备选方案"),
    ("L", "extraction", f"房东的理由是什么？\n{ZH_RENT}"),
    ("C", "analysis", f"{ZH_RENT}\n这事谁更占理？空调算不算小件维修，扣房租有没有法律风险，给一个双方都能接受的处理方案"),
    ("L", "short_rewrite", f"润色一下这句：{ZH_LINE}"),
    ("C", "short_rewrite", f"把这句改成一首七言绝句，押平水韵，平仄要合，第三句要转：{ZH_LINE}"),
    ("L", "extraction", f"{ZH_MONTHS}哪个月销售额最高"),
    ("C", "analysis", f"{ZH_MONTHS}毛利率波动很大。算出每个月的毛利率，提出两种能解释这组数字的原因，再说明需要什么数据来区分它们"),
    ("L", "extraction", f"把待办事项列成清单：{ZH_NOTES}"),
    ("C", "planning", f"{ZH_NOTES}\n测试多出的两天和上线日期撞了。列出可选方案和各自风险，排一个新的时间表，还要保证市场部按时拿到稿子"),
    ("L", "summarize_short", f"summarize in English pls：{ZH_NEWS}"),
    ("C", "analysis", f"帮我 review 一下这条 feedback 背后的 product 问题：{ZH_REVIEW} 按 root cause 分类，排个优先级，说明每个问题该怎么验证"),
]


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for lang, block in (("en", EN), ("zh", ZH)):
        for mark, category, prompt in block:
            out.append({"id": f"asks-{len(out) + 1:03d}", "prompt": prompt, "lang": lang,
                        "label": LABELS[mark], "category": category, "pii": [], "source": "asks"})
    return out


if __name__ == "__main__":
    print(write_rows("trial-asks.jsonl", rows()), "rows")
