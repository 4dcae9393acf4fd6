"""Real processes for the observability tests: an edge agent (and the cloud pool when ``duet
cloud`` exists), a mix of real traffic, and a real Prometheus scraping them."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import httpx
import pytest

from tests.observability.prom import PrometheusServer, scrape_config
from tests.servers import REPO, DuetProcess, free_port

# Prompt text that must never appear in metrics, logs or the live page.
MARKER = "zebra-quartz-7731"


@dataclass(frozen=True)
class Reply:
    status: int
    route: str | None
    reasons: str | None


@dataclass
class Stack:
    edge: DuetProcess
    cloud: DuetProcess | None
    prometheus: PrometheusServer
    replies: list[Reply] = field(default_factory=list)

    @property
    def edge_instance(self) -> str:
        return f"127.0.0.1:{self.edge.port}"


def cloud_available() -> bool:
    """True once ``duet cloud`` is a command of this checkout."""
    result = subprocess.run(
        [sys.executable, "-m", "duet.app.cli", "cloud", "--help"],
        cwd=REPO, capture_output=True, timeout=60,
    )
    return result.returncode == 0


def _chat(content: str, **extra: object) -> dict[str, object]:
    return {"model": "auto", "messages": [{"role": "user", "content": content}],
            "max_tokens": 6, "temperature": 0, **extra}


def send_traffic(url: str) -> list[Reply]:
    """One round of mixed requests: chat, stream, completion, a private request, errors, a
    forced escalation and a burst that overflows the local queue."""
    replies: list[Reply] = []
    with httpx.Client(base_url=url, timeout=120) as client:

        def post(path: str, body: dict[str, object], **headers: str) -> Reply:
            response = client.post(path, json=body, headers=headers)
            reply = Reply(response.status_code, response.headers.get("x-duet-route"),
                          response.headers.get("x-duet-reasons"))
            replies.append(reply)
            return reply

        post("/v1/chat/completions", _chat(f"Say hello to {MARKER}."))
        post("/v1/chat/completions", _chat(f"Name a colour, {MARKER}.", stream=True,
                                           stream_options={"include_usage": True}))
        post("/v1/completions", {"model": "auto", "prompt": f"{MARKER} one two",
                                 "max_tokens": 6, "temperature": 0})
        post("/v1/chat/completions", _chat(f"My email is {MARKER}@example.com, hi."),
             **{"x-duet-privacy": "local_only"})
        post("/v1/chat/completions", {**_chat(MARKER), "model": "no-such-model"})
        post("/v1/chat/completions", _chat(f"Prove a hard theorem, {MARKER}.", max_tokens=4),
             **{"x-duet-route": "cloud"})
        client.get("/v1/models")
        with ThreadPoolExecutor(4) as pool:  # queue size 1: some of these are refused (429)
            list(pool.map(lambda i: post("/v1/chat/completions",
                                         _chat(f"Count to {i} {MARKER}", max_tokens=12,
                                               temperature=0.7)), range(4)))
    return replies


@pytest.fixture(scope="package")
def cloud_pool() -> Iterator[DuetProcess | None]:
    if not cloud_available():
        yield None
        return
    grpc_port, http_port = free_port(), free_port()
    with DuetProcess(["cloud", "--grpc-port", str(grpc_port)], port=http_port,
                     port_flag="--http-port", timeout=180, log_name="cloud") as proc:
        proc.grpc_port = grpc_port  # type: ignore[attr-defined]
        yield proc


@pytest.fixture(scope="package")
def stack(cloud_pool: DuetProcess | None, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[Stack]:
    """Edge (+ cloud) scraped every second by Prometheus, after two rounds of traffic."""
    env = {}
    if cloud_pool is not None:
        env["DUET_CLOUD_TARGET"] = f"127.0.0.1:{cloud_pool.grpc_port}"  # type: ignore[attr-defined]
    with DuetProcess(["edge", "--queue-size", "1"], env=env, log_name="edge-observed") as edge:
        jobs = {"duet-edge": [f"127.0.0.1:{edge.port}"]}
        if cloud_pool is not None:
            jobs["duet-cloud"] = [f"127.0.0.1:{cloud_pool.port}"]
        prometheus = PrometheusServer(scrape_config(jobs), tmp_path_factory.mktemp("prometheus"))
        try:
            stack = Stack(edge, cloud_pool, prometheus)
            for job in jobs:
                prometheus.wait_scrapes(job)
            # Two rounds with scrapes between them, so counters are seen rising (rate > 0).
            for _ in range(2):
                stack.replies += send_traffic(edge.url)
                for job in jobs:
                    prometheus.wait_scrapes(job, scrapes=2)
            yield stack
        finally:
            prometheus.stop()
