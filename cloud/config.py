"""The pool configuration file: models, their replicas, and the health policy.

Example (``deploy/cloud-pool.example.yaml``)::

    health: {eject_after_failures: 3, cooldown_s: 2, max_cooldown_s: 60, probe_interval_s: 5}
    models:
      - name: gemma-3-270m
        replicas:
          - {name: local-0, kind: llama_cpp}                      # the packaged Gemma 3 270M
          - {name: vllm-0, kind: openai, url: http://vllm:8000/v1, upstream_model: google/gemma-3}
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

DEFAULT_MODEL = "gemma-3-270m"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LlamaReplicaConfig(_Strict):
    """A GGUF model loaded in the pool process itself."""

    kind: Literal["llama_cpp"]
    name: str = Field(min_length=1)
    model_path: Path | None = Field(
        None, description="GGUF file. Default: Gemma 3 270M assembled from its PyPI package."
    )
    n_ctx: int = Field(2048, ge=64)
    n_threads: int | None = Field(None, ge=1)
    n_batch: int = Field(256, ge=1)
    queue_size: int = Field(8, ge=0, description="Requests that may wait for this replica.")
    default_max_tokens: int = Field(256, ge=1)
    chat_template: str | None = Field(
        None, description="Jinja chat template for GGUF files without one in their metadata."
    )


class OpenAIReplicaConfig(_Strict):
    """Any OpenAI-compatible server (vLLM, SGLang, TGI, llama_cpp.server, Ollama)."""

    kind: Literal["openai"]
    name: str = Field(min_length=1)
    url: str = Field(description="Base URL including /v1, e.g. http://10.0.0.5:8000/v1.")
    upstream_model: str | None = Field(
        None, description="Model name sent upstream. Default: the pool model's name."
    )
    api_key_env: str | None = Field(
        None, description="Environment variable holding the upstream API key (never the key)."
    )
    max_connections: int = Field(64, ge=1, description="Keep-alive connection pool size.")
    probe_path: str = Field("/models", description="GET path (after url) used by active probes.")
    tool_calls: Literal["native", "json_schema"] = Field(
        "json_schema",
        description="How a required tool call is asked for: 'json_schema' (the function list in "
        "the prompt, the calls' JSON schema as response_format: valid calls from any server "
        "that enforces json_schema) or 'native' (tools and tool_choice passed through, for "
        "servers that enforce tool_choice=required themselves).",
    )
    schema_style: Literal["openai", "llama_cpp"] = Field(
        "openai",
        description="How a JSON schema is sent as response_format: 'openai' (type json_schema: "
        "vLLM, SGLang, OpenAI) or 'llama_cpp' (type json_object with a schema: "
        "llama_cpp.server, which refuses json_schema).",
    )


ReplicaConfig = Annotated[LlamaReplicaConfig | OpenAIReplicaConfig, Field(discriminator="kind")]


class ModelConfig(_Strict):
    name: str = Field(min_length=1)
    owned_by: str = "duet-cloud"
    replicas: list[ReplicaConfig] = Field(min_length=1)
    context_length: int | None = Field(
        None, ge=1, description="Context length advertised to edges, in tokens. Default: the "
        "smallest n_ctx of its llama_cpp replicas; unknown (not advertised) when an "
        "OpenAI-compatible replica serves it and this is not set.",
    )

    def advertised_context(self) -> int | None:
        if self.context_length is not None:
            return self.context_length
        if all(isinstance(r, LlamaReplicaConfig) for r in self.replicas):
            return min(r.n_ctx for r in self.replicas if isinstance(r, LlamaReplicaConfig))
        return None

    @model_validator(mode="after")
    def _unique_replicas(self) -> "ModelConfig":
        names = [r.name for r in self.replicas]
        if len(names) != len(set(names)):
            raise ValueError(f"model {self.name}: replica names must be unique")
        return self


class HealthConfig(_Strict):
    eject_after_failures: int = Field(3, ge=1, description="Consecutive failures that eject.")
    cooldown_s: float = Field(2.0, gt=0, description="First ejection's length.")
    max_cooldown_s: float = Field(60.0, gt=0, description="Cap of the doubling cool-down.")
    probe_interval_s: float = Field(5.0, gt=0, description="Active probe interval per replica.")
    probe_timeout_s: float = Field(2.0, gt=0)
    max_attempts: int = Field(3, ge=1, description="Replicas tried before the first token.")


class PoolConfig(_Strict):
    health: HealthConfig = Field(default_factory=HealthConfig)
    models: list[ModelConfig] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_models(self) -> "PoolConfig":
        names = [m.name for m in self.models]
        if len(names) != len(set(names)):
            raise ValueError("model names must be unique")
        return self


class PoolConfigError(Exception):
    """The pool file is missing or invalid; the message says where."""


def default_pool() -> PoolConfig:
    return PoolConfig(
        models=[
            ModelConfig(
                name=DEFAULT_MODEL,
                replicas=[LlamaReplicaConfig(kind="llama_cpp", name="local-0")],
            )
        ]
    )


def load_pool(path: Path | None) -> PoolConfig:
    if path is None:
        return default_pool()
    try:
        data = yaml.safe_load(path.read_text())
    except OSError as exc:
        raise PoolConfigError(f"cannot read pool file {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise PoolConfigError(f"pool file {path} is not valid YAML: {exc}") from exc
    try:
        return PoolConfig.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise PoolConfigError(f"pool file {path}: {where}: {first['msg']}") from exc
