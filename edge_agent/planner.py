"""Signals → decision → plan: where one request runs, and what to try when that fails.

The planner reads the routing inputs off the request (privacy tag, forced tier, conversation),
the connectivity snapshot and the local queue, asks the router for a ``Decision`` and turns it
into a ``Plan``: an ordered list of ``Attempt``s that the executor runs as data. No I/O here.

- a cloud decision: the cloud, then the local model if the cloud fails before answering
  (``cloud_error_fallback``) — unless the request named a cloud model or fallback is off;
- a local decision: the local model (or the cascade: local, escalated when unsure), then the cloud
  when the local queue is full and privacy allows (``local_busy``);
- a request that named a cloud model while the cloud is out of reach: no attempt at all (503);
- ``x-duet-route`` (``signals.RouteMode``): ``local_only`` is the local model alone (no cascade, no
  overflow to the cloud); ``cloud_only`` is the cloud alone, without falling back (503 when the
  cloud is out of reach, 400 when privacy keeps the request on the device).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from duet.core.backend import GenerationRequest, RequestContext
from duet.core.errors import InvalidRequest, ServiceUnavailable
from duet.core.settings import OrchestrationSettings
from duet.edge_agent.context_fit import refusal, why_local
from duet.edge_agent.latency import TierLatency
from duet.edge_agent.signals import ROUTE_HEADER, RouteMode, conversation_id, privacy_tag
from duet.edge_agent.signals import declared_texts, route_mode, routed_messages
from duet.edge_agent.sticky import StickyTiers
from duet.engines.llama_cpp import LocalBusy
from duet.router import ConnectivitySnapshot, ContextNeed, Decision, PrivacyTag, Reason, Router
from duet.router import DeviceState, Signals, Target


class Tier(StrEnum):
    CLOUD = "cloud"
    LOCAL = "local"
    CASCADE = "cascade"  # local in full, escalated when the model was unsure of its answer


class After(StrEnum):
    """When an attempt after the first one runs: after which failure of the one before."""

    FAILURE = "failure"  # any failure that is not the request's own fault
    BUSY = "busy"  # the local queue was full


@dataclasses.dataclass(frozen=True)
class Attempt:
    tier: Tier
    reason: Reason | None = None  # added to the route when this attempt answers
    after: After | None = None  # None: the first attempt
    # cloud only: the share of the remaining time the cloud may take to start answering, so
    # that the local model still has time to answer instead (None: the whole budget)
    first_token_share: float | None = None
    # cloud only: the longest wait for the first token, from the cloud's learned times (None:
    # nothing learned yet, or no local answer to fall back on)
    first_token_cap_s: float | None = None
    read_ahead: bool = False  # cloud only: read the whole answer before returning (fall back late)
    # cloud only: when the answer breaks after text was produced, the local model finishes it
    continue_locally: bool = False
    # cloud only: start the local model too if the cloud's first token has not come by then
    hedge_after_s: float | None = None

    def follows(self, error: BaseException) -> bool:
        """True when this attempt may run after the previous one failed with ``error``."""
        if self.after == After.BUSY:
            return isinstance(error, LocalBusy)
        return self.after == After.FAILURE


@dataclasses.dataclass(frozen=True)
class Plan:
    decision: Decision
    attempts: tuple[Attempt, ...]
    cloud_allowed_by_tag: bool  # x-duet-privacy: allow_cloud
    conversation: str | None  # for sticky tiers


class Planner:
    def __init__(
        self,
        router: Router,
        settings: OrchestrationSettings,
        *,
        local_model: str,
        cloud_models: Callable[[], set[str]],
        connectivity: Callable[[], ConnectivitySnapshot],
        local_busy: Callable[[], bool],
        cloud_configured: bool,
        cloud_latency: TierLatency | None = None,
        local_latency: TierLatency | None = None,
        local_queued: Callable[[], int] = lambda: 0,
        device: Callable[[], DeviceState] = DeviceState,
    ) -> None:
        self.router = router
        self.settings = settings
        self.local_model = local_model
        self.cloud_models = cloud_models
        self.connectivity = connectivity
        self.local_busy = local_busy
        self.cloud_configured = cloud_configured
        self.sticky = StickyTiers(settings.sticky_max_conversations)
        self.cloud_latency = cloud_latency
        self.local_latency = local_latency
        self.local_queued = local_queued
        self.device = device  # the device's battery and heat (edge_agent.device_state)

    def plan(
        self, request: GenerationRequest, ctx: RequestContext, context: ContextNeed | None = None
    ) -> Plan:
        """``context``: the request's context need (``context_fit``); None: not measured."""
        tag = privacy_tag(request, ctx)
        mode = route_mode(ctx)
        local_allowed = not self.names_cloud_model(request.model)
        conversation = conversation_id(request) if self.settings.sticky_conversations else None
        decision = self.router.decide(
            Signals(
                messages=routed_messages(request),
                privacy_tag=tag,
                forced_target=mode.target or (None if local_allowed else Target.CLOUD),
                connectivity=self.connectivity(),
                local_busy=self.local_busy(),
                sticky_target=self.sticky.get(conversation),
                context=context,
                device=self.device(),
                declared=declared_texts(request),
                **self._etas(request, ctx),
            )
        )
        # a prompt the device cannot hold has no local answer to fall back on
        fits = context is None or context.prompt_fits_local
        attempts = self._attempts(decision, request, local_allowed, mode, local_fits=fits)
        if context is not None and not context.prompt_fits_local:
            self._refuse_overflow(context, decision, attempts, request, mode)
        return Plan(
            decision=decision,
            attempts=attempts,
            cloud_allowed_by_tag=tag == PrivacyTag.ALLOW_CLOUD,
            conversation=conversation,
        )

    def _attempts(
        self, decision: Decision, request: GenerationRequest, local_allowed: bool,
        mode: RouteMode = RouteMode.AUTO, local_fits: bool = True,
    ) -> tuple[Attempt, ...]:
        s = self.settings
        if mode == RouteMode.LOCAL_ONLY:
            if not local_allowed:
                raise InvalidRequest(
                    f"{ROUTE_HEADER}: local_only, but the model named is a cloud model",
                    param=ROUTE_HEADER,
                )
            return (Attempt(Tier.LOCAL),)
        if mode == RouteMode.CLOUD_ONLY:
            return (self._cloud_only(decision),)
        if decision.target == Target.CLOUD:
            fall_back = local_allowed and local_fits and s.fallback_to_local
            cloud = Attempt(
                Tier.CLOUD,
                first_token_share=s.cloud_first_token_share if fall_back else None,
                first_token_cap_s=self.stall_cap() if fall_back else None,
                # the client sees nothing before the whole answer: a failure mid-answer can
                # still fall back, as one before the first token
                read_ahead=fall_back and not request.stream,
                continue_locally=fall_back,
                hedge_after_s=self.hedge_delay() if fall_back and s.hedge_enabled else None,
            )
            if not fall_back:
                return (cloud,)
            return cloud, Attempt(Tier.LOCAL, Reason.CLOUD_ERROR_FALLBACK, After.FAILURE)
        if not local_allowed and decision.may_escalate:
            return ()  # a cloud model was named, and the cloud is out of reach
        cascade = (
            s.cascade_enabled and decision.may_escalate and self.cloud_configured
            and self.connectivity().reachable
        )
        first = Attempt(Tier.CASCADE if cascade else Tier.LOCAL)
        if not decision.may_escalate:
            return (first,)
        return first, Attempt(Tier.CLOUD, Reason.LOCAL_BUSY, After.BUSY)

    def _refuse_overflow(
        self, need: ContextNeed, decision: Decision, attempts: tuple[Attempt, ...],
        request: GenerationRequest, mode: RouteMode,
    ) -> None:
        """A prompt longer than the device's context: a 400 that says why, unless the cloud,
        holding it, answers first."""
        param = "messages" if request.messages is not None else "prompt"
        if attempts and attempts[0].tier == Tier.CLOUD:
            if not need.prompt_fits_cloud:
                raise refusal(need, f"the cloud model holds only {need.cloud_limit} tokens", param)
            return
        why = why_local(decision, mode == RouteMode.LOCAL_ONLY, self.cloud_configured)
        raise refusal(need, why, param)

    def _etas(self, request: GenerationRequest, ctx: RequestContext) -> dict[str, Any]:
        """The deadline signals: what is left of the budget, and each tier's predicted time to
        answer (from what real calls took; the local one behind its queue)."""
        remaining = ctx.remaining()
        if not self.settings.deadline_routing or remaining is None:
            return {}
        wanted = request.params.max_tokens
        cloud = self.cloud_latency.predict(wanted) if self.cloud_latency else None
        local = (
            self.local_latency.predict(wanted, self.local_queued()) if self.local_latency else None
        )
        return {"deadline_s": remaining,
                "cloud_eta_s": None if cloud is None else cloud.answer_s,
                "local_eta_s": None if local is None else local.answer_s}

    def stall_cap(self) -> float | None:
        """The longest wait for the cloud's first token when the device could answer instead
        (None before anything is learned: a cold cloud is given its share of the budget).
        Learned from the answers that came: a stall must not lengthen the wait for the next
        call (it would double with every stalled call of a frozen cloud)."""
        s = self.settings
        high = self.cloud_latency.ttft_high(answered_only=True) if self.cloud_latency else None
        if high is None:
            return None
        return min(s.cloud_stall_ceiling_s, max(s.cloud_stall_floor_s, s.cloud_stall_factor * high))

    def hedge_delay(self) -> float:
        """The cloud's learned p95 time to first token, between the floor and the ceiling."""
        s = self.settings
        high = self.cloud_latency.ttft_high() if self.cloud_latency else None
        if high is None:
            return s.hedge_ceiling_s
        return min(s.hedge_ceiling_s, max(s.hedge_floor_s, high))

    @staticmethod
    def _cloud_only(decision: Decision) -> Attempt:
        """``x-duet-route: cloud_only``: the cloud with the whole budget, or a clear refusal."""
        if not decision.may_escalate:
            raise InvalidRequest(
                f"{ROUTE_HEADER}: cloud_only, but privacy keeps this request on the device",
                param=ROUTE_HEADER, code="privacy_forbids_cloud",
            )
        if decision.target != Target.CLOUD:
            raise ServiceUnavailable(
                f"{ROUTE_HEADER}: cloud_only, and the cloud is unreachable now",
                code="cloud_unavailable",
            )
        return Attempt(Tier.CLOUD)

    def names_cloud_model(self, model: str) -> bool:
        if model in ("auto", self.local_model) or not self.cloud_configured:
            return False
        return model in self.cloud_models()

    def remember(self, conversation: str | None, target: str, decision: Decision | None = None) -> None:
        """Keep a conversation on the tier that answered its first turn; a hard turn that
        moved it up (``sticky_overridden``) and was answered by the cloud pins it there."""
        if target in (Target.LOCAL, Target.CLOUD):
            moved = decision is not None and Reason.STICKY_OVERRIDDEN in decision.reasons
            self.sticky.remember(conversation, Target(target), move=moved and target == Target.CLOUD)
