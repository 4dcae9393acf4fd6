"""The device's own state as a routing signal: reading sysfs, the pushed state, the policy's
threshold shifts, and the router's decision."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from duet.edge_agent.device_state import DeviceStateSource, read_sysfs
from duet.router import DeviceState, PolicyError, Router, Signals
from duet.router.policy import policy_from_dict
from tests.edge.sysfs_tree import power_supply, thermal

ROUTER = Router()
BORDERLINE = "Explain how vaccines train the immune system."  # 0.42 with the shipped weights (between 0.35 and 0.5)
PRIVATE = BORDERLINE + " Mail the answer to lena.hofmann@example.org."
LOW = DeviceState(15, True, (), "sysfs")
HOT = DeviceState(None, False, ("soc 96.0C >= passive 90.0C",), "sysfs")
MAINS = DeviceState(80, False, (), "sysfs")


def decide(text: str, device: DeviceState, **signals: object) -> tuple[str, tuple[str, ...]]:
    decision = ROUTER.decide(Signals([{"role": "user", "content": text}], device=device, **signals))  # type: ignore[arg-type]  # test keyword arguments
    return decision.target, decision.reasons


def test_the_prompt_is_borderline_for_the_shipped_policy() -> None:
    score = ROUTER.model.score([{"role": "user", "content": BORDERLINE}])[0]
    device = ROUTER.policy.device
    assert 0.5 + device.battery_low_shift < score < 0.5
    assert 0.5 + device.thermal_shift < score < 0.5


@pytest.mark.parametrize(("device", "expected"), [
    (MAINS, ("local", ("difficulty_low",))),
    (DeviceState(), ("local", ("difficulty_low",))),
    (DeviceState(15, False, (), "sysfs"), ("local", ("difficulty_low",))),  # charging at 15 %
    (DeviceState(35, True, (), "sysfs"), ("local", ("difficulty_low",))),  # on battery, not low
    (LOW, ("cloud", ("difficulty_high", "battery_low"))),
    (HOT, ("cloud", ("difficulty_high", "thermal"))),
    (DeviceState(15, True, HOT.hot_zones, "pushed"),
     ("cloud", ("difficulty_high", "battery_low", "thermal"))),
])
def test_a_low_battery_or_heat_leans_on_the_cloud(
    device: DeviceState, expected: tuple[str, tuple[str, ...]]
) -> None:
    assert decide(BORDERLINE, device) == expected


@pytest.mark.parametrize("device", [MAINS, LOW, HOT])
def test_a_private_prompt_stays_local_in_every_state(device: DeviceState) -> None:
    assert decide(PRIVATE, device) == ("local", ("pii",))
    assert decide(BORDERLINE, device, privacy_tag="local_only") == ("local", ("privacy_tag",))


def test_the_trace_explains_the_device_state() -> None:
    trace = ROUTER.decide(Signals([{"role": "user", "content": BORDERLINE}], device=LOW)).trace
    step = next(t for t in trace if t["step"] == "device")
    assert step["battery"] == "low" and step["thermal"] == "ok"
    assert step["threshold_shift"] == -0.15 and step["battery_percent"] == 15


def test_rules_can_name_the_device_state() -> None:
    policy = dataclasses.replace(ROUTER.policy, rules=policy_from_dict({"rules": [
        {"name": "hot", "priority": 10, "when": {"thermal": "hot"}, "target": "cloud",
         "reason": "thermal"},
        {"name": "easy", "when": {}, "target": "local", "reason": "difficulty_low"},
    ]}).rules)
    router = Router(policy, ROUTER.model)
    easy = [{"role": "user", "content": "Turn on the radio."}]
    assert router.decide(Signals(easy, device=HOT)).target == "cloud"
    assert router.decide(Signals(easy, device=MAINS)).target == "local"


def test_a_policy_with_a_bad_device_section_is_refused() -> None:
    rules = [{"name": "easy", "when": {}, "target": "local", "reason": "difficulty_low"}]
    with pytest.raises(PolicyError, match="device.battery_low_shift"):
        policy_from_dict({"rules": rules, "device": {"battery_low_shift": -3}})
    with pytest.raises(PolicyError, match="unknown key"):
        policy_from_dict({"rules": rules, "device": {"battery_low": 20}})


def test_sysfs_battery_and_thermal_are_read(tmp_path: Path) -> None:
    power = power_supply(tmp_path / "a", percent=15, status="Discharging")
    zones = thermal(tmp_path / "a", temp_c=96.0)
    state = read_sysfs(power, zones)
    assert (state.battery_percent, state.discharging, state.source) == (15.0, True, "sysfs")
    assert state.hot_zones == ("soc 96.0C >= passive 90.0C",)
    # past the fan's active trip point only: not throttling
    cool = read_sysfs(power_supply(tmp_path / "b", percent=None, mains_online=True),
                      thermal(tmp_path / "b", temp_c=60.0))
    assert (cool.battery_percent, cool.discharging, cool.hot_zones) == (None, False, ())
    assert read_sysfs(tmp_path / "missing", tmp_path / "missing") == DeviceState(source="sysfs")


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_sysfs_is_read_at_most_every_refresh_and_a_push_wins_for_its_ttl(tmp_path: Path) -> None:
    clock = Clock()
    power = power_supply(tmp_path, percent=80, status="Charging")
    source = DeviceStateSource(power, None, refresh_s=5.0, push_ttl_s=60.0, clock=clock)
    assert source.snapshot().battery_percent == 80 and source.reads == 1
    power_supply(tmp_path, percent=15, status="Discharging")
    for _ in range(100):
        assert source.snapshot().battery_percent == 80  # not re-read within refresh_s
    assert source.reads == 1
    clock.now = 5.0
    assert source.snapshot().battery_percent == 15 and source.reads == 2  # no loop: read here
    source.push(DeviceState(90, False))
    assert source.snapshot() == DeviceState(90, False, (), "pushed")
    clock.now = 66.0
    assert source.snapshot().source == "sysfs"
