"""Routing end to end: a real cloud pool, real edge agents, the official ``openai`` client.

Privacy is asserted on the cloud pool's own request counter: a private request must not add to it,
whichever path it takes (streaming, forced route, cascade, fallback).
"""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest
import yaml

from duet.router import Router, Signals
from tests.cloud.conftest import SMOL_POOL_MODEL, CloudProcess, smol_llama_pool
from tests.servers import DuetProcess

HARD = ("Prove that there are infinitely many primes of the form 4k+3, justify every step "
        "rigorously, then analyse the time complexity of a sieve that finds them.")
EASY = "Turn on the air conditioning in the car."
EMAIL = "jane.roe@example.org"
FAST_MONITOR = ["--probe-interval-s", "0.2", "--breaker-failures", "2", "--breaker-open-s", "0.5"]


def _pool_counter(cloud: CloudProcess) -> float:
    total = 0.0
    for line in httpx.get(cloud.url + "/metrics").text.splitlines():
        if line.startswith("duet_cloud_pool_requests_total{"):
            total += float(line.rsplit(" ", 1)[1])
    return total


def cloud_requests(cloud: CloudProcess) -> float:
    """The cloud pool's own count of the generations it was asked for, once settled (a call
    is counted when it ends, a moment after the client has read its last byte)."""
    previous = _pool_counter(cloud)
    while True:
        time.sleep(0.25)
        current = _pool_counter(cloud)
        if current == previous:
            return current
        previous = current


def connectivity(edge: DuetProcess) -> str:
    for line in httpx.get(edge.url + "/metrics").text.splitlines():
        if line.startswith("duet_connectivity_state{") and line.endswith(" 1.0"):
            return line.split('state="')[1].split('"')[0]
    raise AssertionError("no connectivity state exported")


def wait_for_state(edge: DuetProcess, state: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while connectivity(edge) != state:
        assert time.monotonic() < deadline, f"link never became {state}"
        time.sleep(0.05)


def edge_for(cloud: CloudProcess, *extra: str, log_name: str = "edge-routing") -> DuetProcess:
    return DuetProcess(
        ["edge", "--cloud-target", cloud.target, "--n-threads", "1", *FAST_MONITOR, *extra],
        log_name=log_name,
    )


def ask(edge: DuetProcess, content: str, *, stream: bool = False, headers: dict | None = None,
        metadata: dict | None = None, model: str = "auto") -> tuple[str, dict[str, str], str]:
    """(answer text, response headers, answering model)."""
    client = openai.OpenAI(base_url=edge.url + "/v1", api_key="unused", max_retries=0,
                           default_headers=headers or {})
    args = dict(model=model, messages=[{"role": "user", "content": content}], max_tokens=6,
                temperature=0, metadata=metadata)
    if not stream:
        raw = client.chat.completions.with_raw_response.create(**args)
        reply = raw.parse()
        return reply.choices[0].message.content or "", dict(raw.headers), reply.model
    with client.chat.completions.with_streaming_response.create(**args, stream=True) as raw:
        chunks = list(raw.parse())
        headers_out = dict(raw.headers)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    return text, headers_out, chunks[0].model


@pytest.fixture(scope="module")
def cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CloudProcess]:
    pool = smol_llama_pool(tmp_path_factory.mktemp("routing-pool"))
    with CloudProcess(["--pool-file", str(pool)], log_name="cloud-routing") as proc:
        yield proc


@pytest.fixture(scope="module")
def edge(cloud: CloudProcess) -> Iterator[DuetProcess]:
    with edge_for(cloud) as proc:
        wait_for_state(proc, "up")
        yield proc


def test_prompts_are_where_the_router_puts_them() -> None:
    router = Router()
    assert router.decide(Signals([{"role": "user", "content": HARD}])).target == "cloud"
    assert router.decide(Signals([{"role": "user", "content": EASY}])).target == "local"


def test_easy_stays_local_and_hard_goes_to_the_cloud(edge: DuetProcess, cloud: CloudProcess) -> None:
    before = cloud_requests(cloud)
    _, headers, model = ask(edge, EASY)
    assert headers["x-duet-route"] == "local" and headers["x-duet-reasons"] == "difficulty_low"
    assert float(headers["x-duet-difficulty"]) < 0.5
    assert cloud_requests(cloud) == before
    text, headers, model = ask(edge, HARD)
    assert headers["x-duet-route"] == "cloud" and "difficulty_high" in headers["x-duet-reasons"]
    assert model == SMOL_POOL_MODEL and text
    assert cloud_requests(cloud) == before + 1


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
@pytest.mark.parametrize("how", ["pii", "tag-header", "tag-metadata", "pii-forced-cloud"])
def test_private_requests_never_reach_the_cloud(
    edge: DuetProcess, cloud: CloudProcess, stream: bool, how: str
) -> None:
    before = cloud_requests(cloud)
    content, headers, metadata = HARD, {}, None
    if how.startswith("pii"):
        content = f"My email is {EMAIL}. {HARD}"
    if how == "pii-forced-cloud":
        headers = {"x-duet-route": "cloud"}
    if how == "tag-header":
        headers = {"x-duet-privacy": "local_only"}
    if how == "tag-metadata":
        metadata = {"privacy": "local_only"}
    text, out, model = ask(edge, content, stream=stream, headers=headers, metadata=metadata)
    assert out["x-duet-route"] == "local" and model != SMOL_POOL_MODEL
    assert ("pii" if how.startswith("pii") else "privacy_tag") in out["x-duet-reasons"]
    assert cloud_requests(cloud) == before


def test_forced_route_is_obeyed_when_privacy_allows(edge: DuetProcess, cloud: CloudProcess) -> None:
    before = cloud_requests(cloud)
    _, headers, model = ask(edge, EASY, headers={"x-duet-route": "cloud"})
    assert headers["x-duet-route"] == "cloud" and headers["x-duet-reasons"] == "forced"
    assert cloud_requests(cloud) == before + 1
    _, headers, _ = ask(edge, HARD, headers={"x-duet-route": "local"})
    assert headers["x-duet-route"] == "local" and headers["x-duet-reasons"] == "forced"


def test_redact_escalates_with_placeholders(edge: DuetProcess, cloud: CloudProcess) -> None:
    before = cloud_requests(cloud)
    _, headers, model = ask(edge, f"Reply to {EMAIL}. {HARD}", headers={"x-duet-privacy": "redact"})
    assert headers["x-duet-route"] == "cloud" and model == SMOL_POOL_MODEL
    assert cloud_requests(cloud) == before + 1
    assert EMAIL not in cloud.log()


def test_bad_privacy_tag_is_a_clear_400(edge: DuetProcess) -> None:
    with pytest.raises(openai.BadRequestError) as err:
        ask(edge, EASY, headers={"x-duet-privacy": "public"})
    assert err.value.body["param"] == "x-duet-privacy"


def test_cascade_escalates_unsure_answers_but_not_private_ones(cloud: CloudProcess) -> None:
    # a threshold of 0 escalates every local answer that may be escalated
    with edge_for(cloud, "--cascade-enabled", "--cascade-min-logprob", "0",
                  log_name="edge-cascade") as edge:
        wait_for_state(edge, "up")
        before = cloud_requests(cloud)
        _, headers, model = ask(edge, EASY)
        assert headers["x-duet-route"] == "cloud" and model == SMOL_POOL_MODEL
        assert "cascade_low_confidence" in headers["x-duet-reasons"]
        assert cloud_requests(cloud) == before + 1
        for stream in (False, True):
            _, headers, _ = ask(edge, f"Write to {EMAIL}: {EASY}", stream=stream)
            assert headers["x-duet-route"] == "local" and "pii" in headers["x-duet-reasons"]
        assert cloud_requests(cloud) == before + 1


def test_degraded_link_applies_the_stricter_threshold(cloud: CloudProcess, tmp_path: Path) -> None:
    medium = "Explain how a hash map handles collisions."
    score = Router().decide(Signals([{"role": "user", "content": medium}])).scores["difficulty"]
    assert 0.001 < score < 0.999, score
    # a policy whose line sits just under this prompt when the link is up, far above it when not
    policy = yaml.safe_load((Path("router/policies/default.yaml")).read_text())
    policy["difficulty"].update(threshold=score / 2, degraded_threshold=(1 + score) / 2)
    path = tmp_path / "policy.yaml"
    path.write_text(yaml.safe_dump(policy))
    with edge_for(cloud, "--policy-file", str(path), log_name="edge-up") as up:
        wait_for_state(up, "up")
        _, headers, _ = ask(up, medium)
        assert headers["x-duet-route"] == "cloud"
    # any round trip counts as slow: the link is degraded as soon as a probe returns
    with edge_for(cloud, "--policy-file", str(path), "--degraded-rtt-ms", "0.0001",
                  log_name="edge-degraded") as degraded:
        wait_for_state(degraded, "degraded")
        _, headers, _ = ask(degraded, medium)
        assert headers["x-duet-route"] == "local"
        assert "degraded" in headers["x-duet-reasons"].split(",")


def test_cloud_down_means_local_answers(tmp_path: Path) -> None:
    pool = smol_llama_pool(tmp_path)
    with CloudProcess(["--pool-file", str(pool)], log_name="cloud-doomed") as doomed:
        with edge_for(doomed, log_name="edge-cloud-down") as edge:
            wait_for_state(edge, "up")
            doomed.signal(signal.SIGKILL)
            doomed.proc.wait(10)
            reasons = set()
            for i in range(4):  # distinct prompts: each one answered, none from the cache
                text, headers, model = ask(edge, f"{HARD} (case {i})")
                assert headers["x-duet-route"] == "local" and model != SMOL_POOL_MODEL
                reasons |= set(headers["x-duet-reasons"].split(","))
            assert reasons & {"cloud_error_fallback", "offline", "circuit_open"}
            wait_for_state(edge, "down")
            # only the cloud can answer for its own model: a clean 503, not a hang
            with pytest.raises(openai.InternalServerError) as err:
                ask(edge, EASY, model=SMOL_POOL_MODEL)
            assert err.value.status_code == 503
