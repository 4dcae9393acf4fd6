"""Policy loading and validation: the shipped file is valid; mistakes get actionable messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from duet.router import PolicyError, default_policy, load_policy
from duet.router.commands import validate_policy

DEFAULT = Path(__file__).resolve().parents[2] / "router" / "policies" / "default.yaml"
GOOD_RULES = "rules:\n  - {name: easy, priority: 0, when: {}, target: local, reason: difficulty_low}\n"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_default_policy_loads() -> None:
    policy = default_policy()
    assert policy.name == "default"
    assert policy.rules[0].priority >= policy.rules[-1].priority
    assert validate_policy(DEFAULT)[0]


@pytest.mark.parametrize(("text", "needle"), [
    ("difficulty: {threshold: 1.5}\n" + GOOD_RULES, "difficulty.threshold"),
    ("difficulty: {threshold: 0.6, degraded_threshold: 0.4}\n" + GOOD_RULES, "must be stricter"),
    ("difficulty: {threshold: high}\n" + GOOD_RULES, "expected a number"),
    ("pii: {types: {emial: redact}}\n" + GOOD_RULES, "unknown PII type"),
    ("pii: {types: {email: maybe}}\n" + GOOD_RULES, "use local_only or redact"),
    ("rules: []\n", "non-empty list"),
    ("rules:\n  - {name: r, when: {difficult: high}, target: cloud, reason: difficulty_high}\n", "unknown condition 'difficult'"),
    ("rules:\n  - {name: r, when: {}, target: moon, reason: difficulty_low}\n", "target 'moon'"),
    ("rules:\n  - {name: r, when: {}, target: local, reason: because}\n", "not a known reason code"),
    ("rules:\n  - {name: r, when: {difficulty: high}, target: cloud, reason: difficulty_high}\n", "catch-all"),
    ("threshold: 0.5\n" + GOOD_RULES, "unknown top-level key"),
    ("rules: [\n", "not valid YAML"),
])
def test_invalid_policies_name_the_problem(tmp_path: Path, text: str, needle: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    message = str(info.value)
    assert needle in message and "\n" not in message
    ok, reason = validate_policy(path)
    assert not ok and needle in reason


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read"):
        load_policy(tmp_path / "nope.yaml")


def test_misordered_policy_still_cannot_leak(tmp_path: Path) -> None:
    """A force rule placed above the privacy rules still cannot send private text out."""
    from duet.router import Router, Signals

    path = _write(tmp_path, (
        "name: reckless\nrules:\n"
        "  - {name: force, priority: 2000, when: {forced: any}, target: forced, reason: forced}\n"
        "  - {name: easy, priority: 0, when: {}, target: local, reason: difficulty_low}\n"))
    decision = Router(load_policy(path)).decide(
        Signals([{"role": "user", "content": "mail bob@corp.example"}], forced_target="cloud"))
    assert decision.target == "local" and not decision.may_escalate
