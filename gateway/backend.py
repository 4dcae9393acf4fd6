"""The small interface between the HTTP gateway and whatever generates text.

The gateway turns OpenAI requests into a ``GenerationRequest``, asks a ``Backend`` for a
``Generation`` and turns its events back into OpenAI responses or SSE chunks. It knows nothing of
llama.cpp, gRPC, routing or caching: the edge agent and the cloud pool each provide a backend.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

FinishReason = Literal["stop", "length"]


@dataclass(frozen=True)
class SamplingParams:
    max_tokens: int | None = None
    temperature: float = 1.0
    top_p: float = 1.0
    stop: tuple[str, ...] = ()
    seed: int | None = None
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    logprobs: bool = False
    top_logprobs: int = 0

    def is_deterministic(self) -> bool:
        """Greedy decoding or a fixed seed gives the same answer every time."""
        return self.temperature == 0 or self.seed is not None


@dataclass(frozen=True)
class GenerationRequest:
    """One generation: chat (``messages``) or raw completion (``prompt``)."""

    model: str
    params: SamplingParams
    messages: list[dict[str, Any]] | None = None
    prompt: str | None = None
    stream: bool = False
    user: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)

    @property
    def kind(self) -> Literal["chat", "completion"]:
        return "chat" if self.messages is not None else "completion"


@dataclass
class RequestContext:
    """Per-request facts from the HTTP layer, and headers the backend wants to send back."""

    request_id: str
    tenant: str
    headers: Mapping[str, str]
    deadline: float | None = None
    response_headers: dict[str, str] = field(default_factory=dict)
    is_disconnected: Callable[[], Awaitable[bool]] | None = None

    def remaining(self) -> float | None:
        """Seconds left before the deadline (monotonic clock), or None when unbounded."""
        return None if self.deadline is None else self.deadline - time.monotonic()


@dataclass(frozen=True)
class TopLogprob:
    token: str
    logprob: float


@dataclass(frozen=True)
class TokenDelta:
    """A piece of generated text, usually one token."""

    text: str
    logprob: float | None = None
    top_logprobs: tuple[TopLogprob, ...] = ()


@dataclass(frozen=True)
class Finish:
    """The last event of every generation."""

    finish_reason: FinishReason
    prompt_tokens: int
    completion_tokens: int


Event = TokenDelta | Finish


@dataclass
class Generation:
    """A started generation: the answering model and headers are known before the first token."""

    model: str
    events: AsyncIterator[Event]
    headers: dict[str, str] = field(default_factory=dict)
    # False for an answer that must not be reused, e.g. a fallback while the chosen tier was down
    cacheable: bool = True

    async def aclose(self) -> None:
        close = getattr(self.events, "aclose", None)
        if close is not None:
            await close()


@dataclass(frozen=True)
class ModelInfo:
    id: str
    owned_by: str = "duet"
    created: int = 0


class Backend(Protocol):
    """What the gateway needs from whatever answers requests."""

    def models(self) -> list[ModelInfo]:
        """Models served, for /v1/models and to reject unknown model names."""

    def ready(self) -> bool:
        """True when requests can be answered (for /readyz)."""

    async def generate(self, request: GenerationRequest, ctx: RequestContext) -> Generation:
        """Start a generation. Raise a ``gateway.errors.DuetError`` if it cannot start;
        errors after the first event are raised from the event iterator."""
