"""The difficulty scorer alone, this checkout next to another (say the main branch): each timed in
its own process with its own code and weights, in alternating rounds under the same load.

Times ``Router().model.score(messages)`` (with the top-5 explanation, as a decision asks for it)
on the 4,000-character prompts of ``bench.router_decision`` (English, Chinese) and a short
question; thread CPU time, which leaves out time spent preempted on a loaded machine. Prints
each round, then per prompt the median over rounds and the ratio this / other.

Run: python -m bench.router_scorer_compare --other /work/main [--rounds 5] [--runs 2000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
_CHILD = """
import json, sys, time
from bench import router_decision as B
from duet.router import Router
from duet.router.metrics import percentile
model, runs = Router().model, int(sys.argv[1])
prompts = {"en_4000": B._prompt(B.EN), "zh_4000": B._prompt(B.ZH), "short": "Why does my pod keep restarting?"}
out = {}
for name, text in prompts.items():
    messages = [{"role": "user", "content": text}]
    for _ in range(50):
        model.score(messages)
    cpu = []
    for _ in range(runs):
        start = time.thread_time()
        model.score(messages)
        cpu.append((time.thread_time() - start) * 1000.0)
    out[name] = {"cpu_p50_ms": percentile(cpu, 50), "cpu_p99_ms": percentile(cpu, 99)}
print(json.dumps(out))
"""


def _time(checkout: Path, runs: int) -> dict[str, dict[str, float]]:
    done = subprocess.run([sys.executable, "-c", _CHILD, str(runs)], cwd=checkout, capture_output=True, text=True,
                          check=True)
    result: dict[str, dict[str, float]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--other", required=True, help="path of the other checkout (its own bench/ and duet/)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=2000)
    args = parser.parse_args()
    other = Path(args.other).resolve()
    rounds: dict[str, list[dict[str, dict[str, float]]]] = {"other": [], "this": []}
    loads = []
    for i in range(args.rounds):
        for key, checkout in (("other", other), ("this", HERE)):
            rounds[key].append(_time(checkout, args.runs))
            print(f"round {i + 1} {key:<5} " + "  ".join(
                f"{p} {f['cpu_p50_ms']:.3f}/{f['cpu_p99_ms']:.3f}" for p, f in rounds[key][-1].items()), flush=True)
        loads.append(os.getloadavg()[0])
    print(f"load average (1 min) during the rounds: {min(loads):.2f}-{max(loads):.2f}")
    print("median over rounds, thread CPU ms p50 / p99: other | this | this / other")
    for prompt in rounds["this"][0]:
        med = {k: {f: statistics.median(r[prompt][f] for r in v) for f in ("cpu_p50_ms", "cpu_p99_ms")}
               for k, v in rounds.items()}
        print(f"{prompt:<8} {med['other']['cpu_p50_ms']:.3f} / {med['other']['cpu_p99_ms']:.3f} | "
              f"{med['this']['cpu_p50_ms']:.3f} / {med['this']['cpu_p99_ms']:.3f} | "
              f"{med['this']['cpu_p50_ms'] / med['other']['cpu_p50_ms']:.2f} / "
              f"{med['this']['cpu_p99_ms'] / med['other']['cpu_p99_ms']:.2f}")


if __name__ == "__main__":
    main()
