"""Per-tenant request rate limits: one token bucket per API key.

A bucket holds up to ``burst`` tokens and refills at ``rate`` tokens per second; each request
takes one. An empty bucket answers 429 (``RateLimited``) with ``Retry-After`` set to the time until
the next token. Buckets are keyed by the tenant id the auth dependency returns (``key-…`` for an
API key, ``anonymous`` when auth is off), so one key's traffic never slows another's.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable

from starlette.requests import Request

from duet.core.errors import RateLimited

Clock = Callable[[], float]


class TokenBuckets:
    """Token buckets by key; at most ``max_keys`` are kept (least recently used go first)."""

    def __init__(
        self, rate: float, burst: int, *, clock: Clock = time.monotonic, max_keys: int = 10_000
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be > 0")
        self.rate = rate
        self.burst = float(burst if burst > 0 else max(1, math.ceil(rate)))
        self._clock = clock
        self._max_keys = max_keys
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # key → (tokens, at)

    def take(self, key: str) -> float:
        """Take a token for ``key``: 0.0 when granted, else seconds until one is available."""
        now = self._clock()
        tokens, at = self._buckets.pop(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - at) * self.rate)
        if tokens >= 1.0:
            tokens -= 1.0
            wait = 0.0
        else:
            wait = (1.0 - tokens) / self.rate
        self._buckets[key] = (tokens, now)
        if len(self._buckets) > self._max_keys:
            self._buckets.popitem(last=False)
        return wait


class RateLimitedAuth:
    """A FastAPI dependency: authenticate with ``auth``, then charge the tenant's bucket.

    Async on purpose: it runs on the event loop (no thread pool), so the buckets need no lock.
    """

    def __init__(self, auth: Callable[[Request], str], buckets: TokenBuckets | None) -> None:
        self.auth = auth
        self.buckets = buckets

    async def __call__(self, request: Request) -> str:
        tenant = self.auth(request)
        if isinstance(tenant, Awaitable):  # pragma: no cover - async auth callables
            tenant = await tenant
        if self.buckets is not None:
            wait = self.buckets.take(tenant)
            if wait > 0:
                raise RateLimited(
                    f"Rate limit of {self.buckets.rate:g} requests per second reached for this "
                    f"API key; retry after {wait:.2f} s",
                    retry_after=math.ceil(wait),
                )
        return tenant


def buckets_for(rate_limit_rps: float, rate_limit_burst: int) -> TokenBuckets | None:
    """Buckets for the settings, or None when rate limiting is off (rate 0)."""
    if rate_limit_rps <= 0:
        return None
    return TokenBuckets(rate_limit_rps, rate_limit_burst)
