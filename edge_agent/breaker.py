"""Circuit breaker for the cloud link: closed → open → half-open → closed.

- closed: calls go through; ``failure_threshold`` consecutive failures open it.
- open: no call goes to the cloud at all, for ``open_s`` seconds.
- half-open: exactly one trial call is allowed (``try_acquire_trial``); its success closes the
  breaker, its failure opens it again.

Time comes from an injectable clock so the state machine is testable without sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from duet.router import BreakerState


class CircuitBreaker:
    def __init__(
        self,
        failure_threshold: int = 3,
        open_s: float = 0.5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.failure_threshold = failure_threshold
        self.open_s = open_s
        self.clock = clock
        self._state = BreakerState.CLOSED
        self._failures = 0
        self._opened_at = 0.0
        self._trial_taken = False
        self.opened_count = 0

    @property
    def state(self) -> BreakerState:
        if self._state == BreakerState.OPEN and self.clock() - self._opened_at >= self.open_s:
            self._state = BreakerState.HALF_OPEN
            self._trial_taken = False
        return self._state

    def allows_traffic(self) -> bool:
        """True only when closed: open and half-open send no ordinary traffic."""
        return self.state == BreakerState.CLOSED

    def try_acquire_trial(self) -> bool:
        """In half-open, grant the single trial call; False otherwise or if already taken."""
        if self.state != BreakerState.HALF_OPEN or self._trial_taken:
            return False
        self._trial_taken = True
        return True

    def record_success(self) -> None:
        self._failures = 0
        self._state = BreakerState.CLOSED

    def record_failure(self) -> None:
        state = self.state
        self._failures += 1
        if state == BreakerState.HALF_OPEN or (
            state == BreakerState.CLOSED and self._failures >= self.failure_threshold
        ):
            self._open()

    def _open(self) -> None:
        self._state = BreakerState.OPEN
        self._opened_at = self.clock()
        self._trial_taken = False
        self.opened_count += 1
