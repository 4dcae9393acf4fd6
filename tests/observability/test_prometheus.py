"""A real Prometheus scrapes a running edge (and cloud pool) after real traffic: every panel of
every dashboard returns data, the instance variable filters, and the alert rules evaluate."""

from __future__ import annotations

import math
import re
import time

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.observability.conftest import MARKER, Stack
from tests.observability.dashboards import (
    GRAFANA_VARIABLES,
    dashboards,
    panel_queries,
    substitute,
)

TARGETS = {"local", "cloud", "cache", "none"}
ENDPOINTS = {"chat_completions", "completions", "models", "other"}


def _panel_expr(title: str, ref: str = "A") -> str:
    for board in dashboards().values():
        for name, expr in panel_queries(board):
            if name == f"{title} [{ref}]":
                return expr
    raise KeyError(title)


def test_every_panel_query_returns_data(stack: Stack) -> None:
    empty, checked = [], 0
    for file, board in dashboards().items():
        for name, expr in panel_queries(board):
            checked += 1
            if not stack.prometheus.query(substitute(expr)):
                empty.append(f"{file}: {name}: {expr}")
    assert checked >= 30
    assert not empty, "panels without data:\n" + "\n".join(empty)


@pytest.mark.parametrize("title", [
    "Requests answered per second by target",
    "Request duration by target",
    "Time to first token by target",
    "Generation speed by target (tokens/s per answer)",
    "Tokens per second by target and kind",
])
def test_traffic_panels_show_local_answers(stack: Stack, title: str) -> None:
    """Not just a fallback zero: the local model's answers are measured, with real values."""
    series = stack.prometheus.query(substitute(_panel_expr(title)))
    local = [float(s["value"][1]) for s in series if s["metric"].get("target") == "local"]
    assert local and all(math.isfinite(v) and v > 0 for v in local), series


def test_local_share_and_status_codes(stack: Stack) -> None:
    (share,) = stack.prometheus.query(substitute(_panel_expr("Local share (time range)")))
    assert 0 < float(share["value"][1]) <= 1
    statuses = {s["metric"]["status"] for s in stack.prometheus.query(
        substitute(_panel_expr("Requests per second by endpoint and status")))}
    assert {"200", "404"} <= statuses


def test_instance_variable_filters(stack: Stack) -> None:
    query = dashboards()["routing.json"]["templating"]["list"][1]["query"]["query"]
    match = re.fullmatch(r"label_values\((.+), instance\)", query)
    assert match
    instances = {s["metric"]["instance"] for s in stack.prometheus.query(match[1])}
    assert stack.edge_instance in instances
    expr = _panel_expr("Requests answered per second by target")
    one = substitute(expr, {**GRAFANA_VARIABLES, "$instance": stack.edge_instance})
    assert stack.prometheus.query(one)
    none = substitute(expr, {**GRAFANA_VARIABLES, "$instance": "no-such-device:1"})
    assert stack.prometheus.query(none) == []


def test_alert_rules_evaluate_and_privacy_alert_is_silent(stack: Stack) -> None:
    deadline = time.monotonic() + 15
    while True:
        groups = stack.prometheus.api("rules")["groups"]
        rules = [r for g in groups for r in g["rules"]]
        if rules and all(r["health"] != "unknown" for r in rules):
            break
        assert time.monotonic() < deadline, "rules were never evaluated"
        time.sleep(0.5)
    assert len(rules) >= 5
    assert all(r["health"] == "ok" for r in rules), [(r["name"], r.get("lastError"))
                                                     for r in rules if r["health"] != "ok"]
    firing = stack.prometheus.query('ALERTS{alertname="DuetPrivateRequestEscalated"}')
    assert firing == []
    (escalated,) = stack.prometheus.query("sum(duet_private_escalations_total)")
    assert float(escalated["value"][1]) == 0


def test_metrics_labels_are_bounded_and_carry_no_text(stack: Stack) -> None:
    text = httpx.get(stack.edge.url + "/metrics", timeout=10).text
    assert MARKER not in text
    seen_targets = set()
    for family in text_string_to_metric_families(text):
        assert family.name.startswith(("duet_", "python_", "process_")) or not family.samples
        for sample in family.samples:
            labels = sample.labels
            if "target" in labels:
                assert labels["target"] in TARGETS, sample
                seen_targets.add(labels["target"])
            if "endpoint" in labels:
                assert labels["endpoint"] in ENDPOINTS, sample
            for value in labels.values():
                assert len(value) <= 64 and re.fullmatch(r"[A-Za-z0-9_.:+\-]*", value), sample
    assert "local" in seen_targets
    assert MARKER not in stack.edge.log()


def test_cloud_pool_is_scraped(stack: Stack) -> None:
    assert stack.cloud is not None
    (up,) = stack.prometheus.query('up{job="duet-cloud"}')
    assert up["value"][1] == "1"
    replicas = stack.prometheus.query("duet_cloud_replica_up")
    assert replicas and all(s["metric"].get("replica") for s in replicas)
    assert MARKER not in httpx.get(stack.cloud.url + "/metrics", timeout=10).text
    assert MARKER not in stack.cloud.log()
