"""``GET /metrics``: the process's metrics in the Prometheus text format."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from duet.core.metrics import Metrics


def metrics_router(metrics: Metrics) -> APIRouter:
    """A router serving ``metrics`` at ``/metrics`` (no auth, like any Prometheus target)."""
    router = APIRouter()

    @router.get("/metrics", include_in_schema=False)
    def prometheus_metrics() -> Response:  # sync: rendering runs in the thread pool
        body, content_type = metrics.render()
        return Response(body, media_type=content_type)

    return router
