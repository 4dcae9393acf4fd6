"""``duet cloud``: the pool behind gRPC (for edges) and the OpenAI HTTP API (for apps), in one
process and one event loop, stopped gracefully on SIGTERM/SIGINT."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
from collections.abc import Callable, Iterator

import uvicorn

from duet.cloud.auth import TokenCheck
from duet.cloud.backend import PoolBackend
from duet.cloud.config import ModelConfig, PoolConfig, PoolConfigError, load_pool
from duet.cloud.pool import ModelPool, Pool, ReplicaState
from duet.cloud.replicas import Replica
from duet.cloud.server import TlsConfigError, build_grpc_server
from duet.cloud.servicer import GenerationServicer
from duet.cache import CachingBackend, build_cache
from duet.core.metrics import Metrics
from duet.app.runtime import StartupError, base_url, bind, configure_logging, freeze_startup_objects
from duet.app.runtime import guarded
from duet.core.settings import CloudSettings, HttpSettings

log = logging.getLogger("duet.cloud")


def _replica(model: ModelConfig, index: int) -> Replica:
    config = model.replicas[index]
    if config.kind == "openai":
        from duet.cloud.openai_replica import OpenAIReplica

        return OpenAIReplica(model.name, config)
    from duet.cloud.replicas import LlamaReplica

    try:
        return LlamaReplica(model.name, config)
    except ValueError as exc:  # llama.cpp could not load the file
        raise StartupError(f"replica {config.name}: cannot load the model: {exc}") from exc


def build_pool(config: PoolConfig, metrics: Metrics | None = None) -> Pool:
    models = [
        ModelPool(
            name=m.name,
            owned_by=m.owned_by,
            replicas=[ReplicaState(m.name, _replica(m, i)) for i in range(len(m.replicas))],
            health=config.health,
            metrics=metrics,
            context_length=m.advertised_context(),
        )
        for m in config.models
    ]
    return Pool(models, config.health, metrics)


def http_settings(settings: CloudSettings) -> HttpSettings:
    return HttpSettings(
        host=settings.host,
        port=settings.http_port,
        api_keys=settings.api_keys,
        request_timeout_s=settings.request_timeout_s,
        log_level=settings.log_level,
    )


class _HttpServer(uvicorn.Server):
    """uvicorn without its own signal handling: ``serve_cloud`` stops both servers together."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


async def run_cloud(settings: CloudSettings, pool: Pool, sock: socket.socket) -> None:
    from duet.gateway.app import create_app

    metrics = pool.metrics or Metrics(enabled=False)
    backend = PoolBackend(pool)
    http = http_settings(settings)
    cache = build_cache(settings, scope="cloud", metrics=metrics)
    cached = CachingBackend(backend, cache)
    app = create_app(http, cached, metrics=metrics, title="Duet cloud pool")
    servicer = GenerationServicer(
        pool,
        TokenCheck(settings.cloud_token_sha256),
        max_concurrent=settings.max_concurrent_streams,
        default_timeout_s=settings.request_timeout_s,
        metrics=metrics,
        cache=cache,
    )
    try:
        grpc_server = build_grpc_server(settings, servicer)
    except TlsConfigError as exc:
        raise StartupError(str(exc)) from exc
    except OSError as exc:
        raise StartupError(str(exc)) from exc
    http_server = _HttpServer(
        uvicorn.Config(
            app,
            log_level=settings.log_level.lower(),
            access_log=False,
            timeout_graceful_shutdown=max(1, int(settings.shutdown_grace_s)),
        )
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)

    await grpc_server.start()
    pool.start_probes()
    http_task = asyncio.create_task(http_server.serve(sockets=[sock]))
    print(
        f"Duet cloud pool: gRPC on {settings.host}:{grpc_server.port}, "
        f"OpenAI API on {base_url(sock)}/v1, models: {', '.join(pool.models)}",
        flush=True,
    )
    stop_task = asyncio.create_task(stop.wait())
    await asyncio.wait({http_task, stop_task}, return_when=asyncio.FIRST_COMPLETED)
    log.info("shutting down: draining for up to %.1fs", settings.shutdown_grace_s)
    backend.draining = True
    http_server.should_exit = True
    await asyncio.gather(grpc_server.stop(settings.shutdown_grace_s), http_task)
    stop_task.cancel()
    await pool.aclose()


def _loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop when installed (as uvicorn itself picks it): on the default loop each HTTP
    request here took ~40 ms longer on loopback."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


def serve_cloud(settings: CloudSettings) -> int:
    def run() -> None:
        configure_logging(settings.log_level)
        logging.getLogger("httpx").setLevel(logging.WARNING)  # no line per upstream call
        try:
            config = load_pool(settings.pool_file)
        except PoolConfigError as exc:
            raise StartupError(str(exc)) from exc
        metrics = Metrics(enabled=True)
        pool = build_pool(config, metrics)
        sock = bind(settings.host, settings.http_port)
        freeze_startup_objects()
        with asyncio.Runner(loop_factory=_loop_factory()) as runner:
            runner.run(run_cloud(settings, pool, sock))

    return guarded(run)
