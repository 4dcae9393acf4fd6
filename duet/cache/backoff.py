"""A reconnect gate: after a failure, skip the store for a growing pause, then let one probe in.

States: healthy (every call goes through) → failing (calls are skipped until ``retry_at``; then
exactly one call is let through as a probe while the others keep skipping). A probe's success
makes the gate healthy again; its failure doubles the pause, up to ``max_s``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum


class Ticket(Enum):
    NORMAL = "normal"
    PROBE = "probe"


class BackoffGate:
    def __init__(
        self, initial_s: float, max_s: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.initial_s = initial_s
        self.max_s = max_s
        self._clock = clock
        self._pause_s = 0.0
        self._retry_at = 0.0
        self._probing = False

    @property
    def healthy(self) -> bool:
        return self._pause_s == 0.0

    def acquire(self) -> Ticket | None:
        """A ticket to call the store, or None: skip it this time."""
        if self.healthy:
            return Ticket.NORMAL
        if self._probing or self._clock() < self._retry_at:
            return None
        self._probing = True
        return Ticket.PROBE

    def success(self, ticket: Ticket) -> None:
        if ticket is Ticket.PROBE or self.healthy:
            self._pause_s = 0.0
            self._probing = False

    def failure(self, ticket: Ticket) -> None:
        if ticket is Ticket.PROBE:
            self._pause_s = min(self._pause_s * 2, self.max_s)
            self._probing = False
        elif self.healthy:
            self._pause_s = self.initial_s
        else:
            return  # a call that started before the first failure: the pause is already set
        self._retry_at = self._clock() + self._pause_s

    def release(self, ticket: Ticket) -> None:
        """The call was abandoned (cancelled) without an outcome."""
        if ticket is Ticket.PROBE:
            self._probing = False
