"""Host-memory copies of sequences' KV cells: prefixes to reuse, and paused sequences.

A finished conversation's KV prefix (its prompt and answer) is copied out of the model's context
when its sequence is needed for other work, and copied back when a later request starts with the
same tokens (the next turn of the conversation, or another app with the same system prompt).
Copying is a memcpy of a few MB, where evaluating the prompt again costs seconds on a small CPU.

One byte budget covers both kinds of entries: prefixes are evicted least recently used first;
a paused sequence's copy (``hold``) is never evicted and is given back exactly once (``take``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Tokens = npt.NDArray[np.int32]


def as_tokens(tokens: Sequence[int] | Tokens) -> Tokens:
    return np.asarray(tokens, dtype=np.int32)


def common_prefix(a: Tokens, b: Tokens) -> int:
    """Length of the longest common prefix of two token arrays."""
    n = min(len(a), len(b))
    if n == 0:
        return 0
    differ = np.flatnonzero(a[:n] != b[:n])
    return int(differ[0]) if differ.size else n


@dataclass
class Snapshot:
    tokens: Tokens  # the tokens whose KV cells ``data`` holds, from position 0
    data: bytearray  # llama_state_seq_get_data output


class HostKvCache:
    """Byte-bounded store of KV snapshots; ``max_bytes`` 0 keeps nothing."""

    def __init__(self, max_bytes: int, min_tokens: int = 32) -> None:
        self.max_bytes = max_bytes
        self.min_tokens = min_tokens
        self._prefixes: OrderedDict[int, Snapshot] = OrderedDict()  # oldest use first
        self._held: dict[int, Snapshot] = {}
        self._next_key = 0
        self.used_bytes = 0
        self.hits = 0

    def __len__(self) -> int:
        return len(self._prefixes)

    @property
    def stored_tokens(self) -> int:
        """Tokens whose cells the cache holds (``used_bytes`` / this is the measured cell size)."""
        return sum(len(s.tokens) for s in (*self._prefixes.values(), *self._held.values()))

    # ---- reusable prefixes -------------------------------------------------------------------

    def longest_prefix(self, tokens: Tokens) -> tuple[int | None, int]:
        """The entry sharing the longest prefix with ``tokens``, and that length."""
        best_key, best = None, 0
        for key, snap in self._prefixes.items():
            shared = common_prefix(snap.tokens, tokens)
            if shared > best:
                best_key, best = key, shared
        return best_key, best

    def get(self, key: int) -> Snapshot:
        self._prefixes.move_to_end(key)
        self.hits += 1
        return self._prefixes[key]

    def covers(self, tokens: Tokens) -> bool:
        """An entry (or a paused sequence's copy) already holds these tokens, or more."""
        return any(
            len(s.tokens) >= len(tokens) and common_prefix(s.tokens, tokens) == len(tokens)
            for s in [*self._prefixes.values(), *self._held.values()]
        )

    def worth_keeping(self, tokens: Tokens) -> bool:
        return self.max_bytes > 0 and len(tokens) >= self.min_tokens and not self.covers(tokens)

    def put(self, snapshot: Snapshot) -> bool:
        """Store a prefix (dropping entries it extends); False when it cannot fit."""
        size = len(snapshot.data)
        for key, old in list(self._prefixes.items()):
            if common_prefix(old.tokens, snapshot.tokens) == len(old.tokens):
                self._drop(key)
        if not self._make_room(size):
            return False
        self._prefixes[self._next_key] = snapshot
        self._next_key += 1
        self.used_bytes += size
        return True

    # ---- paused sequences --------------------------------------------------------------------

    def hold(self, owner: int, snapshot: Snapshot) -> bool:
        """Keep a paused sequence's cells until ``take``; False when they cannot fit."""
        if not self._make_room(len(snapshot.data)):
            return False
        self._held[owner] = snapshot
        self.used_bytes += len(snapshot.data)
        return True

    def take(self, owner: int) -> Snapshot:
        snapshot = self._held.pop(owner)
        self.used_bytes -= len(snapshot.data)
        return snapshot

    def discard(self, owner: int) -> None:
        if owner in self._held:
            self.take(owner)

    # ---- budget ------------------------------------------------------------------------------

    def _make_room(self, size: int) -> bool:
        if size > self.max_bytes - sum(len(s.data) for s in self._held.values()):
            return False
        while self.used_bytes + size > self.max_bytes and self._prefixes:
            self._drop(next(iter(self._prefixes)))
        return self.used_bytes + size <= self.max_bytes

    def _drop(self, key: int) -> None:
        self.used_bytes -= len(self._prefixes.pop(key).data)
