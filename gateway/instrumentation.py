"""Per-request metrics and the recent-decisions buffer, recorded in one place.

Two small pieces, both installed by ``create_app`` when it is given a ``Metrics`` (or a
``RecentDecisions``):

- ``InstrumentationMiddleware`` (pure ASGI, outermost) counts every ``/v1/*`` request in
  ``duet_requests_total{endpoint,target,status}`` and, for chat and completion requests once
  the response is over, records the request duration, the routing decision
  (``duet_routing_decisions_total{target,reason}``) and a line in the recent-decisions buffer. It reads only response headers: ``x-duet-route`` (target),
  ``x-duet-reasons`` (comma-separated reason codes) and ``x-duet-cache`` (cache result), so it
  works whatever component sets them.
- ``InstrumentedBackend`` wraps the backend's event stream to measure time to first token,
  tokens and generation speed by target (``Metrics.observe_generation``).

Labels are bounded: endpoints from a fixed table, targets from a fixed set, reason codes
cleaned by ``gateway.recent``; no request content is ever read.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from time import perf_counter
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from duet.metrics import Metrics
from gateway.backend import Backend, Event, Finish, Generation, GenerationRequest, ModelInfo
from gateway.backend import RequestContext, TokenDelta
from gateway.recent import RecentDecisions, clean_target, parse_reasons

ENDPOINTS = {
    "/v1/chat/completions": "chat_completions",
    "/v1/completions": "completions",
    "/v1/models": "models",
}
GENERATION_ENDPOINTS = frozenset({"chat_completions", "completions"})
ROUTED_TARGETS = frozenset({"local", "cloud"})

_ROUTE, _REASONS, _CACHE = b"x-duet-route", b"x-duet-reasons", b"x-duet-cache"
_DIFFICULTY = b"x-duet-difficulty"
_LOGGED = frozenset({_ROUTE, _REASONS, _CACHE, _DIFFICULTY})

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
        headers: list[tuple[bytes, bytes]] = []

        async def watching_send(message: Message) -> None:
            nonlocal status, headers
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = message.get("headers", [])
            await send(message)

        try:
            await self.app(scope, receive, watching_send)
        finally:
            seconds = perf_counter() - started
            self._record(endpoint, status, headers, seconds)
            if endpoint in GENERATION_ENDPOINTS:
                request_id = scope.get("state", {}).get("request_id", "")
                log_request(request_id, endpoint, status, headers, seconds)

    def _record(
        self, endpoint: str, status: int, headers: list[tuple[bytes, bytes]], seconds: float
    ) -> None:
        route = reasons_header = cache = None
        for name, value in headers:
            if name == _ROUTE:
                route = value.decode("latin-1")
            elif name == _REASONS:
                reasons_header = value.decode("latin-1")
            elif name == _CACHE:
                cache = value.decode("latin-1")
        target = clean_target(route)
        if endpoint not in GENERATION_ENDPOINTS:
            if self.metrics is not None:
                self.metrics.count_request(endpoint, target, status)
            return
        if self.metrics is not None:
            self.metrics.observe_request(endpoint, target, status, seconds)
        reasons = parse_reasons(reasons_header)
        if self.metrics is not None and target in ROUTED_TARGETS:
            self.metrics.observe_decision(target, reasons)
        if self.recent is not None:
            self.recent.add(target, reasons, seconds * 1000.0, cache, status)


def log_request(
    request_id: str, endpoint: str, status: int, headers: list[tuple[bytes, bytes]],
    seconds: float,
) -> None:
    """One structured line per generation request: the decision and its timing, built only
    from response headers, so no request content can reach the log."""
    if not request_log.isEnabledFor(logging.INFO):
        return
    found = {name: value.decode("latin-1") for name, value in headers if name in _LOGGED}
    reasons = parse_reasons(found.get(_REASONS))
    line = {
        "event": "request",
        "request_id": request_id,
        "endpoint": endpoint,
        "status": status,
        "route": clean_target(found.get(_ROUTE)),
        "reasons": list(reasons),
        "difficulty": _number(found.get(_DIFFICULTY)),
        "cache": found.get(_CACHE) if found.get(_CACHE) in ("hit", "miss", "bypass") else None,
        "duration_ms": round(seconds * 1000.0, 2),
    }
    request_log.info(json.dumps(line, separators=(",", ":")))


def _number(value: str | None) -> float | None:
    try:
        return round(float(value), 3) if value is not None else None
    except ValueError:
        return None


class TimedEvents:
    """Passes a generation's events through, noting the first token and the finish.

    A plain object (like the engine's token stream) so ``aclose`` reaches the inner stream even
    when iteration never started.
    """

    def __init__(
        self, inner: AsyncIterator[Event], target: str, started: float, metrics: Metrics
    ) -> None:
        self.inner = inner
        self.target = target
        self.started = started
        self.metrics = metrics
        self.first_token: float | None = None

    def __aiter__(self) -> "TimedEvents":
        return self

    async def __anext__(self) -> Event:
        event = await self.inner.__anext__()
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

    async def aclose(self) -> None:
        close = getattr(self.inner, "aclose", None)
        if close is not None:
            await close()


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
        target = clean_target(generation.headers.get("x-duet-route"))
        generation.events = TimedEvents(generation.events, target, started, self.metrics)
        return generation

    def __getattr__(self, name: str) -> Any:  # anything else the backend offers
        return getattr(self.backend, name)


def instrument_backend(backend: Backend, metrics: Metrics | None) -> Backend:
    """``backend`` wrapped for generation metrics, or unchanged when metrics are off."""
    if metrics is None or not metrics.enabled:
        return backend
    return InstrumentedBackend(backend, metrics)
