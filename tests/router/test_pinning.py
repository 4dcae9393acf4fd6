"""Pinning: a conversation pinned to the device escalates on a hard turn (``pinning: up``), and a
policy can make every pin hold (``pinning: hold``)."""

from __future__ import annotations

import dataclasses

import pytest

from duet.router import ConnectivitySnapshot, PolicyError, Router, Signals, default_policy
from duet.router.policy import policy_from_dict

HARD = ("Prove that for every prime p > 3, p^2 - 1 is divisible by 24, then generalise the "
        "argument to p^4 - 1 and explain each step of the proof in detail.")
TURNS = [{"role": "user", "content": "Turn on the radio."},
         {"role": "assistant", "content": "The radio is on."}]
UP = Router()
HOLD = Router(dataclasses.replace(default_policy(), pinning="hold"))


def decide(router: Router, text: str, sticky: str | None, **signals: object) -> tuple[str, tuple[str, ...]]:
    messages = [*TURNS, {"role": "user", "content": text}]
    decision = router.decide(Signals(messages, sticky_target=sticky, **signals))  # type: ignore[arg-type]  # test keyword arguments
    return decision.target, decision.reasons


def test_the_shipped_policy_lets_a_pin_move_up() -> None:
    assert default_policy().pinning == "up"


@pytest.mark.parametrize(("router", "text", "sticky", "expected"), [
    (UP, HARD, "local", ("cloud", ("difficulty_high", "sticky_overridden"))),
    (UP, "Turn the volume down.", "local", ("local", ("sticky",))),
    (UP, "Turn the volume down.", "cloud", ("cloud", ("sticky",))),  # stays up for an easy turn
    (UP, HARD, None, ("cloud", ("difficulty_high",))),
    (HOLD, HARD, "local", ("local", ("sticky",))),
    (HOLD, "Turn the volume down.", "cloud", ("cloud", ("sticky",))),
])
def test_which_way_a_pin_holds(router: Router, text: str, sticky: str | None,
                               expected: tuple[str, tuple[str, ...]]) -> None:
    assert decide(router, text, sticky) == expected


@pytest.mark.parametrize(("signals", "reason"), [
    ({"privacy_tag": "local_only"}, "privacy_tag"),
    ({"connectivity": ConnectivitySnapshot(state="down")}, "offline"),
    ({"connectivity": ConnectivitySnapshot(breaker="open")}, "circuit_open"),
])
def test_a_pin_never_moves_up_past_privacy_or_an_outage(signals: dict, reason: str) -> None:
    assert decide(UP, HARD, "local", **signals) == ("local", (reason,))


def test_a_pin_holds_when_the_cloud_would_miss_the_deadline() -> None:
    target, reasons = decide(UP, HARD, "local", deadline_s=1.0, cloud_eta_s=3.0, local_eta_s=0.5)
    assert (target, reasons) == ("local", ("sticky",))


def test_the_trace_says_the_pin_was_overridden() -> None:
    messages = [*TURNS, {"role": "user", "content": HARD}]
    trace = UP.decide(Signals(messages, sticky_target="local")).trace
    sticky = next(t for t in trace if t.get("rule") == "sticky")
    assert sticky["overridden"] == "difficulty_high" and sticky["target"] == "cloud"


def test_a_policy_names_a_known_pinning() -> None:
    data = {"rules": [{"name": "easy", "when": {}, "target": "local", "reason": "difficulty_low"}]}
    assert policy_from_dict({**data, "pinning": "hold"}).pinning == "hold"
    with pytest.raises(PolicyError, match="pinning"):
        policy_from_dict({**data, "pinning": "down"})
