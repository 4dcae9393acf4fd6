"""The monitor during an outage: the cloud client is told to let go when the breaker opens,
and a recovery is confirmed by back-to-back probes, not one probe per interval."""

from __future__ import annotations

import asyncio
import time

from duet.core.settings import MonitorSettings
from duet.edge_agent.monitor import ConnectivityMonitor
from duet.router import BreakerState, ConnState


def test_on_open_is_called_each_time_the_breaker_opens() -> None:
    opened: list[float] = []
    now = [1000.0]
    monitor = ConnectivityMonitor(
        None, MonitorSettings(breaker_failures=3, breaker_open_s=0.5),
        clock=lambda: now[0], on_open=lambda: opened.append(now[0]),
    )
    monitor.record_failure()
    monitor.record_failure()
    assert opened == []
    monitor.record_failure()
    assert opened == [1000.0] and monitor.breaker.state == BreakerState.OPEN
    monitor.record_failure()  # already open: not again
    assert len(opened) == 1
    now[0] += 0.6  # half-open; the trial fails
    assert monitor.breaker.try_acquire_trial()
    monitor.record_failure()
    assert len(opened) == 2
    now[0] += 0.6
    monitor.record_success()
    assert monitor.breaker.state == BreakerState.CLOSED and len(opened) == 2


async def test_recovery_is_confirmed_by_back_to_back_probes() -> None:
    outcomes = iter([False] + [True] * 50)
    times: list[float] = []

    async def probe(timeout: float) -> float:
        times.append(time.monotonic())
        if not next(outcomes):
            raise ConnectionError("down")
        return 0.001

    settings = MonitorSettings(probe_interval_s=0.5, down_after=1, breaker_failures=5,
                               recover_after=3)
    monitor = ConnectivityMonitor(probe, settings)
    monitor.start()
    try:
        while len(times) < 2:
            await asyncio.sleep(0.01)
        assert monitor.snapshot().state == ConnState.DOWN
        first_good = times[1]
        while monitor.snapshot().state == ConnState.DOWN:
            await asyncio.sleep(0.01)
            assert time.monotonic() - first_good < 2.0
        # reachable again after three good probes in a row, not three intervals (1 s)
        assert time.monotonic() - first_good < 0.4
        assert len(times) == 4
    finally:
        await monitor.stop()
