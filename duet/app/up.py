"""``duet up``: the whole system on one machine (redis-server, the cloud pool, the edge agent)."""

from __future__ import annotations

import sys

from duet.app.runtime import usage_example
from duet.core.settings import EdgeSettings


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
    from duet.app.redis_launcher import local_cache_redis

    with local_cache_redis(settings) as with_cache:
        return _serve_up_children(with_cache)


def _serve_up_children(settings: EdgeSettings) -> int:
    """The whole system on one machine: the cloud pool, then the edge agent wired to it, each a
    child process; Ctrl-C or SIGTERM stops the edge, then the cloud."""
    from duet.app.processes import ChildFailed, ChildSpec, Supervisor
    from duet.core.settings import CloudSettings

    cloud = CloudSettings()
    target = settings.cloud_target or f"{cloud.host}:{cloud.grpc_port}"
    edge_env = {**_explicit_env(settings), "DUET_CLOUD_TARGET": target}
    python = [sys.executable, "-m", "duet.app.cli"]
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
