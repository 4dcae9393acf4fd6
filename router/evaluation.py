"""Figures for a difficulty score against labels: the cost curve and per-group summaries.

The *cost curve* answers "to send this share of the hard prompts to the cloud, how much of all
traffic goes there?": for a recall ``r`` the threshold is the score of the ``ceil(r * hard)``-th
hardest-scored hard prompt, and the cloud share is the fraction of all prompts scoring at least
that (ties go to the cloud, as the router's ``>=`` does).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from duet.router.metrics import roc_auc

RECALLS = (0.8, 0.9, 0.95)


def threshold_for_recall(scores: Sequence[float], labels: Sequence[int], recall: float) -> float:
    """The highest threshold that sends at least ``recall`` of the hard (label 1) prompts to the cloud."""
    hard = sorted((s for s, y in zip(scores, labels) if y), reverse=True)
    if not hard:
        return float("nan")
    need = max(1, math.ceil(recall * len(hard) - 1e-9))
    return hard[need - 1]


def cost_curve(scores: Sequence[float], labels: Sequence[int],
               recalls: Sequence[float] = RECALLS) -> dict[str, dict[str, float]]:
    """For each recall: the threshold and the share of all prompts sent to the cloud."""
    out: dict[str, dict[str, float]] = {}
    for recall in recalls:
        t = threshold_for_recall(scores, labels, recall)
        share = sum(1 for s in scores if s >= t) / len(scores) if scores and t == t else float("nan")
        out[f"{round(recall * 100)}%"] = {"cloud_share": round(share, 4), "threshold": round(t, 4)}
    return out


def summarize(items: Sequence[dict[str, Any]], scores: Sequence[float], threshold: float) -> dict[str, Any]:
    """AUC overall and per language, the cost curve, and the same per category."""
    labels = [1 if it["label"] == "cloud" else 0 for it in items]
    report: dict[str, Any] = {"n": len(items), **_figures(scores, labels, threshold)}
    for lang in ("en", "zh"):
        report[lang] = _group(items, scores, labels, threshold, "lang", lang)
    categories = sorted({str(it.get("category")) for it in items})
    report["by_category"] = {c: _group(items, scores, labels, threshold, "category", c) for c in categories}
    return report


def _group(items: Sequence[dict[str, Any]], scores: Sequence[float], labels: Sequence[int], threshold: float,
           key: str, value: str) -> dict[str, Any]:
    idx = [i for i, it in enumerate(items) if str(it.get(key)) == value]
    return {"n": len(idx), **_figures([scores[i] for i in idx], [labels[i] for i in idx], threshold)}


def _figures(scores: Sequence[float], labels: Sequence[int], threshold: float) -> dict[str, Any]:
    hard = sum(labels)
    easy = len(labels) - hard
    auc = roc_auc(scores, labels) if hard and easy else None
    caught = sum(1 for s, y in zip(scores, labels) if y and s >= threshold)
    kept = sum(1 for s, y in zip(scores, labels) if not y and s < threshold)
    out: dict[str, Any] = {
        "hard": hard,
        "auc": round(auc, 4) if auc is not None else None,
        "recall_at_threshold": round(caught / hard, 4) if hard else None,
        "local_kept_at_threshold": round(kept / easy, 4) if easy else None,
    }
    if hard and easy:
        out["cost_curve"] = cost_curve(scores, labels)
    return out
