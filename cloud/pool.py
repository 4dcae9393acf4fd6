"""The pool: named models, each spread over replicas.

Balancing: the healthy replica with the fewest requests in flight (ties rotate). Passive health:
``eject_after_failures`` consecutive failures eject a replica for a cool-down that doubles with
each ejection that follows soon after the last one (capped); when the cool-down ends the replica
is on probation, one more failure ejects it again. Active probes check replicas in the
background so a dead one is ejected before traffic finds it. A failure before the first token is
retried on another replica (``max_attempts`` in all); after the first token the stream is cut.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field

from duet.cloud.config import HealthConfig
from duet.cloud.replicas import Replica, ReplicaBusy, ReplicaFailed
from duet.core.metrics import Metrics
from duet.core.backend import Event, EventStream, Finish, GenerationRequest
from duet.core.errors import (
    DeadlineExceeded,
    DuetError,
    ModelNotFound,
    RateLimited,
    ServiceUnavailable,
    UpstreamError,
)

log = logging.getLogger("duet.cloud.pool")

DEFAULT_ALIASES = ("", "auto")


@dataclass(eq=False)
class ReplicaState:
    model: str
    replica: Replica
    inflight: int = 0
    failures: int = 0  # consecutive
    ejections: int = 0
    ejected_until: float = 0.0

    @property
    def name(self) -> str:
        return self.replica.name

    def available(self, now: float) -> bool:
        return now >= self.ejected_until


@dataclass(eq=False)
class ModelPool:
    name: str
    owned_by: str
    replicas: list[ReplicaState]
    health: HealthConfig
    metrics: Metrics | None = None
    context_length: int | None = None  # advertised to edges; None: unknown
    _turn: int = field(default=0, repr=False)

    def pick(self, exclude: set[ReplicaState]) -> ReplicaState | None:
        now = time.monotonic()
        n = len(self.replicas)
        self._turn = (self._turn + 1) % n
        candidates = [
            (s.inflight, (i - self._turn) % n, s)
            for i, s in enumerate(self.replicas)
            if s not in exclude and s.available(now)
        ]
        return min(candidates, key=lambda c: c[:2])[2] if candidates else None

    def healthy_count(self) -> int:
        now = time.monotonic()
        return sum(1 for s in self.replicas if s.available(now))

    # ---- health bookkeeping -----------------------------------------------------------------

    def record_success(self, state: ReplicaState) -> None:
        state.failures = 0

    def record_failure(self, state: ReplicaState, reason: str) -> None:
        if self.metrics and self.metrics.enabled:
            self.metrics.replica_errors.labels(self.name, state.name).inc()
        state.failures += 1
        if state.failures < self.health.eject_after_failures:
            return
        now = time.monotonic()
        if now - state.ejected_until > self.health.max_cooldown_s:
            state.ejections = 0  # healthy for long enough: start the cool-down afresh
        state.ejections += 1
        cooldown = min(
            self.health.cooldown_s * 2 ** (state.ejections - 1), self.health.max_cooldown_s
        )
        state.ejected_until = now + cooldown
        state.failures = self.health.eject_after_failures - 1  # probation once it returns
        log.warning(
            "replica %s/%s ejected for %.1fs (ejection %d): %s",
            self.name, state.name, cooldown, state.ejections, reason,
        )
        self._set_up(state, False)
        asyncio.get_running_loop().call_later(cooldown, self._set_up, state, True)

    def _set_up(self, state: ReplicaState, up: bool) -> None:
        if self.metrics and self.metrics.enabled:
            self.metrics.replica_up.labels(self.name, state.name).set(1 if up else 0)

    def _inflight(self, state: ReplicaState, delta: int) -> None:
        state.inflight += delta
        if self.metrics is not None:
            self.metrics.set_replica_inflight(self.name, state.name, state.inflight)


@dataclass
class PoolGeneration:
    model: str
    replica: str
    events: EventStream


class _Relay:
    """The events of a started generation: the first one already read, the rest relayed.
    Closing it (even unstarted) frees the replica slot exactly once."""

    def __init__(
        self, pool: ModelPool, state: ReplicaState, first: Event, rest: AsyncIterator[Event]
    ) -> None:
        self.pool, self.state, self.rest = pool, state, rest
        self.pending: Event | None = first
        self.closed = False

    def __aiter__(self) -> "_Relay":
        return self

    async def __anext__(self) -> Event:
        if self.closed:
            raise StopAsyncIteration
        if self.pending is not None:
            event, self.pending = self.pending, None
        else:
            try:
                event = await anext(self.rest)
            except StopAsyncIteration:
                await self.aclose()
                raise UpstreamError(f"replica {self.state.name} ended without finishing") from None
            except ReplicaFailed as exc:
                self.pool.record_failure(self.state, exc.message)
                await self.aclose()
                raise UpstreamError(f"the model failed mid-answer: {exc.message}") from exc
            except BaseException:
                await self.aclose()
                raise
        if isinstance(event, Finish):
            self.pool.record_success(self.state)
            await self.aclose()
        return event

    async def aclose(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.pool._inflight(self.state, -1)
        await _close(self.rest)


async def _close(events: AsyncIterator[Event]) -> None:
    close = getattr(events, "aclose", None)
    if close is not None:
        await close()


class Pool:
    def __init__(
        self, models: Sequence[ModelPool], health: HealthConfig, metrics: Metrics | None = None
    ) -> None:
        if not models:
            raise ValueError("a pool needs at least one model")
        self.models = {m.name: m for m in models}
        self.default = models[0].name
        self.health = health
        self.metrics = metrics
        self._probe_task: asyncio.Task[None] | None = None
        for model in models:
            for state in model.replicas:
                model._set_up(state, True)

    def resolve(self, name: str) -> ModelPool:
        if name in DEFAULT_ALIASES:
            return self.models[self.default]
        try:
            return self.models[name]
        except KeyError:
            known = ", ".join(self.models)
            raise ModelNotFound(
                f"The model '{name}' is not served by this pool (models: {known})", param="model"
            ) from None

    async def start(self, request: GenerationRequest, deadline: float | None) -> PoolGeneration:
        """Pick a replica and wait for the first event; before it, failures move on to another
        replica. Raises ``ServiceUnavailable`` (none could start), ``RateLimited`` (all busy),
        ``DeadlineExceeded`` or the request's own error."""
        model = self.resolve(request.model)
        tried: set[ReplicaState] = set()
        attempts: list[str] = []
        all_busy = True
        for _ in range(self.health.max_attempts):
            state = model.pick(tried)
            if state is None:
                break
            tried.add(state)
            if deadline is not None and time.monotonic() >= deadline:
                raise DeadlineExceeded("the deadline passed before a replica answered")
            model._inflight(state, +1)
            events = state.replica.stream(request, deadline)
            try:
                first = await anext(events)
            except (ReplicaFailed, ReplicaBusy, StopAsyncIteration) as exc:
                model._inflight(state, -1)
                await _close(events)
                busy = isinstance(exc, ReplicaBusy)
                all_busy &= busy
                reason = exc.message if isinstance(exc, DuetError) else "no events"
                if not busy:
                    model.record_failure(state, reason)
                attempts.append(f"{state.name}: {reason}")
                continue
            except BaseException:
                model._inflight(state, -1)
                await _close(events)
                raise
            return PoolGeneration(model.name, state.name, _Relay(model, state, first, events))
        if attempts and all_busy:
            raise RateLimited(f"every replica of {model.name} is busy; retry shortly")
        detail = "; ".join(attempts) if attempts else "all replicas are ejected"
        raise ServiceUnavailable(f"no replica of {model.name} could answer ({detail})")

    # ---- active probes -----------------------------------------------------------------------

    def start_probes(self) -> None:
        if self._probe_task is None:
            self._probe_task = asyncio.get_running_loop().create_task(self._probe_loop())

    async def _probe_loop(self) -> None:
        while True:
            await asyncio.sleep(self.health.probe_interval_s)
            await self.probe_once()

    async def probe_once(self) -> None:
        now = time.monotonic()
        checks = [
            (model, state)
            for model in self.models.values()
            for state in model.replicas
            if state.available(now)
        ]
        results = await asyncio.gather(
            *(s.replica.probe(self.health.probe_timeout_s) for _, s in checks),
            return_exceptions=True,
        )
        for (model, state), result in zip(checks, results):
            if isinstance(result, ReplicaFailed):
                model.record_failure(state, result.message)
            elif isinstance(result, BaseException):
                log.error("probe of %s crashed: %r", state.name, result)

    async def aclose(self) -> None:
        if self._probe_task is not None:
            self._probe_task.cancel()
            await asyncio.gather(self._probe_task, return_exceptions=True)
        for model in self.models.values():
            for state in model.replicas:
                await state.replica.aclose()
