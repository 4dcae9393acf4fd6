"""Latency and loss on the link (see ``link.py``): the monitor moves up → degraded → down within
its windows, the router escalates less while degraded, and the healed link settles on up
without flapping."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.scenarios.link import LINK_FLAGS, link_policy, run_link
from tests.scenarios.system import System


@pytest.fixture
def system(pool_file: Path, tmp_path: Path) -> Iterator[System]:
    system = System(
        pool_file,
        edge_flags=["--policy-file", str(link_policy(tmp_path)), *LINK_FLAGS],
        name="link",
    )
    try:
        yield system
    finally:
        system.close()


def test_latency_then_loss_then_healed(system: System) -> None:
    figures = run_link(system, phase_s=3.0, healed_s=5.0)
    print(figures.summary())
    assert figures.failed == 0
    # up → degraded (RTT ≈ 200 ms ≥ 120 ms: a few probes) → down (2 failed probes)
    assert figures.transitions("up") == ["up"]
    assert figures.first("degraded", "latency") is not None
    assert figures.first("degraded", "latency") <= 2.5  # type: ignore[operator]
    assert "down" not in figures.transitions("latency")
    assert figures.first("down", "loss") is not None
    assert figures.first("down", "loss") <= 2.0  # type: ignore[operator]
    # the router escalates less: the middling question goes to the cloud while up, stays on
    # the device with reason `degraded` while degraded, and `offline`/`circuit_open` while down
    assert figures.cloud_share("up") == 1.0
    assert "degraded" in figures.reasons("latency")
    assert figures.cloud_share_once("degraded", "latency") < 0.5
    assert figures.cloud_share("loss") < 0.5
    # healed: up again, then no flapping between up and degraded
    assert figures.first("up", "healed") is not None
    assert figures.flaps_after_up() == 0
    assert figures.transitions("healed")[-1] == "up"
