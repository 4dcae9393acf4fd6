"""``CachingBackend``: any gateway ``Backend`` with the response cache in front of it."""

from __future__ import annotations

from collections.abc import Callable

from duet.cache.response_cache import ResponseCache
from duet.core.backend import Backend, Generation, GenerationRequest, ModelInfo, RequestContext

PrivacyCheck = Callable[[GenerationRequest, RequestContext], bool]

PRIVATE_TAGS = frozenset({"local_only", "redact"})


def untagged(request: GenerationRequest, ctx: RequestContext) -> bool:
    """True unless the request is tagged private (``x-duet-privacy`` or ``metadata.privacy``).

    The check for processes that only ever see what may leave a device (the cloud pool): the
    edge must also count detected PII, which is the router's job.
    """
    tag = ctx.headers.get("x-duet-privacy") or request.metadata.get("privacy")
    return str(tag or "").strip().lower() not in PRIVATE_TAGS


class CachingBackend:
    def __init__(
        self,
        inner: Backend,
        cache: ResponseCache,
        shared_store_allowed: PrivacyCheck = untagged,
    ) -> None:
        self.inner = inner
        self.cache = cache
        self.shared_store_allowed = shared_store_allowed

    def models(self) -> list[ModelInfo]:
        return self.inner.models()

    def ready(self) -> bool:
        return self.inner.ready()

    async def generate(self, request: GenerationRequest, ctx: RequestContext) -> Generation:
        return await self.cache.generate(
            request,
            ctx,
            self.inner.generate,
            shared_store_allowed=self.shared_store_allowed(request, ctx),
        )
