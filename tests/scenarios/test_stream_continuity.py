"""A cloud stream cut after 10 tokens — by the fault proxy, or by killing the cloud (SIGKILL) —
is finished by the local model: the official ``openai`` client reads one well-formed stream
(one id, text that goes on from the cut, exactly one ``finish_reason``, usage counting both
parts, ``[DONE]``), 20 runs of 20, and the request reached the cloud once."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.scenarios.stream_cut import COUNTING
from tests.scenarios.system import System, ask, wait_held

RUNS = 20
CUT_AFTER_TOKENS = 10
PREFER_CLOUD = {"x-duet-route": "prefer_cloud", "cache-control": "no-cache, no-store"}


@dataclass
class Continued:
    ids: set[str] = field(default_factory=set)
    pieces: list[str] = field(default_factory=list)
    finishes: list[str] = field(default_factory=list)
    completion_tokens: int = 0
    attempts: int = 0

    @property
    def well_formed(self) -> bool:
        return (len(self.ids) == 1 and len(self.finishes) == 1
                and len(self.pieces) > CUT_AFTER_TOKENS
                and self.completion_tokens >= len(self.pieces))


@pytest.fixture(scope="module")
def system(pool_file: Path) -> Iterator[System]:
    system = System(pool_file, capture=True, name="continue")
    try:
        yield system
    finally:
        system.close()


def continue_one(system: System, fault: str) -> Continued:
    result, request_id = Continued(), uuid.uuid4().hex
    api = system.client(timeout=30)
    stream = api.chat.completions.create(
        model="auto", messages=ask(COUNTING), max_tokens=24, temperature=0, stream=True,
        stream_options={"include_usage": True},
        extra_headers={**PREFER_CLOUD, "x-request-id": request_id},
    )
    for chunk in stream:  # raises on an error event: the test fails
        result.ids.add(chunk.id)
        if chunk.usage is not None:
            result.completion_tokens = chunk.usage.completion_tokens
        if not chunk.choices:
            continue
        if chunk.choices[0].finish_reason:
            result.finishes.append(chunk.choices[0].finish_reason)
        if chunk.choices[0].delta.content:
            result.pieces.append(chunk.choices[0].delta.content)
            if len(result.pieces) == CUT_AFTER_TOKENS:
                if fault == "cut":
                    system.proxy.cut_after(0)
                else:
                    system.kill_cloud()
    result.attempts = system.proxy.captured().up.count(request_id.encode())
    system.proxy.passthrough()
    if fault == "kill":
        system.restart_cloud()
    return result


def cloud_ready(system: System) -> Callable[[], bool]:
    return lambda: system.conn_state() == "up" and system.breaker_state() == "closed"


@pytest.mark.slow
@pytest.mark.parametrize("fault", ["cut", "kill"])
def test_a_cut_cloud_stream_is_finished_by_the_local_model(system: System, fault: str) -> None:
    results = []
    for _ in range(RUNS):
        # a cut fails the probes sent while it lasts, and cut streams open the breaker (a real
        # cloud failure each): the cloud is asked again once the link has settled up again,
        # past the probe timeout (0.3 s)
        assert wait_held(cloud_ready(system), 1.0, 30)
        results.append(continue_one(system, fault))
    bad = [r for r in results if not r.well_formed or r.attempts != 1]
    print(fault, [("".join(r.pieces)[:80], r.completion_tokens) for r in results[:2]])
    assert bad == [], bad
