"""The live page: ``GET /ui`` (one static HTML file) and ``GET /ui/state.json`` (what it shows).

For devices where no Grafana runs: connectivity, the local/cloud share and the latest routing
decisions (time, target, reasons, latency, cache result, status). Never prompt or answer text:
the state comes only from ``RecentDecisions`` and the connectivity provider.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from importlib import resources

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, JSONResponse

from duet.gateway.recent import RecentDecisions, clean_code


def unknown_connectivity() -> str:
    return "unknown"


def ui_router(
    recent: RecentDecisions, connectivity: Callable[[], str] = unknown_connectivity
) -> APIRouter:
    """Routes of the live page; ``connectivity`` returns up / degraded / down (or unknown)."""
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
                "decisions": recent.latest(),
            },
            headers={"cache-control": "no-store"},
        )

    return router
