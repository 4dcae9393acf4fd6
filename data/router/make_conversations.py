"""Regenerate extra-conversations.jsonl: a follow-up turn continues an earlier task and inherits its label.

Run: python data/router/make_conversations.py
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
rng = random.Random(11)
items = [json.loads(l) for l in open(HERE / 'extra-varied.jsonl')]
follow_en = ["ok, and the second part?", "can you go on?", "what about the other option?", "and if it fails?",
             "make it shorter", "now do the same for the next one", "why?", "continue", "any other ideas?", "and then?"]
follow_zh = ["继续", "那第二种情况呢？", "再详细一点", "还有别的办法吗", "为什么", "接着说", "换个方式呢", "然后呢？", "好的，下一步呢", "那如果失败了呢"]
rows = []
for i, it in enumerate(rng.sample(items, 100)):
    lang = it["lang"]
    follow = rng.choice(follow_zh if lang == "zh" else follow_en)
    reply_len = 900 if it["label"] == "cloud" else 60
    reply = ("好的。" if lang == "zh" else "Sure. ") + ("…" * reply_len)
    msgs = [{"role": "user", "content": it["prompt"]}, {"role": "assistant", "content": reply},
            {"role": "user", "content": follow}]
    rows.append({"id": f"conv-{i+1:04d}", "prompt": follow, "messages": msgs, "lang": lang,
                 "label": it["label"], "category": "multi_turn_followup", "pii": []})
with open(HERE / 'extra-conversations.jsonl', 'w') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows))
