"""PII detector figures on a labelled set: recall per type, recall over the format types and over
all types, false positives on PII-free items, and how many items would leave a value unmasked.

Recall rule (as ``duet eval-router``): a labelled value is found when a detected span of the
same type overlaps it. Unmasked: some letter, digit or CJK character of a labelled value is
covered by no detected span of any type, so redaction would let it through.

Run: python -m bench.pii_eval --half B --seed 20261130 --n 6000      (the generated corpus)
     python -m bench.pii_eval --corpus C --part dev --seed 1 --n 4000   (corpus C, another style)
     python -m bench.pii_eval --corpus D --part dev --seed 1 --n 4000   (corpus D, a third style)
     python -m bench.pii_eval --corpus E --part dev --seed 1 --n 4000   (corpus E, new styles, held out)
     python -m bench.pii_eval --corpus G --part test --seed 1 --n 4000  (corpus G, new contexts, held out)
     python -m bench.pii_eval --corpus H --part test --seed 1 --n 4000  (corpus H, new contexts)
     python -m bench.pii_eval --corpus I --part test --seed 1 --n 4000  (corpus I, requests to an assistant, held out)
     python -m bench.pii_eval --corpus J --part test --seed 1 --n 4000  (corpus J, everyday and work requests, held out)
     python -m bench.pii_eval --corpus K --part test --seed 1 --n 4000  (corpus K, car and desktop assistant traffic, held out)
     python -m bench.pii_eval --file data/router/router-dev.jsonl      (a JSON-lines file)

The generated corpus depends on the order of Python sets (a few names and places), so the run is
made with PYTHONHASHSEED=0: without it, "unmasked" moves by a few items from run to run.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bench.pii_corpus import generate
from bench.pii_corpus_c import generate as generate_c
from bench.pii_corpus_d import generate as generate_d
from bench.pii_corpus_e import generate as generate_e
from bench.pii_corpus_f import generate as generate_f
from bench.pii_corpus_g import generate as generate_g
from bench.pii_corpus_h import generate as generate_h
from bench.pii_corpus_i import generate as generate_i
from bench.pii_corpus_j import generate as generate_j
from bench.pii_corpus_k import generate as generate_k
from bench.pii_corpus_values import FORMAT_TYPES
from duet.router.metrics import percentile
from duet.router.privacy import detect_pii
from duet.router.privacy.finders import positions
from duet.router.privacy.lexicon import load_lexicon
from duet.router.types import PiiSpan

FORMATS = (*FORMAT_TYPES, "national_id")  # corpus A/B has no national_id values: its figure is unchanged


def _found(label: dict[str, str], prompt: str, spans: list[PiiSpan]) -> bool:
    value = label["value"]
    return any(any(s.type == label["type"] and s.start < start + len(value) and s.end > start for s in spans)
               for start in positions(prompt, value))


def _unmasked(label: dict[str, str], prompt: str, spans: list[PiiSpan]) -> bool:
    value = label["value"]
    for start in positions(prompt, value):
        for i in range(start, start + len(value)):
            if prompt[i].isalnum() and not any(s.start <= i < s.end for s in spans):
                return True
    return False


def evaluate(items: Iterable[dict[str, Any]], misses: int = 0) -> dict[str, Any]:
    """Figures for ``items``; ``misses`` > 0 also returns that many missed values and false
    positives (for development on half A only)."""
    total: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    free = flagged = leaking = n = 0
    times: list[float] = []
    missed: list[dict[str, Any]] = []
    false_pos: list[dict[str, Any]] = []
    for item in items:
        n += 1
        prompt = item["prompt"]
        start = time.perf_counter()
        spans = detect_pii(prompt)
        times.append((time.perf_counter() - start) * 1000.0)
        if not item["pii"]:
            free += 1
            flagged += bool(spans)
            if spans and len(false_pos) < misses:
                false_pos.append({"prompt": prompt, "spans": [(s.type, s.value) for s in spans]})
        leaking += any(_unmasked(label, prompt, spans) for label in item["pii"])
        for label in item["pii"]:
            total[label["type"]] += 1
            ok = _found(label, prompt, spans)
            hit[label["type"]] += ok
            if not ok and len(missed) < misses:
                missed.append({"type": label["type"], "value": label["value"], "prompt": prompt,
                               "spans": [(s.type, s.value) for s in spans]})
    fmt_total = sum(total[t] for t in FORMATS)
    report: dict[str, Any] = {
        "items": n, "values": sum(total.values()),
        "recall": {t: round(hit[t] / total[t], 4) for t in sorted(total)},
        "recall_format_types": round(sum(hit[t] for t in FORMATS) / fmt_total, 4) if fmt_total else None,
        "recall_all_types": round(sum(hit.values()) / sum(total.values()), 4) if total else None,
        "pii_free_items": free, "false_positive_rate": round(flagged / free, 4) if free else None,
        "items_leaving_pii_unmasked": leaking,
        "detect_ms": {"p50": round(percentile(times, 50), 3), "p99": round(percentile(times, 99), 3)},
    }
    if misses:
        report["missed"], report["false_positives"] = missed, false_pos
    return report


def _read(path: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":  # the corpus depends on set order: fix it
        os.execve(sys.executable, [sys.executable, "-m", "bench.pii_eval", *sys.argv[1:]],
                  {**os.environ, "PYTHONHASHSEED": "0"})
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", help="a JSON-lines file instead of the generated corpus")
    parser.add_argument("--n", type=int, default=6000)
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--half", choices=("A", "B", "all"), default="B")
    parser.add_argument("--corpus", choices=("AB", "C", "D", "E", "F", "G", "H", "I", "J", "K"), default="AB",
                        help="C to K: corpus C, D, E, F, G, H, I, J or K (bench/pii_corpus_c.py … _k.py), split by --part")
    parser.add_argument("--part", choices=("dev", "test"), default="dev", help="corpus C-K: dev or test frames")
    parser.add_argument("--misses", type=int, default=0, help="list missed values and false positives")
    args = parser.parse_args()
    load_lexicon()
    if args.file:
        items = _read(args.file)
    elif args.corpus == "C":
        items = list(generate_c(args.n, args.seed, args.part))
    elif args.corpus == "D":
        items = list(generate_d(args.n, args.seed, args.part))
    elif args.corpus == "E":
        items = list(generate_e(args.n, args.seed, args.part))
    elif args.corpus == "F":
        items = list(generate_f(args.n, args.seed, args.part))
    elif args.corpus == "G":
        items = list(generate_g(args.n, args.seed, args.part))
    elif args.corpus == "H":
        items = list(generate_h(args.n, args.seed, args.part))
    elif args.corpus == "I":
        items = list(generate_i(args.n, args.seed, args.part))
    elif args.corpus == "J":
        items = list(generate_j(args.n, args.seed, args.part))
    elif args.corpus == "K":
        items = list(generate_k(args.n, args.seed, args.part))
    else:
        items = list(generate(args.n, args.seed, args.half))
    print(json.dumps(evaluate(items, args.misses), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
