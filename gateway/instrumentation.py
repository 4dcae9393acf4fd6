"""Per-request metrics and the recent-decisions buffer, recorded in one place.

Two small pieces, both installed by ``create_app`` when it is given a ``Metrics`` (or a
``RecentDecisions``):

- ``InstrumentationMiddleware`` (pure ASGI, outermost) counts every ``/v1/*`` request in
  ``duet_requests_total{endpoint,target,status}`` and, for chat and completion requests once
  the response is over, records the request duration, the routing decision
  (``duet_routing_decisions_total{target,reason}``) and a line in the recent-decisions buffer. It
  reads the generation's typed ``Route`` (target, reasons, cache result), which the gateway keeps
  with the request's context in the scope state; a stream whose route changes while it runs
  (a continuation) is recorded as it ended.
- ``InstrumentedBackend`` wraps the backend's event stream to measure time to first token,
  tokens and generation speed by target (``Metrics.observe_generation``).

Labels are bounded: endpoints from a fixed table, targets from a fixed set, reason codes
cleaned by ``gateway.recent``; no request content is ever read.
"""

from __future__ import annotations

import json
import logging
from time import perf_counter
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from duet.core.metrics import Metrics
from duet.core.backend import (
    Backend,
    Event,
    EventFilter,
    EventStream,
    Finish,
    Generation,
    GenerationRequest,
    ModelInfo,
)
from duet.core.backend import RequestContext, Route, TokenDelta
from duet.gateway.recent import RecentDecisions, clean_target, parse_reasons

ENDPOINTS = {
    "/v1/chat/completions": "chat_completions",
    "/v1/completions": "completions",
    "/v1/models": "models",
}
GENERATION_ENDPOINTS = frozenset({"chat_completions", "completions"})
ROUTED_TARGETS = frozenset({"local", "cloud"})

# Where the gateway keeps a request's ``RequestContext`` in the ASGI scope's state.
CONTEXT_KEY = "duet_context"

request_log = logging.getLogger("duet.requests")


def endpoint_label(path: str) -> str | None:
    """The ``endpoint`` label for a path; None for paths that are not counted."""
    known = ENDPOINTS.get(path)
    if known is not None:
        return known
    return "other" if path.startswith("/v1/") else None


class InstrumentationMiddleware:
    """Times ``/v1/*`` requests and records them once the response is finished."""

    def __init__(
        self, app: ASGIApp, metrics: Metrics | None, recent: RecentDecisions | None
    ) -> None:
        self.app = app
        self.metrics = metrics if metrics is not None and metrics.enabled else None
        self.recent = recent

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        endpoint = endpoint_label(scope["path"]) if scope["type"] == "http" else None
        if endpoint is None:
            await self.app(scope, receive, send)
            return
        started = perf_counter()
        status = 500  # if the app raises before answering, the server answers 500

        async def watching_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, watching_send)
        finally:
            seconds = perf_counter() - started
            state = scope.get("state", {})
            ctx = state.get(CONTEXT_KEY)
            route = ctx.route if isinstance(ctx, RequestContext) else None
            self._record(endpoint, status, route, seconds)
            if endpoint in GENERATION_ENDPOINTS:
                log_request(state.get("request_id", ""), endpoint, status, route, seconds)

    def _record(self, endpoint: str, status: int, route: Route | None, seconds: float) -> None:
        target = clean_target(route.target if route is not None else None)
        if endpoint not in GENERATION_ENDPOINTS:
            if self.metrics is not None:
                self.metrics.count_request(endpoint, target, status)
            return
        if self.metrics is not None:
            self.metrics.observe_request(endpoint, target, status, seconds)
        reasons = _reasons(route)
        if self.metrics is not None and target in ROUTED_TARGETS:
            self.metrics.observe_decision(target, reasons)
        if self.recent is not None:
            cache = route.cache if route is not None else None
            self.recent.add(target, reasons, seconds * 1000.0, cache, status)


def _reasons(route: Route | None) -> list[str]:
    """The route's reason codes, cleaned for use as label values."""
    return parse_reasons(",".join(route.reasons)) if route is not None else []


def log_request(
    request_id: str, endpoint: str, status: int, route: Route | None, seconds: float
) -> None:
    """One structured line per generation request: the decision and its timing, built only
    from the route record, so no request content can reach the log."""
    if not request_log.isEnabledFor(logging.INFO):
        return
    difficulty = route.difficulty if route is not None else None
    line = {
        "event": "request",
        "request_id": request_id,
        "endpoint": endpoint,
        "status": status,
        "route": clean_target(route.target if route is not None else None),
        "reasons": list(_reasons(route)),
        "difficulty": round(difficulty, 3) if difficulty is not None else None,
        "cache": route.cache if route is not None else None,
        "duration_ms": round(seconds * 1000.0, 2),
    }
    request_log.info(json.dumps(line, separators=(",", ":")))


class TimedEvents(EventFilter):
    """Passes a generation's events through, noting the first token and the finish."""

    def __init__(self, inner: EventStream, target: str, started: float, metrics: Metrics) -> None:
        super().__init__(inner)
        self.target = target
        self.started = started
        self.metrics = metrics
        self.first_token: float | None = None

    def on_event(self, event: Event) -> Event:
        if isinstance(event, TokenDelta):
            if self.first_token is None:
                self.first_token = perf_counter()
        elif isinstance(event, Finish):
            self._finished(event)
        return event

    def _finished(self, finish: Finish) -> None:
        now = perf_counter()
        ttft = None if self.first_token is None else self.first_token - self.started
        n = finish.completion_tokens
        # Decode speed: n tokens arrive over n-1 intervals after the first one, so scale the
        # interval so that Metrics' n / seconds equals (n - 1) / (last - first).
        if self.first_token is not None and n > 1:
            seconds = (now - self.first_token) * n / (n - 1)
        else:
            seconds = now - self.started
        self.metrics.observe_generation(
            self.target, ttft, finish.prompt_tokens, n, seconds
        )


class InstrumentedBackend:
    """A ``Backend`` whose generations report TTFT, tokens and speed to ``metrics``."""

    def __init__(self, backend: Backend, metrics: Metrics) -> None:
        self.backend = backend
        self.metrics = metrics

    def models(self) -> list[ModelInfo]:
        return self.backend.models()

    def ready(self) -> bool:
        return self.backend.ready()

    async def generate(self, request: GenerationRequest, ctx: RequestContext) -> Generation:
        started = perf_counter()
        generation = await self.backend.generate(request, ctx)
        target = clean_target(generation.route.target)
        generation.events = TimedEvents(generation.events, target, started, self.metrics)
        return generation

    def __getattr__(self, name: str) -> Any:  # anything else the backend offers
        return getattr(self.backend, name)


def instrument_backend(backend: Backend, metrics: Metrics | None) -> Backend:
    """``backend`` wrapped for generation metrics, or unchanged when metrics are off."""
    if metrics is None or not metrics.enabled:
        return backend
    return InstrumentedBackend(backend, metrics)
