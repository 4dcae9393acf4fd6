"""The store interface and the in-process LRU store.

Errors (``StoreError``)::

    StoreError            a store call failed; the cache treats it as a miss
    └── StoreUnavailable  not even tried: the store is backing off after failures
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol


class StoreError(Exception):
    """A store call failed (translated from the store's own errors at the boundary)."""


class StoreUnavailable(StoreError):
    """The call was skipped because the store is in its reconnect backoff window."""


class Store(Protocol):
    """Bytes by key with a TTL. ``shared``: other processes (the cloud) can read it."""

    shared: bool

    async def get(self, key: str) -> bytes | None:
        """The value, or None when absent or expired. Raises ``StoreError``."""

    async def set(self, key: str, value: bytes, ttl_s: float) -> None:
        """Store ``value`` for ``ttl_s`` seconds. Raises ``StoreError``."""

    async def close(self) -> None:
        """Release connections."""


# Rough per-entry cost of the dict slot, tuple and bytes objects, counted against the budget.
_ENTRY_OVERHEAD = 120


class LruStore:
    """In-process store bounded in bytes (keys + values + overhead); least recently used goes."""

    shared = False

    def __init__(self, max_bytes: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.max_bytes = max_bytes
        self._clock = clock
        self._items: OrderedDict[str, tuple[bytes, float]] = OrderedDict()
        self.size_bytes = 0

    def __len__(self) -> int:
        return len(self._items)

    @staticmethod
    def _cost(key: str, value: bytes) -> int:
        return len(key) + len(value) + _ENTRY_OVERHEAD

    async def get(self, key: str) -> bytes | None:
        item = self._items.get(key)
        if item is None:
            return None
        value, expires = item
        if expires <= self._clock():
            self._remove(key)
            return None
        self._items.move_to_end(key)
        return value

    async def set(self, key: str, value: bytes, ttl_s: float) -> None:
        cost = self._cost(key, value)
        if key in self._items:
            self._remove(key)
        if cost > self.max_bytes:
            return
        self._items[key] = (value, self._clock() + ttl_s)
        self.size_bytes += cost
        while self.size_bytes > self.max_bytes:
            self._remove(next(iter(self._items)))

    def _remove(self, key: str) -> None:
        value, _ = self._items.pop(key)
        self.size_bytes -= self._cost(key, value)

    async def close(self) -> None:
        self._items.clear()
        self.size_bytes = 0
