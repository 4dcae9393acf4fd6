"""``duet edge``: the edge agent built from settings and served."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from duet.app.runtime import (
    StartupError,
    base_url,
    bind,
    configure_logging,
    guarded,
    run_http,
    usage_example,
)
from duet.core.settings import EdgeSettings

if TYPE_CHECKING:  # imported where used: `duet --help` should not load the model stack
    from duet.core.metrics import Metrics
    from duet.edge_agent.audit import EgressAudit
    from duet.edge_agent.device_state import DeviceStateSource
    from fastapi import FastAPI

    from duet.app.policy_source import PolicySource
    from duet.edge_agent.cloud_client import CloudClient
    from duet.engines.llama_cpp import LocalEngine


def build_edge_app(settings: EdgeSettings) -> FastAPI:
    from duet.cache import build_cache
    from duet.core.metrics import Metrics
    from duet.edge_agent.monitor import ConnectivityMonitor
    from duet.router import Router
    from duet.edge_agent.agent import EdgeAgent
    from duet.edge_agent.guard import PrivacyGuard, user_key
    from duet.gateway.app import create_app
    from duet.gateway.recent import RecentDecisions
    from duet.gateway.device import device_router
    from duet.gateway.router_info import router_info_router
    from duet.gateway.ui import ui_router

    engine = load_engine(settings)
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
    try:
        guard = PrivacyGuard(user_key(settings.user_key_file), metrics)
    except OSError as exc:
        raise StartupError(f"user key file {settings.user_key_file}: {exc.strerror}") from exc
    audit = build_audit(settings, metrics) if cloud is not None else None
    device = build_device_state(settings)
    metrics.track_device(
        lambda: -1.0 if (p := device.snapshot().battery_percent) is None else p,
        lambda: float(len(device.snapshot().hot_zones)),
    )
    source = load_policy_source(settings, engine.path)
    backend = EdgeAgent(
        engine, Router(source.policy), settings,
        cloud=cloud, monitor=monitor, cache=cache, metrics=metrics, guard=guard, audit=audit,
        device=device,
    )
    return create_app(
        settings,
        backend,
        metrics=metrics,
        recent=recent,
        extra_routers=[ui_router(
            recent, connectivity=lambda: monitor.snapshot().state.value,
            audit=audit_reader(audit.path) if audit is not None else None,
            device=lambda: device.snapshot().to_dict(),
        )],
        authed_routers=[device_router(device.push, device.snapshot),
                        router_info_router(source.info)],
        title="Duet edge agent",
    )


def load_engine(settings: EdgeSettings) -> LocalEngine:
    from duet.engines.llama_cpp import LocalEngine, ModelFileError

    try:
        return LocalEngine(settings)
    except ModelFileError as exc:
        raise StartupError(str(exc)) from exc
    except ValueError as exc:  # llama.cpp could not load the file
        raise StartupError(
            f"cannot load the edge model: {exc} (set DUET_EDGE_MODEL_PATH to a valid .gguf file)"
        ) from exc


def build_device_state(settings: EdgeSettings) -> DeviceStateSource:
    from duet.edge_agent.device_state import DeviceStateSource

    return DeviceStateSource(
        Path(settings.device_power_supply_root) if settings.device_power_supply_root else None,
        Path(settings.device_thermal_root) if settings.device_thermal_root else None,
        refresh_s=settings.device_state_refresh_s, push_ttl_s=settings.device_state_push_ttl_s,
    )


def build_audit(settings: EdgeSettings, metrics: Metrics) -> EgressAudit | None:
    """The egress audit log, or None when ``audit_log_path`` is empty."""
    if not settings.audit_log_path:
        return None
    from duet.edge_agent.audit import EgressAudit

    try:
        return EgressAudit(
            settings.audit_log_path, max_bytes=settings.audit_max_bytes,
            keep_files=settings.audit_keep_files, fsync=settings.audit_fsync,
            on_append=metrics.count_audit_record,
        )
    except OSError as exc:
        raise StartupError(
            f"cannot open the egress audit log {settings.audit_log_path}: {exc.strerror or exc} "
            "(set DUET_AUDIT_LOG_PATH to a writable file, or empty to turn it off)"
        ) from exc


def audit_reader(path: Path) -> Callable[[int], list[dict[str, Any]]]:
    """The latest records, newest first, for the live page: the audit fields only."""
    from duet.edge_agent.audit_verify import public_fields, tail

    def latest(count: int) -> list[dict[str, Any]]:
        return [public_fields(r) for r in reversed(tail(path, count))]

    return latest


def load_policy_source(settings: EdgeSettings, model: Path) -> PolicySource:
    """The routing policy (given, calibrated for the model, or shipped); see policy_source."""
    from duet.app.policy_source import load_edge_policy
    from duet.router import PolicyError

    try:
        return load_edge_policy(settings, model)
    except PolicyError as exc:
        raise StartupError(f"policy file: {exc}") from exc


def build_cloud_client(settings: EdgeSettings) -> CloudClient | None:
    """The cloud client when ``cloud_target`` is set, else None (everything stays local)."""
    if not settings.cloud_target:
        return None
    from duet.edge_agent.cloud_client import CloudClient

    try:
        return CloudClient(settings)
    except ValueError as exc:  # unreadable TLS files, incomplete mTLS settings
        raise StartupError(f"cloud client: {exc}") from exc


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

    return guarded(run)
