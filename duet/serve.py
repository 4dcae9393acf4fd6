"""Process entry points: build the pieces from settings and serve them."""

from __future__ import annotations

import logging
import socket
import sys

import uvicorn

from duet.settings import EdgeSettings, HttpSettings


class StartupError(Exception):
    """A problem the user can fix; printed as one line, without a traceback."""


def configure_logging(level: str) -> None:
    logging.basicConfig(
        level=level.upper(),
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
        stream=sys.stderr,
    )


def bind(host: str, port: int) -> socket.socket:
    """Bind the listening socket ourselves, so port 0 works and the real port is known."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise StartupError(f"cannot listen on {host}:{port}: {exc.strerror}") from exc
    return sock


def base_url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def run_http(app: object, settings: HttpSettings, sock: socket.socket) -> None:
    config = uvicorn.Config(
        app,  # type: ignore[arg-type]
        log_level=settings.log_level.lower(),
        access_log=False,
        timeout_graceful_shutdown=5,
    )
    uvicorn.Server(config).run(sockets=[sock])


def build_edge_app(settings: EdgeSettings):  # type: ignore[no-untyped-def]
    from duet.cache import build_cache
    from duet.metrics import Metrics
    from edge_agent.engine import LocalEngine, ModelFileError
    from edge_agent.monitor import ConnectivityMonitor
    from edge_agent.orchestrator import Orchestrator
    from gateway.app import create_app
    from gateway.recent import RecentDecisions
    from gateway.ui import ui_router

    try:
        engine = LocalEngine(settings)
    except ModelFileError as exc:
        raise StartupError(str(exc)) from exc
    except ValueError as exc:  # llama.cpp could not load the file
        raise StartupError(
            f"cannot load the edge model: {exc} (set DUET_EDGE_MODEL_PATH to a valid .gguf file)"
        ) from exc
    metrics = Metrics(enabled=settings.metrics_enabled)
    metrics.track_queue_depth(
        lambda: engine.queue_depth, settings.queue_size, busy=lambda: engine.generating
    )
    recent = RecentDecisions()
    cache = build_cache(settings, scope="edge", metrics=metrics)
    cloud = build_cloud_client(settings)
    monitor = ConnectivityMonitor(
        cloud.check_health if cloud is not None else None, settings, metrics,
        on_open=cloud.disconnect if cloud is not None else None,
    )
    backend = Orchestrator(
        engine, build_router(settings), settings,
        cloud=cloud, monitor=monitor, cache=cache, metrics=metrics,
    )
    return create_app(
        settings,
        backend,
        metrics=metrics,
        recent=recent,
        extra_routers=[ui_router(recent, connectivity=lambda: monitor.snapshot().state.value)],
        title="Duet edge agent",
    )


def build_router(settings: EdgeSettings):  # type: ignore[no-untyped-def]
    from router import PolicyError, Router, load_policy

    try:
        policy = load_policy(settings.policy_file) if settings.policy_file else None
    except PolicyError as exc:
        raise StartupError(f"policy file: {exc}") from exc
    return Router(policy)


def build_cloud_client(settings: EdgeSettings):  # type: ignore[no-untyped-def]
    """The cloud client when ``cloud_target`` is set, else None (everything stays local)."""
    if not settings.cloud_target:
        return None
    from edge_agent.cloud_client import CloudClient

    try:
        return CloudClient(settings)
    except ValueError as exc:  # unreadable TLS files, incomplete mTLS settings
        raise StartupError(f"cloud client: {exc}") from exc


def usage_example(url: str, model: str, api_key: str | None) -> str:
    key = api_key or "none"
    auth = f" -H 'Authorization: Bearer {key}'" if api_key else ""
    return (
        f"  curl {url}/v1/chat/completions -H 'Content-Type: application/json'{auth} \\\n"
        f"    -d '{{\"model\": \"{model}\", \"messages\": [{{\"role\": \"user\", "
        f"\"content\": \"Hello!\"}}]}}'\n\n"
        f"  python -c \"from openai import OpenAI; c = OpenAI(base_url='{url}/v1', "
        f"api_key='{key}'); print(c.chat.completions.create(model='{model}', "
        f"messages=[{{'role': 'user', 'content': 'Hello!'}}]).choices[0].message.content)\""
    )


def _guarded(run: "callable") -> int:  # type: ignore[valid-type]
    try:
        run()
    except StartupError as exc:
        print(f"duet: error: {exc}", file=sys.stderr)
        return 2
    return 0


def serve_edge(settings: EdgeSettings, *, banner: bool = False) -> int:
    def run() -> None:
        configure_logging(settings.log_level)
        app = build_edge_app(settings)
        sock = bind(settings.host, settings.port)
        url = base_url(sock)
        print(f"Duet edge agent serving on {url}/v1", flush=True)
        if banner:
            key = settings.api_keys[0] if settings.api_keys else None
            print("Try it:\n" + usage_example(url, "auto", key), flush=True)
        run_http(app, settings, sock)

    return _guarded(run)


def _env_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ",".join(str(v) for v in value)
    return str(value)


def _explicit_env(settings: EdgeSettings) -> dict[str, str]:
    """The settings given on the command line, as DUET_* variables for a child process."""
    return {
        f"DUET_{name.upper()}": _env_value(getattr(settings, name))
        for name in settings.model_fields_set
        if getattr(settings, name) is not None
    }


def serve_up(settings: EdgeSettings) -> int:
    """`duet up`, with a local redis-server as the response cache when none is configured."""
    from duet.redis_launcher import local_cache_redis

    with local_cache_redis(settings) as with_cache:
        return _serve_up_children(with_cache)


def _serve_up_children(settings: EdgeSettings) -> int:
    """The whole system on one machine: the cloud pool, then the edge agent wired to it, each a
    child process; Ctrl-C or SIGTERM stops the edge, then the cloud."""
    from duet.processes import ChildFailed, ChildSpec, Supervisor
    from duet.settings import CloudSettings

    cloud = CloudSettings()
    target = settings.cloud_target or f"{cloud.host}:{cloud.grpc_port}"
    edge_env = {**_explicit_env(settings), "DUET_CLOUD_TARGET": target}
    python = [sys.executable, "-m", "duet.cli"]
    supervisor = Supervisor()
    supervisor.install_signal_handlers()
    edge_url = f"http://{settings.host}:{settings.port}"
    try:
        supervisor.start(ChildSpec(
            "cloud pool",
            [*python, "cloud", "--host", cloud.host, "--grpc-port", str(cloud.grpc_port),
             "--http-port", str(cloud.http_port)],
            ready_url=f"http://{cloud.host}:{cloud.http_port}/readyz",
            env={"DUET_REDIS_URL": settings.redis_url} if settings.redis_url else None,
        ))
        if not supervisor.stopping.is_set():
            supervisor.start(ChildSpec(
                "edge agent", [*python, "edge"], ready_url=f"{edge_url}/readyz", env=edge_env
            ))
        if not supervisor.stopping.is_set():
            key = settings.api_keys[0] if settings.api_keys else None
            print(
                f"Duet is up: edge agent on {edge_url}/v1, cloud pool on {target} (gRPC) and "
                f"http://{cloud.host}:{cloud.http_port}/v1.\nTry it:\n"
                + usage_example(edge_url, "auto", key),
                flush=True,
            )
            exited = supervisor.wait()
            if exited is not None:
                print(f"duet: error: the {exited} exited; stopping", file=sys.stderr)
                return 1
    except ChildFailed as exc:
        print(f"duet: error: {exc}", file=sys.stderr)
        return 2
    finally:
        supervisor.stop_all()
    return 0
