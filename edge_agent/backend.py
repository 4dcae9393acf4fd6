"""The edge agent's backend: what the gateway calls to answer a request on the device."""

from __future__ import annotations

import time

from edge_agent.engine import LocalEngine
from gateway.backend import Generation, GenerationRequest, ModelInfo, RequestContext

AUTO_MODEL = "auto"


class EdgeBackend:
    """Answers every request with the on-device model."""

    def __init__(self, engine: LocalEngine) -> None:
        self.engine = engine
        self._created = int(time.time())

    def models(self) -> list[ModelInfo]:
        return [
            ModelInfo(AUTO_MODEL, owned_by="duet", created=self._created),
            ModelInfo(self.engine.model_id, owned_by="duet-edge", created=self._created),
        ]

    def ready(self) -> bool:
        return True

    async def generate(self, request: GenerationRequest, ctx: RequestContext) -> Generation:
        events = await self.engine.start(request, ctx.deadline)
        return Generation(
            model=self.engine.model_id,
            events=events,
            headers={"x-duet-route": "local"},
        )
