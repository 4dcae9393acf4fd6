"""The device's own state end to end: a real edge reading a fixture sysfs tree (or told by the
platform over ``PUT /v1/device/state``) and a real cloud pool (an OpenAI-compatible echo replica,
so the test sees what left the device). The same borderline prompt goes to the cloud on a low
battery or a hot device and stays local on mains power; a private prompt stays local always."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.cloud.conftest import CloudProcess, echo_pool, echo_server
from tests.edge.sysfs_tree import power_supply, thermal
from tests.edge.test_routing_e2e import FAST_MONITOR, wait_for_state
from tests.router.test_device_state import BORDERLINE, PRIVATE
from tests.servers import DuetProcess

KEY = "device-test-key"
AUTH = {"authorization": f"Bearer {KEY}"}


@pytest.fixture(scope="module")
def echo() -> Iterator[DuetProcess]:
    with echo_server("echo-device") as proc:
        yield proc


@pytest.fixture(scope="module")
def cloud(echo: DuetProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[CloudProcess]:
    with echo_pool(tmp_path_factory.mktemp("device-pool"), echo.url, "cloud-device") as proc:
        yield proc


@pytest.fixture(scope="module")
def sysfs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sys-class")
    power_supply(root, percent=80, status="Charging", mains_online=True)
    thermal(root, temp_c=55.0)
    return root


@pytest.fixture(scope="module")
def edge(cloud: CloudProcess, sysfs: Path) -> Iterator[DuetProcess]:
    args = ["edge", "--cloud-target", cloud.target, "--n-threads", "1", *FAST_MONITOR,
            "--api-keys", KEY, "--device-power-supply-root", str(sysfs / "power_supply"),
            "--device-thermal-root", str(sysfs / "thermal"), "--device-state-refresh-s", "0.2",
            "--device-state-push-ttl-s", "2", "--cache-mode", "off"]  # each ask is routed
    with DuetProcess(args, log_name="edge-device") as proc:
        wait_for_state(proc, "up")
        yield proc


def state(edge: DuetProcess) -> dict:
    reply = httpx.get(edge.url + "/v1/device/state", headers=AUTH, timeout=5)
    assert reply.status_code == 200
    return reply.json()


def settle(edge: DuetProcess, **expected: object) -> None:
    """Wait until the edge's device state shows ``expected`` (sysfs is re-read off the request
    path, at most every 0.2 s here)."""
    deadline = time.monotonic() + 10
    while any(state(edge)[k] != v for k, v in expected.items()):
        assert time.monotonic() < deadline, f"device state never became {expected}: {state(edge)}"
        time.sleep(0.1)


def ask(edge: DuetProcess, content: str) -> httpx.Response:
    body = {"model": "auto", "messages": [{"role": "user", "content": content}],
            "max_tokens": 4, "temperature": 0}
    reply = httpx.post(edge.url + "/v1/chat/completions", json=body, headers=AUTH, timeout=60)
    assert reply.status_code == 200, reply.text
    return reply


def sent(echo: DuetProcess) -> int:
    return len(httpx.get(echo.url + "/_received", timeout=5).json())


def routed(edge: DuetProcess, echo: DuetProcess) -> dict[str, tuple[str, str, str]]:
    """Route, reasons and x-duet-device of the borderline and the private prompt; asserts that
    only what went to the cloud reached it."""
    out = {}
    for name, prompt in (("borderline", BORDERLINE), ("private", PRIVATE)):
        before = sent(echo)
        reply = ask(edge, prompt)
        route = reply.headers["x-duet-route"]
        assert sent(echo) == before + (1 if route == "cloud" else 0)
        out[name] = (route, reply.headers["x-duet-reasons"], reply.headers["x-duet-device"])
    return out


def test_the_device_state_moves_the_borderline_prompt_and_never_a_private_one(
    edge: DuetProcess, echo: DuetProcess, sysfs: Path
) -> None:
    settle(edge, battery_percent=80.0, discharging=False, hot_zones=[])
    mains = routed(edge, echo)
    assert mains["borderline"] == ("local", "difficulty_low",
                                   "battery=80% not discharging thermal=ok shift=+0.00")
    assert mains["private"][:2] == ("local", "pii")

    power_supply(sysfs, percent=15, status="Discharging")
    settle(edge, battery_percent=15.0, discharging=True)
    battery = routed(edge, echo)
    assert battery["borderline"] == ("cloud", "difficulty_high,battery_low",
                                     "battery=15% discharging thermal=ok shift=-0.15")
    assert battery["private"][:2] == ("local", "pii")
    assert "duet_device_battery_percent 15.0" in httpx.get(edge.url + "/metrics").text

    power_supply(sysfs, percent=80, status="Charging", mains_online=True)
    thermal(sysfs, temp_c=96.0)
    settle(edge, discharging=False, hot_zones=["soc 96.0C >= passive 90.0C"])
    hot = routed(edge, echo)
    assert hot["borderline"][:2] == ("cloud", "difficulty_high,thermal")
    assert "thermal=hot" in hot["borderline"][2]
    assert hot["private"][:2] == ("local", "pii")
    assert "duet_device_hot_zones 1.0" in httpx.get(edge.url + "/metrics").text

    thermal(sysfs, temp_c=55.0)
    settle(edge, hot_zones=[])
    assert routed(edge, echo)["borderline"][:2] == ("local", "difficulty_low")


def test_the_platform_can_push_the_state_with_an_api_key(edge: DuetProcess, echo: DuetProcess) -> None:
    report = {"battery": {"percent": 12, "status": "Discharging"}, "thermal": []}
    assert httpx.put(edge.url + "/v1/device/state", json=report).status_code == 401
    bad = httpx.put(edge.url + "/v1/device/state", json={"battery": {"percent": 140,
                    "status": "discharging"}}, headers=AUTH)
    assert bad.status_code == 400
    reply = httpx.put(edge.url + "/v1/device/state", json=report, headers=AUTH)
    assert reply.status_code == 200 and reply.json()["source"] == "pushed"
    pushed = routed(edge, echo)
    assert pushed["borderline"][:2] == ("cloud", "difficulty_high,battery_low")
    assert pushed["private"][:2] == ("local", "pii")
    settle(edge, source="sysfs")  # the push lasts push_ttl_s (2 s here), then sysfs again
