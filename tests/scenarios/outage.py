"""Scenario: the cloud goes away (killed, blackholed, frozen, resetting) under load, then returns.

Two clients run throughout: one asks a hard question with model ``auto`` (the device may answer
it: it must always get an answer), the other asks for the cloud model by name (only the cloud can
answer it: it gets an answer or a clean OpenAI-shaped 503/504 within its deadline). A sampler
reads the edge's breaker gauge; the fault proxy records every attempt to reach the cloud.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field

import openai

from tests.scenarios.system import CLOUD_MODEL, EASY, HARD, NO_CACHE, System, ask, wait_until

FAULTS = ("kill", "blackhole", "freeze", "reset")
# The cloud is unavailable (503) or did not answer in time (504); 502 for a call the fault cut
# in the middle of its answer.
CLEAN_STATUSES = (502, 503, 504)


@dataclass
class Outcome:
    model: str
    started: float  # monotonic
    seconds: float
    route: str | None = None  # x-duet-route of an answer
    reasons: str = ""
    status: int | None = None  # HTTP status of an error
    error: dict[str, object] | None = None  # its OpenAI error object
    failure: str | None = None  # anything else: no answer, no clean error


@dataclass
class OutageFigures:
    fault: str
    fault_s: float
    outcomes: list[Outcome] = field(default_factory=list)
    breaker_open_after_s: float | None = None  # fault → breaker gauge "open"
    open_for_s: float = 0.0  # breaker open → cloud healed
    attempts_while_open: int = 0  # bursts of client activity at the proxy while open
    longest_attempt_s: float = 0.0  # the longest such burst, first to last byte
    recovery_s: float | None = None  # cloud back → first answer from the cloud
    marks: dict[str, float] = field(default_factory=dict)  # fault, heal, back (monotonic)

    def slowest(self, n: int = 3) -> list[str]:
        """The slowest requests, with when they started relative to the fault."""
        worst = sorted(self.outcomes, key=lambda o: -o.seconds)[:n]
        t0 = self.marks.get("fault", 0.0)
        return [f"{o.model} at {o.started - t0:+.2f}s took {o.seconds:.2f}s: "
                f"{o.route or o.status} {o.reasons}" for o in worst]

    @property
    def sent(self) -> int:
        return len(self.outcomes)

    def answered(self, model: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.model == model and o.route is not None]

    def failed(self, model: str) -> list[Outcome]:
        """``auto``: anything but an answer. The cloud model: anything but an answer or a clean
        503/504 with an OpenAI error object."""
        if model == "auto":
            return [o for o in self.outcomes if o.model == model and o.route is None]
        return [
            o for o in self.outcomes if o.model == model and o.route is None
            and not (o.status in CLEAN_STATUSES and o.error
                     and {"message", "type", "code"} <= set(o.error))
        ]

    def worst_s(self, model: str) -> float:
        return max((o.seconds for o in self.outcomes if o.model == model), default=0.0)

    def summary(self) -> dict[str, object]:
        return {
            "fault": self.fault,
            "sent": self.sent,
            "auto_answered": len(self.answered("auto")),
            "auto_failed": len(self.failed("auto")),
            "cloud_model_answered": len(self.answered(CLOUD_MODEL)),
            "cloud_model_clean_errors": sum(
                1 for o in self.outcomes if o.model == CLOUD_MODEL and o.status in (503, 504)
            ),
            "cloud_model_failed": len(self.failed(CLOUD_MODEL)),
            "worst_auto_s": round(self.worst_s("auto"), 3),
            "worst_cloud_model_s": round(self.worst_s(CLOUD_MODEL), 3),
            "breaker_open_after_s": _r(self.breaker_open_after_s),
            "open_for_s": _r(self.open_for_s),
            "attempts_while_open": self.attempts_while_open,
            "longest_attempt_s": _r(self.longest_attempt_s),
            "recovery_s": _r(self.recovery_s),
        }


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


async def _ask(api: openai.AsyncOpenAI, model: str) -> Outcome:
    started = time.monotonic()
    prompt = HARD if model == "auto" else EASY
    outcome = Outcome(model, started, 0.0)
    try:
        raw = await api.chat.completions.with_raw_response.create(
            model=model, messages=ask(prompt), max_tokens=4, temperature=0,
            extra_headers=NO_CACHE,
        )
        reply = raw.parse()
        outcome.route, outcome.reasons = raw.headers.get("x-duet-route"), raw.headers.get(
            "x-duet-reasons", "")
        if not reply.choices or reply.choices[0].finish_reason is None:
            outcome.route, outcome.failure = None, "an answer without a finish_reason"
    except openai.APIStatusError as exc:
        outcome.status = exc.status_code
        body = exc.body if isinstance(exc.body, dict) else None
        outcome.error = body.get("error", body) if body and "error" in body else body
    except openai.APIError as exc:
        outcome.failure = f"{type(exc).__name__}: {exc}"
    outcome.seconds = time.monotonic() - started
    return outcome


class _BreakerSampler(threading.Thread):
    """Reads the edge's breaker gauge every 50 ms: (monotonic time, state)."""

    def __init__(self, system: System) -> None:
        super().__init__(daemon=True)
        self.system = system
        self.samples: list[tuple[float, str]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self.samples.append((time.monotonic(), self.system.breaker_state()))
            except Exception:  # noqa: BLE001 - a missed sample is not a finding
                pass
            self.stop.wait(0.05)

    def first(self, state: str, after: float) -> float | None:
        return next((t for t, s in self.samples if s == state and t >= after), None)


def bursts(times: list[float], quiet_s: float) -> list[tuple[float, float]]:
    """Group activity times into bursts separated by at least ``quiet_s`` of silence."""
    groups: list[tuple[float, float]] = []
    for t in sorted(times):
        if groups and t - groups[-1][1] < quiet_s:
            groups[-1] = (groups[-1][0], t)
        else:
            groups.append((t, t))
    return groups


def inject(system: System, fault: str) -> None:
    if fault == "kill":
        system.kill_cloud()
    elif fault == "blackhole":
        system.proxy.blackhole()
    elif fault == "freeze":
        system.freeze_cloud(True)
    elif fault == "reset":
        system.proxy.reset()
        system.proxy.reset_all()  # the open HTTP/2 connection too
    else:
        raise ValueError(fault)


def heal(system: System, fault: str) -> None:
    """Bring the cloud back; returns once it is reachable through the proxy."""
    if fault == "kill":
        system.restart_cloud()  # same port; returns when it is ready
    elif fault == "freeze":
        system.freeze_cloud(False)
    else:
        system.proxy.passthrough()
        if fault == "blackhole":
            # The proxy threw the partition's bytes away (TCP would have kept them): that
            # connection is beyond repair, as after a long real partition; break it.
            system.proxy.reset_all()


def run_outage(system: System, fault: str, open_s: float, fault_s: float = 4.0,
               after_s: float = 3.0, before_s: float = 1.0) -> OutageFigures:
    """Load before, during and after ``fault``; returns what every request saw."""
    figures = OutageFigures(fault, fault_s)
    sampler = _BreakerSampler(system)
    sampler.start()
    marks = figures.marks

    async def worker(model: str, stop: asyncio.Event) -> None:
        api = system.async_client(timeout=30)
        while not stop.is_set():
            figures.outcomes.append(await _ask(api, model))
            await asyncio.sleep(0.05)
        await api.close()

    async def scenario() -> None:
        stop = asyncio.Event()
        workers = [asyncio.create_task(worker(m, stop)) for m in ("auto", CLOUD_MODEL)]
        await asyncio.sleep(before_s)
        marks["fault"] = time.monotonic()
        await asyncio.to_thread(inject, system, fault)
        await asyncio.sleep(fault_s)
        marks["heal"] = time.monotonic()
        await asyncio.to_thread(heal, system, fault)
        marks["back"] = time.monotonic()
        await asyncio.sleep(after_s)
        stop.set()
        await asyncio.gather(*workers)

    try:
        asyncio.run(scenario())
    finally:
        sampler.stop.set()
        sampler.join()
    opened = sampler.first("open", marks["fault"])
    if opened is not None:
        figures.breaker_open_after_s = opened - marks["fault"]
        # Attempts while open: the edge may reach for the cloud only for the half-open trial
        # probe, so its activity at the proxy comes in short bursts (one probe: its connection
        # attempts, its request, its cancellation) separated by an open period of silence. A
        # cancelled in-flight call may still send its RST_STREAM right after opening, hence
        # the small grace.
        figures.open_for_s = marks["heal"] - opened
        activity = [t for t in system.proxy.client_activity() if opened + 0.15 <= t < marks["heal"]]
        groups = bursts(activity, quiet_s=open_s * 0.9)
        figures.attempts_while_open = len(groups)
        figures.longest_attempt_s = max((end - start for start, end in groups), default=0.0)
    back_to_cloud = [o for o in figures.outcomes
                     if o.route == "cloud" and o.started + o.seconds >= marks["back"]]
    if back_to_cloud:
        figures.recovery_s = min(o.started + o.seconds for o in back_to_cloud) - marks["back"]
    return figures


def expect_cloud_listed(system: System) -> None:
    system.wait_cloud_model_listed()
    assert wait_until(lambda: system.breaker_state() == "closed", 10)
