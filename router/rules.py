"""Pure rule evaluation: facts about a request + a policy → target, reasons and a trace.

Two guarantees hold whatever the policy file says: a rule that would send the request to the
cloud is skipped when privacy forbids escalation, and when the cloud cannot be reached
(link down or breaker open).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from duet.router.policy import Policy, Rule
from duet.router.types import Reason, Target


@dataclass(frozen=True)
class Facts:
    privacy_tag: str | None
    pii_found: bool
    pii_blocking: bool
    may_escalate: bool
    connectivity: str
    breaker: str
    forced: str | None
    sticky: str | None
    local_busy: bool
    difficulty: float
    threshold: float
    cloud_too_slow: bool = False  # predicted not to answer within the request's deadline
    local_too_slow: bool = False
    context: str = "fits"  # fits | overflow | too_long (router.types.ContextNeed.state)
    battery: str = "ok"  # low | ok
    thermal: str = "ok"  # hot | ok

    @property
    def reachable(self) -> bool:
        return self.connectivity != "down" and self.breaker != "open"


def _holds(key: str, expected: Any, facts: Facts) -> bool:
    if key == "privacy_tag":
        return bool((facts.privacy_tag or "none") == expected)
    if key in ("forced", "sticky"):
        actual = getattr(facts, key)
        return actual is not None if expected == "any" else bool(actual == expected)
    if key == "difficulty":
        high = facts.difficulty >= facts.threshold
        return high if expected == "high" else not high
    return bool(getattr(facts, key) == expected)


def _target(rule: Rule, facts: Facts) -> str | None:
    if rule.target == "forced":
        return facts.forced
    if rule.target == "sticky":
        return facts.sticky
    return rule.target


def _fallback(facts: Facts) -> tuple[Target, tuple[str, ...]]:
    if not facts.may_escalate:
        return Target.LOCAL, (Reason.PRIVACY_TAG if facts.privacy_tag else Reason.PII,)
    if facts.connectivity == "down":
        return Target.LOCAL, (Reason.OFFLINE,)
    if facts.breaker == "open":
        return Target.LOCAL, (Reason.CIRCUIT_OPEN,)
    return Target.LOCAL, (Reason.DIFFICULTY_LOW,)


def _moves_up(policy: Policy, rule: Rule, facts: Facts) -> bool:
    """A hard turn of a conversation pinned to the device escalates (``pinning: up``) when the
    cloud may take it and can answer in time."""
    return (rule.target == "sticky" and facts.sticky == Target.LOCAL and policy.pinning == "up"
            and facts.difficulty >= facts.threshold and facts.may_escalate and facts.reachable
            and not facts.cloud_too_slow)


def _deadline_skip(rule: Rule, target: str | None, facts: Facts) -> str | None:
    """Why a matched rule's tier is passed over for the deadline, if it is: only the router's
    own choices (difficulty, stickiness, overflow), never a forced tier or privacy, and only
    when the other tier is not predicted to miss the deadline too."""
    if rule.reason not in _MOVABLE:
        return None
    if target == Target.CLOUD and facts.cloud_too_slow and not facts.local_too_slow:
        return "the cloud cannot answer within the deadline"
    if (target == Target.LOCAL and facts.local_too_slow and not facts.cloud_too_slow
            and facts.may_escalate and facts.reachable):
        return "the local model cannot answer within the deadline"
    return None


_MOVABLE = (Reason.DIFFICULTY_HIGH, Reason.DIFFICULTY_LOW, Reason.STICKY, Reason.LOCAL_BUSY)


def evaluate(policy: Policy, facts: Facts) -> tuple[Target, tuple[str, ...], list[dict[str, Any]]]:
    """Walk the rules from the highest priority; the first that matches and may apply decides.
    A rule passed over for the deadline leaves its reason and ``deadline`` to the one that
    decides instead."""
    trace: list[dict[str, Any]] = []
    moved: tuple[str, ...] = ()
    for rule in policy.rules:
        if not all(_holds(k, v, facts) for k, v in rule.when.items()):
            trace.append({"rule": rule.name, "priority": rule.priority, "matched": False})
            continue
        if _moves_up(policy, rule, facts):
            trace.append({"rule": rule.name, "priority": rule.priority, "matched": True,
                          "overridden": Reason.DIFFICULTY_HIGH.value, "target": Target.CLOUD.value})
            up: tuple[str, ...] = (Reason.DIFFICULTY_HIGH.value, Reason.STICKY_OVERRIDDEN.value)
            if facts.connectivity == "degraded":
                up += (Reason.DEGRADED.value,)
            return Target.CLOUD, up, trace
        target = _target(rule, facts)
        if target == Target.CLOUD and not facts.may_escalate:
            trace.append({"rule": rule.name, "priority": rule.priority, "matched": True,
                          "skipped": "privacy forbids the cloud"})
            continue
        if target == Target.CLOUD and not facts.reachable:
            trace.append({"rule": rule.name, "priority": rule.priority, "matched": True,
                          "skipped": "cloud unreachable"})
            continue
        skip = _deadline_skip(rule, target, facts)
        if skip is not None:
            trace.append({"rule": rule.name, "priority": rule.priority, "matched": True,
                          "skipped": skip})
            if target == Target.LOCAL:  # the cloud answers instead
                return Target.CLOUD, (rule.reason, Reason.DEADLINE.value), trace
            moved = moved or (rule.reason, Reason.DEADLINE.value)
            continue
        reasons: tuple[str, ...] = moved or (rule.reason,)
        if facts.connectivity == "degraded" and rule.reason in (Reason.DIFFICULTY_HIGH, Reason.DIFFICULTY_LOW):
            reasons += (Reason.DEGRADED.value,)
        trace.append({"rule": rule.name, "priority": rule.priority, "matched": True, "target": target})
        if target is None:  # a "forced" or "sticky" rule whose `when` does not require one
            raise ValueError(f"rule {rule.name!r} targets {rule.target!r}, which this request does not have")
        return Target(target), reasons, trace
    target, reasons = _fallback(facts)
    trace.append({"rule": "(fallback)", "matched": True, "target": target.value})
    return target, moved or tuple(str(r) for r in reasons), trace
