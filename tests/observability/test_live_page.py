"""``/ui`` in a real headless Chromium shows the decisions of real requests, live, and never
their text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.observability.browser import Browser
from tests.observability.conftest import MARKER, Stack

ROWS = "document.querySelectorAll('#decisions tr.decision')"
READ_ROWS = f"""Array.from({ROWS}).map(r => ({{
  target: r.dataset.target,
  reasons: Array.from(r.querySelectorAll('.reason')).map(s => s.textContent),
  status: Number(r.lastElementChild.textContent),
}}))"""


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    chrome = Browser(tmp_path_factory.mktemp("chromium") / "profile")
    try:
        yield chrome
    finally:
        chrome.close()


def test_state_json_has_decisions_and_no_text(stack: Stack) -> None:
    response = httpx.get(stack.edge.url + "/ui/state.json", timeout=10)
    assert response.status_code == 200
    assert MARKER not in response.text
    state = response.json()
    assert state["connectivity"] in {"up", "degraded", "down", "unknown"}
    assert state["share"]["local"] >= 1
    assert {d["status"] for d in state["decisions"]} >= {200, 404}


def test_page_shows_the_decisions_of_real_requests(stack: Stack, browser: Browser) -> None:
    browser.open(stack.edge.url + "/ui")
    browser.wait_for(f"{ROWS}.length > 0")
    rows = browser.evaluate(READ_ROWS)
    state = httpx.get(stack.edge.url + "/ui/state.json", timeout=10).json()
    expected = [{"target": d["target"], "reasons": d["reasons"], "status": d["status"]}
                for d in state["decisions"]]
    assert rows == expected
    made = {(r.route or "none", r.status) for r in stack.replies}
    assert made <= {(r["target"], r["status"]) for r in rows} | {("none", 429)}
    for reply in stack.replies:
        if reply.reasons:  # once a router sets them, its reason codes are on the page
            codes = [c.strip() for c in reply.reasons.split(",")]
            assert any(r["reasons"] == codes for r in rows), reply
    html = browser.html()
    assert MARKER not in html
    assert "local" in browser.evaluate("document.getElementById('counts').textContent")
    share = browser.evaluate("document.getElementById('local-share').textContent")
    assert share.endswith("%")


def test_page_updates_live(stack: Stack, browser: Browser) -> None:
    browser.open(stack.edge.url + "/ui")
    browser.wait_for(f"{ROWS}.length > 0")
    before = browser.evaluate("document.getElementById('total').textContent")
    response = httpx.post(stack.edge.url + "/v1/chat/completions", timeout=60, json={
        "model": "no-such-model", "messages": [{"role": "user", "content": MARKER}]})
    assert response.status_code == 404
    browser.wait_for(f"document.getElementById('total').textContent !== '{before}'", timeout=10)
    newest = browser.evaluate(READ_ROWS)[0]
    assert newest == {"target": "none", "reasons": [], "status": 404}
    assert MARKER not in browser.html()


def test_page_reports_an_unreachable_agent(tmp_path: Path, browser: Browser) -> None:
    """The page says so when polling fails (here: served as a file, no agent behind it)."""
    from importlib import resources

    page = tmp_path / "index.html"
    page.write_bytes(resources.files("duet.gateway.ui_static").joinpath("index.html").read_bytes())
    browser.open(page.as_uri())
    text = browser.wait_for(
        "document.getElementById('updated').classList.contains('error') && "
        "document.getElementById('updated').textContent")
    assert "unreachable" in text




def test_page_shows_the_device_state_the_router_reads(stack: Stack, browser: Browser) -> None:
    """A battery at 15 % discharging and a zone past its trip point, pushed by the platform,
    appear in state.json and on the page; pushing mains power and no heat puts them back."""
    url = stack.edge.url
    hot = {"battery": {"percent": 15, "status": "Discharging"},
           "thermal": [{"zone": "soc", "temp_c": 96.0, "trip_c": 90.0}]}
    cool: dict[str, object] = {"battery": None, "thermal": []}
    assert httpx.put(url + "/v1/device/state", json=hot, timeout=10).status_code == 200
    try:
        device = httpx.get(url + "/ui/state.json", timeout=10).json()["device"]
        assert device["battery_percent"] == 15 and device["discharging"] is True
        assert device["source"] == "pushed" and device["hot_zones"][0].startswith("soc ")
        browser.open(url + "/ui")
        battery = browser.wait_for(
            "document.getElementById('battery').textContent.includes('%') && "
            "document.getElementById('battery').textContent")
        assert battery == "15 % on battery"
        assert browser.evaluate("document.getElementById('heat').textContent").startswith("hot: soc")
    finally:
        assert httpx.put(url + "/v1/device/state", json=cool, timeout=10).status_code == 200
    browser.open(url + "/ui")
    assert browser.wait_for("document.getElementById('battery').textContent === 'mains' && "
                            "document.getElementById('heat').textContent") == "cool · pushed"
