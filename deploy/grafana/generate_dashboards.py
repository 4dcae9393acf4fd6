"""Writes Duet's Grafana dashboards (``dashboards/*.json``) from the definitions below.

Run ``python deploy/grafana/generate_dashboards.py`` after changing a panel; the test suite checks
that the JSON files match this script's output. Every query filters on the ``$instance`` variable
and returns a value after traffic even where a labelled series does not exist yet
(``or on() vector(0)``), so no panel sits empty on a fresh system.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DS = {"type": "prometheus", "uid": "${datasource}"}
INST = 'instance=~"$instance"'
GEN = f'endpoint=~"chat_completions|completions", {INST}'
RI = "$__rate_interval"


@dataclass
class Panel:
    title: str
    exprs: list[tuple[str, str]]  # (query, legend)
    kind: str = "timeseries"
    unit: str = "short"
    w: int = 12
    h: int = 8
    description: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    instant: bool = False


def quantiles(metric: str, by: str = "target") -> list[tuple[str, str]]:
    return [
        (
            f"histogram_quantile({q}, sum by (le, {by}) (rate({metric}_bucket{{{INST}}}[{RI}])))",
            f"p{int(q * 100)} {{{{{by}}}}}",
        )
        for q in (0.5, 0.95, 0.99)
    ]


ROUTING = [
    Panel("Requests answered per second by target", [
        (f"sum by (target) (rate(duet_requests_total{{{GEN}}}[{RI}]))", "{{target}}"),
    ], unit="reqps", description="Chat and completion requests by who answered them "
        "(local, cloud, cache; none = refused or failed before a model answered)."),
    Panel("Routing decisions per second by reason", [
        (f"sum by (target, reason) (rate(duet_routing_decisions_total{{{INST}}}[{RI}]))",
         "{{target}} · {{reason}}"),
    ], unit="reqps", description="A decision with several reason codes counts once per code."),
    Panel("Local share (time range)", [
        (f'sum(increase(duet_requests_total{{target="local", {GEN}}}[$__range])) / '
         f'sum(increase(duet_requests_total{{target=~"local|cloud", {GEN}}}[$__range]))', "local"),
    ], kind="stat", unit="percentunit", w=6, instant=True,
        description="Share of model-answered requests answered on the device."),
    Panel("Tokens kept on the device (time range)", [
        (f"sum by (kind) (increase(duet_local_tokens_saved_total{{{INST}}}[$__range])) "
         "or on() vector(0)", "{{kind}}"),
    ], kind="stat", unit="short", w=6, instant=True,
        description="Tokens answered locally that a cloud-only deployment would have sent."),
    Panel("Local share over time", [
        (f'sum(rate(duet_requests_total{{target="local", {GEN}}}[{RI}])) / '
         f'sum(rate(duet_requests_total{{target=~"local|cloud", {GEN}}}[{RI}]))', "local share"),
    ], unit="percentunit"),
    Panel("Difficulty score distribution", [
        (f"sum by (le) (increase(duet_difficulty_score_bucket{{{INST}}}[$__range]))", "{{le}}"),
    ], kind="bargauge", instant=True, options={"displayMode": "basic"},
        description="How many requests the router scored into each difficulty bucket (≤ le)."),
    Panel("Kept local for privacy, by reason", [
        (f"sum by (reason) (rate(duet_privacy_kept_local_total{{{INST}}}[{RI}])) or on() vector(0)",
         "{{reason}}"),
    ], unit="reqps", description="Privacy tag or detected PII type (pii_<type>)."),
    Panel("Private requests escalated (must be 0)", [
        (f"sum(increase(duet_private_escalations_total{{{INST}}}[$__range])) or on() vector(0)",
         "escalated"),
    ], kind="stat", w=6, instant=True, options={"colorMode": "background"}),
    Panel("Escalations recorded in the audit log", [
        (f"sum(increase(duet_egress_audit_records_total{{{INST}}}[$__range])) or on() vector(0)",
         "records"),
    ], kind="stat", w=6, instant=True,
        description="One hash-chained record per request sent to the cloud (duet audit verify)."),
    Panel("Escalations by outcome", [
        (f"sum by (outcome) (rate(duet_escalations_total{{{INST}}}[{RI}])) or on() vector(0)",
         "{{outcome}}"),
    ], unit="reqps", w=6),
    Panel("Hedged escalations by outcome", [
        (f"sum by (outcome) (rate(duet_hedges_total{{{INST}}}[{RI}])) or on() vector(0)",
         "{{outcome}}"),
    ], unit="reqps", description="The tier whose first token came first (local, cloud), or "
        "over_budget: a hedge was due but hedge_budget was spent."),
    Panel("Connectivity state", [
        (f"max by (state) (duet_connectivity_state{{{INST}}})", "{{state}}"),
    ], kind="state-timeline"),
    Panel("Circuit breaker state", [
        (f"max by (state) (duet_breaker_state{{{INST}}})", "{{state}}"),
    ], kind="state-timeline"),
    Panel("Device battery and heat", [
        (f"max by (instance) (duet_device_battery_percent{{{INST}}})", "battery % {{instance}}"),
        (f"max by (instance) (duet_device_hot_zones{{{INST}}})", "hot zones {{instance}}"),
    ], description="The device state the router reads: a low battery (discharging) or a zone past "
        "its trip point lowers the difficulty threshold (reasons battery_low, thermal)."),
    Panel("Regret: probably wrong decisions per second", [
        (f"sum by (kind, reason) (rate(duet_regret_total{{{INST}}}[{RI}])) or on() vector(0)",
         "{{kind}} · {{reason}}"),
    ], unit="reqps", description="local_low_confidence: a local answer whose mean token "
        "log-probability is below the policy's regret.low_confidence_logprob (reason: why it "
        "stayed). cloud_easy: a cloud answer to a prompt below the policy's (calibrated) "
        "difficulty line (reason: what sent it up). See docs/router.md, \"Regret\"."),
    Panel("Local answers' confidence (mean token log-probability)", [
        (f"histogram_quantile({q}, sum by (le) (rate(duet_local_confidence_bucket{{{INST}}}[{RI}])))",
         f"p{int(q * 100)}") for q in (0.1, 0.5, 0.9)
    ], description="Quantiles of the local answers' mean token log-probability; the low tail "
        "is where local_low_confidence regret comes from."),
]

LATENCY = [
    Panel("Request duration by target", quantiles("duet_request_duration_seconds"), unit="s",
          description="Successful requests, whole duration (streams: until the last chunk)."),
    Panel("Time to first token by target", quantiles("duet_time_to_first_token_seconds"),
          unit="s"),
    Panel("Generation speed by target (tokens/s per answer)", [
        (f"histogram_quantile(0.5, sum by (le, target) "
         f"(rate(duet_generation_tokens_per_second_bucket{{{INST}}}[{RI}])))", "p50 {{target}}"),
        (f"histogram_quantile(0.05, sum by (le, target) "
         f"(rate(duet_generation_tokens_per_second_bucket{{{INST}}}[{RI}])))", "p5 {{target}}"),
    ], unit="short"),
    Panel("Tokens per second by target and kind", [
        (f"sum by (target, kind) (rate(duet_tokens_total{{{INST}}}[{RI}]))", "{{target}} {{kind}}"),
    ], unit="short"),
    Panel("Requests per second by endpoint and status", [
        (f"sum by (endpoint, status) (rate(duet_requests_total{{{INST}}}[{RI}]))",
         "{{endpoint}} {{status}}"),
    ], unit="reqps"),
    Panel("Error ratio (5xx and 429)", [
        (f'(sum(rate(duet_requests_total{{status=~"5..|429", {INST}}}[{RI}])) or on() vector(0)) '
         f"/ sum(rate(duet_requests_total{{{INST}}}[{RI}]))", "errors"),
    ], unit="percentunit"),
    Panel("Local queue depth", [
        (f"max by (instance) (duet_local_queue_depth{{{INST}}})", "waiting {{instance}}"),
        (f"max by (instance) (duet_local_queue_capacity{{{INST}}})", "capacity {{instance}}"),
        (f"max by (instance) (duet_local_busy{{{INST}}})", "generating {{instance}}"),
    ], unit="short"),
    Panel("Cloud round-trip time (health probes)", [
        (f"histogram_quantile({q}, sum by (le) (rate(duet_cloud_rtt_seconds_bucket{{{INST}}}[{RI}])))",
         f"p{int(q * 100)}")
        for q in (0.5, 0.95)
    ], unit="s"),
]

CACHE = [
    Panel("Cache hit ratio", [
        (f'sum(rate(duet_cache_results_total{{result="hit", {INST}}}[{RI}])) / '
         f"sum(rate(duet_cache_results_total{{{INST}}}[{RI}])) or on() vector(0)", "hit ratio"),
    ], unit="percentunit", description="Hits over all lookups (hit, miss, bypass, error)."),
    Panel("Cache hit ratio (time range)", [
        (f'sum(increase(duet_cache_results_total{{result="hit", {INST}}}[$__range])) / '
         f"sum(increase(duet_cache_results_total{{{INST}}}[$__range])) or on() vector(0)",
         "hit ratio"),
    ], kind="stat", unit="percentunit", instant=True),
    Panel("Cache lookups per second by result", [
        (f"sum by (result) (rate(duet_cache_results_total{{{INST}}}[{RI}])) or on() vector(0)",
         "{{result}}"),
    ], unit="reqps"),
    Panel("Requests answered from the cache", [
        (f'sum(rate(duet_requests_total{{target="cache", {GEN}}}[{RI}])) or on() vector(0)',
         "cache"),
    ], unit="reqps"),
    Panel("Cache errors per second by operation", [
        (f"sum by (operation) (rate(duet_cache_errors_total{{{INST}}}[{RI}])) or on() vector(0)",
         "{{operation}}"),
    ], unit="reqps", description="The request was served without the cache each time."),
    Panel("Cache error ratio", [
        (f'sum(rate(duet_cache_results_total{{result="error", {INST}}}[{RI}])) / '
         f"sum(rate(duet_cache_results_total{{{INST}}}[{RI}])) or on() vector(0)", "error ratio"),
    ], unit="percentunit"),
]

CLOUD = [
    Panel("Healthy replicas", [
        (f"sum(duet_cloud_replica_up{{{INST}}}) or on() vector(0)", "healthy"),
    ], kind="stat", w=6, instant=True),
    Panel("Scrape targets up", [
        (f'up{{job=~"duet.*", {INST}}}', "{{job}} {{instance}}"),
    ], kind="stat", w=6, instant=True),
    Panel("Replica health", [
        (f"max by (model, replica) (duet_cloud_replica_up{{{INST}}}) or on() vector(0)",
         "{{model}}/{{replica}}"),
    ], kind="state-timeline"),
    Panel("In-flight requests by replica", [
        (f"sum by (model, replica) (duet_cloud_replica_inflight{{{INST}}}) or on() vector(0)",
         "{{model}}/{{replica}}"),
    ]),
    Panel("Replica errors per second", [
        (f"sum by (model, replica) (rate(duet_cloud_replica_errors_total{{{INST}}}[{RI}])) "
         "or on() vector(0)", "{{model}}/{{replica}}"),
    ], unit="reqps"),
    Panel("Pool requests per second by model and gRPC code", [
        (f"sum by (model, code) (rate(duet_cloud_pool_requests_total{{{INST}}}[{RI}])) "
         "or on() vector(0)", "{{model}} {{code}}"),
    ], unit="reqps"),
    Panel("Escalations from devices by outcome", [
        (f"sum by (outcome) (rate(duet_escalations_total{{{INST}}}[{RI}])) or on() vector(0)",
         "{{outcome}}"),
    ], unit="reqps"),
]

DASHBOARDS = {
    "routing": ("Duet / Routing", ROUTING),
    "latency": ("Duet / Latency and throughput", LATENCY),
    "cache": ("Duet / Cache", CACHE),
    "cloud-pool": ("Duet / Cloud pool", CLOUD),
}


def _templating() -> dict[str, Any]:
    query = 'label_values(up{job=~"duet.*"}, instance)'
    return {"list": [
        {"name": "datasource", "label": "Data source", "type": "datasource",
         "query": "prometheus", "current": {}, "hide": 0, "refresh": 1},
        {"name": "instance", "label": "Device / instance", "type": "query", "datasource": DS,
         "query": {"query": query, "refId": "instance"}, "definition": query,
         "includeAll": True, "multi": True, "allValue": ".*",
         "current": {"selected": True, "text": ["All"], "value": ["$__all"]},
         "refresh": 2, "sort": 1, "hide": 0},
    ]}


def _panel(panel: Panel, pid: int, x: int, y: int) -> dict[str, Any]:
    targets = [
        {"refId": chr(ord("A") + i), "datasource": DS, "expr": expr, "legendFormat": legend,
         "range": not panel.instant, "instant": panel.instant}
        for i, (expr, legend) in enumerate(panel.exprs)
    ]
    return {
        "id": pid, "type": panel.kind, "title": panel.title, "description": panel.description,
        "datasource": DS, "gridPos": {"h": panel.h, "w": panel.w, "x": x, "y": y},
        "targets": targets,
        "fieldConfig": {"defaults": {"unit": panel.unit}, "overrides": []},
        "options": panel.options,
    }


def dashboard(slug: str, title: str, panels: list[Panel]) -> dict[str, Any]:
    out, x, y, row_h = [], 0, 0, 0
    for pid, panel in enumerate(panels, start=1):
        if x + panel.w > 24:
            x, y, row_h = 0, y + row_h, 0
        out.append(_panel(panel, pid, x, y))
        x, row_h = x + panel.w, max(row_h, panel.h)
    return {
        "uid": f"duet-{slug}", "title": title, "tags": ["duet"], "editable": True,
        "schemaVersion": 39, "version": 1, "graphTooltip": 1, "refresh": "10s",
        "time": {"from": "now-1h", "to": "now"}, "timezone": "",
        "annotations": {"list": []}, "links": [], "templating": _templating(), "panels": out,
    }


def render_all() -> dict[str, str]:
    """File name → JSON text of every dashboard."""
    return {
        f"{slug}.json": json.dumps(dashboard(slug, title, panels), indent=2) + "\n"
        for slug, (title, panels) in DASHBOARDS.items()
    }


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "dashboards"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in render_all().items():
        (folder / name).write_text(text)
        print(f"wrote {folder / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
