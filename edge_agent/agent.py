"""The edge agent's backend: plan → (cache) → execute → route.

For every request the planner turns the routing signals into a plan (``planner``), the executor
runs its attempts (``executor``; every way to the cloud goes through ``escalation`` and its privacy
guard), and the response cache, when there is one, wraps the executor as a plain decorator. The
answer's typed ``Route`` gets the decision's reasons, difficulty and policy here, once; the gateway
writes it into the ``x-duet-*`` headers.
"""

from __future__ import annotations

import asyncio
import time
from typing import Protocol

from duet.cache import StartFn
from duet.core.backend import Generation, GenerationRequest, ModelInfo, RequestContext
from duet.core.errors import ContextLengthExceeded
from duet.core.metrics import Metrics
from duet.core.settings import OrchestrationSettings
from duet.edge_agent.audit import EgressAudit
from duet.edge_agent.context_fit import gauge_for
from duet.edge_agent.device_state import DeviceStateSource
from duet.edge_agent.escalation import CloudTier, Escalation
from duet.edge_agent.executor import Executor
from duet.edge_agent.guard import PrivacyGuard, user_key
from duet.edge_agent.hedging import HedgeBudget
from duet.edge_agent.latency import TierLatency
from duet.edge_agent.monitor import ConnectivityMonitor
from duet.edge_agent.planner import Plan, Planner
from duet.edge_agent.regret import RegretWatch
from duet.engines.llama_cpp import LocalEngine
from duet.router import BreakerState, ConnectivitySnapshot, ConnState, ContextNeed, Decision, Reason
from duet.router import Router
from duet.router import Target

AUTO_MODEL = "auto"


def _queued(engine: LocalEngine) -> int:
    """Answers ahead of a new request on the local model: the one generating and those
    waiting."""
    return getattr(engine, "queue_depth", 0) + 1 if engine.busy else 0


def eta_header(decision: Decision) -> str | None:
    """``x-duet-eta``: the budget and each tier's predicted time to answer the router saw, e.g.
    ``budget=0.800s cloud=1.250s local=0.310s`` (a tier with nothing learned yet is left out)."""
    step = next((t for t in decision.trace if t.get("step") == "deadline"), None)
    if step is None or step.get("budget_s") is None:
        return None
    parts = [f"budget={step['budget_s']:.3f}s"]
    for tier in ("cloud", "local"):
        eta = step.get(f"{tier}_eta_s")
        if eta is not None:
            parts.append(f"{tier}={eta:.3f}s")
    return " ".join(parts)


def device_header(decision: Decision) -> str | None:
    """``x-duet-device``: the battery and heat the router saw and the threshold shift they
    made, e.g. ``battery=15% discharging thermal=ok shift=-0.15`` (None: nothing known)."""
    step = next((t for t in decision.trace if t.get("step") == "device"), None)
    if step is None or step.get("source") == "none":
        return None
    percent = step.get("battery_percent")
    battery = "none" if percent is None else (
        f"{percent:.0f}% {'discharging' if step.get('discharging') else 'not discharging'}")
    return f"battery={battery} thermal={step.get('thermal')} shift={step.get('threshold_shift'):+.2f}"


class ResponseCacheLike(Protocol):
    async def generate(
        self, request: GenerationRequest, ctx: RequestContext, start: StartFn, *,
        shared_store_allowed: bool = True, variant: str = "",
    ) -> Generation: ...


class Runner(Protocol):
    async def run(
        self, request: GenerationRequest, ctx: RequestContext, plan: Plan
    ) -> Generation: ...


class CachedRunner:
    """The executor with the response cache in front: private answers never reach a store shared
    with the cloud, and the decided tier is part of the key."""

    def __init__(self, inner: Runner, cache: ResponseCacheLike) -> None:
        self.inner = inner
        self.cache = cache

    async def run(self, request: GenerationRequest, ctx: RequestContext, plan: Plan) -> Generation:
        async def start(req: GenerationRequest, c: RequestContext) -> Generation:
            return await self.inner.run(req, c, plan)

        return await self.cache.generate(
            request, ctx, start,
            shared_store_allowed=not plan.decision.private,
            variant=plan.decision.target.value,
        )


class EdgeAgent:
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
        guard: PrivacyGuard | None = None,
        audit: EgressAudit | None = None,
        device: DeviceStateSource | None = None,
    ) -> None:
        self.engine = engine
        self.device = device
        self.cloud = cloud
        self.monitor = monitor
        self.metrics = metrics if metrics is not None and metrics.enabled else None
        self.local_latency = monitor.local_latency if monitor is not None else TierLatency()
        self.planner = Planner(
            router, settings,
            local_model=engine.model_id,
            cloud_models=lambda: {m.id for m in self._cloud_models()},
            connectivity=self._connectivity,
            local_busy=engine.would_queue_overflow,
            cloud_configured=cloud is not None,
            cloud_latency=None if monitor is None else monitor.cloud_latency,
            local_latency=self.local_latency,
            local_queued=lambda: _queued(engine),
            **({"device": device.snapshot} if device is not None else {}),
        )
        guard = guard or PrivacyGuard(user_key(None), self.metrics)
        self.escalation = Escalation(
            cloud, guard, monitor, self.metrics, audit=audit, policy=router.policy
        )
        executor = Executor(
            engine, self.escalation, settings.cascade_min_logprob, self.local_latency,
            HedgeBudget(settings.hedge_budget), self.metrics,
        )
        self.runner: Runner = executor if cache is None else CachedRunner(executor, cache)
        engine_settings = getattr(engine, "settings", None)
        self.context = gauge_for(engine, getattr(engine_settings, "default_max_tokens", 512))
        self._created = int(time.time())
        self.regret = RegretWatch(router.policy, self.metrics) if self.metrics is not None else None

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
        if self.monitor is not None:
            self.monitor.note_request()
        plan = await self._plan(request, ctx)
        self._record_decision(plan.decision)
        generation = await self.runner.run(request, ctx, plan)
        route = generation.route
        if not route.reasons:  # a cache hit: the decision that would have run
            route.reasons = plan.decision.reasons
        route.difficulty = plan.decision.scores.get("difficulty", 0.0)
        route.threshold = plan.decision.scores.get("threshold")
        route.policy = plan.decision.policy
        route.eta = eta_header(plan.decision)
        route.device = device_header(plan.decision)
        # a cache hit stands for the tier the decision chose: a hard turn answered from the
        # cache moves a pinned conversation up just as the cloud's own answer would
        answered = str(plan.decision.target) if route.target == "cache" else route.target
        self.planner.remember(plan.conversation, answered, plan.decision)
        if self.regret is not None:
            self.regret.watch(generation, plan.decision)
        return generation

    # ---- helpers ---------------------------------------------------------------------------

    def _cloud_models(self) -> list[ModelInfo]:
        """The cloud's models as last listed; not refreshed while the breaker is open."""
        assert self.cloud is not None
        closed = self.monitor is None or self.monitor.breaker.state == BreakerState.CLOSED
        return self.cloud.known_models(refresh=closed)

    async def _plan(self, request: GenerationRequest, ctx: RequestContext) -> Plan:
        """The plan; a refusal for the context's sake rests on an exact count, never on an
        estimate (text far from the usual rates, e.g. long runs of spaces, is counted then)."""
        need = await self._context_need(request)
        try:
            return self.planner.plan(request, ctx, need)
        except ContextLengthExceeded:
            if need is None or need.counted or self.context is None:
                raise
            need = await asyncio.to_thread(self.context.counted, request, need.cloud_limit)
            return self.planner.plan(request, ctx, need)

    async def _context_need(self, request: GenerationRequest) -> ContextNeed | None:
        """The request's context need: estimated, or counted (in a thread) near a limit."""
        if self.context is None:
            return None
        cloud_limit = self._cloud_context(request.model)
        need, close = self.context.estimated(request, cloud_limit)
        if close:
            need = await asyncio.to_thread(self.context.counted, request, cloud_limit)
        return need

    def _cloud_context(self, model: str) -> int | None:
        """The context length of the cloud model that would answer: the one named, else the
        pool's default (listed first); None when unknown."""
        if self.cloud is None:
            return None
        models = self._cloud_models()
        named = [m for m in models if m.id == model]
        chosen = named[0] if named else (models[0] if models else None)
        return None if chosen is None else chosen.context_length

    def _connectivity(self) -> ConnectivitySnapshot:
        if self.cloud is None or self.monitor is None:
            return ConnectivitySnapshot(state=ConnState.DOWN)
        return self.monitor.snapshot()

    def _record_decision(self, decision: Decision) -> None:
        if self.metrics is None:
            return
        self.metrics.difficulty.observe(decision.scores.get("difficulty", 0.0))
        if decision.target == Target.LOCAL and not decision.may_escalate:
            if Reason.PRIVACY_TAG in decision.reasons:
                self.metrics.privacy_kept_local.labels("tag").inc()
            for pii_type in sorted({span.type for span in decision.pii}):
                self.metrics.privacy_kept_local.labels(f"pii_{pii_type}").inc()
