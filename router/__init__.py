"""Routing decisions for Duet: difficulty, privacy and connectivity → local or cloud.

Pure decision code with no I/O. ``Router(policy).decide(signals)`` returns a ``Decision``.
"""

from duet.router.difficulty import DifficultyModel
from duet.router.engine import Router
from duet.router.policy import Policy, PolicyError, default_policy, load_policy
from duet.router.privacy import detect_pii, redact_text
from duet.router.types import (BreakerState, ConnectivitySnapshot, ConnState, ContextNeed, Decision, DeviceState, PiiAction, PiiSpan,
                          PrivacyTag, Reason, Signals, Target)

__all__ = [
    "BreakerState", "ConnState", "ConnectivitySnapshot", "ContextNeed", "DeviceState", "Decision", "DifficultyModel", "PiiAction",
    "PiiSpan", "Policy", "PolicyError", "PrivacyTag", "Reason", "Router", "Signals", "Target",
    "default_policy", "detect_pii", "load_policy", "redact_text",
]
