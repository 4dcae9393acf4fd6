"""The topology every scenario runs on, as real processes on real sockets::

    openai client ──HTTP──▶ duet edge ──gRPC──▶ FaultProxy ──▶ duet cloud (smol pool)

``System`` starts (and restarts) each piece; the helpers read the edge's metrics and drive it
with the official ``openai`` client.
"""

from __future__ import annotations

import os
import re
import signal
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import openai

from tests.cloud.conftest import SMOL_POOL_MODEL, CloudProcess
from tests.faults import FaultProxy
from tests.servers import DuetProcess, free_port

CLOUD_MODEL = SMOL_POOL_MODEL
EDGE_MODEL = "smollm2-135m-instruct"
# `duet route` sends these to the cloud (difficulty 1.0) and keeps these on the device.
HARD = "Prove that there are infinitely many primes and derive the prime number theorem asymptotics in detail."
EASY = "Say hello."
TO_CLOUD = {"x-duet-route": "cloud", "cache-control": "no-cache, no-store"}
NO_CACHE = {"cache-control": "no-cache, no-store"}

# Short monitor windows so every transition happens within a second or two.
MONITOR_FLAGS = (
    "--probe-interval-s", "0.2", "--probe-timeout-s", "0.3", "--breaker-failures", "3",
    "--breaker-open-s", "0.5", "--cloud-connect-timeout-s", "0.5",
)


def ask(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


@dataclass
class System:
    """A cloud pool behind a fault proxy, and an edge agent pointed at the proxy."""

    pool_file: Path
    edge_flags: Sequence[str] = ()
    cloud_flags: Sequence[str] = ()
    capture: bool = False
    name: str = "scenario"
    cloud: CloudProcess | None = None
    edge: DuetProcess | None = None
    proxy: FaultProxy = field(init=False)
    edge_port: int = field(default_factory=free_port)

    def __post_init__(self) -> None:
        self.cloud = self._start_cloud()
        self.proxy = FaultProxy("127.0.0.1", self.cloud.grpc_port, capture=self.capture).start()
        self.edge = self.start_edge()

    # ---- processes -------------------------------------------------------------------

    def _start_cloud(self, grpc_port: int | None = None) -> CloudProcess:
        return CloudProcess(
            ["--pool-file", str(self.pool_file), *self.cloud_flags],
            grpc_port=grpc_port, log_name=f"{self.name}-cloud",
        )

    def start_edge(self) -> DuetProcess:
        return DuetProcess(
            ["edge", "--cloud-target", self.proxy.target, "--n-threads", "1",
             *MONITOR_FLAGS, *self.edge_flags],
            port=self.edge_port, log_name=f"{self.name}-edge",
        )

    def restart_cloud(self) -> None:
        """A new cloud process on the same gRPC port (the proxy keeps forwarding there)."""
        assert self.cloud is not None
        port = self.cloud.grpc_port
        self.cloud.stop(timeout=5)
        self.cloud = self._start_cloud(grpc_port=port)

    def kill_cloud(self) -> None:
        assert self.cloud is not None
        self.cloud.signal(signal.SIGKILL)
        self.cloud.proc.wait(10)

    def freeze_cloud(self, frozen: bool) -> None:
        """SIGSTOP / SIGCONT the cloud's whole process group."""
        assert self.cloud is not None
        self.cloud.signal(signal.SIGSTOP if frozen else signal.SIGCONT)

    def close(self) -> None:
        for proc in (self.edge, self.cloud):
            if proc is not None:
                if proc.proc.poll() is None:
                    try:
                        os.killpg(proc.proc.pid, signal.SIGCONT)
                    except ProcessLookupError:
                        pass
                proc.stop(timeout=5)
        self.proxy.stop()

    # ---- clients ---------------------------------------------------------------------

    @property
    def url(self) -> str:
        assert self.edge is not None
        return self.edge.url

    def client(self, timeout: float = 30.0) -> openai.OpenAI:
        return openai.OpenAI(base_url=self.url + "/v1", api_key="none", max_retries=0,
                             timeout=timeout)

    def async_client(self, timeout: float = 30.0) -> openai.AsyncOpenAI:
        return openai.AsyncOpenAI(base_url=self.url + "/v1", api_key="none", max_retries=0,
                                  timeout=timeout)

    def wait_cloud_model_listed(self, timeout_s: float = 30.0) -> None:
        """The edge learns the pool's models in the background after its first cloud use."""
        api = self.client()
        api.chat.completions.create(model="auto", messages=ask(EASY), max_tokens=1,
                                    extra_headers=TO_CLOUD)
        assert wait_until(
            lambda: CLOUD_MODEL in {m.id for m in api.models.list().data}, timeout_s
        ), "the edge never listed the cloud model"

    # ---- metrics ---------------------------------------------------------------------

    def metric(self, name: str, **labels: str) -> float:
        return metric(self.url, name, **labels)

    def conn_state(self) -> str:
        return gauge_label(self.url, "duet_connectivity_state")

    def breaker_state(self) -> str:
        return gauge_label(self.url, "duet_breaker_state")


def metric_samples(url: str) -> list[tuple[str, dict[str, str], float]]:
    text = httpx.get(url + "/metrics", timeout=5).text
    samples = []
    for line in text.splitlines():
        match = re.match(r"^(\w+)(?:\{(.*)\})? (\S+)$", line)
        if match:
            labels = dict(re.findall(r'(\w+)="([^"]*)"', match.group(2) or ""))
            samples.append((match.group(1), labels, float(match.group(3))))
    return samples


def metric(url: str, name: str, **labels: str) -> float:
    """Sum of a metric's samples whose labels include ``labels``."""
    return sum(
        value for n, found, value in metric_samples(url)
        if n == name and all(found.get(k) == v for k, v in labels.items())
    )


def gauge_label(url: str, name: str) -> str:
    """The ``state`` label of the one-hot gauge ``name`` that is 1."""
    for n, labels, value in metric_samples(url):
        if n == name and value == 1:
            return labels["state"]
    raise AssertionError(f"{name}: no state is 1")


def wait_until(check: Callable[[], bool], timeout_s: float, every_s: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(every_s)
    return False


def wait_held(check: Callable[[], bool], hold_s: float, timeout_s: float) -> bool:
    """``check`` stays true for ``hold_s`` on end, within ``timeout_s``: a state that has settled,
    not one seen in passing before late outcomes (a probe timing out) change it."""
    deadline = time.monotonic() + timeout_s
    since: float | None = None
    while time.monotonic() < deadline:
        now = time.monotonic()
        if not check():
            since = None
        elif since is None:
            since = now
        elif now - since >= hold_s:
            return True
        time.sleep(0.05)
    return False


REPO_POLICY = Path(__file__).resolve().parents[2] / "router" / "policies" / "default.yaml"
