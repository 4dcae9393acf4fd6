"""Every call has a deadline (see ``deadlines.py``): with the cloud blackholed, each request gets
an answer or a clean 503/504 within its budget plus 100 ms.

Two edges: one with slow health probes (the breaker opens only from failed calls, so the first
requests meet the deadline itself), and one whose cloud calls have their own shorter timeout
(``--cloud-timeout-s``), which leaves the local model time to answer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scenarios.deadlines import run_deadlines
from tests.scenarios.system import System, wait_until

BUDGET_S = 2.0
OVERRUN_S = 0.1
SLOW_PROBES = ["--probe-interval-s", "5", "--probe-timeout-s", "3"]


@pytest.mark.parametrize("flags", [
    pytest.param(SLOW_PROBES, id="deadline-only"),
    pytest.param([*SLOW_PROBES, "--cloud-timeout-s", "1"], id="cloud-timeout-1s"),
])
def test_no_request_overruns_its_deadline(pool_file: Path, flags: list[str]) -> None:
    system = System(pool_file, edge_flags=["--request-timeout-s", str(BUDGET_S), *flags],
                    name="deadline")
    try:
        system.wait_cloud_model_listed()
        assert wait_until(lambda: system.conn_state() == "up", 10)
        figures = run_deadlines(system, BUDGET_S)
    finally:
        system.close()
    print(figures.summary())
    assert figures.unclean() == []
    assert figures.worst_overrun_s() <= OVERRUN_S, figures.summary()
    if "--cloud-timeout-s" in flags:  # time was left for the device: every auto one answered
        assert all(t.outcome.startswith("answer") for t in figures.requests
                   if t.kind.startswith("auto"))
