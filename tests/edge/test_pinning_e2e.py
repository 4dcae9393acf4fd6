"""Pinning end to end: a real edge and a real cloud pool (an OpenAI-compatible echo replica, so
the test sees exactly which turns left the device). An in-car conversation opens on the device;
a hard turn moves it to the cloud, and it stays there for the next easy turn. With a policy whose
pins hold, the hard turn is answered on the device."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from duet.router import default_policy
from tests.cloud.conftest import CloudProcess, echo_pool, echo_server
from tests.edge.test_routing_e2e import edge_for, wait_for_state
from tests.servers import REPO, DuetProcess

HARD = ("Prove that there are infinitely many primes of the form 4k+3, justify every step "
        "rigorously, then analyse the time complexity of a sieve that finds them.")
OPENING, EASY = "Turn on the radio.", "Turn the volume down a little."


@pytest.fixture(scope="module")
def echo() -> Iterator[DuetProcess]:
    with echo_server("echo-pinning") as proc:
        yield proc


@pytest.fixture(scope="module")
def cloud(echo: DuetProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[CloudProcess]:
    with echo_pool(tmp_path_factory.mktemp("pin-pool"), echo.url, "cloud-pinning") as proc:
        yield proc


def sent(echo: DuetProcess) -> list[str]:
    """The last user turn of every request that reached the cloud's replica."""
    bodies = httpx.get(echo.url + "/_received", timeout=5).json()
    return [[m for m in b["messages"] if m["role"] == "user"][-1]["content"] for b in bodies]


def converse(edge: DuetProcess, conversation: str, turns: list[str]) -> list[httpx.Response]:
    """Each turn sent with the whole history so far, as a chat app does."""
    history: list[dict[str, str]] = []
    replies = []
    for turn in turns:
        history.append({"role": "user", "content": turn})
        body = {"model": "auto", "messages": history, "max_tokens": 4, "temperature": 0,
                "metadata": {"conversation_id": conversation}}
        reply = httpx.post(edge.url + "/v1/chat/completions", json=body, timeout=60)
        assert reply.status_code == 200, reply.text
        replies.append(reply)
        history.append({"role": "assistant",
                        "content": reply.json()["choices"][0]["message"]["content"] or "ok"})
    return replies


def routes(replies: list[httpx.Response]) -> list[tuple[str, str]]:
    return [(r.headers["x-duet-route"], r.headers["x-duet-reasons"]) for r in replies]


def test_a_hard_turn_moves_a_device_conversation_up_and_it_stays_there(
    cloud: CloudProcess, echo: DuetProcess
) -> None:
    with edge_for(cloud, log_name="edge-pinning-up") as edge:
        wait_for_state(edge, "up")
        before = len(sent(echo))
        replies = converse(edge, "car-1", [OPENING, HARD, EASY])
        alone = converse(edge, "car-2", [EASY])
    assert routes(replies) == [
        ("local", "difficulty_low"),
        ("cloud", "difficulty_high,sticky_overridden"),
        ("cloud", "sticky"),
    ]
    assert routes(alone) == [("local", "difficulty_low")]  # the easy turn alone stays local
    assert sent(echo)[before:] == [HARD, EASY]


def test_a_policy_whose_pins_hold_answers_the_hard_turn_on_the_device(
    cloud: CloudProcess, echo: DuetProcess, tmp_path: Path
) -> None:
    shipped = yaml.safe_load((REPO / "router" / "policies" / "default.yaml").read_text())
    assert shipped["pinning"] == default_policy().pinning == "up"
    policy = tmp_path / "hold.yaml"
    policy.write_text(yaml.safe_dump({**shipped, "name": "hold", "pinning": "hold"}))
    with edge_for(cloud, "--policy-file", str(policy), log_name="edge-pinning-hold") as edge:
        wait_for_state(edge, "up")
        before = len(sent(echo))
        replies = converse(edge, "car-3", [OPENING, HARD])
    assert routes(replies) == [("local", "difficulty_low"), ("local", "sticky")]
    assert replies[1].headers["x-duet-policy"] == "hold"
    assert sent(echo)[before:] == []


def test_a_hard_turn_answered_from_the_cache_moves_the_conversation_up_too(
    cloud: CloudProcess, echo: DuetProcess
) -> None:
    """The second conversation's hard turn is a cache hit (the first one's cloud answer); it
    pins the conversation to the cloud just as the cloud's own answer did."""
    with edge_for(cloud, log_name="edge-pinning-cache") as edge:
        wait_for_state(edge, "up")
        first = converse(edge, "car-5", [OPENING, HARD])
        before = len(sent(echo))
        second = converse(edge, "car-6", [OPENING, HARD, EASY])
    assert routes(first)[1] == ("cloud", "difficulty_high,sticky_overridden")
    assert second[1].headers["x-duet-cache"] == "hit"
    assert routes(second)[2] == ("cloud", "sticky")
    assert sent(echo)[before:] == [EASY]
