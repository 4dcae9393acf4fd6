"""Connectivity monitor: what the edge knows about its link to the cloud pool.

It learns from two sources: ``grpc.health.v1`` probes every ``probe_interval_s`` (each with a
deadline), and the outcome of real cloud calls (``record_success`` / ``record_failure``). From
them it keeps RTT and jitter (EWMA), a loss ratio over the last outcomes, and a circuit breaker.
The router only ever reads ``snapshot()``; it never probes anything itself.

State, with hysteresis so it does not flap: *down* when the breaker is open or the last
``down_after`` outcomes failed; *degraded* when loss, RTT or jitter pass their thresholds; *up*
otherwise. Getting worse happens at once; getting better needs ``recover_after`` good outcomes
in a row.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections import deque
from collections.abc import Awaitable, Callable

from duet.core.metrics import Metrics
from duet.core.settings import MonitorSettings
from duet.edge_agent.breaker import CircuitBreaker
from duet.edge_agent.latency import TierLatency
from duet.router import BreakerState, ConnectivitySnapshot, ConnState

log = logging.getLogger("duet.monitor")

Probe = Callable[[float], Awaitable[float]]  # timeout -> round-trip seconds; raises on failure
_RANK = {ConnState.UP: 0, ConnState.DEGRADED: 1, ConnState.DOWN: 2}


class ConnectivityMonitor:
    def __init__(
        self,
        probe: Probe | None,
        settings: MonitorSettings,
        metrics: Metrics | None = None,
        clock: Callable[[], float] = time.monotonic,
        on_open: Callable[[], None] | None = None,
    ) -> None:
        """``on_open`` is called each time the breaker opens (the cloud client lets go of its
        connection then, so nothing reaches for the cloud until the half-open trial)."""
        self.probe = probe
        self.on_open = on_open
        self.settings = settings
        self.metrics = metrics
        self.breaker = CircuitBreaker(settings.breaker_failures, settings.breaker_open_s, clock)
        self._outcomes: deque[bool] = deque(maxlen=settings.loss_window)
        self._rtt_ms: float | None = None
        self._jitter_ms: float | None = None
        self._consecutive_failures = 0
        self._better_streak = 0
        self._state = ConnState.UP if probe is not None else ConnState.DOWN
        self._task: asyncio.Task[None] | None = None
        self.probes_sent = 0
        self.probes_skipped = 0
        self.clock = clock
        self._last_real_ok = float("-inf")  # a real cloud call answered (monotonic)
        self._last_request = clock()  # a request arrived (the device is not idle)
        self._idle_probes = 0  # probes in a row while idle (the back-off's exponent)
        self._wake = asyncio.Event()
        # what real calls took, per tier (the escalation and the executor teach them)
        self.cloud_latency = TierLatency(settings.ewma_alpha)
        self.local_latency = TierLatency(settings.ewma_alpha)
        self._publish()

    # ---- what the router reads -------------------------------------------------------------

    def snapshot(self) -> ConnectivitySnapshot:
        breaker = self.breaker.state
        # Half-open admits only the monitor's own trial probe: for routing it is still open.
        routed_breaker = BreakerState.CLOSED if breaker == BreakerState.CLOSED else BreakerState.OPEN
        return ConnectivitySnapshot(
            state=self._state if self.probe is not None else ConnState.DOWN,
            rtt_ms=self._rtt_ms,
            jitter_ms=self._jitter_ms,
            loss=self.loss(),
            breaker=routed_breaker,
        )

    def loss(self) -> float:
        if not self._outcomes:
            return 0.0
        return sum(1 for ok in self._outcomes if not ok) / len(self._outcomes)

    # ---- what callers report ---------------------------------------------------------------

    def note_request(self) -> None:
        """A request arrived. After a long idle the link is probed at once, so the decision
        for the next request rests on a fresh outcome."""
        now = self.clock()
        if now - self._last_request >= self.settings.probe_idle_after_s:
            self._wake.set()
        self._last_request = now
        self._idle_probes = 0

    def next_probe_in(self) -> float:
        """The probe interval: ``probe_interval_s`` while requests come; once idle, doubled
        with every probe up to ``probe_idle_max_s``, jittered (±20 %) so that a fleet does
        not probe in step."""
        s = self.settings
        if self.clock() - self._last_request < s.probe_idle_after_s:
            return s.probe_interval_s
        backoff = min(s.probe_idle_max_s, s.probe_interval_s * 2.0 ** self._idle_probes)
        return backoff * random.uniform(0.8, 1.2)

    def _probe_is_redundant(self) -> bool:
        """A real call answered within the interval: the link is known to work."""
        return self.clock() - self._last_real_ok < self.settings.probe_interval_s

    def record_success(self, rtt_s: float | None = None) -> None:
        if rtt_s is None:  # a real call, not a probe
            self._last_real_ok = self.clock()
        if rtt_s is not None:
            rtt_ms = rtt_s * 1000.0
            if self._rtt_ms is None:
                self._rtt_ms, self._jitter_ms = rtt_ms, 0.0
            else:
                a = self.settings.ewma_alpha
                self._jitter_ms = (1 - a) * (self._jitter_ms or 0.0) + a * abs(rtt_ms - self._rtt_ms)
                self._rtt_ms = (1 - a) * self._rtt_ms + a * rtt_ms
            if self.metrics is not None and self.metrics.enabled:
                self.metrics.cloud_rtt.observe(rtt_s)
        self._outcomes.append(True)
        self._consecutive_failures = 0
        if self.breaker.state != BreakerState.CLOSED:  # back: forget the calls that stalled
            self.cloud_latency.forget_stalls()
        self.breaker.record_success()
        self._update()

    def record_failure(self) -> None:
        self._outcomes.append(False)
        self._consecutive_failures += 1
        opened = self.breaker.opened_count
        self.breaker.record_failure()
        self._update()
        if self.breaker.opened_count != opened and self.on_open is not None:
            self.on_open()

    # ---- state ---------------------------------------------------------------------------

    def _candidate(self) -> ConnState:
        s = self.settings
        if self.breaker.state != BreakerState.CLOSED or self._consecutive_failures >= s.down_after:
            return ConnState.DOWN
        if (
            self.loss() >= s.degraded_loss
            or (self._rtt_ms or 0.0) >= s.degraded_rtt_ms
            or (self._jitter_ms or 0.0) >= s.degraded_jitter_ms
        ):
            return ConnState.DEGRADED
        return ConnState.UP

    def _update(self) -> None:
        candidate = self._candidate()
        if _RANK[candidate] >= _RANK[self._state]:
            self._better_streak = 0
            changed = candidate != self._state
            self._state = candidate
        else:
            self._better_streak += 1
            changed = self._better_streak >= self.settings.recover_after
            if changed:
                self._state, self._better_streak = candidate, 0
        if changed:
            log.info("cloud link %s (rtt=%s ms, loss=%.2f, breaker=%s)", self._state.value,
                     None if self._rtt_ms is None else round(self._rtt_ms, 1), self.loss(),
                     self.breaker.state.value)
        self._publish()

    def _publish(self) -> None:
        if self.metrics is not None:
            self.metrics.set_connectivity(self._state.value, self.breaker.state.value)

    # ---- probing -------------------------------------------------------------------------

    async def probe_once(self) -> None:
        assert self.probe is not None
        self.probes_sent += 1
        try:
            rtt = await self.probe(self.settings.probe_timeout_s)
        except Exception as exc:  # any failure of the probe is a failed outcome
            log.debug("health probe failed: %s", exc)
            self.record_failure()
        else:
            self.record_success(rtt)

    def stall_check_timeout(self) -> float:
        s = self.settings
        round_trips = 3 * (self._rtt_ms or 0.0) / 1000.0
        return min(s.probe_timeout_s, max(s.stall_check_s, round_trips))

    async def answers_now(self) -> bool:
        """A health check with a short deadline (``stall_check_s``, or 3 learned round trips if
        longer): a call has gone quiet past its stall cap; is the cloud still there? Its outcome
        counts like a probe's."""
        if self.probe is None:
            return False
        self.probes_sent += 1
        try:
            rtt = await self.probe(self.stall_check_timeout())
        except Exception as exc:  # any failure of the check is a failed outcome
            log.debug("stall check failed: %s", exc)
            self.record_failure()
            return False
        self.record_success(rtt)
        return True

    async def run(self) -> None:
        """Probe forever: every interval while closed (back to back while a better state is
        being confirmed, so recovery takes ``recover_after`` round trips, not intervals); once
        per open period (the half-open trial) while the breaker is open, and never otherwise
        while it is open."""
        while True:
            state = self.breaker.state
            if state == BreakerState.CLOSED:
                if self._probe_is_redundant() and not self._recovering():
                    self.probes_skipped += 1
                else:
                    await self.probe_once()
                if self._recovering():  # confirm it at once: recovery needs no extra wait
                    await asyncio.sleep(0.02)
                else:
                    wait = self.next_probe_in()
                    if self.clock() - self._last_request >= self.settings.probe_idle_after_s:
                        self._idle_probes += 1
                    await self._sleep_while_closed(wait)
            elif state == BreakerState.HALF_OPEN and self.breaker.try_acquire_trial():
                await self.probe_once()
            else:
                await asyncio.sleep(min(0.05, self.settings.breaker_open_s / 4))

    def _recovering(self) -> bool:
        """Good outcomes are being counted towards a better state (``recover_after``)."""
        return self._better_streak > 0

    async def _sleep_while_closed(self, seconds: float) -> None:
        """Sleep, but wake early if real calls open the breaker meanwhile."""
        until = time.monotonic() + seconds
        self._wake.clear()
        while time.monotonic() < until and self.breaker.state == BreakerState.CLOSED:
            if self._wake.is_set():  # a request after a long idle: probe now
                return
            await asyncio.sleep(min(0.05, max(0.0, until - time.monotonic())))

    def start(self) -> None:
        if self.probe is not None and self._task is None:
            self._task = asyncio.get_running_loop().create_task(self.run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
