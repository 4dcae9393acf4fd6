"""Regret: routing decisions that were probably wrong, counted as they happen.

- ``local_low_confidence``: a local answer whose tokens' mean log-probability (measured by the
  engine, ``Finish.mean_logprob``) is below the policy's ``regret.low_confidence_logprob``: the
  model was unsure, the cloud might have answered better.
- ``cloud_easy``: a cloud answer to a prompt scored below the policy's own line (its effective
  threshold on an up link, before any device shift; the calibrated line when the policy is
  calibrated), so escalated for another reason (local busy, context, battery, heat, a forced or
  pinned route, a fallback): the device would probably have answered it.

Both count in ``duet_regret_total{kind, reason}``, ``reason`` a reason code (a fixed set): for a
local answer the decision's first (why it stayed), for a cloud answer the route's last (what
sent it up); the local answers' confidence goes into ``duet_local_confidence``. Nothing
of the request's content is read.
"""

from __future__ import annotations

from duet.core.backend import Event, EventFilter, Finish, Generation
from duet.core.metrics import Metrics
from duet.router import Decision, Policy

LOW_CONFIDENCE = "local_low_confidence"
CLOUD_EASY = "cloud_easy"


class _Confidence(EventFilter):
    """Notes the local answer's confidence when its last event passes."""

    def __init__(self, generation: Generation, watch: "RegretWatch", reason: str) -> None:
        super().__init__(generation.events)
        self.watch = watch
        self.reason = reason

    def on_event(self, event: Event) -> Event:
        if isinstance(event, Finish) and event.mean_logprob is not None:
            self.watch.local_answered(event.mean_logprob, self.reason)
        return event


class RegretWatch:
    def __init__(self, policy: Policy, metrics: Metrics) -> None:
        self.metrics = metrics
        self.low_confidence = policy.low_confidence_logprob
        self.line = policy.effective_threshold()

    def watch(self, generation: Generation, decision: Decision) -> None:
        """Count a cloud answer to an easy prompt now, a local answer's confidence when it ends."""
        route = generation.route
        if route.target == "cloud" and decision.scores.get("difficulty", 1.0) < self.line:
            # the last reason is the one that sent it up (local_busy, battery_low, a fallback…)
            self.metrics.count_regret(CLOUD_EASY, route.reasons[-1] if route.reasons else "none")
        elif route.target == "local":
            reason = decision.reasons[0] if decision.reasons else "none"
            generation.events = _Confidence(generation, self, reason)

    def local_answered(self, mean_logprob: float, reason: str) -> None:
        self.metrics.observe_confidence(mean_logprob)
        if mean_logprob < self.low_confidence:
            self.metrics.count_regret(LOW_CONFIDENCE, reason)
