"""The response cache shared by the edge agent and the cloud pool (see ``response_cache``)."""

from duet.cache.backend import CachingBackend, untagged
from duet.cache.build import build_cache, describe
from duet.cache.key import CacheKey, cache_key
from duet.cache.redis_store import RedisStore
from duet.cache.response_cache import ResponseCache, StartFn
from duet.cache.store import LruStore, Store, StoreError, StoreUnavailable

__all__ = [
    "CacheKey",
    "CachingBackend",
    "LruStore",
    "RedisStore",
    "ResponseCache",
    "StartFn",
    "Store",
    "StoreError",
    "StoreUnavailable",
    "build_cache",
    "cache_key",
    "describe",
    "untagged",
]
