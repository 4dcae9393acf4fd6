"""Write extra-facts.jsonl: a simple fact question next to a short detailed or multi-hop one on
the same subject.

Out of fold, hard prompts scoring lowest included short fact questions that ask for more than a
fact: how several people's work fitted together, how an institution changed and why, where
something went afterwards. The training files held 9 hard ``quick_fact`` rows against 61 easy
ones, so a short question about history or science read as easy whatever it asked. Here each
subject comes twice: a one-fact question (local: when, who, how many, what it stands for) and a
question of about the same length that needs several facts linked into an explanation, a
comparison or a causal chain (cloud: the dev set's "multi-hop reasoning" and "deep analysis").
Registers vary: terse, casual, typos, formal, mixed Chinese and English. No personal data.
Labels follow the dev set's rule (/work/shared/data/README.md).

``--long`` writes trial-facts-long.jsonl instead: the same easy rows next to long, spelled-out
versions of the hard questions (measured and not kept: the model already told them apart, see
docs/router.md).

Rows: (label C cloud or L local, category, prompt).
Run: python data/router/make_facts.py [--long]
"""

import sys

from jsonl import write_rows  # data/router/jsonl.py: run as a script from any directory

LABELS = {"C": "cloud", "L": "local"}
Row = tuple[str, str, str]

# Easy question, then its hard twin spelled out in full (the --long variant).
EN: list[Row] = [
    ("L", "quick_fact", "when did the berlin wall come down"),
    ("C", "reasoning_multistep", "Why did the Berlin Wall fall in 1989 and not earlier? Walk through how Gorbachev's reforms, Hungary opening its "
     "border, the Leipzig protests and Schabowski's botched press conference each led to the next."),
    ("L", "quick_fact", "capital of australia?"),
    ("C", "quick_fact", "why is canberra the capital and not sydney or melbourne? explain the rivalry, what the constitution said about it and how the site got picked"),
    ("L", "quick_fact", "What year did the first iPhone come out?"),
    ("C", "analysis", "The first iPhone leaned on earlier work: capacitive multitouch from FingerWorks, ARM processor designs, Corning's Gorilla Glass. "
     "Who developed each, roughly when, and what did Apple change about each one?"),
    ("L", "quick_fact", "how many bones does an adult have"),
    ("C", "expert_domain", "an adult has about 206 bones but a newborn has closer to 300. which ones fuse, at roughly what ages, and why is it useful for the body to work that way?"),
    ("L", "quick_fact", "speed of light in km per second, roughly"),
    ("C", "reasoning_multistep", "How did Rømer estimate the speed of light from the eclipses of Io in 1676, step by step, and why did his figure come out about a quarter too low?"),
    ("L", "quick_fact", "Who wrote Jane Eyre?"),
    ("C", "analysis", "Compare how Jane Eyre and Pride and Prejudice treat marriage and money: two scenes from each, and what they say about where each author stood."),
    ("L", "quick_fact", "whats the tallest mountain in africa"),
    ("C", "planning", "kilimanjaro vs aconcagua vs denali for a fit amateur: which is hardest and why (altitude, weather windows, permits, technical bits), "
     "and what 6-month training plan would you set for the one you'd pick first?"),
    ("L", "quick_fact", "When was the euro introduced as cash?"),
    ("C", "analysis", "Why did the 2010 debt crisis hit Greece harder inside the euro than it would likely have with the drachma? Go through interest rates, "
     "devaluation and the bailout conditions, and what each did to unemployment."),
    ("L", "quick_fact", "chemical symbol for tungsten?"),
    ("C", "quick_fact", "why is tungsten's symbol W? who isolated it, who named it wolfram and why, and how did Scheele and the Elhuyar brothers each come into it, with years"),
    ("L", "quick_fact", "how long is a marathon in km"),
    ("C", "quick_fact", "how did the marathon end up at exactly 42.195 km? what happened at the 1908 london games, who decided the distance, and why did it stick after 1921"),
    ("L", "quick_fact", "Kindly state the year in which Magna Carta was first sealed."),
    ("C", "analysis", "Kindly explain which clauses of the 1215 Magna Carta survived into English statute law, why the others were dropped in the reissues of "
     "1216 and 1225, and how its later role in constitutional thought differed from what the barons intended."),
    ("L", "quick_fact", "wat does DNA stand for"),
    ("C", "reasoning_multistep", "if DNA is just 4 letters how does a cell get from a gene to a working protein? go thru transcription, splicing, translation and folding "
     "and say where most things go wrong"),
]

ZH: list[Row] = [
    ("L", "quick_fact", "泰山海拔多少米"),
    ("C", "quick_fact", "泰山为什么被尊为五岳之首？从地理位置、历代帝王封禅和儒家文化几方面讲讲，它们之间是怎么互相强化的"),
    ("L", "quick_fact", "安史之乱哪年开始的"),
    ("C", "reasoning_multistep", "安史之乱为什么会爆发？从节度使坐大、府兵制崩坏、杨国忠和安禄山的矛盾几方面讲讲，它们是怎么一步步连起来导致叛乱的"),
    ("L", "quick_fact", "泥活字印刷是谁发明的"),
    ("C", "analysis", "毕昇的泥活字为什么没有像古腾堡的铅活字那样在本国普及开？从汉字字数、成本、雕版传统和市场几个角度分析一下"),
    ("L", "quick_fact", "光合作用放出的是什么气体"),
    ("C", "expert_domain", "光反应和暗反应分别在叶绿体哪里进行？为什么说卡尔文循环不直接需要光、但天黑后很快就停了，ATP 和 NADPH 是怎么把两边衔接起来的"),
    ("L", "quick_fact", "鲁迅是哪一年去世的"),
    ("C", "analysis", "鲁迅为什么弃医从文？幻灯片事件、留日经历和当时的思想环境各起了什么作用，这个说法在史学上有哪些质疑"),
    ("L", "quick_fact", "一光年大概是多少公里"),
    ("C", "reasoning_multistep", "天文学家是怎么一步步测出仙女座星系距离的？三角视差、造父变星、哈勃分别解决了哪一段，误差主要从哪来"),
    ("L", "quick_fact", "长城有多长啊"),
    ("C", "quick_fact", "长城到底是不是一个朝代修的啊？秦、汉、明几段分别修在哪，为啥现在看到的基本都是明长城"),
    ("L", "quick_fact", "第一届现代奥运会在哪里办的"),
    ("C", "quick_fact", "现代奥运会是怎么复兴起来的？顾拜旦、希腊富商阿维罗夫和 1896 年雅典奥运会的组织者各起了什么作用，为什么第二届巴黎奥运会办得那么乱"),
    ("L", "quick_fact", "TCP 是哪一层的协议"),
    ("C", "reasoning_multistep", "TCP 拥塞控制从 Tahoe 到 Reno、CUBIC 再到 BBR 是怎么演进的？每一代解决了上一代的什么问题，又带来了什么新问题"),
    ("L", "quick_fact", "京杭大运河北起哪里南到哪里"),
    ("C", "analysis", "隋朝修大运河对后来经济重心南移起了多大作用？和安史之乱、北方长期战乱这些因素比哪个更关键，说说你的理由"),
    ("L", "quick_fact", "请问《史记》的作者是谁？"),
    ("C", "analysis", "请说明《史记》的纪传体与《资治通鉴》的编年体在史料组织上的差别，并各举一例说明体例如何影响对同一历史事件的叙述"),
    ("L", "quick_fact", "二氧化碳的化学试是啥"),
    ("C", "expert_domain", "为啥甲烷单位质量的增温效应比二氧化碳强那么多，大家却还是主要盯着二氧化碳？从大气寿命、排放量和 GWP 的算法几方面讲讲"),
]


# The hard questions as kept: short, in the order of the easy rows above.
SHORT_EN: list[tuple[str, str]] = [
    ("reasoning_multistep", "why did the berlin wall fall in 1989 and not 1985? causes in order"),
    ("quick_fact", "why canberra and not sydney? the whole backstory"),
    ("analysis", "What did FingerWorks, ARM and Corning each give the first iPhone?"),
    ("expert_domain", "which bones fuse after birth, and at what ages?"),
    ("reasoning_multistep", "How did Rømer get the speed of light from Io, and why was he off?"),
    ("analysis", "Jane Eyre vs Pride and Prejudice on money and marriage: compare, with scenes."),
    ("planning", "kilimanjaro, aconcagua or denali for an amateur: which first, and how to train?"),
    ("analysis", "Why did Greece suffer more inside the euro than it would have with the drachma?"),
    ("quick_fact", "tungsten is W: who found it, who named it, which years?"),
    ("quick_fact", "why 42.195 km? who set it, and why did it stick?"),
    ("analysis", "Which Magna Carta clauses are still law, and why those?"),
    ("reasoning_multistep", "gene to working protein: every step, and where it fails most?"),
]
SHORT_ZH: list[tuple[str, str]] = [
    ("quick_fact", "泰山为啥是五岳之首，历代封禅跟它的位置有什么关系"),
    ("reasoning_multistep", "安史之乱的几个原因是怎么一环扣一环的"),
    ("analysis", "泥活字为啥没在中国普及？和古腾堡比比"),
    ("expert_domain", "卡尔文循环不需要光，为什么天一黑就停了"),
    ("analysis", "鲁迅弃医从文的说法有哪些疑点"),
    ("reasoning_multistep", "仙女座星系的距离是怎么一步步测出来的"),
    ("quick_fact", "现存长城各段分别是哪朝修的，为啥明长城最多"),
    ("quick_fact", "顾拜旦和阿维罗夫在首届现代奥运会上各起了什么作用"),
    ("reasoning_multistep", "TCP 拥塞控制从 Reno 到 BBR 每一代改了啥、为什么改"),
    ("analysis", "大运河和经济重心南移到底是什么关系"),
    ("analysis", "纪传体和编年体写同一件事有什么不同？举个例子"),
    ("expert_domain", "甲烷增温比 CO2 强那么多，为啥还是主要管 CO2"),
]


def rows(long: bool = False) -> list[dict[str, object]]:
    """Each easy row, then its hard twin: the long one (``long``) or the short one (kept)."""
    out: list[dict[str, object]] = []
    for lang, block, shorter in (("en", EN, SHORT_EN), ("zh", ZH, SHORT_ZH)):
        pairs = [(block[k], block[k + 1]) for k in range(0, len(block), 2)]
        assert len(pairs) == len(shorter) and all(e[0] == "L" and h[0] == "C" for e, h in pairs)
        for (easy, hard), (category, prompt) in zip(pairs, shorter):
            for mark, cat, text in (easy, hard if long else ("C", category, prompt)):
                out.append({"id": f"facts-{len(out) + 1:03d}", "prompt": text, "lang": lang,
                            "label": LABELS[mark], "category": cat, "pii": [], "source": "facts"})
    return out


if __name__ == "__main__":
    if "--long" in sys.argv[1:]:
        print(write_rows("trial-facts-long.jsonl", rows(long=True)), "rows")
    else:
        print(write_rows("extra-facts.jsonl", rows()), "rows")
