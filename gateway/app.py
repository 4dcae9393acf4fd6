"""The HTTP application: ``create_app(settings, backend)``.

Routes are thin glue; OpenAI semantics live in ``gateway.serving`` and generation in the backend.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from typing import Any, TypeVar

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from duet.core.metrics import Metrics
from duet.core.settings import HttpSettings
from duet.core.backend import Backend, GenerationRequest, RequestContext
from duet.core.errors import AuthenticationFailed, DuetError, error_body
from duet.gateway.deadline import deadline_for, within_deadline
from duet.gateway.instrumentation import (
    CONTEXT_KEY,
    InstrumentationMiddleware,
    instrument_backend,
)
from duet.gateway.metrics_route import metrics_router
from duet.gateway.middleware import ARRIVED_KEY, GatewayMiddleware
from duet.gateway.ratelimit import RateLimitedAuth, buckets_for
from duet.gateway.protocol import (
    ChatCompletion,
    ChatCompletionRequest,
    Completion,
    CompletionRequest,
    ErrorResponse,
    ModelCard,
    ModelList,
)
from duet.gateway.recent import RecentDecisions
from duet.gateway.serving import Serving, chat_to_generation, completion_to_generation

log = logging.getLogger("duet.gateway")
T = TypeVar("T")

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse, "description": text}
    for code, text in [
        (400, "Invalid request"),
        (401, "Missing or wrong API key"),
        (404, "Unknown model"),
        (413, "Request body too large"),
        (429, "Too many requests; see Retry-After"),
        (503, "No tier can answer now"),
        (504, "The request's deadline passed (x-duet-deadline-ms, the SDK's timeout, or the "
              "server's request timeout)"),
    ]
}

# With "stream": true the 200 answer is server-sent events, not JSON.
STREAM_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The answer; with stream=true, server-sent events (one chunk object per "
        "'data:' line, an error object if the answer fails mid-way, then 'data: [DONE]').",
        "content": {
            "text/event-stream": {  # the schema of one event, as in OpenAPI 3.2's itemSchema
                "schema": {
                    "type": "object",
                    "required": ["data"],
                    "properties": {
                        "data": {"type": "string", "contentMediaType": "application/json"},
                        "event": {"type": "string"},
                    },
                }
            }
        },
    }
}

_HTTP_ERROR_TYPES = {
    401: ("authentication_error", "invalid_api_key"),
    404: ("invalid_request_error", "not_found"),
    405: ("invalid_request_error", "method_not_allowed"),
    408: ("invalid_request_error", "request_timeout"),
    413: ("invalid_request_error", "request_too_large"),
}


def key_id(api_key: str) -> str:
    """A stable, non-secret tenant id for an API key."""
    return "key-" + hashlib.sha256(api_key.encode()).hexdigest()[:16]


class ApiKeyAuth:
    """Bearer auth against configured keys, compared in constant time."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = [k.encode() for k in keys]

    def __call__(self, request: Request) -> str:
        if not self.keys:
            return "anonymous"
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        given = token.strip().encode() if scheme.lower() == "bearer" else b""
        matched = False
        for key in self.keys:  # no early exit: the time taken does not depend on which key
            matched |= hmac.compare_digest(given, key)
        if not given or not matched:
            raise AuthenticationFailed(
                "Incorrect or missing API key. Send it as 'Authorization: Bearer <key>'."
            )
        return key_id(given.decode())


async def run_until_disconnect(request: Request, work: Awaitable[T]) -> T:
    """Run ``work``; cancel it if the client goes away first (stops generation).

    ``work`` runs in the request's own task and a watcher task cancels that task on a
    disconnect: one task per request instead of two and an ``asyncio.wait``.
    """
    current = asyncio.current_task()
    assert current is not None  # always called from the server's request task

    async def watch() -> None:
        while True:
            message = await request.receive()
            if message["type"] == "http.disconnect":
                current.cancel()
                return

    watcher = asyncio.get_running_loop().create_task(watch())
    try:
        return await work
    finally:
        watcher.cancel()


def _context(request: Request, tenant: str, timeout_s: float) -> RequestContext:
    """The request's context; its deadline is the smallest budget asked for
    (``gateway.deadline``)."""
    headers = {k.lower(): v for k, v in request.headers.items()}
    state = request.scope.get("state", {})
    ctx = RequestContext(
        request_id=state.get("request_id", ""),
        tenant=tenant,
        headers=headers,
        deadline=deadline_for(headers, timeout_s, state.get(ARRIVED_KEY)),
        is_disconnected=request.is_disconnected,
    )
    request.scope.setdefault("state", {})[CONTEXT_KEY] = ctx  # the instrumentation reads its route
    return ctx


def _openai_router(
    serving: Serving, auth: Callable[..., Any], settings: HttpSettings
) -> APIRouter:
    router = APIRouter(prefix="/v1", responses=ERROR_RESPONSES)
    timeout_s = settings.request_timeout_s

    async def respond(
        request: Request,
        tenant: str,
        gen: GenerationRequest,
        run: Callable[[GenerationRequest, RequestContext], Awaitable[dict[str, Any]]],
        include_usage: bool,
    ) -> Response:
        ctx = _context(request, tenant, timeout_s)
        if not gen.stream:
            body = await run_until_disconnect(request, within_deadline(ctx, run(gen, ctx)))
            return JSONResponse(body, headers=ctx.response_headers)
        generation = await within_deadline(ctx, serving.start(gen, ctx))
        return StreamingResponse(
            serving.stream(gen, generation, include_usage, ctx),
            media_type="text/event-stream",
            headers={**ctx.response_headers, "cache-control": "no-cache"},
        )

    @router.post("/chat/completions", response_model=ChatCompletion, responses=STREAM_RESPONSE)
    async def chat_completions(
        body: ChatCompletionRequest, request: Request, tenant: str = Depends(auth)
    ) -> Response:
        gen = chat_to_generation(body, settings.max_prompt_chars)
        usage = bool(body.stream_options and body.stream_options.include_usage)
        return await respond(request, tenant, gen, serving.chat, usage)

    @router.post("/completions", response_model=Completion, responses=STREAM_RESPONSE)
    async def completions(
        body: CompletionRequest, request: Request, tenant: str = Depends(auth)
    ) -> Response:
        gen = completion_to_generation(body, settings.max_prompt_chars)
        usage = bool(body.stream_options and body.stream_options.include_usage)
        return await respond(request, tenant, gen, serving.completion, usage)

    @router.get("/models", response_model=ModelList)
    async def models(tenant: str = Depends(auth)) -> ModelList:
        return ModelList(
            data=[
                ModelCard(id=m.id, created=m.created, owned_by=m.owned_by)
                for m in serving.backend.models()
            ]
        )

    return router


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(DuetError)
    async def duet_error(_: Request, exc: DuetError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        loc = [str(p) for p in first.get("loc", ()) if p != "body"]
        param = ".".join(loc) or None
        if first.get("type") == "json_invalid":
            message = "The request body is not valid JSON"
        else:
            message = f"{param or 'body'}: {first.get('msg', 'invalid value')}"
        return JSONResponse(
            error_body(message, "invalid_request_error", param, "invalid_value"), status_code=400
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        status = exc.status_code if 400 <= exc.status_code < 600 else 400
        error_type, code = _HTTP_ERROR_TYPES.get(status, ("invalid_request_error", None))
        return JSONResponse(
            error_body(str(exc.detail), error_type, None, code),
            status_code=status,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error: %s", type(exc).__name__, exc_info=exc)
        return JSONResponse(
            error_body("Internal error", "server_error", None, None), status_code=500
        )


def _lifespan(backend: Backend) -> Callable[[FastAPI], contextlib.AbstractAsyncContextManager[None]]:
    """Runs the backend's optional ``startup()`` / ``shutdown()`` with the server."""

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        startup = getattr(backend, "startup", None)
        if startup is not None:
            await startup()
        try:
            yield
        finally:
            shutdown = getattr(backend, "shutdown", None)
            if shutdown is not None:
                await shutdown()

    return lifespan


def create_app(
    settings: HttpSettings,
    backend: Backend,
    *,
    metrics: Metrics | None = None,
    recent: RecentDecisions | None = None,
    extra_routers: Iterable[APIRouter] = (),
    authed_routers: Iterable[Callable[[Callable[..., Any]], APIRouter]] = (),
    title: str = "Duet",
) -> FastAPI:
    """Build the OpenAI-compatible app around ``backend``. No side effects until served.

    With ``metrics``, requests are recorded (``gateway.instrumentation``) and ``/metrics`` is
    served when ``settings.metrics_enabled``; with ``recent``, routing decisions are kept there.
    ``authed_routers`` are built with the API-key dependency, for routes behind the same keys.
    """
    app = FastAPI(
        title=title, version="1.0", docs_url=None, redoc_url=None, lifespan=_lifespan(backend)
    )
    serving = Serving(
        instrument_backend(backend, metrics),
        settings.max_prompt_chars,
        max_tokens_limit=settings.max_tokens_limit,
    )
    app.state.backend = backend
    app.state.settings = settings
    app.state.metrics = metrics

    @app.get("/healthz", tags=["health"])
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", tags=["health"], responses={503: {"model": ErrorResponse}})
    async def readyz() -> Response:
        if backend.ready():
            return JSONResponse({"status": "ready"})
        return JSONResponse(
            error_body("not ready", "service_unavailable", None, "not_ready"), status_code=503
        )

    auth = RateLimitedAuth(
        ApiKeyAuth(settings.api_keys),
        buckets_for(settings.rate_limit_rps, settings.rate_limit_burst),
    )
    app.include_router(_openai_router(serving, auth, settings))
    for build in authed_routers:
        app.include_router(build(auth), responses=ERROR_RESPONSES)
    if metrics is not None and settings.metrics_enabled:
        app.include_router(metrics_router(metrics))
    for router in extra_routers:
        app.include_router(router)
    _install_error_handlers(app)
    app.add_middleware(
        GatewayMiddleware,
        max_body_bytes=settings.max_request_bytes,
        body_timeout_s=settings.body_read_timeout_s,
    )
    if metrics is not None or recent is not None:
        app.add_middleware(InstrumentationMiddleware, metrics=metrics, recent=recent)
    return app
