"""The gateway ``Backend`` on the pool: the cloud's OpenAI HTTP API for apps that call it
directly."""

from __future__ import annotations

import time

from duet.cloud.pool import Pool
from duet.core.backend import Generation, GenerationRequest, ModelInfo, RequestContext, Route


class PoolBackend:
    def __init__(self, pool: Pool) -> None:
        self.pool = pool
        self.draining = False
        self._created = int(time.time())

    def models(self) -> list[ModelInfo]:
        return [
            ModelInfo(m.name, owned_by=m.owned_by, created=self._created)
            for m in self.pool.models.values()
        ]

    def ready(self) -> bool:
        return not self.draining and any(m.healthy_count() for m in self.pool.models.values())

    async def generate(self, request: GenerationRequest, ctx: RequestContext) -> Generation:
        started = await self.pool.start(request, ctx.deadline)
        return Generation(
            model=started.model,
            events=started.events,
            route=Route(target="cloud", replica=started.replica),
        )
