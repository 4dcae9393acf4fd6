"""The difficulty scorer's share of a routing decision: ``DifficultyModel.score`` alone.

Same 4,000-character prompts as ``bench.router_decision`` (which times the whole decision), plus
a short one; wall clock and thread CPU time, with and without the explanation (top features).

Run: .venv/bin/python -m bench.router_scorer [--runs 2000]
"""

from __future__ import annotations

import argparse
import json
import os
import time

from bench.router_decision import EN, ZH, _prompt
from duet.router.difficulty import DifficultyModel
from duet.router.metrics import percentile


def time_score(model: DifficultyModel, text: str, runs: int, top: int) -> dict[str, float]:
    messages = [{"role": "user", "content": text}]
    for _ in range(50):
        model.score(messages, top=top)
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.thread_time()
        model.score(messages, top=top)
        cpu.append((time.thread_time() - start_cpu) * 1000.0)
        wall.append((time.perf_counter() - start) * 1000.0)
    return {"p50_ms": round(percentile(wall, 50), 4), "p99_ms": round(percentile(wall, 99), 4),
            "cpu_p50_ms": round(percentile(cpu, 50), 4), "cpu_p99_ms": round(percentile(cpu, 99), 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=2000)
    args = parser.parse_args()
    start = time.perf_counter()
    model = DifficultyModel.load_default()
    load_ms = (time.perf_counter() - start) * 1000.0
    prompts = {"en_4000": _prompt(EN), "zh_4000": _prompt(ZH), "short": "Why does my pod keep restarting?"}
    report = {
        "load_average_1m": round(os.getloadavg()[0], 2),
        "weights_load_ms": round(load_ms, 1),
        "with_top_5": {k: time_score(model, v, args.runs, 5) for k, v in prompts.items()},
        "score_only": {k: time_score(model, v, args.runs, 0) for k, v in prompts.items()},
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
