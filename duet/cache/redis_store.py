"""The Redis store: redis-py's asyncio client, tuned so a sick Redis never holds a request.

redis-py's defaults (seconds-long timeouts, retries) suit a database, not a cache on the request
path. Here: socket and connect timeouts of ``timeout_s`` (~50 ms), no retries, every call also
bounded by ``asyncio.wait_for``, and after a failure a ``BackoffGate`` skips Redis entirely for a
short, growing pause before one probe tries again — so a dead Redis costs nothing per request and
a recovered one is picked up by itself.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from duet.cache.backoff import BackoffGate
from duet.cache.store import StoreError, StoreUnavailable

T = TypeVar("T")


class RedisStore:
    shared = True

    def __init__(
        self,
        url: str,
        *,
        timeout_s: float = 0.05,
        max_connections: int = 64,
        backoff_initial_s: float = 0.1,
        backoff_max_s: float = 5.0,
    ) -> None:
        self.url = url
        self.timeout_s = timeout_s
        self.gate = BackoffGate(backoff_initial_s, backoff_max_s)
        self._client = aioredis.Redis.from_url(
            url,
            socket_timeout=timeout_s,
            socket_connect_timeout=timeout_s,
            retry=Retry(NoBackoff(), 0),
            retry_on_timeout=False,
            retry_on_error=[],
            max_connections=max_connections,
            health_check_interval=0,
            decode_responses=False,
        )

    async def _call(self, operation: Callable[[], Awaitable[T]]) -> T:
        ticket = self.gate.acquire()
        if ticket is None:
            raise StoreUnavailable("redis is backing off after failures")
        try:
            result = await asyncio.wait_for(operation(), self.timeout_s)
        except (RedisError, OSError) as exc:  # OSError covers TimeoutError from wait_for
            self.gate.failure(ticket)
            raise StoreError(f"redis: {type(exc).__name__}: {exc}") from exc
        except BaseException:
            self.gate.release(ticket)
            raise
        self.gate.success(ticket)
        return result

    async def get(self, key: str) -> bytes | None:
        return await self._call(lambda: self._client.get(key))

    async def set(self, key: str, value: bytes, ttl_s: float) -> None:
        await self._call(lambda: self._client.set(key, value, px=max(1, int(ttl_s * 1000))))

    async def close(self) -> None:
        await self._client.aclose()
