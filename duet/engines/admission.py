"""Who holds one of the model's sequences, who waits, and whether one more request may wait.

Counts are per priority class and shared by the event loop (admitting requests) and the model
thread (starting, pausing and finishing them), hence the lock. A class's requests may use the
sequences not held and not owed to a higher class; an interactive request may also take one
from background work (which is paused for it). ``would_overflow`` is true when one more request
of the class would wait beyond that class's queue limit.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

from duet.core.backend import PRIORITIES, Priority

RANK: dict[Priority, int] = {p: i for i, p in enumerate(PRIORITIES)}


class Admission:
    def __init__(self, n_parallel: int, limits: Mapping[Priority, int]) -> None:
        self.n_parallel = n_parallel
        self.limits = dict(limits)
        self._lock = threading.Lock()
        self.running: dict[Priority, int] = {p: 0 for p in PRIORITIES}
        self.pending: dict[Priority, int] = {p: 0 for p in PRIORITIES}  # preparing/waiting/paused

    def _capacity(self, priority: Priority) -> int:
        """Sequences a request of this class could get now (caller holds the lock)."""
        owed = sum(self.pending[p] for p in PRIORITIES if RANK[p] < RANK[priority])
        free = self.n_parallel - sum(self.running.values()) - owed
        if priority == "interactive":
            free += self.running["background"]
        return max(0, free)

    def would_overflow(self, priority: Priority) -> bool:
        with self._lock:
            return self.pending[priority] - self._capacity(priority) >= self.limits[priority]

    def try_admit(self, priority: Priority) -> bool:
        """Count one more request of the class unless it would overflow the queue."""
        with self._lock:
            if self.pending[priority] - self._capacity(priority) >= self.limits[priority]:
                return False
            self.pending[priority] += 1
            return True

    def withdraw(self, priority: Priority) -> None:
        """A request left before it ever ran (error, cancelled, deadline)."""
        with self._lock:
            self.pending[priority] -= 1

    def started(self, priority: Priority) -> None:
        with self._lock:
            self.pending[priority] -= 1
            self.running[priority] += 1

    def paused(self, priority: Priority) -> None:
        with self._lock:
            self.running[priority] -= 1
            self.pending[priority] += 1

    def finished(self, priority: Priority) -> None:
        with self._lock:
            self.running[priority] -= 1

    # ---- read-outs ---------------------------------------------------------------------------

    @property
    def generating(self) -> int:
        return sum(self.running.values())

    @property
    def waiting(self) -> int:
        """Requests admitted that no free sequence could take right now."""
        with self._lock:
            free = self.n_parallel - sum(self.running.values())
            return max(0, sum(self.pending.values()) - max(0, free))

    @property
    def inflight(self) -> int:
        return sum(self.running.values()) + sum(self.pending.values())
