"""A frozen cloud (SIGSTOP) or a blackholed link while hard prompts come one at a time with the
OpenAI client's ``timeout=4`` and voice requests with ``x-duet-deadline-ms: 800`` (see
``tests/scenarios/frozen.py``), on the default monitor settings (a probe every 2 s, 1 s probe
deadline). A measurement, not a test: latency bounds depend on the machine, so the figures are
printed (and recorded in docs/reliability.md), not asserted::

    python -m bench.frozen_cloud [--fault freeze|blackhole]

The aims (issue "Weak network, done right"): nothing fails; no call takes more than 1.5 s, no voice
call more than 0.9 s; after the cloud returns it answers again within 5 s.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from tests.cloud.conftest import smol_llama_pool
from tests.scenarios.frozen import run_frozen
from tests.scenarios.system import System, wait_until

DEFAULT_PROBES = ["--probe-interval-s", "2", "--probe-timeout-s", "1", "--breaker-open-s", "0.5"]


def measure(fault: str, folder: Path) -> str:
    system = System(smol_llama_pool(folder), edge_flags=DEFAULT_PROBES, name=f"frozen-{fault}")
    try:
        system.wait_cloud_model_listed()
        if not wait_until(lambda: system.conn_state() == "up", 10):
            return f"{fault}: the link never came up"
        figures = run_frozen(system, fault)
    finally:
        system.close()
    worst = max((c.seconds for c in figures.during), default=0.0)
    voice = max((c.seconds for c in figures.voice), default=0.0)
    return (f"{figures.summary()}\n{fault}: failed {len(figures.failed())}, worst call {worst:.2f} s "
            f"(aim 1.5), worst voice call {voice:.2f} s (aim 0.9), cloud back after "
            f"{figures.back_to_cloud_s} s (aim 5)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fault", choices=("freeze", "blackhole"), action="append")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for fault in args.fault or ["freeze", "blackhole"]:
            print(measure(fault, Path(folder)))


if __name__ == "__main__":
    main()
