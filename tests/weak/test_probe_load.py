"""Probes that scale: a probe is skipped when a real call answered within the interval; an idle
device probes less and less often (jittered), and probes at once when a request comes."""

from __future__ import annotations

import asyncio

from duet.core.settings import MonitorSettings
from duet.edge_agent.monitor import ConnectivityMonitor


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def _probe(timeout: float) -> float:
    return 0.001


def monitor(clock: Clock, **settings: float) -> ConnectivityMonitor:
    return ConnectivityMonitor(_probe, MonitorSettings(**settings), clock=clock)  # type: ignore[arg-type]  # numeric settings


def test_an_idle_device_backs_off_with_jitter_up_to_the_cap() -> None:
    clock = Clock()
    m = monitor(clock, probe_interval_s=2, probe_idle_after_s=30, probe_idle_max_s=300)
    assert m.next_probe_in() == 2
    clock.now += 31  # idle now
    waits = []
    for _ in range(10):
        waits.append(m.next_probe_in())
        m._idle_probes += 1
    assert 1.6 <= waits[0] <= 2.4 and 3.2 <= waits[1] <= 4.8
    assert max(waits) <= 300 * 1.2 and waits[-1] >= 300 * 0.8
    assert len(set(waits)) == len(waits)  # jittered: a fleet does not probe in step
    m.note_request()
    assert m.next_probe_in() == 2 and m._wake.is_set()  # a request after idle: probe at once


async def test_a_real_answer_makes_the_next_probe_redundant() -> None:
    m = ConnectivityMonitor(_probe, MonitorSettings(probe_interval_s=0.05))
    m.start()
    try:
        for _ in range(20):  # real calls keep answering: the probes are skipped
            m.record_success()
            await asyncio.sleep(0.02)
    finally:
        await m.stop()
    assert m.probes_skipped >= 3 and m.probes_sent <= 2
