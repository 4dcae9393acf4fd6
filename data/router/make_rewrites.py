"""Proofreading prompts over pasted prose (local) next to demanding requests over the same prose
(cloud), so that a paragraph of ordinary text does not by itself read as a hard request: what is
asked decides. Passages of one to six sentences, some with typos, English and Chinese.

Run: python data/router/make_rewrites.py   (writes extra-rewrites.jsonl next to this file)
"""
import random

from jsonl import write_rows  # data/router/jsonl.py: run as a script from any directory


EN_SENTENCES = [
    "Our team meetting is moved to thursday becuase the room is booked.",
    "The cafe on the corner sells fresh bred every morning exept mondays.",
    "I realy enjoyed the consert last night, the drummer was amazing.",
    "Plese remember to bring you're own cup to the office kitchen.",
    "The train was delayed by twenty minits so I missed the begining of the film.",
    "We are planing a small picnic at the lake if the wether stays dry.",
    "Her new puppy chews everthing, including the legs of the kitchen chairs.",
    "The museum is free on the first sunday of every month for local residants.",
    "My grandmother still writes letters by hand and sends them every christmas.",
    "The kids built a snowman in the yard and gave it a carrot nose.",
]
ZH_SENTENCES = [
    "今天天汽很好，我们一起去公圆散步吧。",
    "这家饭店的菜味道不措，价格也比较便宜。",
    "明天的会义改到下午三点，请大家准时参加。",
    "我昨天在书店买了两本小说，晚上看了一半。",
    "周末我们打算带孩子去动物圆看熊猫。",
    "楼下的超市每天晚上九点以后打折，人很多。",
    "他每天早上六点起床跑步，已经坚持了一年。",
    "请记得把雨伞带上，天气预报说下午有雨。",
]
EN_LOCAL = [
    "Fix the spelling mistakes in this: {text}",
    "Correct the typos please:\n\n{text}",
    "Proofread this and give me back the corrected text only.\n{text}",
    "can you fix the grammar here, keep everything else the same: {text}",
    "{text}\n\nfix the typos in the above",
    "Make this sound a bit more polite: {text}",
]
EN_CLOUD = [
    "Use this as the opening of a 1,500-word short story with three characters and a twist ending, and explain the structure you chose:\n\n{text}",
    "{text}\n\nAnalyse the tone and hidden assumptions of this text, compare it with how a journalist would write it, and justify each point.",
    "Write a detailed marketing plan for a local business based on this note, with budget, timeline, risks and KPIs:\n{text}",
]
ZH_LOCAL = [
    "帮我改一下这段话里的错别字：{text}",
    "校对下面这段文字，只返回改好的版本。\n{text}",
    "{text}\n\n上面有错字，帮忙改正",
    "把这段话改得通顺一点：{text}",
]
ZH_CLOUD = [
    "以下面这段话为开头，写一篇三千字的短篇小说，要有三个人物和一个反转结局，并说明你的结构设计：\n{text}",
    "{text}\n\n请深入分析这段文字背后的社会现象，结合相关研究给出论证，并提出政策建议。",
]


def rows() -> list[dict]:
    rng = random.Random(15)
    out = []
    for lang, sentences, local, cloud in (("en", EN_SENTENCES, EN_LOCAL, EN_CLOUD),
                                          ("zh", ZH_SENTENCES, ZH_LOCAL, ZH_CLOUD)):
        for label, templates, category in (("local", local, "short_rewrite"), ("cloud", cloud, "long_form_writing")):
            for template in templates:
                for count in (1, 2, 4, 6) if label == "local" else (2, 5):
                    text = ("" if lang == "zh" else " ").join(rng.sample(sentences, count))
                    out.append({"prompt": template.format(text=text), "lang": lang, "label": label,
                                "category": category, "pii": [], "source": "rewrites"})
    for i, row in enumerate(out):
        row["id"] = f"rw-{i + 1:04d}"
    return out


if __name__ == "__main__":
    write_rows("extra-rewrites.jsonl", rows())
