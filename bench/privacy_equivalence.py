"""Detection and difficulty fingerprint: every PII span and every difficulty score over a varied
corpus, written to a JSON file, and a comparison of two such files. A speed-up of the router must
leave the fingerprint unchanged.

Corpus: the generated corpus (half A seeds only), the JSON-lines files in data/router/ and
/work/shared/data/router-dev.jsonl when present, the four prompts of bench.router_decision, and
long prompts of about 4,000 characters glued from corpus items (so that whatever looks at windows,
neighbours or the whole text sees long, mixed inputs).

Run: python -m bench.privacy_equivalence --out /tmp/before.json
     python -m bench.privacy_equivalence --out /tmp/after.json --compare /tmp/before.json
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.pii_corpus import generate
from bench.router_decision import EN, EN_PII, ZH, ZH_PII, _prompt, _with_pii
from duet.router.difficulty import DifficultyModel
from duet.router.privacy import detect_pii
from duet.router.privacy.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "data" / "router").glob("*.jsonl")) + [Path("/work/shared/data/router-dev.jsonl")]
SEEDS = (20261130, 7, 42)


def _short_prompts(n: int) -> list[str]:
    prompts = [item["prompt"] for seed in SEEDS for item in generate(n, seed, "A")]
    for path in FILES:
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            prompts += [json.loads(line)["prompt"] for line in lines if line.strip()]
    return prompts


def _long_prompts(short: list[str], count: int) -> Iterator[str]:
    rng = random.Random(20261130)
    for _ in range(count):
        parts: list[str] = []
        while sum(map(len, parts)) < 4000:
            parts.append(rng.choice(short))
        yield rng.choice(("\n", " ", "。", "\n\n")).join(parts)[:4000 + rng.randrange(200)]


def corpus(n: int, long_count: int) -> list[str]:
    short = _short_prompts(n)
    bench = [_prompt(EN), _prompt(ZH), _with_pii(EN, EN_PII), _with_pii(ZH, ZH_PII)]
    return short + bench + list(_long_prompts(short, long_count))


def fingerprint(prompts: list[str]) -> list[dict[str, Any]]:
    model = DifficultyModel.load_default()
    rows = []
    for prompt in prompts:
        spans = [[s.type, s.start, s.end, s.value] for s in detect_pii(prompt)]
        score, top = model.score([{"role": "user", "content": prompt}])
        rows.append({"spans": spans, "difficulty": score, "top": top})
    return rows


def compare(before: list[dict[str, Any]], after: list[dict[str, Any]], prompts: list[str]) -> int:
    if len(before) != len(after):
        print(f"different corpus sizes: {len(before)} vs {len(after)}")
        return 1
    differences = 0
    for i, (b, a) in enumerate(zip(before, after)):
        problems = []
        if b["spans"] != a["spans"]:
            problems.append(f"spans {b['spans']} -> {a['spans']}")
        if abs(b["difficulty"] - a["difficulty"]) > 1e-9:
            problems.append(f"difficulty {b['difficulty']!r} -> {a['difficulty']!r}")
        if [list(t) for t in b["top"]] != [list(t) for t in a["top"]]:
            problems.append(f"top features {b['top']} -> {a['top']}")
        if problems:
            differences += 1
            if differences <= 20:
                print(f"#{i} {prompts[i][:120]!r}: " + "; ".join(problems))
    print(f"{len(before)} prompts compared, {differences} differ")
    return 1 if differences else 0


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":  # the Faker corpus depends on set order: fix it
        os.execve(sys.executable, [sys.executable, "-m", "bench.privacy_equivalence", *sys.argv[1:]],
                  {**os.environ, "PYTHONHASHSEED": "0"})
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000, help="generated items per seed (half A)")
    parser.add_argument("--long", type=int, default=300, help="glued prompts of about 4,000 characters")
    parser.add_argument("--out", required=True)
    parser.add_argument("--compare", help="an earlier --out file to compare with")
    args = parser.parse_args()
    load_lexicon(chinese=True)
    prompts = corpus(args.n, args.long)
    start = time.perf_counter()
    rows = fingerprint(prompts)
    spans = sum(len(r["spans"]) for r in rows)
    print(f"{len(prompts)} prompts, {spans} spans, {time.perf_counter() - start:.1f} s")
    Path(args.out).write_text(json.dumps({"prompts": prompts, "rows": rows}, ensure_ascii=False), encoding="utf-8")
    if args.compare:
        before = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        if before["prompts"] != prompts:
            print("the corpus itself differs")
            sys.exit(1)
        sys.exit(compare(before["rows"], rows, prompts))


if __name__ == "__main__":
    main()
