"""The live page: ``GET /ui`` (one static HTML file), ``GET /ui/state.json`` and
``GET /ui/audit`` (what it shows).

For devices where no Grafana runs: connectivity, the local/cloud share, the latest routing
decisions (time, target, reasons, latency, cache result, status), the device's battery and heat
as the router sees them, and the latest records of the egress audit log (seq, request id, reasons, PII handling, payload digest). Never prompt or answer
text: the state comes only from ``RecentDecisions``, the connectivity provider and the audit
reader, which serves the audit record's own fields.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from importlib import resources
from typing import Any

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, JSONResponse

from duet.gateway.recent import RecentDecisions, clean_code


def unknown_connectivity() -> str:
    return "unknown"


def no_device_state() -> dict[str, Any]:
    return {"battery_percent": None, "discharging": False, "hot_zones": [], "source": "none"}


AuditReader = Callable[[int], list[dict[str, Any]]]


def ui_router(
    recent: RecentDecisions,
    connectivity: Callable[[], str] = unknown_connectivity,
    audit: AuditReader | None = None,
    device: Callable[[], dict[str, Any]] = no_device_state,
) -> APIRouter:
    """Routes of the live page; ``connectivity`` returns up / degraded / down (or unknown);
    ``device()`` the device state the router reads (battery, hot zones); ``audit(n)`` returns the latest n egress audit records, newest first (None: no audit log)."""
    page = resources.files("duet.gateway.ui_static").joinpath("index.html").read_bytes()
    router = APIRouter(prefix="/ui", include_in_schema=False)

    @router.get("")
    async def live_page() -> HTMLResponse:
        return HTMLResponse(page, headers={"cache-control": "no-cache"})

    @router.get("/state.json")
    async def live_state() -> JSONResponse:
        return JSONResponse(
            {
                "time": time.time(),
                "connectivity": clean_code(connectivity()) or "unknown",
                "share": recent.share(),
                "device": device(),
                "decisions": recent.latest(),
            },
            headers={"cache-control": "no-store"},
        )

    @router.get("/audit")
    def audit_records(n: int = Query(10, ge=1, le=100)) -> JSONResponse:
        # a plain def: reading the log's tail runs in the thread pool, off the event loop
        return JSONResponse(
            {"enabled": audit is not None, "records": audit(n) if audit is not None else []},
            headers={"cache-control": "no-store"},
        )

    return router
