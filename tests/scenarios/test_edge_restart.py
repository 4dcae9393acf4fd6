"""The edge agent restarted under load (see ``restart.py``): clean connection errors, then
answers again from the new process on the same port; queue empty and model free after."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.scenarios.restart import run_restart
from tests.scenarios.system import System


@pytest.fixture(scope="module")
def system(pool_file: Path) -> Iterator[System]:
    system = System(pool_file, name="restart")
    try:
        yield system
    finally:
        system.close()


@pytest.mark.parametrize("how", ["sigterm", "sigkill"])
def test_edge_restart_under_load(system: System, how: str) -> None:
    figures = run_restart(system, how)
    print(figures.summary())
    assert figures.other == []
    assert figures.answers > 0
    assert figures.connection_errors + figures.clean_http_errors > 0, "the restart was seen"
    # answers again as soon as the new process is ready (clients retry every 50 ms)
    assert figures.restart_s <= figures.outage_s <= figures.restart_s + 1.0
    assert figures.queue_depth_after == 0 and figures.busy_after == 0
