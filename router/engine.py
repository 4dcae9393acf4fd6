"""The router: signals in, a :class:`~router.types.Decision` out. Pure and deterministic."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from duet.router.difficulty import DifficultyModel
from duet.router.messages import text_pieces
from duet.router.policy import Policy, default_policy
from duet.router.privacy.lexicon import load_lexicon
from duet.router.privacy import detect_pii, redact_messages
from duet.router.rules import Facts, evaluate
from duet.router.types import ConnState, Decision, PiiAction, PiiSpan, PrivacyTag, Reason, Signals
from duet.router.types import Target


def _rounded(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds, 3)


def _device_reasons(facts: Facts) -> tuple[str, ...]:
    return ((Reason.BATTERY_LOW.value,) if facts.battery == "low" else ()) + (
        (Reason.THERMAL.value,) if facts.thermal == "hot" else ())


def _later_steps(signals: Signals, facts: Facts, shift: float) -> list[dict[str, Any]]:
    """The trace's deadline, context (when measured) and device steps."""
    steps: list[dict[str, Any]] = [
        {"step": "deadline", "budget_s": _rounded(signals.deadline_s),
         "cloud_eta_s": _rounded(signals.cloud_eta_s), "local_eta_s": _rounded(signals.local_eta_s),
         "cloud_too_slow": facts.cloud_too_slow, "local_too_slow": facts.local_too_slow},
    ]
    need = signals.context
    if need is not None:
        steps.append({"step": "context", "state": need.state, "prompt_tokens": need.prompt_tokens,
                      "counted": need.counted, "reserve": need.reserve,
                      "local_limit": need.local_limit, "cloud_limit": need.cloud_limit})
    steps.append({"step": "device", **signals.device.to_dict(), "battery": facts.battery,
                  "thermal": facts.thermal, "threshold_shift": round(shift, 4)})
    return steps


@dataclass(frozen=True)
class _Privacy:
    """What the privacy step found and allows."""

    piece_spans: list[list[PiiSpan]]  # per message text piece, for redaction
    spans: tuple[PiiSpan, ...]  # every span, the declared text's included
    types: list[str]
    blocking: list[str]
    may_escalate: bool
    redact: bool


def _privacy(policy: Policy, signals: Signals) -> _Privacy:
    """Personal data in the messages and in the declared text (tools, response format, stop
    sequences). The declared text cannot be redacted (a schema must stay what it is), so personal
    data there keeps the request on the device unless it is tagged ``allow_cloud``."""
    piece_spans = [detect_pii(text, index) for index, text in text_pieces(signals.messages)]
    declared = tuple(detect_pii("\n".join(signals.declared))) if signals.declared else ()
    spans = tuple(s for group in piece_spans for s in group) + declared
    types = sorted({s.type for s in spans})
    declared_types = sorted({s.type for s in declared})
    tag = signals.privacy_tag
    if tag is None:
        blocking = [t for t in types
                    if policy.pii_action(t) == PiiAction.LOCAL_ONLY or t in declared_types]
    else:  # a tag decides, but redaction cannot reach the declared text
        blocking = declared_types if tag == PrivacyTag.REDACT else []
    if tag == PrivacyTag.LOCAL_ONLY:
        may_escalate, redact = False, False
    elif tag == PrivacyTag.ALLOW_CLOUD:
        may_escalate, redact = True, False
    elif tag == PrivacyTag.REDACT:
        may_escalate = redact = not declared
    else:
        may_escalate, redact = not blocking, bool(spans) and not blocking
    return _Privacy(piece_spans, spans, types, blocking, may_escalate, redact)


class Router:
    """Holds a policy and the difficulty model (loaded once, here, not at import)."""

    def __init__(self, policy: Policy | None = None, model: DifficultyModel | None = None) -> None:
        self.policy = policy or default_policy()
        self.model = model or DifficultyModel.load_default()
        load_lexicon()  # the Latin-script name and street words, here rather than on a request

    def decide(self, signals: Signals) -> Decision:
        policy = self.policy
        tag = signals.privacy_tag
        privacy = _privacy(policy, signals)
        spans, types, blocking = privacy.spans, privacy.types, privacy.blocking
        may_escalate, redact = privacy.may_escalate, privacy.redact
        redacted, placeholders = (
            redact_messages(signals.messages, privacy.piece_spans) if redact else (None, {})
        )

        conn = signals.connectivity
        degraded = conn.state == ConnState.DEGRADED
        device = signals.device
        shift = policy.device.shift(device)
        base_threshold = policy.effective_threshold(degraded)
        threshold = min(1.0, max(0.0, base_threshold + shift))
        difficulty, top = self.model.score(signals.messages)
        facts = Facts(
            privacy_tag=tag.value if tag else None, pii_found=bool(spans), pii_blocking=bool(blocking),
            may_escalate=may_escalate, connectivity=conn.state.value, breaker=conn.breaker.value,
            forced=signals.forced_target.value if signals.forced_target else None,
            sticky=signals.sticky_target.value if signals.sticky_target else None,
            local_busy=signals.local_busy, difficulty=difficulty, threshold=threshold,
            cloud_too_slow=signals.too_slow(Target.CLOUD),
            local_too_slow=signals.too_slow(Target.LOCAL),
            context=signals.context.state if signals.context else "fits",
            battery="low" if policy.device.battery_low(device) else "ok",
            thermal="hot" if device.hot_zones else "ok",
        )
        target, reasons, rule_trace = evaluate(policy, facts)
        if target == Target.CLOUD and Reason.DIFFICULTY_HIGH in reasons and difficulty < base_threshold:
            reasons += _device_reasons(facts)  # the device's state tipped it
        trace: list[dict[str, Any]] = [
            {"step": "difficulty", "score": round(difficulty, 4), "threshold": round(threshold, 4),
             "degraded": degraded, "top_features": [{"feature": n, "weight": w} for n, w in top]},
            {"step": "privacy", "tag": facts.privacy_tag, "pii_types": types, "blocking": blocking,
             "redacted": redact, "may_escalate": may_escalate},
            {"step": "connectivity", "state": conn.state.value, "breaker": conn.breaker.value,
             "rtt_ms": conn.rtt_ms, "loss": conn.loss},
            *_later_steps(signals, facts, shift),
            *({"step": "rules", **entry} for entry in rule_trace),
        ]
        return Decision(
            target=target, reasons=reasons,
            scores={"difficulty": round(difficulty, 4), "threshold": round(threshold, 4)},
            policy=policy.name, trace=trace, pii=spans, may_escalate=may_escalate,
            redacted_messages=redacted, placeholders=placeholders,
            private=tag in (PrivacyTag.LOCAL_ONLY, PrivacyTag.REDACT) or bool(spans),
        )
