"""The routing policy: thresholds, per-type PII handling and prioritised rules, loaded from YAML.

Rule conditions (all must hold; ``when: {}`` always matches):

=============  =========================================  ================================
condition      values                                     holds when
=============  =========================================  ================================
privacy_tag    local_only | redact | allow_cloud | none   the request carries that tag
pii_blocking   true | false                               PII whose policy is local_only
pii_found      true | false                               any PII was detected
connectivity   up | degraded | down                       the link is in that state
breaker        closed | open | half_open                  the circuit breaker is
forced         local | cloud | any                        x-duet-route asked for it
sticky         local | cloud | any                        the conversation started there
local_busy     true | false                               the local engine's queue is full
difficulty     high | low                                 score vs. the effective threshold
context        fits | overflow | too_long                 prompt + max_tokens vs. the device's
                                                          context (overflow: only the cloud's
                                                          holds it; too_long: neither)
battery        low | ok                                   on battery at or below
                                                          device.battery_low_percent
thermal        hot | ok                                   a thermal zone is past a trip point
=============  =========================================  ================================

``target`` is ``local``, ``cloud``, ``forced`` (the requested target) or ``sticky``.

``regret.low_confidence_logprob``: a local answer whose tokens' mean log-probability is below it
counts as a probably wrong local decision (``duet_regret_total{kind="local_low_confidence"}``).
``calibration`` (written by ``duet calibrate``): the model file the thresholds were chosen for
(``model_name``, ``model_sha256``) and the figures they were chosen from.

``pinning`` says which way a conversation's pin holds: ``up`` (a conversation pinned to the device
escalates on a hard turn and is pinned to the cloud from then on; a cloud pin holds) or ``hold``
(every pin holds: a hard turn of a device conversation is answered on the device).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from duet.router.types import PII_TYPES, DeviceState, PiiAction, Reason

CONDITIONS: dict[str, tuple[Any, ...]] = {
    "privacy_tag": ("local_only", "redact", "allow_cloud", "none"),
    "pii_blocking": (True, False),
    "pii_found": (True, False),
    "connectivity": ("up", "degraded", "down"),
    "breaker": ("closed", "open", "half_open"),
    "forced": ("local", "cloud", "any"),
    "sticky": ("local", "cloud", "any"),
    "local_busy": (True, False),
    "difficulty": ("high", "low"),
    "context": ("fits", "overflow", "too_long"),
    "battery": ("low", "ok"),
    "thermal": ("hot", "ok"),
}
TARGETS = ("local", "cloud", "forced", "sticky")
PINNING = ("up", "hold")


class PolicyError(ValueError):
    """A policy file that cannot be used; the message says where and what to write instead."""


@dataclass(frozen=True)
class Rule:
    name: str
    priority: int
    when: dict[str, Any]
    target: str
    reason: str


@dataclass(frozen=True)
class DeviceRules:
    """How the device's own state moves the difficulty threshold (negative: lean on the cloud)."""

    battery_low_percent: float = 20.0
    battery_low_shift: float = 0.0
    thermal_shift: float = 0.0

    def battery_low(self, state: DeviceState) -> bool:
        return (state.discharging and state.battery_percent is not None
                and state.battery_percent <= self.battery_low_percent)

    def shift(self, state: DeviceState) -> float:
        low = self.battery_low_shift if self.battery_low(state) else 0.0
        return low + (self.thermal_shift if state.hot_zones else 0.0)


@dataclass(frozen=True)
class Calibration:
    """Which model file a calibrated policy was made for, and the figures it was made from."""

    model_name: str
    model_sha256: str
    figures: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Policy:
    name: str = "default"
    threshold: float = 0.5
    degraded_threshold: float = 0.75
    local_capability: float = 0.0
    capability_step: float = 0.5
    pii_default: PiiAction = PiiAction.LOCAL_ONLY
    pii: dict[str, PiiAction] = field(default_factory=dict)
    rules: tuple[Rule, ...] = ()
    pinning: str = "up"  # see PINNING
    device: DeviceRules = field(default_factory=DeviceRules)
    low_confidence_logprob: float = -1.5
    calibration: Calibration | None = None

    def pii_action(self, pii_type: str) -> PiiAction:
        return self.pii.get(pii_type, self.pii_default)

    def effective_threshold(self, degraded: bool = False) -> float:
        """sigmoid(logit(base) + capability_step * local_capability): a more capable local model
        raises the bar for escalation; base is ``degraded_threshold`` on a degraded link."""
        base = self.degraded_threshold if degraded else self.threshold
        if base <= 0.0 or base >= 1.0:
            return base
        z = math.log(base / (1.0 - base)) + self.capability_step * self.local_capability
        return 1.0 / (1.0 + math.exp(-z))


def _fail(where: str, problem: str) -> PolicyError:
    return PolicyError(f"{where}: {problem}")


def _number(section: dict[str, Any], key: str, default: float, where: str, lo: float, hi: float) -> float:
    value = section.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _fail(f"{where}.{key}", f"expected a number, got {value!r}")
    if not lo <= value <= hi:
        raise _fail(f"{where}.{key}", f"{value} is out of range; use a value within {lo}..{hi}")
    return float(value)


def _section(raw: Any, where: str, keys: tuple[str, ...], what: str = "", noun: str = "key(s)") -> dict[str, Any]:
    """``raw`` as a mapping holding only ``keys``; the error names the keys allowed."""
    allowed = ", ".join(keys)
    if not isinstance(raw, dict):
        raise _fail(where, what or f"must be a mapping with {allowed}")
    unknown = set(raw) - set(keys)
    if unknown:
        raise _fail(where, f"unknown {noun} {sorted(unknown)}; allowed: {allowed}")
    return raw


def _rule(raw: Any, i: int) -> Rule:
    raw = _section(raw, f"rules[{i}]", ("name", "priority", "when", "target", "reason"),
                   "each rule must be a mapping with name, priority, when, target, reason")
    name = raw.get("name") or f"rule_{i}"
    where = f"rules[{i}] ({name})"
    priority = raw.get("priority", 0)
    if isinstance(priority, bool) or not isinstance(priority, int):
        raise _fail(where, f"priority must be an integer, got {priority!r}")
    when = raw.get("when") or {}
    if not isinstance(when, dict):
        raise _fail(where, "when must be a mapping of condition: value")
    for key, value in when.items():
        if key not in CONDITIONS:
            raise _fail(where, f"unknown condition {key!r}; expected one of {', '.join(CONDITIONS)}")
        if value not in CONDITIONS[key]:
            allowed = ", ".join(str(v).lower() for v in CONDITIONS[key])
            raise _fail(where, f"{key}: {value!r} is not allowed; use one of {allowed}")
    target = raw.get("target")
    if target not in TARGETS:
        raise _fail(where, f"target {target!r} is not allowed; use one of {', '.join(TARGETS)}")
    reason = raw.get("reason")
    if reason not in {r.value for r in Reason}:
        raise _fail(where, f"reason {reason!r} is not a known reason code; use one of "
                           f"{', '.join(r.value for r in Reason)}")
    return Rule(str(name), priority, dict(when), target, reason)


def policy_from_dict(data: Any) -> Policy:
    """Build and validate a policy from parsed YAML."""
    data = _section(data, "policy", ("name", "version", "difficulty", "pii", "pinning", "device", "regret",
                                     "calibration", "rules"),
                    "the file must contain a mapping with name, difficulty, pii and rules", "top-level key(s)")
    pinning = data.get("pinning", "up")
    if pinning not in PINNING:
        raise _fail("pinning", f"{pinning!r} is not allowed; use up or hold")
    diff = data.get("difficulty") or {}
    if not isinstance(diff, dict):
        raise _fail("difficulty", "must be a mapping")
    threshold = _number(diff, "threshold", 0.5, "difficulty", 0.0, 1.0)
    degraded = _number(diff, "degraded_threshold", max(threshold, 0.75), "difficulty", 0.0, 1.0)
    if degraded < threshold:
        raise _fail("difficulty.degraded_threshold",
                    f"{degraded} is below threshold {threshold}; a degraded link must be stricter (higher)")
    capability = _number(diff, "local_capability", 0.0, "difficulty", -10.0, 10.0)
    step = _number(diff, "capability_step", 0.5, "difficulty", 0.0, 5.0)
    pii = data.get("pii") or {}
    if not isinstance(pii, dict):
        raise _fail("pii", "must be a mapping with default and types")
    actions = {a.value for a in PiiAction}
    default = pii.get("default", "local_only")
    if default not in actions:
        raise _fail("pii.default", f"{default!r} is not allowed; use local_only or redact")
    types = pii.get("types") or {}
    if not isinstance(types, dict):
        raise _fail("pii.types", "must map a PII type to local_only or redact")
    for key, value in types.items():
        if key not in PII_TYPES:
            raise _fail(f"pii.types.{key}", f"unknown PII type; expected one of {', '.join(PII_TYPES)}")
        if value not in actions:
            raise _fail(f"pii.types.{key}", f"{value!r} is not allowed; use local_only or redact")
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise _fail("rules", "a non-empty list of rules is required (see router/policies/default.yaml)")
    rules = [_rule(r, i) for i, r in enumerate(raw_rules)]
    names = [r.name for r in rules]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise _fail("rules", f"duplicate rule name(s) {duplicates}; names must be unique")
    if not any(not r.when for r in rules):
        raise _fail("rules", "add a catch-all rule with `when: {}` so every request gets a target")
    ordered = tuple(sorted(rules, key=lambda r: -r.priority))
    return Policy(str(data.get("name", "unnamed")), threshold, degraded, capability, step,
                  PiiAction(default), {k: PiiAction(v) for k, v in types.items()}, ordered,
                  str(pinning), _device(data.get("device") or {}), _regret(data.get("regret") or {}),
                  _calibration(data.get("calibration")))


def _regret(section: Any) -> float:
    section = _section(section, "regret", ("low_confidence_logprob",))
    return _number(section, "low_confidence_logprob", -1.5, "regret", -100.0, 0.0)


def _calibration(section: Any) -> Calibration | None:
    if section is None:
        return None
    section = _section(section, "calibration", ("model_name", "model_sha256", "figures"))
    digest = section.get("model_sha256")
    if not isinstance(digest, str) or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise _fail("calibration.model_sha256", "expected the model file's SHA-256 as 64 lowercase hex digits")
    figures = section.get("figures") or {}
    if not isinstance(figures, dict):
        raise _fail("calibration.figures", "must be a mapping")
    return Calibration(str(section.get("model_name", "")), digest, dict(figures))


def _device(section: Any) -> DeviceRules:
    section = _section(section, "device", ("battery_low_percent", "battery_low_shift", "thermal_shift"))
    return DeviceRules(
        _number(section, "battery_low_percent", 20.0, "device", 0.0, 100.0),
        _number(section, "battery_low_shift", 0.0, "device", -1.0, 1.0),
        _number(section, "thermal_shift", 0.0, "device", -1.0, 1.0),
    )


def load_policy(path: str | Path) -> Policy:
    """Read and validate a YAML policy file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(f"{p}: cannot read the policy file ({exc.strerror or exc})") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{p}:{mark.line + 1}" if mark else str(p)
        raise PolicyError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from exc
    try:
        return policy_from_dict(data)
    except PolicyError as exc:
        raise PolicyError(f"{p}: {exc}") from None


def default_policy() -> Policy:
    """The policy shipped in ``router/policies/default.yaml``."""
    text = resources.files("duet.router").joinpath("policies", "default.yaml").read_text(encoding="utf-8")
    return policy_from_dict(yaml.safe_load(text))
