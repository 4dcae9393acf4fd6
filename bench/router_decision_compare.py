"""Router decision time of two checkouts side by side: this one and another (say the main branch),
each timed in its own process with its own code, in alternating rounds under the same load.

Each round times the four prompts of bench.router_decision (4,000 characters: en, zh, and both
with names and addresses) in the other checkout, then in this one. Prints one line per checkout
and round, then the median over rounds of each figure and the ratio other / this. Nothing is
written to either checkout.

``--fresh``: each decision sees one of 32 variants of its prompt (the first character replaced by
a letter A-Z, a-f), so that what is cached per text (the skeleton, the lowered copy, the gate-word
pass: 16 texts each) is computed again every time, as for a stream of distinct prompts; without
it, a prompt repeated 2,000 times is read from those caches after its first decision.

Run: python -m bench.router_decision_compare --other /work/main [--rounds 3] [--runs 2000] [--fresh]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIGURES = ("p50_ms", "p99_ms", "cpu_p50_ms", "cpu_p99_ms")
# Runs inside the checkout being timed, with that checkout's own bench.router_decision.
_CHILD = """
import json, sys
from bench import router_decision as B
from duet.router import ConnectivitySnapshot, Router
from duet.router.privacy.lexicon import load_lexicon
router, up, runs = Router(), ConnectivitySnapshot(), int(sys.argv[1])
load_lexicon(chinese=True)
prompts = {"en": B._prompt(B.EN), "zh": B._prompt(B.ZH), "en, names and addresses": B._with_pii(B.EN, B.EN_PII),
           "zh, names and addresses": B._with_pii(B.ZH, B.ZH_PII)}
fresh = len(sys.argv) > 2
def timed(text):
    if not fresh:
        return B.time_decisions(router, text, runs, up)
    import time
    from duet.router import Signals
    from duet.router.metrics import percentile
    variants = [Signals([{"role": "user", "content": c + text[1:]}], connectivity=up)
                for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"]
    for signals in variants * 2:
        router.decide(signals)
    wall, cpu = [], []
    for i in range(runs):
        start, start_cpu = time.perf_counter(), time.thread_time()
        router.decide(variants[i % len(variants)])
        cpu.append((time.thread_time() - start_cpu) * 1000.0)
        wall.append((time.perf_counter() - start) * 1000.0)
    return {"p50_ms": percentile(wall, 50), "p99_ms": percentile(wall, 99), "cpu_p50_ms": percentile(cpu, 50),
            "cpu_p99_ms": percentile(cpu, 99)}
print(json.dumps({name: timed(text) for name, text in prompts.items()}))
"""


def _time(checkout: Path, runs: int, fresh: bool) -> dict[str, dict[str, float]]:
    out = subprocess.run([sys.executable, "-c", _CHILD, str(runs)] + (["fresh"] if fresh else []), cwd=checkout,
                         capture_output=True, text=True, check=True)
    result: dict[str, dict[str, float]] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _line(label: str, figures: dict[str, dict[str, float]]) -> str:
    return f"{label:<22}" + "  ".join(f"{row.split(',')[0]}{'+n' if ',' in row else ''} "
                                      f"{f['p50_ms']:.2f}/{f['p99_ms']:.2f} (cpu {f['cpu_p99_ms']:.2f})"
                                      for row, f in figures.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", required=True, help="path of the other checkout (its own bench/ and duet/)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--fresh", action="store_true", help="a distinct variant of the prompt at every decision")
    args = parser.parse_args()
    other = Path(args.other).resolve()
    rounds: dict[str, list[dict[str, dict[str, float]]]] = {"other": [], "this": []}
    for i in range(args.rounds):
        for key, checkout in (("other", other), ("this", HERE)):
            rounds[key].append(_time(checkout, args.runs, args.fresh))
            print(_line(f"round {i + 1} {key}", rounds[key][-1]), "  (p50/p99 ms)", flush=True)
    medians = {key: {row: {f: statistics.median(r[row][f] for r in results) for f in FIGURES}
                     for row in results[0]} for key, results in rounds.items()}
    print(json.dumps({"other": str(other), "this": str(HERE), "runs": args.runs, "rounds": args.rounds, "fresh": args.fresh,
                      "median": medians,
                      "ratio_other_to_this": {row: {f: round(medians["other"][row][f] / medians["this"][row][f], 2)
                                                    for f in FIGURES} for row in medians["this"]}}, indent=2))


if __name__ == "__main__":
    main()
