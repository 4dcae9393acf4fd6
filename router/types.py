"""Value types shared by the router and its callers.

Everything here is plain data: enums whose members compare equal to their string values
(so ``Target.LOCAL == "local"``), and frozen dataclasses. Nothing here does any work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Target(StrEnum):
    LOCAL = "local"
    CLOUD = "cloud"


class ConnState(StrEnum):
    UP = "up"
    DEGRADED = "degraded"
    DOWN = "down"


class BreakerState(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class PrivacyTag(StrEnum):
    LOCAL_ONLY = "local_only"
    REDACT = "redact"
    ALLOW_CLOUD = "allow_cloud"


class PiiAction(StrEnum):
    """What the policy does with a detected PII type when the request carries no tag."""

    LOCAL_ONLY = "local_only"
    REDACT = "redact"


class Reason(StrEnum):
    """Stable reason codes; they are Prometheus label values, so never rename one."""

    PRIVACY_TAG = "privacy_tag"
    PII = "pii"
    DIFFICULTY_HIGH = "difficulty_high"
    DIFFICULTY_LOW = "difficulty_low"
    OFFLINE = "offline"
    DEGRADED = "degraded"
    CIRCUIT_OPEN = "circuit_open"
    LOCAL_BUSY = "local_busy"
    CASCADE_LOW_CONFIDENCE = "cascade_low_confidence"
    CLOUD_ERROR_FALLBACK = "cloud_error_fallback"
    FORCED = "forced"
    STICKY = "sticky"
    DEADLINE = "deadline"  # the other tier cannot answer within the request's deadline
    CONTINUED_LOCAL = "continued_local"  # the local model finished a cut cloud answer
    HEDGED_LOCAL = "hedged_local"  # the cloud was slow to start; the local model answered first
    HEDGED_CLOUD = "hedged_cloud"  # a hedge was started; the cloud's first token still came first
    CONTEXT_OVERFLOW = "context_overflow"  # too long for the device's context; the cloud holds it
    STICKY_OVERRIDDEN = "sticky_overridden"  # a hard turn moved a conversation pinned to the device up
    BATTERY_LOW = "battery_low"  # escalated only because the battery is low (a lowered threshold)
    THERMAL = "thermal"  # escalated only because the device is hot (a lowered threshold)


PII_TYPES: tuple[str, ...] = (
    "email", "phone", "cn_resident_id", "credit_card", "iban", "ip_address", "vin",
    "license_plate", "gps_coordinates", "street_address", "person_name", "date_of_birth",
    "passport", "bank_account", "api_key_secret", "medical_record", "national_id",
)


def _coerce(obj: object, name: str, enum: type[StrEnum], optional: bool) -> None:
    value = getattr(obj, name)
    if value is None and optional:
        return
    try:
        object.__setattr__(obj, name, enum(value))
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise ValueError(f"{name}={value!r} is not one of: {allowed}") from None


@dataclass(frozen=True)
class ConnectivitySnapshot:
    """What the connectivity monitor last observed about the cloud link."""

    state: ConnState = ConnState.UP
    rtt_ms: float | None = None
    jitter_ms: float | None = None
    loss: float = 0.0
    breaker: BreakerState = BreakerState.CLOSED

    def __post_init__(self) -> None:
        _coerce(self, "state", ConnState, optional=False)
        _coerce(self, "breaker", BreakerState, optional=False)
        if not 0.0 <= self.loss <= 1.0:
            raise ValueError(f"loss must be within 0..1, got {self.loss}")

    @classmethod
    def up(cls) -> "ConnectivitySnapshot":
        return cls()

    @property
    def reachable(self) -> bool:
        return self.state != ConnState.DOWN and self.breaker != BreakerState.OPEN


@dataclass(frozen=True)
class PiiSpan:
    """A detected piece of personal data. ``start``/``end`` index the text it was found in;
    ``message`` is the index of that message in ``Signals.messages`` when known."""

    type: str
    start: int
    end: int
    value: str
    message: int | None = None


@dataclass(frozen=True)
class ContextNeed:
    """How much context a request needs, in the device tokenizer's tokens, against each tier's
    context length (``cloud_limit`` None: the pool did not say)."""

    prompt_tokens: int  # counted, or estimated when clearly away from every limit
    reserve: int  # room wanted for the answer: max_tokens, or the default
    local_limit: int
    cloud_limit: int | None = None
    counted: bool = False  # an exact count, not an estimate

    @property
    def fits_local(self) -> bool:
        return self.prompt_tokens + self.reserve <= self.local_limit

    @property
    def prompt_fits_local(self) -> bool:
        """The prompt alone leaves room for at least one token on the device."""
        return self.prompt_tokens < self.local_limit

    @property
    def prompt_fits_cloud(self) -> bool:
        return self.cloud_limit is None or self.prompt_tokens < self.cloud_limit

    @property
    def fits_cloud(self) -> bool:
        return self.cloud_limit is None or self.prompt_tokens + self.reserve <= self.cloud_limit

    @property
    def state(self) -> str:
        """``fits`` (the device holds it), ``overflow`` (only the cloud does), ``too_long``."""
        if self.fits_local:
            return "fits"
        return "overflow" if self.fits_cloud else "too_long"


@dataclass(frozen=True)
class DeviceState:
    """The device's own state: battery and heat (from sysfs, or pushed by the platform)."""

    battery_percent: float | None = None  # None: no battery known
    discharging: bool = False  # running on the battery
    hot_zones: tuple[str, ...] = ()  # thermal zones at or past a passive/hot/critical trip point
    source: str = "none"  # sysfs | pushed | none

    def to_dict(self) -> dict[str, Any]:
        return {"battery_percent": self.battery_percent, "discharging": self.discharging,
                "hot_zones": list(self.hot_zones), "source": self.source}


@dataclass(frozen=True)
class Signals:
    """Everything the router may look at for one request."""

    messages: list[dict[str, Any]]
    privacy_tag: PrivacyTag | None = None
    forced_target: Target | None = None
    connectivity: ConnectivitySnapshot = field(default_factory=ConnectivitySnapshot.up)
    local_busy: bool = False
    sticky_target: Target | None = None
    # the request's remaining budget and each tier's predicted time to answer, in seconds
    # (None: no deadline / nothing learned about that tier yet)
    deadline_s: float | None = None
    cloud_eta_s: float | None = None
    local_eta_s: float | None = None
    context: ContextNeed | None = None  # None: not measured (every tier is taken to hold it)
    device: DeviceState = field(default_factory=DeviceState)
    # text the app declared that leaves with the request but is no message: tool definitions,
    # the response format, stop sequences (personal data there keeps the request on the device)
    declared: tuple[str, ...] = ()

    def too_slow(self, target: Target) -> bool:
        """The tier is predicted not to answer within the deadline."""
        eta = self.cloud_eta_s if target == Target.CLOUD else self.local_eta_s
        return self.deadline_s is not None and eta is not None and eta > self.deadline_s

    def __post_init__(self) -> None:
        _coerce(self, "privacy_tag", PrivacyTag, optional=True)
        _coerce(self, "forced_target", Target, optional=True)
        _coerce(self, "sticky_target", Target, optional=True)


@dataclass(frozen=True)
class Decision:
    """Where one request runs, and why."""

    target: Target
    reasons: tuple[str, ...]
    scores: dict[str, float]
    policy: str
    trace: list[dict[str, Any]]
    pii: tuple[PiiSpan, ...] = ()
    may_escalate: bool = True
    redacted_messages: list[dict[str, Any]] | None = None
    private: bool = False
    # placeholder → original value, for restoring the cloud's answer; lives only for the request
    placeholders: dict[str, str] = field(default_factory=dict, repr=False)

    def to_dict(self, include_values: bool = False) -> dict[str, Any]:
        """A JSON-able view. PII values (spans and placeholders) are left out unless asked for:
        they must not reach logs."""
        pii = []
        for span in self.pii:
            item: dict[str, Any] = {"type": span.type, "start": span.start, "end": span.end,
                                    "message": span.message}
            if include_values:
                item["value"] = span.value
            pii.append(item)
        view: dict[str, Any] = {
            "target": str(self.target),
            "reasons": list(self.reasons),
            "scores": dict(self.scores),
            "policy": self.policy,
            "may_escalate": self.may_escalate,
            "private": self.private,
            "pii": pii,
            "redacted_messages": self.redacted_messages,
            "trace": self.trace,
        }
        if include_values:
            view["placeholders"] = dict(self.placeholders)
        return view
