"""Decision rules as a table, plus redaction, determinism and the privacy invariant."""

from __future__ import annotations

from dataclasses import replace

import pytest

from duet.router import ConnectivitySnapshot, Router, Signals, default_policy
from duet.router.messages import message_text

HARD = "Prove that there are infinitely many primes, then analyze the complexity of the sieve step by step."
EASY = "turn on the lights"
HARD_PII = HARD + " My email is jane.doe@example.com."

UP = ConnectivitySnapshot()
DOWN = ConnectivitySnapshot(state="down")
DEGRADED = ConnectivitySnapshot(state="degraded", rtt_ms=900.0, loss=0.2)
OPEN = ConnectivitySnapshot(breaker="open")


@pytest.fixture(scope="module")
def router() -> Router:
    return Router()


def _user(text: str) -> list[dict]:
    return [{"role": "user", "content": text}]


TABLE = [
    # name, text, signal overrides, expected target, expected first reason, may_escalate
    ("easy stays local", EASY, {}, "local", "difficulty_low", True),
    ("hard goes to cloud", HARD, {}, "cloud", "difficulty_high", True),
    ("local_only tag beats difficulty", HARD, {"privacy_tag": "local_only"}, "local", "privacy_tag", False),
    ("privacy tag beats force", HARD, {"privacy_tag": "local_only", "forced_target": "cloud"}, "local", "privacy_tag", False),
    ("pii beats force", HARD_PII, {"forced_target": "cloud"}, "local", "pii", False),
    ("pii keeps hard request local", HARD_PII, {}, "local", "pii", False),
    ("allow_cloud lets pii go", HARD_PII, {"privacy_tag": "allow_cloud"}, "cloud", "difficulty_high", True),
    ("redact tag escalates", HARD_PII, {"privacy_tag": "redact"}, "cloud", "difficulty_high", True),
    ("force cloud on easy", EASY, {"forced_target": "cloud"}, "cloud", "forced", True),
    ("force local on hard", HARD, {"forced_target": "local"}, "local", "forced", True),
    ("down means local", HARD, {"connectivity": DOWN}, "local", "offline", True),
    ("down beats force", EASY, {"connectivity": DOWN, "forced_target": "cloud"}, "local", "offline", True),
    ("open breaker means local", HARD, {"connectivity": OPEN}, "local", "circuit_open", True),
    ("busy goes to cloud", EASY, {"local_busy": True}, "cloud", "local_busy", True),
    ("busy but private stays", EASY + " for jane.doe@example.com", {"local_busy": True}, "local", "pii", False),
    ("busy but offline stays", EASY, {"local_busy": True, "connectivity": DOWN}, "local", "offline", True),
    ("sticky cloud keeps easy on cloud", EASY, {"sticky_target": "cloud"}, "cloud", "sticky", True),
    ("sticky local moves up on a hard turn", HARD, {"sticky_target": "local"}, "cloud", "difficulty_high", True),
    ("sticky local keeps easy local", EASY, {"sticky_target": "local"}, "local", "sticky", True),
    ("sticky cloud but private", EASY, {"sticky_target": "cloud", "privacy_tag": "local_only"}, "local", "privacy_tag", False),
    ("sticky cloud but down", EASY, {"sticky_target": "cloud", "connectivity": DOWN}, "local", "offline", True),
]


@pytest.mark.parametrize(("name", "text", "overrides", "target", "reason", "may_escalate"), TABLE,
                         ids=[row[0] for row in TABLE])
def test_decision_table(router: Router, name: str, text: str, overrides: dict, target: str, reason: str,
                        may_escalate: bool) -> None:
    decision = router.decide(Signals(_user(text), **overrides))
    assert decision.target == target
    assert decision.reasons[0] == reason
    assert decision.may_escalate is may_escalate


def test_degraded_link_uses_the_stricter_threshold(router: Router) -> None:
    messages = _user(HARD)
    strict = replace(router.policy, threshold=0.01, degraded_threshold=1.0)
    r = Router(strict, router.model)
    assert r.decide(Signals(messages)).target == "cloud"
    degraded = r.decide(Signals(messages, connectivity=DEGRADED))
    assert degraded.target == "local"
    assert degraded.reasons == ("difficulty_low", "degraded")
    assert degraded.scores["threshold"] > r.decide(Signals(messages)).scores["threshold"]


def test_local_capability_raises_the_line(router: Router) -> None:
    base = router.policy.effective_threshold()
    better = replace(router.policy, local_capability=2.0)
    assert better.effective_threshold() > base
    assert replace(router.policy, local_capability=-2.0).effective_threshold() < base


def test_redaction_masks_every_span_and_no_raw_value(router: Router) -> None:
    messages = [
        {"role": "system", "content": "You help with travel."},
        {"role": "user", "content": [{"type": "text", "text": "I'm jane.doe@example.com, phone 415-555-0168."}]},
        {"role": "assistant", "content": "Noted."},
        {"role": "user", "content": HARD + " Reply to jane.doe@example.com"},
    ]
    decision = router.decide(Signals(messages, privacy_tag="redact"))
    assert decision.target == "cloud" and decision.private
    sent = "\n".join(message_text(m) for m in decision.redacted_messages)
    assert "jane.doe@example.com" not in sent and "415-555-0168" not in sent
    assert sent.count("[EMAIL_1]") == 2 and "[PHONE_1]" in sent
    assert messages[1]["content"][0]["text"].startswith("I'm jane")  # input untouched


def test_per_type_redact_policy_escalates_only_redacted(router: Router) -> None:
    policy = replace(router.policy, pii={"email": "redact"})
    r = Router(policy, router.model)
    decision = r.decide(Signals(_user(HARD_PII)))
    assert decision.target == "cloud" and decision.may_escalate
    assert "jane.doe@example.com" not in decision.redacted_messages[0]["content"]
    mixed = r.decide(Signals(_user(HARD_PII + " Card 4111 1111 1111 1111")))
    assert mixed.target == "local" and not mixed.may_escalate and mixed.reasons == ("pii",)


def test_decision_is_deterministic_and_explained(router: Router) -> None:
    signals = Signals(_user(HARD_PII), connectivity=DEGRADED)
    first, second = router.decide(signals), router.decide(signals)
    assert first == second
    assert first.private and first.pii[0].type == "email"
    steps = [t["step"] for t in first.trace]
    assert steps[:3] == ["difficulty", "privacy", "connectivity"] and "rules" in steps
    assert first.trace[0]["top_features"]
    assert "jane.doe@example.com" not in str(first.to_dict())


def test_history_counts_toward_difficulty(router: Router) -> None:
    follow_up = "and what about the second option?"
    alone = router.decide(Signals(_user(follow_up))).scores["difficulty"]
    history = [{"role": "user", "content": HARD}, {"role": "assistant", "content": "x " * 400},
               {"role": "user", "content": follow_up}]
    assert router.decide(Signals(history)).scores["difficulty"] > alone
