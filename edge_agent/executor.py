"""Runs a plan's attempts in order until one answers.

The first attempt always runs; each later one runs only when the attempt before it failed in the
way it names (``Attempt.after``) and the request itself was not at fault. Every failed attempt's
error is kept (``AttemptsFailed.errors``, and chained as ``__cause__``), so that when all fail the
caller sees the last error with the others behind it. The answering attempt's reason is added to
the route; an answer from a tier other than the one decided is not cacheable.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Sequence

from duet.core.backend import EventList, EventStream, Generation, GenerationRequest, RequestContext, TokenDelta
from duet.core.errors import DeadlineExceeded, DuetError, ServiceUnavailable
from duet.edge_agent.escalation import Escalation, is_client_error
from duet.core.metrics import Metrics
from duet.edge_agent.hedging import HedgeBudget, hedged
from duet.edge_agent.latency import TierLatency, TimedEvents
from duet.edge_agent.planner import After, Attempt, Plan, Tier
from duet.engines.llama_cpp import LocalEngine
from duet.router import Reason

log = logging.getLogger("duet.edge")


class AttemptsFailed(Exception):
    """Carries the errors of every attempt of a plan, in order (attached to the last one)."""

    def __init__(self, errors: Sequence[BaseException]) -> None:
        super().__init__("; ".join(f"{type(e).__name__}: {e}" for e in errors))
        self.errors = tuple(errors)


class Executor:
    def __init__(
        self, engine: LocalEngine, escalation: Escalation, cascade_min_logprob: float,
        local_latency: TierLatency | None = None,
        hedge_budget: HedgeBudget | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self.engine = engine
        self.hedge_budget = hedge_budget or HedgeBudget(0.0)
        self.metrics = metrics
        self.local_latency = local_latency
        self.escalation = escalation
        escalation.start_local = self.local
        self.cascade_min_logprob = cascade_min_logprob

    async def run(self, request: GenerationRequest, ctx: RequestContext, plan: Plan) -> Generation:
        if not plan.attempts:
            raise ServiceUnavailable(
                "the requested cloud model is unreachable now", code="cloud_unavailable"
            )
        errors: list[DuetError] = []
        for attempt in plan.attempts:
            if errors and not self._may_follow(attempt, errors[-1], ctx):
                break
            try:
                generation = await self._start(attempt, request, ctx, plan)
            except DuetError as exc:
                errors.append(exc)
                continue
            added = () if attempt.reason is None else (attempt.reason.value,)
            generation.route.reasons = (*plan.decision.reasons, *added, *generation.route.reasons)
            # once the decided tier answers again, its own answer should be cached
            generation.cacheable = generation.cacheable and attempt.reason is None
            return generation
        last = errors[-1]
        if len(errors) > 1:
            last.__cause__ = AttemptsFailed(errors)
        raise last

    def _may_follow(self, attempt: Attempt, error: DuetError, ctx: RequestContext) -> bool:
        if is_client_error(error) or not attempt.follows(error):
            return False
        if attempt.after == After.BUSY:  # the cloud must be there to take the overflow
            return self.escalation.reachable()
        remaining = ctx.remaining()
        if remaining is not None and remaining <= 0:
            raise DeadlineExceeded(
                "the request's deadline passed while waiting for the cloud"
            ) from error
        log.warning("cloud failed before answering (%s); answering locally",
                    error.code or type(error).__name__)
        return True

    async def _start(
        self, attempt: Attempt, request: GenerationRequest, ctx: RequestContext, plan: Plan
    ) -> Generation:
        if attempt.tier == Tier.CLOUD:
            cloud = self.escalation.start(request, ctx, plan, attempt)
            if attempt.hedge_after_s is None:
                return await cloud
            return await hedged(
                cloud, lambda: self.local(request, ctx), attempt.hedge_after_s,
                self.hedge_budget, self.metrics,
            )
        if attempt.tier == Tier.CASCADE:
            return await self._cascade(request, ctx, plan)
        return await self.local(request, ctx)

    async def local(self, request: GenerationRequest, ctx: RequestContext) -> Generation:
        """The local model; waiting for its slot takes at most what is left of the budget."""
        remaining = ctx.remaining()
        started = time.monotonic()
        starting = self.engine.start(request, ctx.deadline)
        try:
            events: EventStream = await (
                starting if remaining is None else asyncio.wait_for(starting, max(0.0, remaining))
            )
        except TimeoutError:
            raise DeadlineExceeded(
                "the request's deadline passed while waiting for the local model"
            ) from None
        if self.local_latency is not None:
            events = TimedEvents(events, self.local_latency, started)
        generation = Generation(model=self.engine.model_id, events=events)
        generation.route.target = "local"
        return generation

    async def _cascade(
        self, request: GenerationRequest, ctx: RequestContext, plan: Plan
    ) -> Generation:
        """Answer locally in full, then escalate if the model was unsure of its answer."""
        probing = dataclasses.replace(
            request, params=dataclasses.replace(request.params, logprobs=True)
        )
        local = await self.local(probing, ctx)
        buffered = [event async for event in local.events]
        logprobs = [
            e.logprob for e in buffered if isinstance(e, TokenDelta) and e.logprob is not None
        ]
        confidence = sum(logprobs) / len(logprobs) if logprobs else 0.0
        if confidence < self.cascade_min_logprob:
            try:
                escalated = await self.escalation.start(request, ctx, plan, Attempt(Tier.CLOUD))
                escalated.route.add_reason(Reason.CASCADE_LOW_CONFIDENCE.value)
                escalated.cacheable = False
                return escalated
            except DuetError as exc:
                if is_client_error(exc):
                    raise
                local.route.add_reason(Reason.CLOUD_ERROR_FALLBACK.value)
                local.cacheable = False
        if not request.params.logprobs:
            buffered = [
                dataclasses.replace(e, logprob=None, top_logprobs=())
                if isinstance(e, TokenDelta) else e
                for e in buffered
            ]
        local.events = EventList(buffered)
        return local
