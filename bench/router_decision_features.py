"""Difficulty features fingerprint: for every row of data/router/*.jsonl (and the four bench
prompts), the named feature values, the scan windows and every n-gram bucket the scorer reads,
and the difficulty score with the shipped weights. A speed-up of the feature code must leave the
features equal (whatever weights are trained on them) and the scores equal within 1e-6.

Run it with the code before a change and after it, in either checkout:
    python -m bench.router_decision_features --out /tmp/before.json
    python -m bench.router_decision_features --out /tmp/after.json --compare /tmp/before.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from bench.router_decision import EN, EN_PII, ZH, ZH_PII, _prompt, _with_pii
from duet.router import ngrams
from duet.router.difficulty import DifficultyModel
from duet.router.features import read

ROOT = Path(__file__).resolve().parent.parent


def conversations() -> list[list[dict[str, Any]]]:
    rows: list[list[dict[str, Any]]] = [[{"role": "user", "content": text}] for text in
                                        (_prompt(EN), _prompt(ZH), _with_pii(EN, EN_PII), _with_pii(ZH, ZH_PII))]
    for path in sorted((ROOT / "data" / "router").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                rows.append(item.get("messages") or [{"role": "user", "content": item["prompt"]}])
    return rows


def fingerprint(messages: list[dict[str, Any]], model: DifficultyModel) -> dict[str, Any]:
    feats, window, length, previous = read(messages)
    grams = hashlib.sha256()
    for block, text, buckets in ngrams.blocks(window, length, previous):
        grams.update(f"{block}:{text}:".encode())
        grams.update(buckets.tobytes())
    score, top = model.score(messages)
    return {"features": feats, "window": window, "length": length, "previous": previous,
            "grams": grams.hexdigest(), "score": score, "top": top}


def compare(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> int:
    differences = 0
    for i, (b, a) in enumerate(zip(before, after)):
        problems = [key for key in ("features", "window", "length", "previous", "grams") if a[key] != b[key]]
        if abs(a["score"] - b["score"]) > 1e-6:
            problems.append(f"score {b['score']!r} -> {a['score']!r}")
        if problems:
            differences += 1
            if differences <= 20:
                print(f"row {i}: {', '.join(problems)}")
    print(f"{len(after)} conversations compared, {differences} differ")
    return 1 if differences or len(before) != len(after) else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--compare", help="an earlier --out file to compare with")
    args = parser.parse_args()
    model = DifficultyModel.load_default()
    rows = [fingerprint(messages, model) for messages in conversations()]
    Path(args.out).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    print(f"{len(rows)} conversations")
    if args.compare:
        sys.exit(compare(json.loads(Path(args.compare).read_text(encoding="utf-8")), rows))


if __name__ == "__main__":
    main()
