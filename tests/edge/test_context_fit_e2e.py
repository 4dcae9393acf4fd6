"""Context fit end to end: a real edge (the device model holds 2,048 tokens) and a real cloud pool
whose models hold 8,192 and 4,096 tokens, learned from the pool's model list over gRPC.

The pool's replicas are OpenAI-compatible echo servers (``tests/echo_openai.py``) with the
context length set in the pool file: a small model here reads 4,800 tokens at about 60 tokens/s on
one thread, and the echo also shows exactly what left the device."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from duet.router import Router, Signals
from tests.cloud.conftest import CloudProcess, echo_pool, echo_server
from tests.edge.test_routing_e2e import cloud_requests, edge_for, wait_for_state
from tests.servers import DuetProcess

BIG, SMALL = "smol-8k", "smol-4k"
_SENTENCES = (
    "Teh weather was nice an the children plaied in the gardn untill the evning.",
    "We shoud remeber to water the plants befor we leave for the weekend trip.",
    "The libary opens at nine and closes erly on sundays during the sumer.",
    "Pleese bring the blue umbrela becaus the forcast says it will rain later.",
    "My neighbour baked a lemmon cake and shared it with everyone on the stret.",
    "The old bridge over the river was painted gren last year by volunters.",
)


def typo_text(sentences: int) -> str:
    return " ".join(_SENTENCES[i % len(_SENTENCES)] for i in range(sentences))


# about 4,800 tokens on the device's tokenizer: "fix the typos" in a long, plain text
LONG = "Fix the typos in this text:\n\n" + typo_text(267)


@pytest.fixture(scope="module")
def echo() -> Iterator[DuetProcess]:
    with echo_server("echo-context") as proc:
        yield proc


@pytest.fixture(scope="module")
def cloud(echo: DuetProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[CloudProcess]:
    models = {BIG: {"context_length": 8192}, SMALL: {"context_length": 4096}}
    with echo_pool(tmp_path_factory.mktemp("ctx-pool"), echo.url, "cloud-context", models) as proc:
        yield proc


def received(echo: DuetProcess) -> int:
    return len(httpx.get(echo.url + "/_received", timeout=5).json())


@pytest.fixture(scope="module")
def edge(cloud: CloudProcess) -> Iterator[DuetProcess]:
    with edge_for(cloud, log_name="edge-context") as proc:
        wait_for_state(proc, "up")
        deadline = time.monotonic() + 15
        while BIG not in {m["id"] for m in httpx.get(proc.url + "/v1/models").json()["data"]}:
            assert time.monotonic() < deadline, "the edge never learned the cloud's models"
            time.sleep(0.1)
        yield proc


def chat(edge: DuetProcess, content: str, model: str = "auto",
         headers: dict[str, str] | None = None) -> httpx.Response:
    body = {"model": model, "messages": [{"role": "user", "content": content}],
            "max_tokens": 4, "temperature": 0}
    return httpx.post(edge.url + "/v1/chat/completions", json=body, headers=headers or {},
                      timeout=120)


def test_the_long_request_is_easy_and_longer_than_the_device_holds() -> None:
    decision = Router().decide(Signals([{"role": "user", "content": LONG}]))
    assert decision.target == "local" and decision.reasons == ("difficulty_low",)
    assert 18_000 < len(LONG) < 20_000  # 4,800 tokens (SmolLM2 tokenizer)


def test_a_request_too_long_for_the_device_is_answered_by_the_cloud(
    edge: DuetProcess, cloud: CloudProcess, echo: DuetProcess
) -> None:
    before = cloud_requests(cloud)
    reply = chat(edge, LONG)
    assert reply.status_code == 200, reply.text
    assert reply.headers["x-duet-route"] == "cloud"
    assert reply.headers["x-duet-reasons"] == "context_overflow"
    assert reply.json()["model"] == BIG  # the pool's default model, listed first
    assert reply.json()["choices"][0]["message"]["content"] == LONG  # the echo's answer
    assert cloud_requests(cloud) == before + 1


@pytest.mark.parametrize(("headers", "why"), [
    ({"x-duet-privacy": "local_only"}, "tagged local_only"),
    ({"x-duet-route": "local_only"}, "x-duet-route is local_only"),
])
def test_when_it_must_stay_on_the_device_a_400_says_why(
    edge: DuetProcess, cloud: CloudProcess, echo: DuetProcess, headers: dict[str, str], why: str
) -> None:
    before, sent = cloud_requests(cloud), received(echo)
    reply = chat(edge, LONG, headers=headers)
    assert reply.status_code == 400
    error = reply.json()["error"]
    assert error["code"] == "context_length_exceeded" and error["param"] == "messages"
    assert "maximum context length is 2048 tokens" in error["message"]
    assert why in error["message"]
    assert cloud_requests(cloud) == before and received(echo) == sent


def test_a_cloud_model_that_holds_too_little_is_not_asked(
    edge: DuetProcess, cloud: CloudProcess
) -> None:
    before = cloud_requests(cloud)
    reply = chat(edge, LONG, model=SMALL)
    assert reply.status_code == 400
    assert "the cloud model holds only 4096 tokens" in reply.json()["error"]["message"]
    assert cloud_requests(cloud) == before


def test_a_short_request_still_stays_local(edge: DuetProcess) -> None:
    reply = chat(edge, "Fix the typos: " + typo_text(2))
    assert reply.status_code == 200
    assert reply.headers["x-duet-route"] == "local"


def test_without_a_cloud_the_400_says_so(tmp_path: Path) -> None:
    with DuetProcess(["edge", "--n-threads", "1"], log_name="edge-no-cloud") as alone:
        reply = chat(alone, LONG)
    assert reply.status_code == 400
    assert "no cloud is configured" in reply.json()["error"]["message"]
