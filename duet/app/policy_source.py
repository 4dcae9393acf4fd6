"""Which routing policy the edge loads, and whether it was calibrated for the loaded model.

In order: ``policy_file`` when set; else the calibrated policy of the edge's model file in
``calibrated_policy_dir`` (``<model file stem>.policy.yaml``, as ``duet calibrate`` writes it)
when there is one; else the shipped policy. A calibrated policy names the model file it was made
for by SHA-256; when the loaded file's digest differs, the edge logs a warning at start-up and
``GET /v1/router`` shows it (the policy is still used: its line was drawn for another model).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from duet.app.calibrate import calibrated_policy_path, file_sha256
from duet.core.settings import OrchestrationSettings
from duet.router import Policy, default_policy, load_policy

log = logging.getLogger("duet.edge")


@dataclass(frozen=True)
class PolicySource:
    policy: Policy
    origin: str  # policy_file, calibrated or shipped
    path: Path | None
    model_sha256: str | None  # the loaded model file's, when the policy is calibrated
    warning: str | None

    def info(self) -> dict[str, Any]:
        """What ``GET /v1/router`` shows: the policy, its line and its calibration."""
        policy = self.policy
        calibration = policy.calibration
        return {
            "policy": policy.name,
            "origin": self.origin,
            "file": str(self.path) if self.path else None,
            "threshold": round(policy.effective_threshold(), 4),
            "degraded_threshold": round(policy.effective_threshold(True), 4),
            "local_capability": policy.local_capability,
            "low_confidence_logprob": policy.low_confidence_logprob,
            "calibration": None if calibration is None else {
                "model_name": calibration.model_name,
                "model_sha256": calibration.model_sha256,
                "loaded_model_sha256": self.model_sha256,
                "matches": calibration.model_sha256 == self.model_sha256,
            },
            "warnings": [self.warning] if self.warning else [],
        }


def _chosen(settings: OrchestrationSettings, model: Path) -> tuple[str, Path | None]:
    if settings.policy_file:
        return "policy_file", settings.policy_file
    calibrated = calibrated_policy_path(settings.calibrated_policy_dir, model)
    if calibrated is not None and calibrated.is_file():
        return "calibrated", calibrated
    return "shipped", None


def load_edge_policy(settings: OrchestrationSettings, model: Path) -> PolicySource:
    """The policy the edge routes by (raises ``PolicyError`` for an unusable file)."""
    origin, path = _chosen(settings, model)
    policy = load_policy(path) if path is not None else default_policy()
    calibration = policy.calibration
    if calibration is None:
        return PolicySource(policy, origin, path, None, None)
    digest = file_sha256(model)
    warning = None
    if digest != calibration.model_sha256:
        warning = (f"routing policy {policy.name!r} ({path}) was calibrated for the model file "
                   f"{calibration.model_name} (sha256 {calibration.model_sha256[:12]}…), but the "
                   f"loaded model {model} has sha256 {digest[:12]}…: its difficulty line may not "
                   f"fit this model; run `duet calibrate` to draw it again")
        log.warning(warning)
    else:
        log.info("routing policy %r calibrated for this model file (%s)", policy.name, model.name)
    return PolicySource(policy, origin, path, digest, warning)
