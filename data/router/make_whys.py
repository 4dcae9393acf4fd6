"""Write trial-whys.jsonl (measured, not trained on): a one-fact question next to a short "why" or
"how did it happen" question on the same subject, a second batch beside extra-facts.jsonl
(make_facts.py).

The short hard questions of extra-facts.jsonl were the one kind of row that moved the dev set
left out and the terse held-out file together (docs/router.md); this batch asks the same kind of
question on other subjects (disasters, geography, economics, the early web, ancient estimates,
the road to a war), in other registers, so that the lesson is "a short question that needs a
chain of causes or several facts linked is hard", not these subjects. Each pair: when, who, how
many, what it stands for (local) against why, how it came about, what each part did (cloud; the
dev set's "multi-hop reasoning"). No personal data. Labels follow the dev set's rule
(/work/shared/data/README.md).

Rows: (easy category, easy prompt, hard category, hard prompt).
Run: python data/router/make_whys.py (writes trial-whys.jsonl: measured, not kept; docs/router.md)
"""

from jsonl import write_rows  # data/router/jsonl.py: run as a script from any directory

Pair = tuple[str, str, str, str]

EN: list[Pair] = [
    ("quick_fact", "what year was chernobyl", "reasoning_multistep", "why did chernobyl's reactor blow up? the chain from the safety test to the explosion"),
    ("quick_fact", "who painted the mona lisa", "analysis", "why is the mona lisa so much more famous than da vinci's other work? the theft, the marketing, the technique"),
    ("quick_fact", "How many time zones does China use?", "analysis", "Why does China use one time zone while Russia uses eleven? What does each cost?"),
    ("quick_fact", "largest hot desert?", "reasoning_multistep", "why are most big deserts near 30 degrees latitude? hadley cells, step by step"),
    ("quick_fact", "When did the Titanic sink?", "reasoning_multistep", "Which decisions, in order, turned the Titanic's iceberg strike into 1,500 deaths?"),
    ("quick_fact", "what does GDP stand for", "analysis", "how can GDP go up while most households get poorer? the mechanisms"),
    ("quick_fact", "Who founded Rome, according to the legend?", "reasoning_multistep", "How did Rome go from republic to empire? The key steps from the Gracchi to Augustus."),
    ("quick_fact", "boiling point of water in fahrenheit", "reasoning_multistep", "why do you need a pressure cooker for rice at 4000 m? work out the boiling point there"),
    ("quick_fact", "who invented the world wide web", "analysis", "web vs internet: who built which layer and when, and why did the web beat gopher?"),
    ("quick_fact", "how far away is the moon", "reasoning_multistep", "How did Aristarchus estimate the Moon's distance from a lunar eclipse, and how close did he get?"),
    ("quick_fact", "what language do they speak in brazil", "quick_fact", "why portuguese in brazil but spanish in the rest of south america? which treaties"),
    ("quick_fact", "When did WW1 start?", "reasoning_multistep", "How did one shot in Sarajevo become a world war in six weeks? The alliance chain."),
]

ZH: list[Pair] = [
    ("quick_fact", "切尔诺贝利事故是哪一年", "reasoning_multistep", "切尔诺贝利的反应堆是怎么一步步炸掉的"),
    ("quick_fact", "清明上河图是谁画的", "analysis", "清明上河图画的到底是哪个季节，学界为什么一直有争议"),
    ("quick_fact", "中国用几个时区", "analysis", "为啥中国只用一个时区、俄罗斯却用十一个？各有什么代价"),
    ("quick_fact", "世界上最大的热沙漠是哪个", "reasoning_multistep", "为什么大沙漠多在南北纬 30 度附近？从大气环流讲"),
    ("quick_fact", "泰坦尼克号哪年沉的", "reasoning_multistep", "泰坦尼克撞冰山以后，哪些决定让死的人那么多"),
    ("quick_fact", "GDP 是什么的缩写", "analysis", "为什么 GDP 涨了老百姓却觉得日子没变好？讲讲机制"),
    ("quick_fact", "秦始皇叫什么名字", "reasoning_multistep", "秦朝统一后为啥十五年就亡了？几个原因之间是什么关系"),
    ("quick_fact", "水的沸点是多少华氏度", "reasoning_multistep", "高原上煮饭为啥非得用高压锅？算算 4000 米的沸点大概多少"),
    ("quick_fact", "万维网是谁发明的", "analysis", "互联网和万维网分别是谁、什么时候搭起来的，Web 为啥打败了 Gopher"),
    ("quick_fact", "月球离地球多远", "reasoning_multistep", "阿里斯塔克斯只靠月食是怎么估出月地距离的，误差有多大"),
    ("quick_fact", "巴西说什么语言", "quick_fact", "为什么巴西说葡语，南美其他国家大多说西语？跟哪些条约有关"),
    ("quick_fact", "一战哪年爆发的", "reasoning_multistep", "萨拉热窝一声枪响，怎么六个星期就打成了世界大战？讲讲同盟链条"),
]


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for lang, block in (("en", EN), ("zh", ZH)):
        for easy_cat, easy, hard_cat, hard in block:
            for label, category, prompt in (("local", easy_cat, easy), ("cloud", hard_cat, hard)):
                out.append({"id": f"whys-{len(out) + 1:03d}", "prompt": prompt, "lang": lang,
                            "label": label, "category": category, "pii": [], "source": "whys"})
    return out


if __name__ == "__main__":
    print(write_rows("trial-whys.jsonl", rows()), "rows")
