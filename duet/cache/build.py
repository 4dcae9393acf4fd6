"""Build the response cache of a process from its settings."""

from __future__ import annotations

from duet.cache.redis_store import RedisStore
from duet.cache.response_cache import ResponseCache
from duet.cache.store import LruStore, Store
from duet.core.metrics import Metrics
from duet.core.settings import CacheSettings


def build_cache(
    settings: CacheSettings, *, scope: str, metrics: Metrics | None = None
) -> ResponseCache:
    """Redis when ``redis_url`` is set, else an in-process LRU.

    Private answers may only go to an in-process store, and only with ``cache_private_local``:
    the LRU itself when it is the store, else a separate LRU beside Redis.
    """
    store: Store
    if settings.redis_url:
        store = RedisStore(
            settings.redis_url,
            timeout_s=settings.redis_timeout_ms / 1000,
            max_connections=settings.redis_max_connections,
            backoff_max_s=settings.redis_backoff_max_s,
        )
    else:
        store = LruStore(settings.cache_max_bytes)
    private_store: Store | None = None
    if settings.cache_private_local:
        private_store = store if not store.shared else LruStore(settings.cache_max_bytes)
    return ResponseCache(
        store,
        scope=scope,
        mode=settings.cache_mode,
        ttl_s=settings.cache_ttl_s,
        private_store=private_store,
        max_entry_bytes=settings.cache_max_entry_bytes,
        metrics=metrics,
    )


def describe(settings: CacheSettings) -> str:
    """One line saying which cache a process uses."""
    if settings.cache_mode == "off":
        return "response cache: off"
    if settings.redis_url:
        return f"response cache: Redis at {_without_password(settings.redis_url)}"
    size_mib = settings.cache_max_bytes / (1024 * 1024)
    return f"response cache: in-process LRU ({size_mib:.0f} MiB)"


def _without_password(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    if "@" in rest:
        rest = "***@" + rest.split("@", 1)[1]
    return scheme + sep + rest
