"""The edge agent's backend: decide → (cache) → execute → fall back or cascade.

For every request the router decides where it runs, from the request's privacy tag and detected
PII, its difficulty, the connectivity snapshot and the local queue. Then:

- a *cloud* decision calls the cloud pool (with the redacted messages when the policy redacts);
  if the cloud fails before its first token (or, for a client that does not stream, before the
  end of its answer), or the breaker opens while waiting for it, the local model answers
  (``cloud_error_fallback``), unless the request named a cloud model, which the device cannot
  serve (then 503), or the request's deadline has passed (then 504);
- a *local* decision runs the on-device model; if its queue is full, the request goes to the
  cloud when privacy allows (``local_busy``); with cascade on, a local answer whose mean token
  log-probability is low is escalated (``cascade_low_confidence``).

Private content never leaves the device: ``_escalate`` is the only way to the cloud and refuses
anything the decision marks private unless it is the redacted form (and counts such a refusal in
``duet_private_escalations_total``, which must stay 0).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import AsyncIterator, Awaitable
from typing import Protocol, TypeVar

from duet.cache import StartFn
from duet.metrics import Metrics
from duet.settings import OrchestrationSettings
from edge_agent.engine import LocalBusy, LocalEngine
from edge_agent.monitor import ConnectivityMonitor
from edge_agent.signals import conversation_id, forced_target, privacy_tag, routed_messages
from edge_agent.sticky import StickyTiers
from gateway.backend import (
    Event,
    Finish,
    Generation,
    GenerationRequest,
    ModelInfo,
    RequestContext,
    TokenDelta,
)
from gateway.errors import (
    DeadlineExceeded,
    DuetError,
    InvalidRequest,
    ModelNotFound,
    ServiceUnavailable,
)
from router import (
    BreakerState,
    ConnectivitySnapshot,
    ConnState,
    Decision,
    PrivacyTag,
    Reason,
    Router,
    Signals,
    Target,
)

log = logging.getLogger("duet.edge")

AUTO_MODEL = "auto"
T = TypeVar("T")
# How often a request waiting for the cloud's first token checks whether the breaker opened.
LINK_CHECK_S = 0.05


class CloudTier(Protocol):
    """What the orchestrator needs from the cloud client."""

    def known_models(self, refresh: bool = True) -> list[ModelInfo]: ...

    async def generate(self, request: GenerationRequest, ctx: RequestContext) -> Generation: ...

    async def check_health(self, timeout: float) -> float: ...


class ResponseCacheLike(Protocol):
    async def generate(
        self, request: GenerationRequest, ctx: RequestContext, start: StartFn, *,
        shared_store_allowed: bool = True, variant: str = "",
    ) -> Generation: ...


@dataclasses.dataclass(frozen=True)
class _Plan:
    """One request's routing decision and what else execution must respect."""

    decision: Decision
    cloud_allowed_by_tag: bool  # x-duet-privacy: allow_cloud
    local_allowed: bool  # False when the request named a cloud model


def _is_client_error(exc: DuetError) -> bool:
    """The request itself is wrong: answering it elsewhere would not help."""
    return isinstance(exc, (InvalidRequest, ModelNotFound))


class Orchestrator:
    """Implements the gateway ``Backend`` for the edge agent."""

    def __init__(
        self,
        engine: LocalEngine,
        router: Router,
        settings: OrchestrationSettings,
        *,
        cloud: CloudTier | None = None,
        monitor: ConnectivityMonitor | None = None,
        cache: ResponseCacheLike | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self.engine = engine
        self.router = router
        self.settings = settings
        self.cloud = cloud
        self.monitor = monitor
        self.cache = cache
        self.metrics = metrics if metrics is not None and metrics.enabled else None
        self.sticky = StickyTiers(settings.sticky_max_conversations)
        self._created = int(time.time())

    # ---- Backend interface ---------------------------------------------------------------

    def models(self) -> list[ModelInfo]:
        models = [
            ModelInfo(AUTO_MODEL, owned_by="duet", created=self._created),
            ModelInfo(self.engine.model_id, owned_by="duet-edge", created=self._created),
        ]
        if self.cloud is not None:
            seen = {m.id for m in models}
            models += [m for m in self._cloud_models() if m.id not in seen]
        return models

    def ready(self) -> bool:
        return True

    async def startup(self) -> None:
        """Start probing the cloud link and learning the cloud's models (the server's event
        loop is running now). Neither blocks start-up: the device serves without a cloud."""
        if self.monitor is not None:
            self.monitor.start()
        if self.cloud is not None:
            self.cloud.known_models()  # starts a background refresh of the cloud's models

    async def shutdown(self) -> None:
        if self.monitor is not None:
            await self.monitor.stop()
        close = getattr(self.cloud, "aclose", None)
        if close is not None:
            await close()

    async def generate(self, request: GenerationRequest, ctx: RequestContext) -> Generation:
        tag = privacy_tag(request, ctx)
        local_allowed = not self._names_cloud_model(request.model)
        conversation = conversation_id(request) if self.settings.sticky_conversations else None
        decision = self.router.decide(
            Signals(
                messages=routed_messages(request),
                privacy_tag=tag,
                forced_target=forced_target(ctx) or (None if local_allowed else Target.CLOUD),
                connectivity=self._connectivity(),
                local_busy=self.engine.would_queue_overflow(),
                sticky_target=self.sticky.get(conversation),
            )
        )
        self._record_decision(decision)
        plan = _Plan(decision, tag == PrivacyTag.ALLOW_CLOUD, local_allowed)

        async def start(req: GenerationRequest, c: RequestContext) -> Generation:
            generation, added = await self._execute(req, c, plan)
            generation.headers["x-duet-reasons"] = ",".join(
                decision.reasons + ((added,) if added else ())
            )
            # an answer from a tier other than the one decided (fallback, busy, cascade) is
            # not kept: once the decided tier answers again, its own answer should be cached
            generation.cacheable = added is None
            return generation

        if self.cache is None:
            generation = await start(request, ctx)
        else:
            generation = await self.cache.generate(
                request, ctx, start, shared_store_allowed=not decision.private,
                variant=decision.target.value,
            )
        generation.headers.setdefault("x-duet-reasons", ",".join(decision.reasons))
        generation.headers["x-duet-difficulty"] = f"{decision.scores.get('difficulty', 0.0):.3f}"
        generation.headers["x-duet-policy"] = decision.policy
        route = generation.headers.get("x-duet-route")
        if route in (Target.LOCAL, Target.CLOUD):
            self.sticky.remember(conversation, Target(route))
        return generation

    # ---- execution -------------------------------------------------------------------------

    async def _execute(
        self, request: GenerationRequest, ctx: RequestContext, plan: "_Plan"
    ) -> tuple[Generation, str | None]:
        """Run the decision; returns the generation and a reason added on the way, if any."""
        decision = plan.decision
        if decision.target == Target.CLOUD:
            may_fall_back = plan.local_allowed and self.settings.fallback_to_local
            remaining = ctx.remaining()
            budget = (
                remaining * self.settings.cloud_first_token_share
                if may_fall_back and remaining is not None else None
            )
            try:
                generation = await self._escalate(request, ctx, plan, budget)
                if not request.stream and may_fall_back:
                    # The client sees nothing before the whole answer: a cloud failure
                    # mid-answer can still fall back, as one before the first token.
                    generation = await self._read_ahead(generation)
                return generation, None
            except DuetError as exc:
                if _is_client_error(exc) or not may_fall_back:
                    raise
                remaining = ctx.remaining()
                if remaining is not None and remaining <= 0:
                    raise DeadlineExceeded(
                        "the request's deadline passed while waiting for the cloud"
                    ) from exc
                log.warning("cloud failed before answering (%s); answering locally",
                            exc.code or type(exc).__name__)
                return await self._local(request, ctx), Reason.CLOUD_ERROR_FALLBACK.value
        if not plan.local_allowed and decision.may_escalate:
            raise ServiceUnavailable(
                "the requested cloud model is unreachable now", code="cloud_unavailable"
            )
        try:
            if self._cascade_applies(decision):
                return await self._cascade(request, ctx, plan)
            return await self._local(request, ctx), None
        except LocalBusy:
            if not (decision.may_escalate and self._cloud_reachable()):
                raise
            return await self._escalate(request, ctx, plan), Reason.LOCAL_BUSY.value

    async def _local(self, request: GenerationRequest, ctx: RequestContext) -> Generation:
        events = await self.engine.start(request, ctx.deadline)
        return Generation(
            model=self.engine.model_id, events=events, headers={"x-duet-route": "local"}
        )

    async def _escalate(
        self, request: GenerationRequest, ctx: RequestContext, plan: "_Plan",
        first_token_budget: float | None = None,
    ) -> Generation:
        """The only way a request reaches the cloud. With ``first_token_budget`` (seconds) the
        cloud must start answering within it, so that the device has time left to answer."""
        if self.cloud is None:
            raise ServiceUnavailable(
                "no cloud is configured (set DUET_CLOUD_TARGET)", code="cloud_not_configured"
            )
        outbound = self._outbound(request, plan)
        try:
            generation = await self._cloud_first_token(outbound, ctx, first_token_budget)
        except DuetError as exc:
            if not _is_client_error(exc):
                self._cloud_failed(outcome="fallback")
            raise
        if self.monitor is not None:
            self.monitor.record_success()
        if self.metrics is not None:
            self.metrics.escalations.labels("ok").inc()
        generation.headers = {**generation.headers, "x-duet-route": "cloud"}
        generation.events = self._watch_cloud_stream(generation.events)
        return generation

    async def _cloud_first_token(
        self, request: GenerationRequest, ctx: RequestContext, budget: float | None
    ) -> Generation:
        assert self.cloud is not None
        waiting = self._unless_link_down(self.cloud.generate(request, ctx))
        if budget is None:
            return await waiting
        try:
            return await asyncio.wait_for(waiting, budget)
        except TimeoutError:
            raise ServiceUnavailable(
                f"the cloud did not start answering within {budget:.2f} s",
                code="cloud_slow",
            ) from None

    async def _read_ahead(self, generation: Generation) -> Generation:
        """The whole cloud answer read before anything is returned; raises what its stream
        raises, or ``ServiceUnavailable`` when the link goes down meanwhile."""

        async def collect() -> list[Event]:
            return [event async for event in generation.events]

        try:
            events = await self._unless_link_down(collect())
        finally:
            await generation.aclose()
        generation.events = _replay(events)
        return generation

    async def _unless_link_down(self, work: Awaitable[T]) -> T:
        """Wait for a cloud call, but give up as soon as the breaker opens: the monitor has
        seen the link fail, so the request falls back (or fails cleanly) at once instead of
        waiting out its deadline on a dead or silent link."""
        call = asyncio.ensure_future(work)
        if self.monitor is None:
            return await call
        breaker = self.monitor.breaker
        try:
            while not call.done():
                await asyncio.wait({call}, timeout=LINK_CHECK_S)
                if not call.done() and breaker.state != BreakerState.CLOSED:
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

    def _outbound(self, request: GenerationRequest, plan: "_Plan") -> GenerationRequest:
        """The request as it may leave the device; refuses anything private (privacy guard)."""
        decision = plan.decision
        if not decision.may_escalate:
            self._refuse_private()
        if decision.redacted_messages is not None:
            if request.messages is not None:
                request = dataclasses.replace(request, messages=decision.redacted_messages)
            else:
                content = decision.redacted_messages[0].get("content", "")
                request = dataclasses.replace(request, prompt=str(content))
        if decision.private:  # redacted, or allowed out by its tag: the pool keeps no copy
            request = dataclasses.replace(request, metadata={**request.metadata, "redacted": True})
        if not plan.cloud_allowed_by_tag:
            leaving = "\n".join(str(m.get("content", "")) for m in routed_messages(request))
            if any(span.value and span.value in leaving for span in decision.pii):
                self._refuse_private()
        return request  # the cloud client maps `auto` and the edge model to the pool's default

    def _refuse_private(self) -> None:
        if self.metrics is not None:
            self.metrics.private_escalations.inc()
        log.error("refused to send private content to the cloud")
        raise ServiceUnavailable("this request must stay on the device", code="private_content")

    async def _watch_cloud_stream(self, events: AsyncIterator[Event]) -> AsyncIterator[Event]:
        """Report a failure after the first token to the monitor; it is never retried."""
        try:
            async for event in events:
                yield event
        except DuetError:
            self._cloud_failed(outcome="error")
            raise
        finally:
            close = getattr(events, "aclose", None)
            if close is not None:
                await close()

    def _cloud_failed(self, outcome: str) -> None:
        if self.monitor is not None:
            self.monitor.record_failure()
        if self.metrics is not None:
            self.metrics.escalations.labels(outcome).inc()

    # ---- cascade ---------------------------------------------------------------------------

    def _cascade_applies(self, decision: Decision) -> bool:
        return (
            self.settings.cascade_enabled
            and decision.may_escalate
            and self.cloud is not None
            and self._cloud_reachable()
        )

    async def _cascade(
        self, request: GenerationRequest, ctx: RequestContext, plan: "_Plan"
    ) -> tuple[Generation, str | None]:
        """Answer locally in full, then escalate if the model was unsure of its answer."""
        probing = dataclasses.replace(
            request, params=dataclasses.replace(request.params, logprobs=True)
        )
        local = await self._local(probing, ctx)
        buffered = [event async for event in local.events]
        logprobs = [
            e.logprob for e in buffered if isinstance(e, TokenDelta) and e.logprob is not None
        ]
        confidence = sum(logprobs) / len(logprobs) if logprobs else 0.0
        if confidence < self.settings.cascade_min_logprob:
            try:
                return (
                    await self._escalate(request, ctx, plan),
                    Reason.CASCADE_LOW_CONFIDENCE.value,
                )
            except DuetError as exc:
                if _is_client_error(exc):
                    raise
                added: str | None = Reason.CLOUD_ERROR_FALLBACK.value
        else:
            added = None
        if not request.params.logprobs:
            buffered = [
                dataclasses.replace(e, logprob=None, top_logprobs=())
                if isinstance(e, TokenDelta) else e
                for e in buffered
            ]
        local.events = _replay(buffered)
        return local, added

    # ---- helpers ---------------------------------------------------------------------------

    def _names_cloud_model(self, model: str) -> bool:
        if model in (AUTO_MODEL, self.engine.model_id) or self.cloud is None:
            return False
        return any(m.id == model for m in self._cloud_models())

    def _cloud_models(self) -> list[ModelInfo]:
        """The cloud's models as last listed; not refreshed while the breaker is open."""
        assert self.cloud is not None
        closed = self.monitor is None or self.monitor.breaker.state == BreakerState.CLOSED
        return self.cloud.known_models(refresh=closed)

    def _connectivity(self) -> ConnectivitySnapshot:
        if self.cloud is None or self.monitor is None:
            return ConnectivitySnapshot(state=ConnState.DOWN)
        return self.monitor.snapshot()

    def _cloud_reachable(self) -> bool:
        return self._connectivity().reachable

    def _record_decision(self, decision: Decision) -> None:
        if self.metrics is None:
            return
        self.metrics.difficulty.observe(decision.scores.get("difficulty", 0.0))
        if decision.target == Target.LOCAL and not decision.may_escalate:
            if Reason.PRIVACY_TAG in decision.reasons:
                self.metrics.privacy_kept_local.labels("tag").inc()
            for pii_type in sorted({span.type for span in decision.pii}):
                self.metrics.privacy_kept_local.labels(f"pii_{pii_type}").inc()


async def _replay(events: list[Event]) -> AsyncIterator[Event]:
    for event in events:
        yield event
    if not any(isinstance(e, Finish) for e in events):
        raise DuetError("local generation ended without finishing")
