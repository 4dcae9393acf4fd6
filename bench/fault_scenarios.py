"""Fault scenarios, longer than in the suite: prints one JSON object per scenario.

    .venv/bin/python -m bench.fault_scenarios [--fault-s 8] [--only outage,link,cut,deadline,restart]

Topology and scenarios as in ``tests/scenarios`` (cloud pool on the small model ← fault proxy ←
edge agent, real processes, the official ``openai`` client). Figures go to docs/reliability.md.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from tests.cloud.conftest import smol_llama_pool
from tests.scenarios.deadlines import run_deadlines
from tests.scenarios.link import LINK_FLAGS, link_policy, run_link
from tests.scenarios.outage import FAULTS, expect_cloud_listed, run_outage
from tests.scenarios.restart import run_restart
from tests.scenarios.stream_cut import cut_one
from tests.scenarios.system import System, wait_until

OPEN_S = 0.5


def emit(name: str, figures: dict[str, object]) -> None:
    print(json.dumps({"scenario": name, **figures}), flush=True)


def outage(pool: Path, fault_s: float) -> None:
    system = System(pool, edge_flags=["--request-timeout-s", "5", "--breaker-open-s", str(OPEN_S)],
                    name="bench-outage")
    try:
        for fault in FAULTS:
            expect_cloud_listed(system)
            figures = run_outage(system, fault, OPEN_S, fault_s=fault_s, after_s=4.0, before_s=2.0)
            emit("outage", figures.summary())
    finally:
        system.close()


def link(pool: Path, folder: Path, fault_s: float) -> None:
    system = System(pool, edge_flags=["--policy-file", str(link_policy(folder)), *LINK_FLAGS],
                    name="bench-link")
    try:
        emit("link", run_link(system, phase_s=fault_s, healed_s=2 * fault_s).summary())
    finally:
        system.close()


def cut(pool: Path, n: int) -> None:
    system = System(pool, capture=True, name="bench-cut")
    try:
        results = []
        for _ in range(n):
            wait_until(lambda: system.conn_state() == "up", 15)
            results.append(cut_one(system))
        emit("stream_cut", {
            "streams_cut": n,
            "well_formed": sum(r.well_formed for r in results),
            "with_finish_reason": sum(bool(r.finish_reasons) for r in results),
            "worst_s": round(max(r.seconds for r in results), 3),
            "attempts": sorted({r.attempts for r in results}),
        })
    finally:
        system.close()


def deadline(pool: Path, rounds: int) -> None:
    slow = ["--probe-interval-s", "5", "--probe-timeout-s", "3"]
    for name, flags in (("deadline-only", slow), ("cloud-timeout-1s", [*slow, "--cloud-timeout-s", "1"])):
        system = System(pool, edge_flags=["--request-timeout-s", "2", *flags], name="bench-deadline")
        try:
            system.wait_cloud_model_listed()
            wait_until(lambda: system.conn_state() == "up", 10)
            emit(f"deadline {name}", run_deadlines(system, 2.0, rounds=rounds).summary())
        finally:
            system.close()


def restart(pool: Path) -> None:
    system = System(pool, name="bench-restart")
    try:
        for how in ("sigterm", "sigkill"):
            emit("edge_restart", run_restart(system, how, clients=4, after_s=3.0).summary())
    finally:
        system.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fault-s", type=float, default=8.0, help="length of each fault")
    parser.add_argument("--only", default="outage,link,cut,deadline,restart")
    args = parser.parse_args()
    only = set(args.only.split(","))
    with tempfile.TemporaryDirectory() as folder:
        pool = smol_llama_pool(Path(folder))
        if "outage" in only:
            outage(pool, args.fault_s)
        if "link" in only:
            link(pool, Path(folder), args.fault_s / 2)
        if "cut" in only:
            cut(pool, 20)
        if "deadline" in only:
            deadline(pool, rounds=8)
        if "restart" in only:
            restart(pool)


if __name__ == "__main__":
    main()
