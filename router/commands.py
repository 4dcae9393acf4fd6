"""What ``duet route`` and ``duet eval-router`` do, as functions returning JSON-able data.

PII recall rule: a labelled value counts as found when a detected span of the same type overlaps
any occurrence of the value in the prompt (boundaries may differ by a few characters).
A privacy leak is an item with labelled PII whose decision — connectivity up, no tag — is the
cloud while a labelled value would still be sent (no redaction, or the value survives it).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from duet.router.engine import Router
from duet.router.evaluation import cost_curve
from duet.router.messages import message_text
from duet.router.metrics import percentile, roc_auc
from duet.router.policy import Policy, PolicyError, load_policy
from duet.router.types import ConnectivitySnapshot, Decision, DeviceState, PiiSpan, PrivacyTag, Signals
from duet.router.types import Target


def route_text(text: str, policy: Policy, privacy_tag: str | None = None,
               connectivity: ConnectivitySnapshot | None = None, router: Router | None = None,
               deadline: tuple[float | None, float | None, float | None] = (None, None, None),
               device: DeviceState | None = None) -> dict[str, Any]:
    """Decide for one user message and return the decision with its trace. ``deadline``: the
    budget and the cloud's and the local model's predicted times to answer, in seconds;
    ``device``: the battery and heat to assume."""
    router = router or Router(policy)
    tag = PrivacyTag(privacy_tag) if privacy_tag is not None else None
    signals = Signals([{"role": "user", "content": text}], privacy_tag=tag,
                      connectivity=connectivity or ConnectivitySnapshot.up(),
                      deadline_s=deadline[0], cloud_eta_s=deadline[1], local_eta_s=deadline[2],
                      device=device or DeviceState())
    return router.decide(signals).to_dict()


def validate_policy(path: str | Path) -> tuple[bool, str]:
    """(True, summary) for a usable policy file, else (False, the one-line reason)."""
    try:
        policy = load_policy(path)
    except PolicyError as exc:
        return False, str(exc)
    return True, (f"{path}: ok (policy {policy.name!r}, {len(policy.rules)} rules, "
                  f"threshold {policy.effective_threshold():.3f}, degraded {policy.effective_threshold(True):.3f})")


def _load(path: str | Path) -> list[dict[str, Any]]:
    with Path(path).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _decide(router: Router, item: dict[str, Any]) -> tuple[Decision, float]:
    signals = Signals(item.get("messages") or [{"role": "user", "content": item["prompt"]}])
    start = time.perf_counter()
    decision = router.decide(signals)
    return decision, (time.perf_counter() - start) * 1000.0


def _found(label: dict[str, Any], prompt: str, spans: tuple[PiiSpan, ...]) -> bool:
    value = label["value"]
    start = prompt.find(value)
    while start >= 0:
        end = start + len(value)
        if any(s.type == label["type"] and s.start < end and s.end > start for s in spans):
            return True
        start = prompt.find(value, start + 1)
    return False


def _leaks(item: dict[str, Any], decision: Decision) -> bool:
    if not item.get("pii") or decision.target != Target.CLOUD:
        return False
    if decision.redacted_messages is None:
        return True
    sent = "\n".join(message_text(m) for m in decision.redacted_messages)
    return any(label["value"] in sent for label in item["pii"])


def evaluate_items(path: str | Path, policy: Policy) -> Iterator[dict[str, Any]]:
    """One record per item: id, difficulty, target, reasons, pii (type and value)."""
    router = Router(policy)
    for item in _load(path):
        decision, _ = _decide(router, item)
        yield {"id": item.get("id"), "difficulty": decision.scores["difficulty"], "target": str(decision.target),
               "reasons": list(decision.reasons), "pii": [{"type": s.type, "value": s.value} for s in decision.pii]}


def evaluate_dataset(path: str | Path, policy: Policy) -> dict[str, Any]:
    """Router figures on a labelled JSONL file (see the module docstring for the definitions);
    ``cost_curve``: the share of all prompts sent to the cloud for 80 / 90 / 95 % recall of the
    hard ones (:mod:`router.evaluation`)."""
    router = Router(policy)
    items = _load(path)
    threshold = policy.effective_threshold()
    scores, labels, times = [], [], []
    correct = local = cloud_items = cloud_sent = leaks = free = flagged = 0
    found_by: dict[str, int] = {}
    total_by: dict[str, int] = {}
    for item in items:
        decision, ms = _decide(router, item)
        times.append(ms)
        difficulty = decision.scores["difficulty"]
        is_cloud = item["label"] == "cloud"
        scores.append(difficulty)
        labels.append(int(is_cloud))
        correct += (difficulty >= threshold) == is_cloud
        local += decision.target == Target.LOCAL
        if is_cloud:
            cloud_items += 1
            cloud_sent += decision.target == Target.CLOUD
        pii = item.get("pii") or []
        if not pii:
            free += 1
            flagged += bool(decision.pii)
        for label in pii:
            total_by[label["type"]] = total_by.get(label["type"], 0) + 1
            if _found(label, item["prompt"], decision.pii):
                found_by[label["type"]] = found_by.get(label["type"], 0) + 1
        leaks += _leaks(item, decision)
    n = len(items)
    total = sum(total_by.values())
    return {
        "n": n,
        "auc": round(roc_auc(scores, labels), 4),
        "accuracy": round(correct / n, 4) if n else None,
        "threshold": round(threshold, 4),
        "cost_curve": cost_curve(scores, labels) if 0 < sum(labels) < n else None,
        "local_share": round(local / n, 4) if n else None,
        "cloud_recall": round(cloud_sent / cloud_items, 4) if cloud_items else None,
        "pii_recall": {
            "overall": round(sum(found_by.values()) / total, 4) if total else None,
            "by_type": {t: round(found_by.get(t, 0) / c, 4) for t, c in sorted(total_by.items())},
        },
        "pii_false_positive_rate": round(flagged / free, 4) if free else None,
        "privacy_leaks": leaks,
        "decision_p50_ms": round(percentile(times, 50), 4),
        "decision_p99_ms": round(percentile(times, 99), 4),
    }
