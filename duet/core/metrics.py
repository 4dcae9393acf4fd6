"""Every Prometheus metric Duet exports, in one place.

Label values are always from small fixed sets (targets, reason codes, PII types, HTTP status
codes, configured replica names): never prompt text, request ids or other free-form values.
``Metrics(enabled=False)`` records nothing, so the cost of metrics can be measured against it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
TTFT_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
RATE_BUCKETS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
SCORE_BUCKETS = tuple(round(0.1 * i, 1) for i in range(1, 11))
LOGPROB_BUCKETS = (-5.0, -4.0, -3.0, -2.5, -2.0, -1.5, -1.0, -0.75, -0.5, -0.25, -0.1, 0.0)

CONN_STATES = ("up", "degraded", "down")
BREAKER_STATES = ("closed", "open", "half_open")


class Metrics:
    """The metric objects of one process, on their own registry."""

    def __init__(self, enabled: bool = True, registry: CollectorRegistry | None = None) -> None:
        self.enabled = enabled
        self._children: dict[tuple[int, tuple[str, ...]], Any] = {}
        self.registry = registry or CollectorRegistry()
        self._add_request_metrics(self.registry)
        self._add_cache_metrics(self.registry)
        self._add_cloud_link_metrics(self.registry)
        self._add_device_metrics(self.registry)
        self._add_pool_metrics(self.registry)
        self._add_egress_metrics(self.registry)
        self._add_regret_metrics(self.registry)
        self.set_connectivity("up", "closed")

    def _add_request_metrics(self, r: CollectorRegistry) -> None:
        """What every gateway records per request: outcome, routing, latency and tokens."""
        self.requests = Counter(
            "duet_requests", "HTTP requests by endpoint, answering target and status code.",
            ["endpoint", "target", "status"], registry=r)
        self.decisions = Counter(
            "duet_routing_decisions", "Routing decisions by target and reason code.",
            ["target", "reason"], registry=r)
        self.duration = Histogram(
            "duet_request_duration_seconds", "Whole request duration by answering target.",
            ["target"], buckets=LATENCY_BUCKETS, registry=r)
        self.ttft = Histogram(
            "duet_time_to_first_token_seconds", "Time to the first generated token by target.",
            ["target"], buckets=TTFT_BUCKETS, registry=r)
        self.tokens = Counter(
            "duet_tokens", "Tokens by target and kind (prompt, completion).",
            ["target", "kind"], registry=r)
        self.tokens_per_second = Histogram(
            "duet_generation_tokens_per_second", "Generation speed of each answer by target.",
            ["target"], buckets=RATE_BUCKETS, registry=r)
        self.local_tokens_saved = Counter(
            "duet_local_tokens_saved", "Tokens answered on the device that a cloud-only "
            "deployment would have sent to the cloud.", ["kind"], registry=r)

    def _add_cache_metrics(self, r: CollectorRegistry) -> None:
        self.cache_results = Counter(
            "duet_cache_results", "Cache lookups by result (hit, miss, bypass, error).",
            ["result"], registry=r)
        self.cache_errors = Counter(
            "duet_cache_errors", "Cache store failures (the request was served without it).",
            ["operation"], registry=r)

    def _add_cloud_link_metrics(self, r: CollectorRegistry) -> None:
        """The edge's view of the cloud: link health, breaker and what was sent there."""
        self.cloud_rtt = Histogram(
            "duet_cloud_rtt_seconds", "Round-trip time of health probes to the cloud pool.",
            buckets=LATENCY_BUCKETS, registry=r)
        self.escalations = Counter(
            "duet_escalations", "Requests sent to the cloud by outcome (ok, error, fallback).",
            ["outcome"], registry=r)
        self.hedges = Counter(
            "duet_hedges", "Hedged escalations by outcome: local or cloud (the tier whose first "
            "token came first), over_budget (a hedge was due but the budget was spent).",
            ["outcome"], registry=r)
        self.private_escalations = Counter(
            "duet_private_escalations", "Private requests sent to the cloud unredacted. "
            "Must stay 0: a guard refuses them and counts here.", registry=r)
        self.connectivity = Gauge(
            "duet_connectivity_state", "1 for the current connectivity state to the cloud.",
            ["state"], registry=r)
        self.breaker = Gauge(
            "duet_breaker_state", "1 for the current circuit-breaker state.", ["state"],
            registry=r)

    def _add_egress_metrics(self, r: CollectorRegistry) -> None:
        self.audit_records = Counter(
            "duet_egress_audit_records", "Records written to the egress audit log (one per "
            "request sent to the cloud).", registry=r)

    def _add_regret_metrics(self, r: CollectorRegistry) -> None:
        """Routing decisions that were probably wrong (edge_agent/regret.py)."""
        self.regret = Counter(
            "duet_regret", "Probably wrong routing decisions by kind (local_low_confidence: a "
            "local answer below the policy's confidence line; cloud_easy: a cloud answer to a "
            "prompt below the policy's difficulty line) and the decision's first reason code.",
            ["kind", "reason"], registry=r)
        self.local_confidence = Histogram(
            "duet_local_confidence", "Mean token log-probability of each local answer.",
            buckets=LOGPROB_BUCKETS, registry=r)

    def _add_device_metrics(self, r: CollectorRegistry) -> None:
        """The on-device side: privacy decisions, the local model's load and the router's scores."""
        self.privacy_kept_local = Counter(
            "duet_privacy_kept_local", "Requests kept on the device for privacy, by reason "
            "(tag, or pii_<type>).", ["reason"], registry=r)
        self.local_busy = Gauge(
            "duet_local_busy", "1 while the on-device model is generating.", registry=r)
        self.queue_depth = Gauge(
            "duet_local_queue_depth", "Requests waiting for the on-device model.", registry=r)
        self.queue_capacity = Gauge(
            "duet_local_queue_capacity", "Requests that may wait for the on-device model "
            "(DUET_QUEUE_SIZE); more are refused or escalated.", registry=r)
        self.difficulty = Histogram(
            "duet_difficulty_score", "Difficulty scores the router gave.",
            buckets=SCORE_BUCKETS, registry=r)
        self.device_battery = Gauge(
            "duet_device_battery_percent", "The device's battery charge the router sees, in "
            "percent (-1: no battery known).", registry=r)
        self.device_hot_zones = Gauge(
            "duet_device_hot_zones", "Thermal zones at or past a throttling trip point, as the "
            "router sees them.", registry=r)

    def _add_pool_metrics(self, r: CollectorRegistry) -> None:
        """The cloud pool's replicas and the requests it served."""
        self.replica_up = Gauge(
            "duet_cloud_replica_up", "1 when a cloud replica is healthy.", ["model", "replica"],
            registry=r)
        self.replica_inflight = Gauge(
            "duet_cloud_replica_inflight", "Requests in flight on a cloud replica.",
            ["model", "replica"], registry=r)
        self.replica_errors = Counter(
            "duet_cloud_replica_errors", "Failed calls to a cloud replica.",
            ["model", "replica"], registry=r)
        self.pool_requests = Counter(
            "duet_cloud_pool_requests", "Requests the cloud pool served, by model and gRPC code.",
            ["model", "code"], registry=r)

    # ---- recording helpers (no-ops when disabled) -----------------------------------------

    def set_connectivity(self, state: str, breaker: str) -> None:
        if not self.enabled:
            return
        for s in CONN_STATES:
            self.connectivity.labels(s).set(1 if s == state else 0)
        for b in BREAKER_STATES:
            self.breaker.labels(b).set(1 if b == breaker else 0)

    def observe_request(self, endpoint: str, target: str, status: int, seconds: float) -> None:
        if not self.enabled:
            return
        self._child(self.requests, endpoint, target, str(status)).inc()
        if 200 <= status < 300:
            self._child(self.duration, target).observe(seconds)

    def observe_generation(
        self, target: str, ttft: float | None, prompt_tokens: int, completion_tokens: int,
        generation_seconds: float,
    ) -> None:
        if not self.enabled:
            return
        child = self._child
        if ttft is not None:
            child(self.ttft, target).observe(ttft)
        child(self.tokens, target, "prompt").inc(prompt_tokens)
        child(self.tokens, target, "completion").inc(completion_tokens)
        if completion_tokens > 1 and generation_seconds > 0:
            child(self.tokens_per_second, target).observe(completion_tokens / generation_seconds)
        if target == "local":
            child(self.local_tokens_saved, "prompt").inc(prompt_tokens)
            child(self.local_tokens_saved, "completion").inc(completion_tokens)

    def count_regret(self, kind: str, reason: str) -> None:
        if self.enabled:
            self._child(self.regret, kind, reason).inc()

    def observe_confidence(self, mean_logprob: float) -> None:
        if self.enabled:
            self.local_confidence.observe(mean_logprob)

    def count_audit_record(self) -> None:
        if self.enabled:
            self.audit_records.inc()

    def render(self) -> tuple[bytes, str]:
        return generate_latest(self.registry), CONTENT_TYPE_LATEST

    # ---- helpers used by the gateway's instrumentation layer ------------------------------

    def observe_decision(self, target: str, reasons: list[str] | tuple[str, ...]) -> None:
        """One routing decision; a decision without reason codes counts under ``none``.

        Recorded once per response by ``gateway.instrumentation`` from the ``x-duet-route``
        and ``x-duet-reasons`` headers, so the code that decides only sets those headers.
        """
        if not self.enabled:
            return
        for reason in reasons or ("none",):
            self._child(self.decisions, target, reason).inc()

    def track_queue_depth(
        self, depth: Callable[[], int], capacity: int, busy: Callable[[], bool] | None = None
    ) -> None:
        """Read the local queue depth (and whether the model is generating) at scrape time:
        no cost per request."""
        if self.enabled:
            self.queue_depth.set_function(depth)
            if busy is not None:
                self.local_busy.set_function(lambda: 1.0 if busy() else 0.0)
            self.queue_capacity.set(capacity)

    def track_device(self, battery: Callable[[], float], hot_zones: Callable[[], float]) -> None:
        """Read the device's battery and heat at scrape time (as the router sees them)."""
        if self.enabled:
            self.device_battery.set_function(battery)
            self.device_hot_zones.set_function(hot_zones)

    def count_request(self, endpoint: str, target: str, status: int) -> None:
        """A request that is counted but not timed (``/v1/models``: its duration would only
        blur the latency of answers)."""
        if self.enabled:
            self._child(self.requests, endpoint, target, str(status)).inc()

    def set_replica_inflight(self, model: str, replica: str, inflight: int) -> None:
        """``duet_cloud_replica_inflight``: set twice per pool request (start and end)."""
        if self.enabled:
            self._child(self.replica_inflight, model, replica).set(inflight)

    def _child(self, metric: Any, *labels: str) -> Any:
        """``metric.labels(*labels)``, remembered: the per-request helpers skip prometheus
        client's label validation and lock after a label set's first use."""
        key = (id(metric), labels)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*labels)
        return child
