"""The way to the cloud: every escalation goes through ``Escalation.start``.

It has the privacy guard build what leaves, waits for the cloud's first token within the share of
the budget the plan allows, gives up at once when the breaker opens (the monitor saw the link
fail), reads a whole answer ahead when the plan asks for it (a client that does not stream can
still be answered locally if the cloud fails mid-answer), reports every outcome to the monitor and
to the metrics, records what left in the egress audit log, and restores the original values
into answers to redacted requests.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable
from typing import Any, Protocol, TypeVar

from duet.core.backend import (
    Event,
    EventFilter,
    EventList,
    EventStream,
    Finish,
    Generation,
    GenerationRequest,
    ModelInfo,
    RequestContext,
)
from duet.core.errors import DuetError, InvalidRequest, ModelNotFound, ServiceUnavailable
from duet.core.errors import UpstreamError
from duet.core.metrics import Metrics
from duet.edge_agent.audit import EgressAudit, egress_for
from duet.edge_agent.continuation import ContinuedStream, StartLocal
from duet.edge_agent.guard import PrivacyGuard
from duet.edge_agent.latency import TimedEvents
from duet.edge_agent.monitor import ConnectivityMonitor
from duet.edge_agent.planner import Attempt, Plan
from duet.edge_agent.restore import restore_events
from duet.router import BreakerState, Policy

log = logging.getLogger("duet.edge")
T = TypeVar("T")
# How often a request waiting for the cloud's first token checks whether the breaker opened.
LINK_CHECK_S = 0.05
# A failure before the first token that took at least this long is a stall of the cloud.
STALL_MIN_S = 0.1


class CloudTier(Protocol):
    """What the edge needs from the cloud client."""

    def known_models(self, refresh: bool = True) -> list[ModelInfo]: ...

    def encode(self, request: GenerationRequest, ctx: RequestContext) -> bytes: ...

    async def generate(
        self, request: GenerationRequest, ctx: RequestContext, payload: bytes | None = None
    ) -> Generation: ...

    async def check_health(self, timeout: float) -> float: ...


def first_token_budget(attempt: Attempt, ctx: RequestContext) -> float | None:
    """How long the cloud may take to start answering: the plan's share of the remaining
    time (None: the whole request deadline)."""
    remaining = ctx.remaining()
    if attempt.first_token_share is not None and remaining is not None:
        return remaining * attempt.first_token_share
    return None


def is_client_error(exc: BaseException) -> bool:
    """The request itself is wrong: answering it elsewhere would not help."""
    return isinstance(exc, (InvalidRequest, ModelNotFound))


class Escalation:
    def __init__(
        self,
        cloud: CloudTier | None,
        guard: PrivacyGuard,
        monitor: ConnectivityMonitor | None = None,
        metrics: Metrics | None = None,
        audit: EgressAudit | None = None,
        policy: Policy | None = None,
    ) -> None:
        """``audit`` and ``policy``: every escalation is recorded in the egress audit log
        before it is sent (when the record cannot be written, nothing is sent)."""
        self.cloud = cloud
        self.guard = guard
        self.audit = audit
        self.policy = policy
        self.monitor = monitor
        self.metrics = metrics if metrics is not None and metrics.enabled else None
        # the local model, to finish a cloud answer cut mid-way (set by the executor)
        self.start_local: StartLocal | None = None

    async def start(
        self, request: GenerationRequest, ctx: RequestContext, plan: Plan, attempt: Attempt
    ) -> Generation:
        if self.cloud is None:
            raise ServiceUnavailable(
                "no cloud is configured (set DUET_CLOUD_TARGET)", code="cloud_not_configured"
            )
        leaving, leaving_ctx = self.guard.outbound(
            request, ctx, plan.decision, plan.cloud_allowed_by_tag
        )
        payload = self.cloud.encode(leaving, leaving_ctx)  # the exact bytes sent
        if self.audit is not None and self.policy is not None:
            await self.audit.arecord(egress_for(
                ctx.request_id, plan.decision, self.policy, payload,
                allowed_by_tag=plan.cloud_allowed_by_tag,
            ))
        started = time.monotonic()
        try:
            generation = await self._first_token(
                leaving, leaving_ctx, payload, first_token_budget(attempt, ctx),
                attempt.first_token_cap_s,
            )
        except DuetError as exc:
            if not is_client_error(exc):
                self.failed(outcome="fallback")
                self._stalled(time.monotonic() - started)
            raise
        if self.monitor is not None:
            self.monitor.record_success()
            generation.events = TimedEvents(
                generation.events, self.monitor.cloud_latency, started
            )
        if self.metrics is not None:
            self.metrics.escalations.labels("ok").inc()
        generation.route.target = "cloud"
        generation.events = _WatchedStream(generation.events, self)
        # the cloud saw placeholders: the app gets the original values back (inside the cache's
        # start function, so a restored answer is as private as the request)
        generation.events = restore_events(generation.events, plan.decision.placeholders)
        if attempt.continue_locally and self.start_local is not None:
            generation.events = ContinuedStream(
                generation.events, request, ctx, self.start_local, generation
            )
        if attempt.read_ahead:
            generation.events = await self._read_ahead(generation.events)
        return generation

    async def _first_token(
        self, request: GenerationRequest, ctx: RequestContext, payload: bytes,
        budget: float | None, stall_cap: float | None = None,
    ) -> Generation:
        """The cloud's answer once it starts, within ``budget``. By ``stall_cap`` (learned
        from the cloud's own times) the link has been checked once: a frozen cloud or a
        blackholed link is given up then, a cloud that is only slow on this prompt (a long
        prefill) is waited for."""
        assert self.cloud is not None
        started = time.monotonic()
        waiting = asyncio.ensure_future(
            self.unless_link_down(self.cloud.generate(request, ctx, payload)))
        try:
            if stall_cap is not None and (budget is None or stall_cap < budget):
                await self._check_by(waiting, stall_cap)
            left = None if budget is None else max(0.0, budget - (time.monotonic() - started))
            return await asyncio.wait_for(asyncio.shield(waiting), left)
        except TimeoutError:
            raise ServiceUnavailable(
                f"the cloud did not start answering within {budget:.2f} s", code="cloud_slow"
            ) from None
        finally:
            if not waiting.done():
                waiting.cancel()
                await asyncio.wait({waiting})

    async def _check_by(self, waiting: asyncio.Future[Generation], stall_cap: float) -> None:
        """Return once ``waiting`` is done or a health check sent so that its verdict is in by
        ``stall_cap`` has answered; raise ``cloud_stalled`` if the check failed first."""
        lead = self.monitor.stall_check_timeout() if self.monitor is not None else 0.0
        done, _ = await asyncio.wait({waiting}, timeout=max(0.0, stall_cap - lead))
        if done:
            return
        check = asyncio.ensure_future(self._still_there())
        try:
            either: set[asyncio.Future[Any]] = {waiting, check}
            await asyncio.wait(either, return_when=asyncio.FIRST_COMPLETED)
        finally:
            if not check.done():
                check.cancel()
        if not waiting.done() and not check.result():
            raise ServiceUnavailable(
                f"the cloud did not start answering within {stall_cap:.2f} s and its link does "
                "not answer", code="cloud_stalled")

    async def _still_there(self) -> bool:
        return self.monitor is not None and await self.monitor.answers_now()

    async def _read_ahead(self, events: EventStream) -> EventStream:
        """The whole answer read before anything is returned; raises what the stream raises,
        or ``ServiceUnavailable`` when the link goes down meanwhile."""

        async def collect() -> list[Event]:
            return [event async for event in events]

        try:
            collected = await self.unless_link_down(collect())
        finally:
            await events.aclose()
        if not collected or not isinstance(collected[-1], Finish):
            raise UpstreamError("the cloud's answer ended without finishing")
        return EventList(collected)

    async def unless_link_down(self, work: Awaitable[T]) -> T:
        """Wait for a cloud call, but give up as soon as the breaker opens or the link, up
        when the wait began, goes down (failed probes and calls), instead of waiting out the
        deadline on a dead or silent link."""
        if self.monitor is None:
            return await work
        call = asyncio.ensure_future(work)
        monitor = self.monitor
        was_reachable = monitor.snapshot().reachable

        def gone() -> bool:
            return monitor.breaker.state != BreakerState.CLOSED or (
                was_reachable and not monitor.snapshot().reachable)

        try:
            while not call.done():
                await asyncio.wait({call}, timeout=LINK_CHECK_S)
                if not call.done() and gone():
                    call.cancel()
                    await asyncio.wait({call})
                    if call.cancelled():
                        raise ServiceUnavailable(
                            "the link to the cloud went down while waiting for it",
                            code="cloud_unavailable",
                        )
        except asyncio.CancelledError:
            call.cancel()
            raise
        return call.result()

    def _stalled(self, waited_s: float) -> None:
        """A slow failure before the first token teaches the cloud's time to first token (a
        fast one, such as a refused connection, says nothing about it)."""
        if self.monitor is not None and waited_s >= STALL_MIN_S:
            self.monitor.cloud_latency.record_no_first_token(waited_s)

    def failed(self, outcome: str) -> None:
        if self.monitor is not None:
            self.monitor.record_failure()
        if self.metrics is not None:
            self.metrics.escalations.labels(outcome).inc()

    def reachable(self) -> bool:
        return self.cloud is not None and (self.monitor is None or self.monitor.snapshot().reachable)


class _WatchedStream(EventFilter):
    """Reports a failure after the first token to the monitor; it is never retried. A stream
    that goes silent is given up as soon as the link is found down (the breaker opens), as
    before the first token, instead of waiting out the request's deadline."""

    def __init__(self, inner: EventStream, escalation: Escalation) -> None:
        super().__init__(inner)
        self.escalation = escalation

    async def __anext__(self) -> Event:
        try:
            return await self.escalation.unless_link_down(self.inner.__anext__())
        except DuetError:
            self.escalation.failed(outcome="error")
            raise
