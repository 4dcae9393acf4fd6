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


