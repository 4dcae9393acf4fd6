"""The latest routing decisions, kept in memory for the live page (``/ui``).

Only routing facts are kept — time, target, reason codes, latency, cache result, status — never
prompt or answer text. Values come from response headers, so they are cleaned here: targets from
a fixed set, reason codes and cache results matching a short code pattern.
"""

from __future__ import annotations

import re
import time
from collections import deque
from dataclasses import asdict, dataclass

TARGETS = ("local", "cloud", "cache", "none")
_CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_REASONS = 8


def clean_target(value: str | None) -> str:
    """A target label from the ``x-duet-route`` header: one of ``TARGETS``."""
    value = (value or "").strip().lower()
    return value if value in TARGETS else "none"


def clean_code(value: str | None) -> str | None:
    """A short snake_case code (reason, cache result), or None for anything else."""
    value = (value or "").strip().lower()
    return value if _CODE.match(value) else None


def parse_reasons(header: str | None) -> list[str]:
    """Reason codes from the comma-separated ``x-duet-reasons`` header; odd values become
    ``other`` so a misbehaving backend cannot create free-form labels."""
    if not header:
        return []
    reasons: list[str] = []
    for item in header.split(",")[:MAX_REASONS]:
        if item.strip():
            code = clean_code(item) or "other"
            if code not in reasons:
                reasons.append(code)
    return reasons


@dataclass(frozen=True)
class Decision:
    time: float
    target: str
    reasons: tuple[str, ...]
    latency_ms: float
    cache: str | None
    status: int


class RecentDecisions:
    """A bounded ring buffer of decisions plus running totals by target."""

    def __init__(self, size: int = 50) -> None:
        if size < 1:
            raise ValueError("size must be at least 1")
        self._items: deque[Decision] = deque(maxlen=size)
        self.totals: dict[str, int] = dict.fromkeys(TARGETS, 0)

    def add(
        self,
        target: str,
        reasons: list[str] | tuple[str, ...],
        latency_ms: float,
        cache: str | None,
        status: int,
    ) -> None:
        target = clean_target(target)
        self.totals[target] += 1
        self._items.append(
            Decision(
                time=time.time(),
                target=target,
                reasons=tuple(reasons),
                latency_ms=round(latency_ms, 1),
                cache=clean_code(cache),
                status=status,
            )
        )

    def __len__(self) -> int:
        return len(self._items)

    def latest(self) -> list[dict[str, object]]:
        """Newest first, as JSON-ready dicts."""
        return [{**asdict(d), "reasons": list(d.reasons)} for d in reversed(self._items)]

    def share(self) -> dict[str, float | int]:
        """Counts by target since start, and the local share of requests sent to a model."""
        local, cloud = self.totals["local"], self.totals["cloud"]
        answered = local + cloud
        return {
            **self.totals,
            "local_share": round(local / answered, 4) if answered else 0.0,
        }
