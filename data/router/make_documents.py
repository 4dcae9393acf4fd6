"""Long-document prompts: summaries and reviews of long texts (cloud) and simple look-ups in them (local).

Run: python data/router/make_documents.py   (writes extra-documents.jsonl next to this file)
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from document_paragraphs import EN_DOCS, ZH_DOCS  # noqa: E402

EN_CLOUD = [
    "Summarize this for my VP in five bullets: what happened, why, what it cost, what we're changing, and what's still undecided.\n\n{doc}",
    "{doc}\n\nCan you turn this into a one-page brief with the decisions we need to make and the risks of each option?",
    "summarize the following and point out anything that looks inconsistent or missing:\n\n{doc}",
    "Here's a long doc. Give me the main argument, the strongest objection to it, and three questions you'd ask the authors.\n\n{doc}",
    "{doc}\n\nsummarise pls, i have to present this in 10 min",
    "Write an executive summary (max 200 words) of the document below, then list the action items with suggested owners.\n\n{doc}",
    "{doc}\n\nTL;DR this but keep the numbers, and tell me if the conclusion actually follows from the rest.",
    "can you read this and tell me what the real story is, like what would you worry about if you were in charge\n\n{doc}",
]
EN_LOCAL = [
    "Copy out just the first sentence of the text below.\n\n{doc}",
    "{doc}\n\nDoes this mention parking anywhere? yes or no",
    "Find every percentage in the text below and list them.\n\n{doc}",
    "{doc}\n\nhow many paragraphs is that",
    "Translate only the first sentence of this into Spanish:\n\n{doc}",
    "{doc}\n\nwhat's the date or time mentioned first?",
]
ZH_CLOUD = [
    "帮我把下面这份材料总结成给老板看的五条要点：发生了什么、为什么、损失多少、要改什么、还有什么没定。\n\n{doc}",
    "{doc}\n\n帮我整理成一页纸的简报，列出需要拍板的决定，以及每个选项的风险。",
    "总结一下下面的内容，顺便指出哪里前后矛盾或者缺了信息：\n\n{doc}",
    "这是一份挺长的文档，帮我提炼核心观点、最有力的反对意见，再列三个你会问作者的问题。\n\n{doc}",
    "{doc}\n\n帮我总结下，十分钟后要汇报",
    "给下面的文档写一段 200 字以内的摘要，然后列出待办事项并建议负责人。\n\n{doc}",
    "{doc}\n\n概括一下，数字要保留，再判断一下结论站不站得住",
    "你看看这个，如果你是负责人，最担心的是什么？\n\n{doc}",
]
ZH_LOCAL = [
    "把下面这段文字的第一句话原样抄出来。\n\n{doc}",
    "{doc}\n\n这里面有没有提到停车？回答有或没有就行",
    "把下面文字里所有的百分比找出来列一下。\n\n{doc}",
    "{doc}\n\n这段一共几段",
    "只把下面这段的第一句翻译成英文：\n\n{doc}",
    "{doc}\n\n里面最早提到的时间是什么",
]


MIN_CHARS = {"en": 1200, "zh": 600}  # a document shorter than this is not "long"


def make(lang: str, docs: dict[str, list[str]], cloud: list[str], local: list[str], n: int,
         rng: random.Random) -> list[dict[str, object]]:
    rows = []
    themes = sorted(docs)
    for i in range(n):
        theme = themes[i % len(themes)]
        paragraphs = docs[theme]
        keep = rng.randint(min(4, len(paragraphs)), len(paragraphs))
        doc = "\n\n".join(paragraphs[:keep])
        if len(doc) < MIN_CHARS[lang]:  # too short alone: a digest with the next theme
            doc += "\n\n" + "\n\n".join(docs[themes[(i + 1) % len(themes)]])
        label = "cloud" if i % 5 < 3 else "local"
        template = rng.choice(cloud if label == "cloud" else local)
        rows.append({"prompt": template.format(doc=doc), "lang": lang, "label": label,
                     "category": "summarize_long" if label == "cloud" else "extraction_long"})
    return rows


def main() -> None:
    rng = random.Random(5)
    rows = make("en", EN_DOCS, EN_CLOUD, EN_LOCAL, 30, rng) + make("zh", ZH_DOCS, ZH_CLOUD, ZH_LOCAL, 30, rng)
    with (HERE / "extra-documents.jsonl").open("w", encoding="utf-8") as fh:
        for i, row in enumerate(rows, 1):
            item = {"id": f"doc-{i:04d}", **row, "pii": [], "source": "documents"}
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(len(rows))


if __name__ == "__main__":
    main()
