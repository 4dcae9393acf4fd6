"""Cloud killed, blackholed, frozen and resetting under load (see ``outage.py``).

Acceptance: answers the device may give keep coming (0 failed), cloud-only requests get a clean
503/504 within their deadline, the breaker opens after its threshold and then reaches for the
cloud only once per half-open period, and the cloud answers again soon after it returns.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.scenarios.outage import FAULTS, expect_cloud_listed, run_outage
from tests.scenarios.system import CLOUD_MODEL, System

BUDGET_S = 5.0
OPEN_S = 0.5
# Under load on a shared 2-core machine the measured times get a margin; the figures in
# docs/reliability.md are the real values.
SLACK_S = 0.1
RECOVERY_SLACK_S = 0.3


@pytest.fixture(scope="module")
def system(pool_file: Path) -> Iterator[System]:
    system = System(
        pool_file,
        edge_flags=["--request-timeout-s", str(BUDGET_S), "--breaker-open-s", str(OPEN_S)],
        name="outage",
    )
    try:
        yield system
    finally:
        system.close()


@pytest.mark.parametrize("fault", FAULTS)
def test_cloud_outage(system: System, fault: str) -> None:
    expect_cloud_listed(system)
    system.proxy.clear_stats()
    figures = run_outage(system, fault, OPEN_S, fault_s=3.5, after_s=3.0)
    print(figures.summary(), *figures.slowest(), sep="\n  ")

    # the device answers what it may: nothing failed, some answers came from the cloud before
    # the fault and after it, the rest locally
    assert figures.failed("auto") == []
    auto = figures.answered("auto")
    assert {"local", "cloud"} <= {o.route for o in auto}
    fallbacks = {r for o in auto if o.route == "local" for r in o.reasons.split(",")}
    assert fallbacks & {"cloud_error_fallback", "offline", "circuit_open"}
    # only the cloud can answer the cloud model: an answer or a clean 503/504, within budget
    assert figures.failed(CLOUD_MODEL) == []
    assert any(o.status == 503 for o in figures.outcomes if o.model == CLOUD_MODEL)
    assert figures.worst_s(CLOUD_MODEL) <= BUDGET_S + SLACK_S
    assert figures.worst_s("auto") <= BUDGET_S + SLACK_S
    # the breaker opens within its threshold: 3 failed probes (0.3 s each, 0.2 s apart) or calls
    assert figures.breaker_open_after_s is not None and figures.breaker_open_after_s < 3.0
    # while open, the edge reaches for the cloud only for one half-open trial probe per open
    # period: bursts of activity at the proxy no longer than one probe (connect wait 0.5 s +
    # probe deadline 0.3 s), with an open period of silence between them
    assert 1 <= figures.attempts_while_open <= figures.open_for_s / OPEN_S + 1
    assert figures.longest_attempt_s <= 0.5 + 0.3 + SLACK_S
    # the cloud answers again within 1 s of its return (next trial ≤ 0.5 s, then 3 probes)
    assert figures.recovery_s is not None
    assert figures.recovery_s <= 1.0 + RECOVERY_SLACK_S
