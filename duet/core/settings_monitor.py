"""Settings of the connectivity monitor (health probes, breaker, link thresholds), part of
``EdgeSettings``."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class MonitorSettings(BaseSettings):
    """How the edge watches its link to the cloud (health probes, breaker, thresholds)."""

    model_config = SettingsConfigDict(env_prefix="DUET_", extra="ignore", populate_by_name=True)

    probe_interval_s: float = Field(2.0, gt=0, description="Seconds between cloud health probes.")
    probe_timeout_s: float = Field(1.0, gt=0, description="Deadline of one health probe, seconds.")
    stall_check_s: float = Field(0.25, gt=0, description="Deadline of the health check sent when "
        "the cloud's first token is later than its stall cap (at least 3 learned round trips, at "
        "most probe_timeout_s): the link answers, the call goes on; it does not, the device answers.")
    probe_idle_after_s: float = Field(30.0, gt=0, description="Seconds without a request after "
        "which probes back off (doubling, jittered by a fifth); the next request probes at once.")
    probe_idle_max_s: float = Field(
        300.0, gt=0, description="Longest interval between probes of an idle device, seconds.")
    breaker_failures: int = Field(
        3, ge=1, description="Consecutive cloud failures that open the circuit breaker."
    )
    breaker_open_s: float = Field(
        0.5, gt=0, description="Seconds the breaker stays open before one half-open trial probe."
    )
    down_after: int = Field(2, ge=1, description="Consecutive failures that mark the link down.")
    degraded_rtt_ms: float = Field(
        300.0, gt=0, description="Round-trip time (EWMA) from which the link is degraded, ms."
    )
    degraded_jitter_ms: float = Field(
        150.0, gt=0, description="Jitter (EWMA) from which the link is degraded, ms."
    )
    degraded_loss: float = Field(
        0.2, gt=0, le=1, description="Share of failed calls/probes from which the link is degraded."
    )
    loss_window: int = Field(20, ge=1, description="Recent outcomes the loss ratio is taken over.")
    recover_after: int = Field(
        3, ge=1, description="Good outcomes in a row needed before the state improves (no flapping)."
    )
    ewma_alpha: float = Field(0.3, gt=0, le=1, description="Weight of a new RTT sample in the EWMA.")
