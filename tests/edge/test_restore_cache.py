"""A restored answer is private: it may sit in the device's own cache, never in a shared one.

In process: the real edge agent, router, response cache and stores; the cloud is an echoing
tier (the answer repeats the request it received, cut into 1–3 character deltas), and the store
shared with the cloud records everything written to it.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator

from duet.cache import ResponseCache
from duet.cache.store import LruStore
from duet.core.settings import MonitorSettings, OrchestrationSettings
from duet.edge_agent.monitor import ConnectivityMonitor
from duet.edge_agent.agent import EdgeAgent
from duet.core.backend import (
    Event,
    Finish,
    Generation,
    GenerationRequest,
    ModelInfo,
    RequestContext,
    SamplingParams,
    TokenDelta,
)
from duet.router import Router
from tests.echo_openai import chunked, echoed

EMAIL, PHONE, NAME = "jane.roe@example.org", "+44 20 7946 0958", "Oliver Grant"
PRIVATE = f"My name is {NAME}; write to {EMAIL} or call {PHONE}."
ORIGINALS = (EMAIL, PHONE, NAME)


class EchoCloud:
    """A cloud tier answering with the last user message it received."""

    def __init__(self) -> None:
        self.received: list[GenerationRequest] = []
        self.rng = random.Random(5)

    def known_models(self, refresh: bool = True) -> list[ModelInfo]:
        return []

    async def check_health(self, timeout: float) -> float:
        return 0.001

    def encode(self, request: GenerationRequest, ctx: RequestContext) -> bytes:
        return repr(request).encode()

    async def generate(
        self, request: GenerationRequest, ctx: RequestContext, payload: bytes | None = None
    ) -> Generation:
        self.received.append(request)
        text = echoed({"messages": request.messages})
        return Generation("echo", self._events(chunked(text, self.rng)))

    async def _events(self, pieces: list[str]) -> AsyncIterator[Event]:
        for piece in pieces:
            yield TokenDelta(piece, logprob=-0.25)
        yield Finish("stop", 9, len(pieces))


class SharedStore(LruStore):
    """A store other processes could read (as Redis is); keeps every value written to it."""

    shared = True

    def __init__(self) -> None:
        super().__init__(1 << 20)
        self.written: list[bytes] = []

    async def set(self, key: str, value: bytes, ttl_s: float) -> None:
        self.written.append(key.encode() + b" " + value)
        await super().set(key, value, ttl_s)


class Engine:
    """The on-device model's surface the agent reads before a cloud decision."""

    model_id = "edge-model"

    def would_queue_overflow(self) -> bool:
        return False


def _setup(private_store: LruStore | None) -> tuple[EdgeAgent, EchoCloud, SharedStore]:
    cloud, shared = EchoCloud(), SharedStore()
    cache = ResponseCache(shared, scope="edge", private_store=private_store)
    monitor = ConnectivityMonitor(cloud.check_health, MonitorSettings.model_validate({}))
    agent = EdgeAgent(
        Engine(),  # type: ignore[arg-type]  # a stub: a cloud decision never runs the local model
        Router(), OrchestrationSettings.model_validate({}), cloud=cloud, monitor=monitor,
        cache=cache,
    )
    return agent, cloud, shared


async def _ask(agent: EdgeAgent, text: str, **headers: str) -> tuple[str, Generation]:
    request = GenerationRequest(
        "auto", SamplingParams(temperature=0.0, max_tokens=64),
        messages=[{"role": "user", "content": text}], stream=True,
    )
    ctx = RequestContext("req", "tenant", {"x-duet-route": "cloud", **headers})
    generation = await agent.generate(request, ctx)
    events = [e async for e in generation.events]
    return "".join(e.text for e in events if isinstance(e, TokenDelta)), generation


async def test_restored_answers_stay_out_of_the_shared_store() -> None:
    private = LruStore(1 << 20)
    agent, cloud, shared = _setup(private)
    answer, generation = await _ask(agent, PRIVATE, **{"x-duet-privacy": "redact"})
    assert answer == PRIVATE  # every placeholder the cloud echoed is back to its value
    assert generation.route.headers()["x-duet-route"] == "cloud"
    assert generation.route.headers()["x-duet-cache"] == "miss"
    sent = str(cloud.received[0].messages)
    assert "[EMAIL_1]" in sent and not any(value in sent for value in ORIGINALS)

    again, hit = await _ask(agent, PRIVATE, **{"x-duet-privacy": "redact"})
    assert (again, hit.route.headers()["x-duet-cache"]) == (PRIVATE, "hit")  # from the device's store
    assert len(cloud.received) == 1 and len(private) == 1
    assert shared.written == []

    # the same path with a shareable request does write there: the check above can fail
    await _ask(agent, "What is the capital of France?")
    assert len(shared.written) == 1
    assert not any(value.encode() in shared.written[0] for value in ORIGINALS)


async def test_without_a_private_store_a_restored_answer_is_not_cached() -> None:
    agent, cloud, shared = _setup(None)
    for _ in range(2):
        answer, generation = await _ask(agent, PRIVATE, **{"x-duet-privacy": "redact"})
        assert answer == PRIVATE and generation.route.headers()["x-duet-cache"] == "bypass"
    assert len(cloud.received) == 2 and shared.written == []
