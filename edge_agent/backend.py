"""The edge agent's backend: what the gateway calls to answer a request on the device."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from duet.cache import ResponseCache, untagged
from edge_agent.engine import LocalEngine
from gateway.backend import Generation, GenerationRequest, ModelInfo, RequestContext
from gateway.errors import ServiceUnavailable
from router.privacy import detect_pii

if TYPE_CHECKING:
    from edge_agent.cloud_client import CloudClient

AUTO_MODEL = "auto"
ROUTE_HEADER = "x-duet-route"


class EdgeBackend:
    """Answers with the on-device model. A request with ``x-duet-route: cloud``, or naming one of
    the cloud pool's models, goes to the cloud pool when one is configured."""

    def __init__(
        self,
        engine: LocalEngine,
        cloud: CloudClient | None = None,
        *,
        cache: ResponseCache | None = None,
    ) -> None:
        self.engine = engine
        self.cloud = cloud
        self.cache = cache
        self._created = int(time.time())

    def models(self) -> list[ModelInfo]:
        local = [
            ModelInfo(AUTO_MODEL, owned_by="duet", created=self._created),
            ModelInfo(self.engine.model_id, owned_by="duet-edge", created=self._created),
        ]
        if self.cloud is None:
            return local
        ids = {m.id for m in local}
        return local + [m for m in self.cloud.known_models() if m.id not in ids]

    def ready(self) -> bool:
        return True

    def _wants_cloud(self, request: GenerationRequest, ctx: RequestContext) -> bool:
        if ctx.headers.get(ROUTE_HEADER, "").strip().lower() == "cloud":
            return True
        return self.cloud is not None and any(
            m.id == request.model for m in self.cloud.known_models()
        )

    async def generate(self, request: GenerationRequest, ctx: RequestContext) -> Generation:
        if self._wants_cloud(request, ctx):
            if self.cloud is None:
                raise ServiceUnavailable(
                    "x-duet-route: cloud was asked for but no cloud is configured "
                    "(set DUET_CLOUD_TARGET)",
                    code="cloud_not_configured",
                )
            return await self.cloud.generate(request, ctx)
        if self.cache is not None:  # the response cache, in front of the local model only
            return await self.cache.generate(
                request, ctx, self._generate_local, shared_store_allowed=shareable(request, ctx)
            )
        return await self._generate_local(request, ctx)

    async def _generate_local(
        self, request: GenerationRequest, ctx: RequestContext
    ) -> Generation:
        events = await self.engine.start(request, ctx.deadline)
        return Generation(
            model=self.engine.model_id,
            events=events,
            headers={ROUTE_HEADER: "local"},
        )


# ---- response cache hook -------------------------------------------------------------------


def shareable(request: GenerationRequest, ctx: RequestContext) -> bool:
    """May this request's answer live in a cache shared with the cloud? Not when it is tagged
    private or contains detected PII (the same facts that keep it on the device)."""
    if not untagged(request, ctx):
        return False
    texts = [m.get("content") for m in request.messages or ()] + [request.prompt]
    return not any(isinstance(t, str) and detect_pii(t) for t in texts)
