"""The response cache: look up, single-flight, tee into the store, replay hits as events.

``ResponseCache.generate(request, ctx, start, shared_store_allowed=…)`` is the one call the edge
orchestration and the cloud pool make. It returns a ``Generation`` whose headers carry
its cache result in ``route.cache`` (``hit | miss | bypass``):

- bypass — not cacheable (cache off, not deterministic in the default mode, ``no-cache``, or a
  private request with no store allowed to hold it): ``start`` runs as if there were no cache;
- hit — answered from the store, or by joining an identical generation already in flight
  (``x-duet-route: cache``: no generation of its own, so no tokens are counted twice);
- miss — ``start`` ran once for every identical concurrent request; when the generation ends with
  a ``Finish`` its events are written to the store (never a partial or failed one).

A store failure is never a request failure: it is counted in ``duet_cache_errors_total`` (and as
result ``error`` in ``duet_cache_results_total``), and the request proceeds as a miss.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Awaitable, Callable

from duet.cache.codec import CodecError, Entry, decode, encode
from duet.cache.flight import Flight
from duet.cache.key import CacheKey, cache_key
from duet.cache.policy import CacheMode, cacheable, parse_cache_control
from duet.cache.store import Store, StoreError
from duet.core.metrics import Metrics
from duet.core.backend import (
    CacheResult, Event, EventList, Finish, Generation, GenerationRequest, RequestContext, Route, TokenDelta,
)

log = logging.getLogger("duet.cache")

StartFn = Callable[[GenerationRequest, RequestContext], Awaitable[Generation]]


class _Recorder:
    """Cache metrics, with label children bound once (no-ops without enabled metrics)."""

    def __init__(self, metrics: Metrics | None) -> None:
        on = metrics is not None and metrics.enabled
        self._results = (
            {r: metrics.cache_results.labels(r) for r in ("hit", "miss", "bypass", "error")}
            if on and metrics else {}
        )
        self._errors = (
            {op: metrics.cache_errors.labels(op) for op in ("get", "set", "decode")}
            if on and metrics else {}
        )

    def result(self, result: str) -> None:
        counter = self._results.get(result)
        if counter is not None:
            counter.inc()

    def error(self, operation: str) -> None:
        counter = self._errors.get(operation)
        if counter is not None:
            counter.inc()


class ResponseCache:
    """``store`` holds shareable answers; ``private_store`` (None: never cache them) holds answers
    to requests that must stay on the device. Never pass a shared store as ``private_store``."""

    def __init__(
        self,
        store: Store,
        *,
        scope: str,
        mode: CacheMode = "deterministic",
        ttl_s: float = 3600.0,
        private_store: Store | None = None,
        max_entry_bytes: int = 1 << 20,
        metrics: Metrics | None = None,
    ) -> None:
        if private_store is not None and private_store.shared:
            raise ValueError("a store shared with other processes cannot hold private answers")
        self.store = store
        self.private_store = private_store
        self.scope = scope
        self.mode: CacheMode = mode
        self.ttl_s = ttl_s
        self.max_entry_bytes = max_entry_bytes
        self._record = _Recorder(metrics)
        self._flights: dict[tuple[bool, str], Flight] = {}

    async def generate(
        self,
        request: GenerationRequest,
        ctx: RequestContext,
        start: StartFn,
        *,
        shared_store_allowed: bool = True,
        variant: str = "",
    ) -> Generation:
        store = self.store if shared_store_allowed else self.private_store
        if store is None or not cacheable(self.mode, request):
            return await self._bypass(request, ctx, start)
        directives = parse_cache_control(ctx.headers.get("cache-control"))
        key = cache_key(ctx.tenant, self.scope, request, variant)
        writer = self._writer(store, key, not directives.no_store)
        if directives.no_cache:  # a fresh answer, which refreshes the entry unless no-store
            flight = Flight(lambda: start(request, ctx), writer)
            self._record.result("bypass")
            return await self._read(flight, "bypass", None)

        began = time.perf_counter()
        entry, failed = await self._lookup(store, key)
        lookup_s = time.perf_counter() - began
        if entry is not None:
            self._record.result("hit")
            return Generation(
                model=entry.model,
                events=EventList(entry.events),
                route=Route(target="cache", cache="hit", cache_lookup_s=lookup_s),
            )

        flight_key = (store is self.store, key.redis_key)
        running = self._flights.get(flight_key)
        if running is not None and running.joinable:
            self._record.result("hit")
            return await self._read(running, "hit", lookup_s)
        self._record.result("error" if failed else "miss")
        flight = Flight(lambda: start(request, ctx), writer)
        self._flights[flight_key] = flight
        flight.add_done_callback(lambda: self._forget(flight_key, flight))
        return await self._read(flight, "miss", lookup_s)

    async def _bypass(
        self, request: GenerationRequest, ctx: RequestContext, start: StartFn
    ) -> Generation:
        self._record.result("bypass")
        generation = await start(request, ctx)
        generation.route.cache = "bypass"
        return generation

    async def _lookup(self, store: Store, key: CacheKey) -> tuple[Entry | None, bool]:
        """The stored entry, and whether the lookup failed (then: served as a miss)."""
        try:
            raw = await store.get(key.redis_key)
        except StoreError as exc:
            self._record.error("get")
            log.debug("cache lookup failed: %s", exc)
            return None, True
        if raw is None:
            return None, False
        try:
            return decode(raw), False
        except CodecError as exc:
            self._record.error("decode")
            log.warning("ignoring a cache entry: %s", exc)
            return None, True

    async def _read(self, flight: Flight, result: CacheResult, lookup_s: float | None) -> Generation:
        reader = flight.reader()
        try:
            source = await flight.started()
        except BaseException:
            reader.close()
            raise
        # a copy: every reader of one flight shares its source generation
        route = dataclasses.replace(source.route, cache=result, cache_lookup_s=lookup_s)
        if result == "hit":  # answered without a generation of its own
            route.target = "cache"
        return Generation(model=source.model, events=reader, route=route)

    def _writer(
        self, store: Store, key: CacheKey, enabled: bool
    ) -> Callable[[str, list[TokenDelta], Finish], Awaitable[None]]:
        async def write(model: str, deltas: list[TokenDelta], finish: Finish) -> None:
            if not enabled:
                return
            value = encode(model, deltas, finish)
            if len(value) > self.max_entry_bytes:
                return
            try:
                await store.set(key.redis_key, value, self.ttl_s)
            except StoreError as exc:
                self._record.error("set")
                log.debug("cache write failed: %s", exc)

        return write

    def _forget(self, flight_key: tuple[bool, str], flight: Flight) -> None:
        if self._flights.get(flight_key) is flight:
            del self._flights[flight_key]

    async def close(self) -> None:
        await self.store.close()
        if self.private_store is not None and self.private_store is not self.store:
            await self.private_store.close()

