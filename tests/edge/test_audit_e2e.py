"""The egress audit log of a real edge agent escalating to a real cloud pool, through a gRPC relay
that keeps the bytes on the wire: one record per request sent, each holding the SHA-256 of
exactly those bytes; a chain that ``duet audit verify`` accepts; never any content."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from duet.edge_agent.audit_format import FIELDS
from tests.cloud.conftest import CloudProcess, smol_llama_pool
from tests.edge.grpc_relay import GrpcRelay
from tests.edge.test_routing_e2e import EASY, EMAIL, FAST_MONITOR, HARD, wait_for_state
from tests.observability.browser import Browser
from tests.servers import REPO, DuetProcess, clean_environ

CANARY = "canary-prompt-9931"
USER = "user-canary-5521"
# (request id, prompt, headers, escalated); the edge's own cache must not answer: all distinct
TRAFFIC = [
    ("audit-hard", f"{HARD} ({CANARY} a)", {}, True),
    ("audit-stream", f"{HARD} ({CANARY} b)", {}, True),
    ("audit-redact", f"Reply to {EMAIL}. {HARD} ({CANARY} c)", {"x-duet-privacy": "redact"}, True),
    ("audit-allow", f"Reply to {EMAIL}. {HARD} ({CANARY} d)",
     {"x-duet-privacy": "allow_cloud"}, True),
    ("audit-local", f"{EASY} ({CANARY} e)", {}, False),
    ("audit-pii", f"My email is {EMAIL}. {HARD} ({CANARY} f)", {}, False),
    ("audit-forced", f"{EASY} ({CANARY} g)", {"x-duet-route": "cloud"}, True),
]
SENT = [t[0] for t in TRAFFIC if t[3]]


def chat(edge: DuetProcess, request_id: str, content: str, headers: dict[str, str],
         stream: bool = False) -> httpx.Response:
    body = {"model": "auto", "messages": [{"role": "user", "content": content}],
            "max_tokens": 6, "temperature": 0, "stream": stream}
    if request_id == "audit-forced":  # the last one: a user keeps later requests on its tier
        body["user"] = USER
    response = httpx.post(edge.url + "/v1/chat/completions", json=body, timeout=120,
                          headers={"x-request-id": request_id, **headers})
    assert response.status_code == 200, response.text
    return response


def records(log: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in log.read_bytes().splitlines()]


def duet(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "duet.app.cli", *args], cwd=REPO, text=True,
                          capture_output=True, timeout=60, env=clean_environ(env))


def start_edge(relay: GrpcRelay, log: Path, name: str) -> DuetProcess:
    edge = DuetProcess(["edge", "--cloud-target", relay.target, "--n-threads", "1",
                        *FAST_MONITOR, "--audit-log-path", str(log)], log_name=name)
    wait_for_state(edge, "up")
    return edge


@pytest.fixture(scope="module")
def relay(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GrpcRelay]:
    pool = smol_llama_pool(tmp_path_factory.mktemp("audit-pool"))
    cloud = CloudProcess(["--pool-file", str(pool)], log_name="cloud-audit")
    relay = GrpcRelay(cloud.target)
    try:
        yield relay
    finally:
        relay.close()
        cloud.stop()


@pytest.fixture(scope="module")
def log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("audit") / "egress.log"


@pytest.fixture(scope="module")
def edge(relay: GrpcRelay, log: Path) -> Iterator[DuetProcess]:
    with start_edge(relay, log, "edge-audit") as proc:
        for request_id, content, headers, escalated in TRAFFIC:
            reply = chat(proc, request_id, content, headers, stream=request_id == "audit-stream")
            assert (reply.headers["x-duet-route"] == "cloud") == escalated, request_id
        yield proc


def test_one_record_per_request_sent_with_the_digest_of_the_bytes_on_the_wire(
    edge: DuetProcess, relay: GrpcRelay, log: Path
) -> None:
    wire = relay.generations()
    written = records(log)
    assert [r["request_id"] for r in written] == SENT
    assert [r["payload_sha256"] for r in written] == [hashlib.sha256(b).hexdigest() for b in wire]
    assert [r["payload_bytes"] for r in written] == [len(b) for b in wire]
    by_id = {r["request_id"]: r for r in written}
    assert by_id["audit-redact"]["pii"] == {"email": "redacted"}
    assert by_id["audit-allow"]["pii"] == {"email": "allowed"}
    assert by_id["audit-hard"]["pii"] == {} and by_id["audit-hard"]["reasons"] == ["difficulty_high"]
    assert by_id["audit-forced"]["reasons"] == ["forced"]
    assert {r["policy"] for r in written} == {"default"}
    assert str(written[0]["policy_version"]).startswith("sha256:")


def test_the_log_and_the_page_hold_no_content(edge: DuetProcess, log: Path) -> None:
    raw = log.read_text()
    for secret in (CANARY, EMAIL, USER, "primes"):
        assert secret not in raw
    page = httpx.get(edge.url + "/ui/audit", params={"n": 3}, timeout=10)
    assert page.status_code == 200
    for secret in (CANARY, EMAIL, USER):
        assert secret not in page.text
    state = page.json()
    assert state["enabled"] is True
    assert [r["request_id"] for r in state["records"]] == SENT[::-1][:3]
    assert all(set(r) == FIELDS for r in state["records"])
    metrics = httpx.get(edge.url + "/metrics", timeout=10).text
    assert f"duet_egress_audit_records_total {float(len(SENT))}" in metrics


def test_duet_audit_verify_and_tail(edge: DuetProcess, log: Path) -> None:
    ok = duet("audit", "verify", str(log))
    assert ok.returncode == 0, ok.stderr
    assert f"{len(SENT)} records over 1 file" in ok.stdout
    by_setting = duet("audit", "verify", env={"DUET_AUDIT_LOG_PATH": str(log)})
    assert by_setting.returncode == 0 and by_setting.stdout == ok.stdout
    latest = duet("audit", "tail", "-n", "2", str(log), "--json")
    assert latest.returncode == 0
    assert [json.loads(line)["request_id"] for line in latest.stdout.splitlines()] == SENT[-2:]
    human = duet("audit", "tail", str(log))
    assert human.returncode == 0 and len(human.stdout.splitlines()) == len(SENT)
    assert "audit-redact" in human.stdout and "email=redacted" in human.stdout


def test_the_live_page_lists_the_records(
    edge: DuetProcess, tmp_path: Path
) -> None:
    browser = Browser(tmp_path / "profile")
    try:
        browser.open(edge.url + "/ui")
        rows = "document.querySelectorAll('#audit tr.audit-record')"
        browser.wait_for(f"{rows}.length === {len(SENT)}")
        seqs = browser.evaluate(f"Array.from({rows}).map(r => r.cells[0].textContent)")
        assert seqs == [str(s) for s in range(len(SENT) - 1, -1, -1)]
        html = browser.html()
        assert "audit-forced" in html and CANARY not in html and EMAIL not in html
    finally:
        browser.close()


def test_a_log_that_cannot_be_written_keeps_the_request_on_the_device(
    edge: DuetProcess, relay: GrpcRelay, log: Path
) -> None:
    sent = len(relay.generations())
    moved = log.with_name("moved")
    log.rename(moved)
    log.mkdir()  # the log's path is now a folder: no record can be written
    try:
        reply = chat(edge, "audit-blocked", f"{HARD} ({CANARY} h)", {})
        assert reply.headers["x-duet-route"] == "local"
        assert "cloud_error_fallback" in reply.headers["x-duet-reasons"]
        assert len(relay.generations()) == sent
    finally:
        log.rmdir()
        moved.rename(log)
    reply = chat(edge, "audit-after", f"{HARD} ({CANARY} i)", {})
    assert reply.headers["x-duet-route"] == "cloud"
    assert [r["request_id"] for r in records(log)][-1] == "audit-after"
    assert duet("audit", "verify", str(log)).returncode == 0


def test_a_restarted_edge_continues_the_chain_and_damage_is_named(
    edge: DuetProcess, relay: GrpcRelay, log: Path
) -> None:
    before = records(log)
    edge.stop()
    with start_edge(relay, log, "edge-audit-restarted") as again:
        chat(again, "audit-restarted", f"{HARD} ({CANARY} j)", {})
    after = records(log)
    assert after[:-1] == before and after[-1]["request_id"] == "audit-restarted"
    assert after[-1]["seq"] == before[-1]["seq"] + 1  # type: ignore[operator]  # an int
    assert after[-1]["prev"] == before[-1]["hash"]
    assert duet("audit", "verify", str(log)).returncode == 0
    lines = log.read_bytes().splitlines(keepends=True)
    lines[2] = lines[2].replace(b'"v":1', b'"v":2')
    log.write_bytes(b"".join(lines))
    broken = duet("audit", "verify", str(log))
    assert broken.returncode == 1
    assert f"{log} line 3 (seq 2)" in broken.stderr and "altered" in broken.stderr
