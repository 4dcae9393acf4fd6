"""Calibration: where to draw the local/cloud line for the model this device runs.

Pure arithmetic on graded answers (``duet calibrate`` runs the model and grades them; see
docs/router.md, "Calibration"). Each graded item has the router's difficulty score and whether
the on-device model answered it right. The line is the highest difficulty below which the
device's answers are still right often enough: for a candidate line ``t`` the items scored below
it are the ones the device would answer, and their smoothed accuracy ``(right + 1) / (n + 2)``
must reach ``target``. The line is written as ``local_capability`` (capability doublings against
the reference model the scorer was trained for), so that the policy's effective threshold
``sigmoid(logit(threshold) + capability_step * local_capability)`` equals it, and the degraded
threshold moves with it.

The low-confidence line for regret is the mean token log-probability that best separates wrong
answers from right ones (largest true-positive rate minus false-positive rate).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

LINE_FLOOR, LINE_CEILING = 0.02, 0.98
CAPABILITY_LIMIT = 10.0


@dataclass(frozen=True)
class Graded:
    """One calibration item after the model answered it."""

    id: str
    category: str
    lang: str
    difficulty: float
    correct: bool
    mean_logprob: float | None = None


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def choose_line(items: list[Graded], target: float) -> float:
    """The highest line whose items below it reach ``target`` smoothed accuracy (the floor when
    none does)."""
    ranked = sorted(items, key=lambda g: g.difficulty)
    best = LINE_FLOOR
    right = 0
    for n, item in enumerate(ranked, start=1):
        right += item.correct
        following = ranked[n].difficulty if n < len(ranked) else 1.0
        if following == item.difficulty:
            continue  # a line cannot fall between equal scores
        if (right + 1) / (n + 2) >= target:
            best = (item.difficulty + following) / 2.0
    return min(LINE_CEILING, max(LINE_FLOOR, best))


def capability_for(line: float, threshold: float, step: float) -> float:
    """``local_capability`` that moves ``threshold`` to ``line``."""
    if step <= 0.0 or not 0.0 < threshold < 1.0:
        return 0.0
    capability = (_logit(line) - _logit(threshold)) / step
    return round(max(-CAPABILITY_LIMIT, min(CAPABILITY_LIMIT, capability)), 4)


def low_confidence_line(items: list[Graded], default: float) -> float:
    """The mean log-probability under which answers are most likely wrong (``default`` when the
    figures cannot tell: no right or no wrong answer with a measured confidence)."""
    measured = [g for g in items if g.mean_logprob is not None]
    wrong = [g.mean_logprob for g in measured if not g.correct and g.mean_logprob is not None]
    right = [g.mean_logprob for g in measured if g.correct and g.mean_logprob is not None]
    if not wrong or not right:
        return default
    best, best_j = default, -1.0
    for cut in sorted(set(wrong + right)):
        j = sum(v < cut for v in wrong) / len(wrong) - sum(v < cut for v in right) / len(right)
        if j > best_j:
            best, best_j = cut, j
    return round(max(-100.0, min(0.0, best)), 4)


def category_figures(items: list[Graded]) -> dict[str, dict[str, Any]]:
    """Per category: how many items, how many right, and their difficulty scores."""
    out: dict[str, dict[str, Any]] = {}
    for category in sorted({g.category for g in items}):
        group = [g for g in items if g.category == category]
        out[category] = {
            "n": len(group), "right": sum(g.correct for g in group),
            "difficulty": [round(g.difficulty, 4) for g in sorted(group, key=lambda g: g.difficulty)],
        }
    return out


def calibrate(items: list[Graded], threshold: float, step: float, target: float,
              default_low_confidence: float) -> dict[str, Any]:
    """The chosen line, capability and low-confidence line, with the figures behind them."""
    line = choose_line(items, target)
    below = [g for g in items if g.difficulty < line]
    return {
        "target_accuracy": target,
        "items": len(items),
        "right": sum(g.correct for g in items),
        "line": round(line, 4),
        "local_capability": capability_for(line, threshold, step),
        "local_share": round(len(below) / len(items), 4) if items else 0.0,
        "local_accuracy": round(sum(g.correct for g in below) / len(below), 4) if below else None,
        "low_confidence_logprob": low_confidence_line(items, default_low_confidence),
        "categories": category_figures(items),
    }
