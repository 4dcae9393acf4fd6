"""Router decision time of two checkouts side by side: this one and another (say the main branch),
each timed in its own process with its own code, in alternating rounds under the same load.

Each round times the four prompts of bench.router_decision (4,000 characters: en, zh, and both
with names and addresses) in the other checkout, then in this one. Prints one line per checkout
and round, then the median over rounds of each figure and the ratio other / this. Nothing is
written to either checkout.

Run: python -m bench.router_decision_compare --other /work/main [--rounds 3] [--runs 2000]
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
print(json.dumps({name: B.time_decisions(router, text, runs, up) for name, text in prompts.items()}))
"""


def _time(checkout: Path, runs: int) -> dict[str, dict[str, float]]:
    out = subprocess.run([sys.executable, "-c", _CHILD, str(runs)], cwd=checkout, capture_output=True, text=True,
                         check=True)
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
    args = parser.parse_args()
    other = Path(args.other).resolve()
    rounds: dict[str, list[dict[str, dict[str, float]]]] = {"other": [], "this": []}
    for i in range(args.rounds):
        for key, checkout in (("other", other), ("this", HERE)):
            rounds[key].append(_time(checkout, args.runs))
            print(_line(f"round {i + 1} {key}", rounds[key][-1]), "  (p50/p99 ms)", flush=True)
    medians = {key: {row: {f: statistics.median(r[row][f] for r in results) for f in FIGURES}
                     for row in results[0]} for key, results in rounds.items()}
    print(json.dumps({"other": str(other), "this": str(HERE), "runs": args.runs, "rounds": args.rounds,
                      "median": medians,
                      "ratio_other_to_this": {row: {f: round(medians["other"][row][f] / medians["this"][row][f], 2)
                                                    for f in FIGURES} for row in medians["this"]}}, indent=2))


if __name__ == "__main__":
    main()
