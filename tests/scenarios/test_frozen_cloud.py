"""A frozen cloud (SIGSTOP) or a blackholed link while hard prompts come one at a time with the
OpenAI client's ``timeout=4`` and voice requests with ``x-duet-deadline-ms: 800`` (see
``frozen.py``), on the default monitor settings (a probe every 2 s, 1 s probe deadline).

Acceptance: nothing fails; no call takes more than 1.5 s, no voice call more than 0.9 s; after the
cloud returns it answers again within 5 s. This machine is shared and loaded while the suite runs
here, so the timing bounds carry a margin (``SLACK_S``); docs/reliability.md has the figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scenarios.frozen import run_frozen
from tests.scenarios.system import System, wait_until

DEFAULT_PROBES = ["--probe-interval-s", "2", "--probe-timeout-s", "1", "--breaker-open-s", "0.5"]
SLACK_S = 0.3


@pytest.mark.slow
@pytest.mark.parametrize("fault", ["freeze", "blackhole"])
def test_a_frozen_cloud_costs_no_answer_and_little_time(pool_file: Path, fault: str) -> None:
    system = System(pool_file, edge_flags=DEFAULT_PROBES, name=f"frozen-{fault}")
    try:
        system.wait_cloud_model_listed()
        assert wait_until(lambda: system.conn_state() == "up", 10)
        figures = run_frozen(system, fault)
    finally:
        system.close()
    print(figures.summary())
    assert figures.failed() == [], figures.summary()
    assert max(c.seconds for c in figures.during) <= 1.5 + SLACK_S, figures.summary()
    assert max(c.seconds for c in figures.voice) <= 0.9 + SLACK_S, figures.summary()
    assert all(c.route == "local" for c in figures.voice), figures.summary()
    assert figures.back_to_cloud_s is not None and figures.back_to_cloud_s <= 5.0, figures.summary()
