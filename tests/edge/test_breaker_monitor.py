"""The circuit breaker and the connectivity monitor, driven by a fake clock (no sleeping)."""

from __future__ import annotations

import asyncio

import pytest

from duet.core.metrics import Metrics
from duet.core.settings import MonitorSettings
from duet.edge_agent.breaker import CircuitBreaker
from duet.edge_agent.monitor import ConnectivityMonitor
from duet.router import BreakerState, ConnState


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_breaker_opens_after_threshold_and_allows_exactly_one_trial() -> None:
    clock = Clock()
    breaker = CircuitBreaker(failure_threshold=3, open_s=0.5, clock=clock)
    for _ in range(2):
        breaker.record_failure()
        assert breaker.state == BreakerState.CLOSED and breaker.allows_traffic()
    breaker.record_failure()
    assert breaker.state == BreakerState.OPEN and not breaker.allows_traffic()
    assert not breaker.try_acquire_trial()
    clock.now += 0.49
    assert breaker.state == BreakerState.OPEN
    clock.now += 0.02
    assert breaker.state == BreakerState.HALF_OPEN and not breaker.allows_traffic()
    assert breaker.try_acquire_trial()
    assert not breaker.try_acquire_trial(), "only one trial while half-open"
    breaker.record_failure()
    assert breaker.state == BreakerState.OPEN
    clock.now += 0.6
    assert breaker.try_acquire_trial()
    breaker.record_success()
    assert breaker.state == BreakerState.CLOSED and breaker.allows_traffic()


def test_success_resets_the_failure_count() -> None:
    breaker = CircuitBreaker(failure_threshold=3, clock=Clock())
    for _ in range(5):
        breaker.record_failure()
        breaker.record_failure()
        breaker.record_success()
    assert breaker.state == BreakerState.CLOSED


def _monitor(**overrides: float) -> tuple[ConnectivityMonitor, Clock]:
    clock = Clock()
    settings = MonitorSettings(**overrides)

    async def never(timeout: float) -> float:
        raise AssertionError("not probed in this test")

    return ConnectivityMonitor(never, settings, Metrics(), clock=clock), clock


def test_rtt_moves_the_link_to_degraded_and_back_with_hysteresis() -> None:
    monitor, _ = _monitor(degraded_rtt_ms=300, recover_after=3, ewma_alpha=0.5)
    for _ in range(3):
        monitor.record_success(0.010)
    assert monitor.snapshot().state == ConnState.UP
    for _ in range(4):
        monitor.record_success(0.800)
    assert monitor.snapshot().state == ConnState.DEGRADED
    states = []
    for _ in range(12):
        monitor.record_success(0.010)
        states.append(monitor.snapshot().state)
    assert states[-1] == ConnState.UP
    # never flips back and forth: once up again it stays up
    first_up = states.index(ConnState.UP)
    assert all(s == ConnState.UP for s in states[first_up:])


def test_failures_take_the_link_down_and_open_the_breaker() -> None:
    monitor, clock = _monitor(breaker_failures=3, down_after=2, breaker_open_s=0.5)
    monitor.record_success(0.01)
    monitor.record_failure()
    assert monitor.snapshot().state != ConnState.DOWN
    monitor.record_failure()
    assert monitor.snapshot().state == ConnState.DOWN
    monitor.record_failure()
    snap = monitor.snapshot()
    assert snap.breaker == BreakerState.OPEN and not snap.reachable
    clock.now += 1.0  # half-open: still reported as open to the router
    assert monitor.breaker.state == BreakerState.HALF_OPEN
    assert monitor.snapshot().breaker == BreakerState.OPEN


def test_loss_ratio_degrades_the_link() -> None:
    monitor, _ = _monitor(degraded_loss=0.2, loss_window=10, down_after=5, breaker_failures=5)
    for i in range(10):
        if i % 3 == 0:
            monitor.record_failure()
        else:
            monitor.record_success(0.01)
    snap = monitor.snapshot()
    assert snap.loss == pytest.approx(0.4)
    assert snap.state == ConnState.DEGRADED


def test_metrics_follow_the_state() -> None:
    monitor, _ = _monitor(breaker_failures=2, down_after=2)
    monitor.record_failure()
    monitor.record_failure()
    reg = monitor.metrics.registry  # type: ignore[union-attr]
    assert reg.get_sample_value("duet_connectivity_state", {"state": "down"}) == 1
    assert reg.get_sample_value("duet_connectivity_state", {"state": "up"}) == 0
    assert reg.get_sample_value("duet_breaker_state", {"state": "open"}) == 1


async def test_probe_loop_sends_nothing_while_open_and_one_trial_when_half_open() -> None:
    calls: list[float] = []
    healthy = False

    async def probe(timeout: float) -> float:
        calls.append(asyncio.get_running_loop().time())
        if not healthy:
            raise ConnectionError("down")
        return 0.001

    settings = MonitorSettings(probe_interval_s=0.05, breaker_failures=2, breaker_open_s=0.3)
    monitor = ConnectivityMonitor(probe, settings)
    monitor.start()
    await asyncio.sleep(0.2)  # two failures open the breaker quickly
    assert monitor.breaker.state in (BreakerState.OPEN, BreakerState.HALF_OPEN)
    opened = len(calls)
    await asyncio.sleep(0.2)
    assert len(calls) - opened <= 1, "while open, at most the single half-open trial"
    healthy = True
    await asyncio.sleep(0.5)
    assert monitor.snapshot().breaker == BreakerState.CLOSED
    await monitor.stop()


def test_no_cloud_means_down() -> None:
    monitor = ConnectivityMonitor(None, MonitorSettings())
    assert monitor.snapshot().state == ConnState.DOWN
