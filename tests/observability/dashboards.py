"""Reading Duet's Grafana dashboards and turning panel queries into plain PromQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.servers import REPO

DASHBOARD_DIR = REPO / "deploy" / "grafana" / "dashboards"

# What Grafana substitutes before a query reaches Prometheus ("All" instances selected).
GRAFANA_VARIABLES = {
    "$__rate_interval": "1m",
    "$__interval": "15s",
    "$__range": "5m",
    "$instance": ".*",
}


def dashboards() -> dict[str, dict[str, Any]]:
    return {p.name: json.loads(p.read_text()) for p in sorted(DASHBOARD_DIR.glob("*.json"))}


def panel_queries(board: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(panel title + refId, raw expr) for every query of every panel."""
    for panel in board["panels"]:
        for target in panel.get("targets", []):
            yield f"{panel['title']} [{target['refId']}]", target["expr"]


def substitute(expr: str, variables: dict[str, str] | None = None) -> str:
    for name, value in (variables or GRAFANA_VARIABLES).items():
        expr = expr.replace(name, value)
    if "$" in expr:
        raise ValueError(f"unsubstituted variable in {expr}")
    return expr
