"""The backend contract: the small interface between the HTTP gateway and whatever generates text.

The gateway turns OpenAI requests into a ``GenerationRequest``, asks a ``Backend`` for a
``Generation`` and turns its events back into OpenAI responses or SSE chunks. It knows nothing of
llama.cpp, gRPC, routing or caching: the edge agent and the cloud pool each provide a backend.

A ``Generation`` carries its events as an ``EventStream`` (an async iterator with ``aclose``) and a
typed ``Route`` record (who answered, why, what the cache did); the gateway writes the route into
the ``x-duet-*`` response headers once, at the HTTP edge, and nothing inside reads them back.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

from duet.core.structured import ResponseFormat, ToolChoice, ToolSpec

FinishReason = Literal["stop", "length"]
# Scheduling class of a request on the device's model: interactive work never waits behind
# background work (OpenAI's service_tier or the x-duet-priority header picks it).
Priority = Literal["interactive", "normal", "background"]
PRIORITIES: tuple[Priority, ...] = ("interactive", "normal", "background")  # most urgent first
# Request metadata asking the local engine to continue the last (assistant) message instead of
# opening a new turn: set by the edge when the local model finishes a cut cloud answer.
CONTINUE_KEY = "duet:continue_assistant"


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
    tools: tuple[ToolSpec, ...] = ()
    tool_choice: ToolChoice = field(default_factory=ToolChoice)
    response_format: ResponseFormat | None = None
    priority: Priority = "normal"

    @property
    def calls_tools(self) -> bool:
        """Tools are declared and the model may (or must) call them."""
        return bool(self.tools) and self.tool_choice.mode != "none"

    @property
    def kind(self) -> Literal["chat", "completion"]:
        return "chat" if self.messages is not None else "completion"


RouteTarget = Literal["local", "cloud", "cache", ""]
CacheResult = Literal["hit", "miss", "bypass"]


@dataclass
class Route:
    """Who answered a generation and why. Mutable on purpose: a stream that changes tier while it
    runs (a continuation) adds its reason, and the gateway records the route when it ends."""

    target: RouteTarget = ""
    reasons: tuple[str, ...] = ()
    cache: CacheResult | None = None
    difficulty: float | None = None
    threshold: float | None = None  # the difficulty threshold the decision was made against
    policy: str | None = None
    replica: str | None = None  # the pool's replica that answered (cloud side)
    cache_lookup_s: float | None = None
    eta: str | None = None  # the deadline and each tier's predicted time to answer
    device: str | None = None  # the device's battery and heat the router saw

    def add_reason(self, reason: str) -> None:
        if reason not in self.reasons:
            self.reasons = (*self.reasons, reason)

    def headers(self) -> dict[str, str]:
        """The ``x-duet-*`` response headers (and ``server-timing`` for a cache lookup)."""
        out: dict[str, str] = {}
        if self.target:
            out["x-duet-route"] = self.target
        if self.reasons:
            out["x-duet-reasons"] = ",".join(self.reasons)
        if self.difficulty is not None:
            out["x-duet-difficulty"] = f"{self.difficulty:.3f}"
        if self.threshold is not None:
            out["x-duet-threshold"] = f"{self.threshold:.3f}"
        if self.policy is not None:
            out["x-duet-policy"] = self.policy
        if self.cache is not None:
            out["x-duet-cache"] = self.cache
        if self.replica is not None:
            out["x-duet-replica"] = self.replica
        if self.eta is not None:
            out["x-duet-eta"] = self.eta
        if self.device is not None:
            out["x-duet-device"] = self.device
        if self.cache_lookup_s is not None:
            out["server-timing"] = f"cache;dur={self.cache_lookup_s * 1000:.2f}"
        return out


@dataclass
class RequestContext:
    """Per-request facts from the HTTP layer, and headers the backend wants to send back."""

    request_id: str
    tenant: str
    headers: Mapping[str, str]
    deadline: float | None = None
    response_headers: dict[str, str] = field(default_factory=dict)
    is_disconnected: Callable[[], Awaitable[bool]] | None = None
    route: Route | None = None  # set once the generation started; read by the instrumentation

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
    # the mean log-probability of the answer's tokens, where the engine measures it (the
    # on-device model: duet.engines.confidence); None elsewhere
    mean_logprob: float | None = None


Event = TokenDelta | Finish


@runtime_checkable
class EventStream(Protocol):
    """A generation's events. ``aclose`` releases what produces them (the model slot, the cloud
    call) and must be safe to call at any time, also before iteration started, and twice."""

    def __aiter__(self) -> AsyncIterator[Event]: ...

    def __anext__(self) -> Awaitable[Event]: ...

    async def aclose(self) -> None: ...


class EventFilter:
    """Base of stream wrappers: passes the inner stream's events through ``on_event`` and always
    forwards ``aclose`` to it (a plain object, not an async generator, so that closing works
    even when iteration never started)."""

    def __init__(self, inner: EventStream) -> None:
        self.inner = inner

    def __aiter__(self) -> "EventFilter":
        return self

    async def __anext__(self) -> Event:
        return self.on_event(await self.inner.__anext__())

    def on_event(self, event: Event) -> Event:
        return event

    async def aclose(self) -> None:
        await self.inner.aclose()


class EventList:
    """Events already in hand (a cache hit, a buffered answer), as an ``EventStream``."""

    def __init__(self, events: Iterable[Event]) -> None:
        self._events = iter(tuple(events))

    def __aiter__(self) -> "EventList":
        return self

    async def __anext__(self) -> Event:
        for event in self._events:
            return event
        raise StopAsyncIteration

    async def aclose(self) -> None:
        self._events = iter(())


@dataclass
class Generation:
    """A started generation: the answering model and its route are known before the first token."""

    model: str
    events: EventStream
    route: Route = field(default_factory=Route)
    # False for an answer that must not be reused, e.g. a fallback while the chosen tier was down
    cacheable: bool = True

    async def aclose(self) -> None:
        await self.events.aclose()


@dataclass(frozen=True)
class ModelInfo:
    id: str
    owned_by: str = "duet"
    created: int = 0
    context_length: int | None = None  # tokens; None: not known


class Backend(Protocol):
    """What the gateway needs from whatever answers requests."""

    def models(self) -> list[ModelInfo]:
        """Models served, for /v1/models and to reject unknown model names."""

    def ready(self) -> bool:
        """True when requests can be answered (for /readyz)."""

    async def generate(self, request: GenerationRequest, ctx: RequestContext) -> Generation:
        """Start a generation. Raise a ``duet.core.errors.DuetError`` if it cannot start;
        errors after the first event are raised from the event iterator."""
