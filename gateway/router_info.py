"""``GET /v1/router``: the routing policy the edge runs by — its name and origin, the effective
difficulty threshold, its calibration (the model file it was made for, and whether that is the
loaded one) and start-up warnings. Behind the same API keys as the other ``/v1`` routes; it shows
configuration only, never request content."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends


def router_info_router(
    info: Callable[[], dict[str, Any]]
) -> Callable[[Callable[..., Any]], APIRouter]:
    """The route, built once the app's API-key dependency (``auth``) exists."""

    def build(auth: Callable[..., Any]) -> APIRouter:
        router = APIRouter(prefix="/v1", tags=["router"])

        @router.get("/router")
        async def get_router(_: str = Depends(auth)) -> dict[str, Any]:
            return info()

        return router

    return build
