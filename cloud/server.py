"""The gRPC server: service, health, TLS/mTLS, limits, keepalive policy, graceful stop."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import grpc
from grpc import aio
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

from duet.cloud.servicer import GenerationServicer
from duet.core.settings import CloudSettings
from duet.core.v1 import duet_pb2, duet_pb2_grpc

log = logging.getLogger("duet.cloud.grpc")

SERVICE_NAME = duet_pb2.DESCRIPTOR.services_by_name["Generation"].full_name


class TlsConfigError(Exception):
    """TLS settings are incomplete or the files cannot be read."""


def server_options(settings: CloudSettings) -> list[tuple[str, int]]:
    """Limits and the keepalive policy. Clients ping every ``cloud_keepalive_s`` (>= the
    minimum interval accepted here), so the server never answers a ping with GOAWAY."""
    min_ping_ms = int(settings.keepalive_min_interval_s * 1000)
    return [
        ("grpc.max_receive_message_length", settings.max_message_bytes),
        ("grpc.max_send_message_length", settings.max_message_bytes),
        # HTTP/2 queues streams over its limit instead of refusing them: keep it above the
        # servicer's own limit (which answers RESOURCE_EXHAUSTED), with room for health checks.
        ("grpc.max_concurrent_streams", settings.max_concurrent_streams + 16),
        ("grpc.keepalive_time_ms", 30_000),
        ("grpc.keepalive_timeout_ms", 10_000),
        ("grpc.keepalive_permit_without_calls", 1),
        ("grpc.http2.min_ping_interval_without_data_ms", min_ping_ms),
        ("grpc.http2.min_recv_ping_interval_without_data_ms", min_ping_ms),
        ("grpc.http2.max_ping_strikes", 2),
        ("grpc.so_reuseport", 0),  # a port already in use is an error, not a shared listener
    ]


def _read(path: object, what: str) -> bytes:
    try:
        with open(str(path), "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise TlsConfigError(f"cannot read {what} {path}: {exc.strerror}") from exc


def server_credentials(settings: CloudSettings) -> grpc.ServerCredentials | None:
    """TLS when a certificate is configured; mTLS when a client CA is configured too."""
    cert, key, client_ca = settings.tls_cert_file, settings.tls_key_file, settings.tls_client_ca_file
    if cert is None and key is None:
        if client_ca is not None:
            raise TlsConfigError("tls_client_ca_file needs tls_cert_file and tls_key_file")
        return None
    if cert is None or key is None:
        raise TlsConfigError("TLS needs both tls_cert_file and tls_key_file")
    pair = (_read(key, "TLS key"), _read(cert, "TLS certificate"))
    if client_ca is None:
        return grpc.ssl_server_credentials([pair])
    return grpc.ssl_server_credentials(
        [pair], root_certificates=_read(client_ca, "client CA"), require_client_auth=True
    )


@dataclass
class GrpcServer:
    server: aio.Server
    health: health.aio.HealthServicer
    port: int

    async def start(self) -> None:
        await self.server.start()
        await self._set_all(health_pb2.HealthCheckResponse.SERVING)

    async def stop(self, grace: float) -> None:
        """Flip health to NOT_SERVING, refuse new calls, let in-flight calls finish within
        ``grace`` seconds, then cancel what is left."""
        await self._set_all(health_pb2.HealthCheckResponse.NOT_SERVING)
        await self.server.stop(grace)

    async def _set_all(self, status: int) -> None:
        for name in ("", SERVICE_NAME):
            await self.health.set(name, status)


def build_grpc_server(settings: CloudSettings, servicer: GenerationServicer) -> GrpcServer:
    server = aio.server(options=server_options(settings))
    duet_pb2_grpc.add_GenerationServicer_to_server(servicer, server)  # type: ignore[no-untyped-call]  # protoc's gRPC stubs carry no annotations
    health_servicer = health.aio.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    address = f"{settings.host}:{settings.grpc_port}"
    if ":" in settings.host:
        address = f"[{settings.host}]:{settings.grpc_port}"
    credentials = server_credentials(settings)
    try:
        if credentials is None:
            port = server.add_insecure_port(address)
        else:
            port = server.add_secure_port(address, credentials)
    except RuntimeError as exc:
        raise OSError(f"cannot listen on {address}: {exc}") from exc
    if port == 0:
        raise OSError(f"cannot listen on {address}: address in use or not available")
    return GrpcServer(server, health_servicer, port)
