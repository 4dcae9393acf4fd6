"""Scenario: latency, then loss, on the edge → cloud link, then the link heals.

The connectivity state (``duet_connectivity_state`` on the edge's /metrics) is sampled every
100 ms while a client asks a middling question that the scenario's policy sends to the cloud while
the link is up (its threshold half the question's difficulty) but not while it is degraded (half way
between the difficulty and 1), whatever the shipped weights make of the question.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import yaml

from duet.router import Router, Signals
from tests.scenarios.system import NO_CACHE, REPO_POLICY, System, ask

MIDDLING = "Compare the economic policies of two countries."
PHASES = ("up", "latency", "loss", "healed")
LINK_FLAGS = ("--degraded-rtt-ms", "120", "--degraded-jitter-ms", "1000", "--down-after", "2")


def link_policy(folder: Path) -> Path:
    """The default policy with a threshold under MIDDLING's difficulty and, for a degraded link,
    one above it."""
    score = Router().decide(Signals([{"role": "user", "content": MIDDLING}])).scores["difficulty"]
    assert 0.001 < score < 0.999, score
    policy = yaml.safe_load(REPO_POLICY.read_text())
    policy["name"] = "link-scenario"
    policy["difficulty"]["threshold"] = score / 2
    policy["difficulty"]["degraded_threshold"] = (1 + score) / 2
    path = folder / "link-policy.yaml"
    path.write_text(yaml.safe_dump(policy))
    return path


@dataclass
class LinkFigures:
    states: list[tuple[float, str, str]] = field(default_factory=list)  # (t, phase, state)
    routes: list[tuple[str, str, str]] = field(default_factory=list)  # (phase, route, reasons)
    sent: list[float] = field(default_factory=list)  # when each of ``routes`` was sent
    failed: int = 0
    marks: dict[str, float] = field(default_factory=dict)

    def first(self, state: str, phase: str) -> float | None:
        """Seconds from the start of ``phase`` to the first sample of ``state`` in it."""
        t0 = self.marks[phase]
        return next((t - t0 for t, p, s in self.states if p == phase and s == state), None)

    def transitions(self, phase: str | None = None) -> list[str]:
        seen: list[str] = []
        for _, p, s in self.states:
            if (phase is None or p == phase) and (not seen or seen[-1] != s):
                seen.append(s)
        return seen

    def flaps_after_up(self) -> int:
        """State changes after the healed link first read ``up`` again."""
        healed = [s for _, p, s in self.states if p == "healed"]
        if "up" not in healed:
            return -1
        rest = healed[healed.index("up"):]
        return sum(1 for a, b in zip(rest, rest[1:]) if a != b)

    def cloud_share(self, phase: str) -> float:
        routes = [r for p, r, _ in self.routes if p == phase]
        return sum(1 for r in routes if r == "cloud") / len(routes) if routes else 0.0

    def cloud_share_once(self, state: str, phase: str) -> float:
        """Cloud share of the requests of ``phase`` sent after its first sample of ``state``
        (the monitor needs a few probes to see latency; requests before that rightly go up)."""
        first = self.first(state, phase)
        if first is None:
            return 1.0
        since = self.marks[phase] + first
        routes = [r for (p, r, _), t in zip(self.routes, self.sent) if p == phase and t >= since]
        return sum(1 for r in routes if r == "cloud") / len(routes) if routes else 1.0

    def reasons(self, phase: str) -> set[str]:
        return {x for p, _, rs in self.routes if p == phase for x in rs.split(",") if x}

    def summary(self) -> dict[str, object]:
        return {
            "requests": len(self.routes) + self.failed,
            "failed": self.failed,
            "transitions": self.transitions(),
            "degraded_after_s": _r(self.first("degraded", "latency")),
            "down_after_s": _r(self.first("down", "loss")),
            "up_after_heal_s": _r(self.first("up", "healed")),
            "flaps_after_up": self.flaps_after_up(),
            "cloud_share": {p: round(self.cloud_share(p), 2) for p in PHASES},
        }


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def run_link(system: System, phase_s: float = 3.0, healed_s: float = 5.0,
             latency_s: float = 0.1, jitter_s: float = 0.02) -> LinkFigures:
    figures = LinkFigures()
    phase = ["up"]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            try:
                figures.states.append((time.monotonic(), phase[0], system.conn_state()))
            except httpx.HTTPError:
                pass
            stop.wait(0.1)

    def ask_loop() -> None:
        api = system.client(timeout=30)
        while not stop.is_set():
            current = phase[0]
            sent = time.monotonic()
            try:
                raw = api.chat.completions.with_raw_response.create(
                    model="auto", messages=ask(MIDDLING), max_tokens=2, temperature=0,
                    extra_headers=NO_CACHE,
                )
                raw.parse()
                figures.routes.append((current, raw.headers["x-duet-route"],
                                       raw.headers.get("x-duet-reasons", "")))
                figures.sent.append(sent)
            except Exception:  # noqa: BLE001 - counted, the test asserts there are none
                figures.failed += 1
            stop.wait(0.15)

    threads = [threading.Thread(target=f, daemon=True) for f in (sample, ask_loop)]

    def enter(name: str) -> None:
        figures.marks[name] = time.monotonic()
        phase[0] = name

    enter("up")
    for thread in threads:
        thread.start()
    try:
        time.sleep(phase_s)
        system.proxy.latency(latency_s, jitter_s)
        enter("latency")
        time.sleep(phase_s)
        system.proxy.set(latency_s=latency_s, jitter_s=jitter_s, drop_ratio=1.0)
        system.proxy.reset_all()
        enter("loss")
        time.sleep(phase_s)
        system.proxy.passthrough()
        enter("healed")
        time.sleep(healed_s)
    finally:
        stop.set()
        for thread in threads:
            thread.join(30)
    return figures
