"""The full fuzz run: schemathesis against a real edge, with the gateway's own OpenAPI and with
OpenAI's API description, on /v1/chat/completions, /v1/completions and /v1/models.

Prints the cases run per description and response status, server errors (5xx) and failed checks;
exits non-zero if any were found. Figures go to docs/reliability.md (by hand).

Usage: .venv/bin/python -m bench.fuzz_api [--examples N] [--seed S]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from tests.hostile.fuzz import EDGE_FLAGS, fuzz_edge
from tests.servers import DuetProcess


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=100, help="examples per operation and phase")
    parser.add_argument("--seed", type=int, default=20240607)
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp, DuetProcess(EDGE_FLAGS, log_name="edge-fuzz") as edge:
        runs = fuzz_edge(edge, max_examples=args.examples, seed=args.seed, workdir=Path(tmp))
        edge_log = edge.log()
    print(f"| description | cases | 5xx | failed checks | responses by status |")
    print("|---|---:|---:|---:|---|")
    for run in runs:
        statuses = ", ".join(f"{s}: {n}" for s, n in run.by_status().items())
        print(f"| {run.name} | {run.cases} | {run.server_errors} | "
              f"{sum(run.failed_checks.values())} | {statuses} |")
    total = sum(r.cases for r in runs)
    errors = sum(r.server_errors for r in runs)
    failed = sum(sum(r.failed_checks.values()) for r in runs)
    tracebacks = edge_log.count("Traceback")
    print(f"\ntotal: {total} cases, {errors} server errors, {failed} failed checks, "
          f"{tracebacks} tracebacks in the edge log, {time.monotonic() - started:.0f} s")
    bad = errors or failed or tracebacks or any(r.returncode for r in runs)
    if bad:
        for run in runs:
            print(run.output[-4000:])
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
