"""Scenario: the cloud freezes (SIGSTOP: the TCP connection stays open, nothing answers) or the
link is blackholed while a client sends hard prompts one at a time with the OpenAI client's
``timeout=4`` (which the SDK sends as ``x-stainless-read-timeout``), and while a voice client
asks with ``x-duet-deadline-ms: 800``. Then the cloud comes back."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import openai

from tests.scenarios.system import HARD, NO_CACHE, System, ask

CLIENT_TIMEOUT_S = 4.0
MAX_TOKENS = 8


@dataclass
class Call:
    seconds: float
    route: str | None = None
    reasons: str = ""
    failure: str | None = None


@dataclass
class FrozenFigures:
    fault: str
    during: list[Call] = field(default_factory=list)  # timeout=4 calls while the cloud is away
    voice: list[Call] = field(default_factory=list)  # x-duet-deadline-ms: 800 calls meanwhile
    back_to_cloud_s: float | None = None  # heal → first answer from the cloud

    def failed(self) -> list[Call]:
        return [c for c in self.during + self.voice if c.failure is not None]

    def summary(self) -> dict[str, object]:
        def worst(calls: list[Call]) -> float:
            return round(max((c.seconds for c in calls), default=0.0), 3)

        return {"fault": self.fault, "calls": len(self.during), "worst_s": worst(self.during),
                "voice_calls": len(self.voice), "voice_worst_s": worst(self.voice),
                "voice_routes": sorted({f"{c.route} {c.reasons}" for c in self.voice}),
                "failed": len(self.failed()), "back_to_cloud_s": self.back_to_cloud_s}


def call(api: openai.OpenAI, headers: dict[str, str] | None = None) -> Call:
    started = time.monotonic()
    try:
        raw = api.chat.completions.with_raw_response.create(
            model="auto", messages=ask(HARD), max_tokens=MAX_TOKENS,
            extra_headers={**NO_CACHE, **(headers or {})})
        raw.parse()
    except openai.APIError as exc:
        return Call(time.monotonic() - started, failure=f"{type(exc).__name__}: {exc}")
    return Call(time.monotonic() - started, raw.headers.get("x-duet-route"),
                raw.headers.get("x-duet-reasons", ""))


def _fault(system: System, fault: str, on: bool) -> None:
    if fault == "freeze":
        system.freeze_cloud(on)
    elif on:
        system.proxy.blackhole()
    else:
        system.proxy.passthrough()
        system.proxy.reset_all()


def run_frozen(system: System, fault: str, fault_s: float = 6.0, back_s: float = 10.0) -> FrozenFigures:
    """Warm up on the cloud, then ``fault_s`` of sequential calls (a voice call after each
    one) with the cloud away, then heal and call until the cloud answers again."""
    api = system.client(timeout=CLIENT_TIMEOUT_S)
    figures = FrozenFigures(fault)
    warm_api, warmed = system.client(timeout=30.0), 0
    for _ in range(10):  # the edge learns the cloud's times from real calls
        warmed += call(warm_api).route == "cloud"
        if warmed == 3:
            break
    assert warmed == 3, "the cloud never answered the warm-up calls"
    _fault(system, fault, True)
    try:
        until = time.monotonic() + fault_s
        while time.monotonic() < until:
            figures.during.append(call(api))
            figures.voice.append(call(api, {"x-duet-deadline-ms": "800"}))
    finally:
        _fault(system, fault, False)
    healed = time.monotonic()
    while time.monotonic() - healed < back_s:
        if call(api).route == "cloud":
            figures.back_to_cloud_s = round(time.monotonic() - healed, 3)
            break
        time.sleep(0.1)
    return figures
