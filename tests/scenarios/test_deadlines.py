"""Every call has a deadline (see ``deadlines.py``): with the cloud blackholed, each request gets
an answer or a clean 503/504 within its budget plus 100 ms.

Two edges: one with slow health probes (the breaker opens only from failed calls, so the first
requests wait on the silent cloud for its share of their budget, ``cloud_first_token_share``), and
one whose cloud calls also have their own shorter timeout (``--cloud-timeout-s``). Either way the
local model has time left to answer every request it may answer.
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
    # the cloud may use only its share of the budget, so the device has time left to answer
    assert all(t.outcome.startswith("answer") for t in figures.requests
               if t.kind.startswith("auto")), figures.summary()
