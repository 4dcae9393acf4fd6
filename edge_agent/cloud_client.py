"""The edge's client for the cloud pool: one long-lived gRPC channel (HTTP/2) for every call.

- keepalive pings every ``cloud_keepalive_s`` (the pool permits pings that often), so a dead
  connection is noticed between calls;
- a retry policy (service config) for UNAVAILABLE: gRPC retries only while nothing has been
  received, so a stream is never replayed after its first token;
- short reconnect backoff (100-500 ms), and a call waits up to ``cloud_connect_timeout_s`` for
  the channel to be ready: the first call after an outage ends goes through instead of failing
  on a stale backoff;
- a deadline on every call: the request's remaining time, capped by ``cloud_timeout_s``.

Errors are translated into gateway errors in ``duet.core.grpc_status``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import deque

import grpc
from grpc import aio
from grpc_health.v1 import health_pb2, health_pb2_grpc

from duet.core.settings import CloudClientSettings
from duet.core.v1 import duet_pb2 as pb
from duet.core.v1 import duet_pb2_grpc
from duet.core.wire import events_from_pb, request_to_pb
from duet.core.grpc_status import (
    CloudDeadlineExceeded,
    CloudError,
    CloudStreamBroken,
    CloudUnavailable,
    translate,
)
from duet.core.backend import (
    Event,
    Finish,
    Generation,
    GenerationRequest,
    ModelInfo,
    RequestContext,
    Route,
    TokenDelta,
    TopLogprob,
)

log = logging.getLogger("duet.cloud_client")

SERVICE = pb.DESCRIPTOR.services_by_name["Generation"].full_name
GENERATE_STREAM = f"/{SERVICE}/GenerateStream"
MODELS_TTL_S = 30.0

RETRY_SERVICE_CONFIG = {
    "methodConfig": [
        {
            "name": [{"service": SERVICE}],
            "retryPolicy": {
                "maxAttempts": 3,
                "initialBackoff": "0.05s",
                "maxBackoff": "0.2s",
                "backoffMultiplier": 2,
                "retryableStatusCodes": ["UNAVAILABLE"],
            },
        }
    ]
}


def channel_options(settings: CloudClientSettings) -> list[tuple[str, int | str]]:
    options: list[tuple[str, int | str]] = [
        ("grpc.keepalive_time_ms", int(settings.cloud_keepalive_s * 1000)),
        ("grpc.keepalive_timeout_ms", 5_000),
        ("grpc.keepalive_permit_without_calls", 1),
        ("grpc.http2.max_pings_without_data", 0),
        ("grpc.initial_reconnect_backoff_ms", 100),
        ("grpc.min_reconnect_backoff_ms", 100),
        ("grpc.max_reconnect_backoff_ms", 500),
        ("grpc.enable_retries", 1),
        ("grpc.service_config", json.dumps(RETRY_SERVICE_CONFIG)),
        ("grpc.max_receive_message_length", settings.cloud_max_message_bytes),
        ("grpc.max_send_message_length", settings.cloud_max_message_bytes),
    ]
    if settings.cloud_server_name:
        options.append(("grpc.ssl_target_name_override", settings.cloud_server_name))
    return options


def _read_file(path: object, what: str) -> bytes:
    try:
        with open(str(path), "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise ValueError(f"cannot read {what} {path}: {exc.strerror}") from exc


def channel_credentials(settings: CloudClientSettings) -> grpc.ChannelCredentials | None:
    """None for plaintext; TLS (and mTLS when a client certificate is set) otherwise."""
    if not settings.cloud_tls:
        return None
    if (settings.cloud_cert_file is None) != (settings.cloud_key_file is None):
        raise ValueError("mTLS needs both cloud_cert_file and cloud_key_file")
    return grpc.ssl_channel_credentials(
        root_certificates=_read_file(settings.cloud_ca_file, "CA file")
        if settings.cloud_ca_file else None,
        private_key=_read_file(settings.cloud_key_file, "client key")
        if settings.cloud_key_file else None,
        certificate_chain=_read_file(settings.cloud_cert_file, "client certificate")
        if settings.cloud_cert_file else None,
    )


class CloudEvents:
    """The rest of a cloud stream; ``aclose`` cancels the call (the pool stops generating)."""

    def __init__(self, call: aio.UnaryStreamCall, first: pb.GenerateStreamResponse) -> None:
        self.call = call
        self.pending: deque[Event] = deque(events_from_pb(first))
        self.done = False

    def __aiter__(self) -> "CloudEvents":
        return self

    async def __anext__(self) -> Event:
        while not self.pending:
            if self.done:
                raise StopAsyncIteration
            try:
                message = await self.call.read()
            except aio.AioRpcError as exc:
                self.done = True
                raise translate(exc, started=True) from exc
            if message is aio.EOF:
                self.done = True
                raise CloudStreamBroken("the cloud stream ended without finishing")
            self.pending.extend(events_from_pb(message))
        event = self.pending.popleft()
        if isinstance(event, Finish):
            self.done = True
            self.pending.clear()
        return event

    async def aclose(self) -> None:
        self.done = True
        self.pending.clear()
        if not self.call.done():
            self.call.cancel()


class CloudClient:
    """All calls to the cloud pool. The channel is made on first use, on the serving loop."""

    def __init__(self, settings: CloudClientSettings) -> None:
        if not settings.cloud_target:
            raise ValueError("cloud_target is empty: no cloud configured")
        self.settings = settings
        self.target = settings.cloud_target
        self._options = channel_options(settings)
        self._credentials = channel_credentials(settings)
        self._metadata: tuple[tuple[str, str], ...] = (
            (("authorization", f"Bearer {settings.cloud_token}"),) if settings.cloud_token else ()
        )
        self._channel: aio.Channel | None = None
        self._stub: duet_pb2_grpc.GenerationStub | None = None
        self._generate_bytes: aio.UnaryStreamMultiCallable | None = None
        self._health: health_pb2_grpc.HealthStub | None = None
        self._models: list[ModelInfo] = []
        self._models_at = float("-inf")
        self._refresh: asyncio.Task[None] | None = None
        self._closing: set[asyncio.Task[None]] = set()

    def _connect(self) -> aio.Channel:
        if self._channel is None:
            if self._credentials is None:
                self._channel = aio.insecure_channel(self.target, options=self._options)
            else:
                self._channel = aio.secure_channel(
                    self.target, self._credentials, options=self._options
                )
            self._stub = duet_pb2_grpc.GenerationStub(self._channel)  # type: ignore[no-untyped-call]  # protoc's gRPC stubs carry no annotations
            # GenerateStream taking the request already serialized: the bytes that were
            # audited (``encode``) are the bytes sent
            self._generate_bytes = self._channel.unary_stream(
                GENERATE_STREAM, request_serializer=None,
                response_deserializer=pb.GenerateStreamResponse.FromString,
            )
            self._health = health_pb2_grpc.HealthStub(self._channel)
        return self._channel

    def _timeout(self, ctx: RequestContext | None) -> float:
        remaining = ctx.remaining() if ctx is not None else None
        timeout = self.settings.cloud_timeout_s
        if remaining is not None:
            if remaining <= 0:
                raise CloudDeadlineExceeded("the request's deadline passed before the cloud call")
            timeout = min(timeout, remaining)
        return timeout

    async def _ready(self, timeout: float) -> None:
        """Wait (briefly) for a usable connection; reconnects right away after an outage."""
        channel = self._connect()
        if channel.get_state(try_to_connect=True) == grpc.ChannelConnectivity.READY:
            return
        wait = min(timeout, self.settings.cloud_connect_timeout_s)
        try:
            await asyncio.wait_for(channel.channel_ready(), wait)
        except TimeoutError:
            raise CloudUnavailable(
                f"cannot connect to the cloud pool at {self.target} within {wait:.1f}s"
            ) from None
        except aio.UsageError as exc:  # the breaker opened meanwhile: ``disconnect`` closed it
            raise CloudUnavailable("the connection to the cloud pool was closed") from exc

    def _model_for(self, request: GenerationRequest) -> str:
        """A model the pool serves is asked for by name; anything else (``auto``, the edge
        model) goes to the pool's default model."""
        return request.model if any(m.id == request.model for m in self._models) else ""

    def encode(self, request: GenerationRequest, ctx: RequestContext) -> bytes:
        """The ``GenerateRequest`` for ``request``, serialized: the exact bytes ``generate``
        sends when given them as ``payload``."""
        payload: bytes = request_to_pb(request, ctx, self._model_for(request)).SerializeToString()
        return payload

    async def generate(
        self, request: GenerationRequest, ctx: RequestContext, payload: bytes | None = None
    ) -> Generation:
        """Start a cloud generation and wait for its first message: every failure before the
        first token is raised here, later ones from the event iterator. ``payload`` is the
        request as ``encode`` serialized it (serialized here when not given)."""
        timeout = self._timeout(ctx)
        started = time.monotonic()
        if payload is None:
            payload = self.encode(request, ctx)
        await self._ready(timeout)
        assert self._generate_bytes is not None
        call = self._generate_bytes(
            payload,
            timeout=max(0.001, timeout - (time.monotonic() - started)),
            metadata=self._metadata,
        )
        try:
            first = await call.read()
        except aio.AioRpcError as exc:
            raise translate(exc) from exc
        except asyncio.CancelledError:
            call.cancel()
            raise
        if first is aio.EOF:
            raise CloudUnavailable("the cloud pool closed the call without answering")
        return Generation(
            model=first.model or request.model,
            events=CloudEvents(call, first),
            route=Route(target="cloud"),
        )

    async def list_models(self, timeout: float | None = None) -> list[ModelInfo]:
        timeout = timeout or self.settings.cloud_timeout_s
        await self._ready(timeout)
        assert self._stub is not None
        try:
            reply = await self._stub.ListModels(
                pb.ListModelsRequest(), timeout=timeout, metadata=self._metadata
            )
        except aio.AioRpcError as exc:
            raise translate(exc) from exc
        now = int(time.time())
        self._models = [
            ModelInfo(m.id, owned_by=m.owned_by, created=now,
                      context_length=m.context_length if m.HasField("context_length") else None)
            for m in reply.models
        ]
        self._models_at = time.monotonic()
        return list(self._models)

    def known_models(self, refresh: bool = True) -> list[ModelInfo]:
        """The last models listed (maybe none yet); refreshes them in the background when
        older than a few seconds, unless ``refresh`` is False (the breaker is open: nothing may
        go to the cloud). Never does I/O in the caller."""
        stale = time.monotonic() - self._models_at > MODELS_TTL_S
        if refresh and stale and (self._refresh is None or self._refresh.done()):
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                return list(self._models)
            self._refresh = loop.create_task(self._refresh_models())
        return list(self._models)

    async def _refresh_models(self) -> None:
        try:
            await self.list_models(timeout=2.0)
        except CloudError as exc:
            log.debug("cloud models not refreshed: %s", exc.message)

    async def check_health(self, timeout: float) -> float:
        """Round-trip time of one ``grpc.health.v1`` check, in seconds; raises ``CloudError``
        when the pool is unreachable or not serving."""
        started = time.monotonic()
        await self._ready(timeout)
        assert self._health is not None
        sent = time.monotonic()
        try:
            reply = await self._health.Check(
                health_pb2.HealthCheckRequest(service=SERVICE),
                timeout=max(0.001, timeout - (sent - started)),
                metadata=self._metadata,
            )
        except aio.AioRpcError as exc:
            raise translate(exc) from exc
        rtt = time.monotonic() - sent
        if reply.status != health_pb2.HealthCheckResponse.SERVING:
            raise CloudUnavailable("the cloud pool is not serving (draining or starting)")
        return rtt

    def disconnect(self) -> None:
        """Let go of the channel; the next call makes a new one.

        Called when the breaker opens: a gRPC channel that lost its connection keeps
        reconnecting in the background (every ``max_reconnect_backoff``, 500 ms) even with no
        call at all, and an open breaker must send nothing to the cloud. Calls still running on
        the old channel may finish (grace: ``cloud_timeout_s``); a dead channel has none.
        """
        channel, self._channel = self._channel, None
        self._stub = self._health = None
        self._generate_bytes = None
        if channel is not None:
            task = asyncio.get_running_loop().create_task(
                channel.close(grace=self.settings.cloud_timeout_s)
            )
            self._closing.add(task)
            task.add_done_callback(self._closing.discard)

    async def aclose(self) -> None:
        if self._refresh is not None:
            self._refresh.cancel()
        if self._channel is not None:
            await self._channel.close()
            self._channel = None
        for task in list(self._closing):
            task.cancel()

