"""Scenario: every request has a deadline (``--request-timeout-s``), and a blackholed cloud must
not make any request overrun it. Requests of every kind run concurrently while the cloud link
swallows everything; each one's wall time is measured at the client."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import openai

from tests.scenarios.system import CLOUD_MODEL, EASY, HARD, NO_CACHE, System, ask

KINDS = ("auto hard", "auto hard stream", "cloud model", "auto easy")


@dataclass
class Timed:
    kind: str
    seconds: float
    outcome: str  # "answer local", "answer cloud", "503", "504", or a failure


@dataclass
class DeadlineFigures:
    budget_s: float
    requests: list[Timed] = field(default_factory=list)

    def worst_overrun_s(self) -> float:
        return max((t.seconds - self.budget_s for t in self.requests), default=0.0)

    def unclean(self) -> list[Timed]:
        return [t for t in self.requests
                if not (t.outcome.startswith("answer") or t.outcome in ("503", "504"))]

    def summary(self) -> dict[str, object]:
        by: dict[str, int] = {}
        for t in self.requests:
            by[f"{t.kind}: {t.outcome}"] = by.get(f"{t.kind}: {t.outcome}", 0) + 1
        return {"budget_s": self.budget_s, "requests": len(self.requests),
                "worst_s": round(max(t.seconds for t in self.requests), 3),
                "worst_overrun_ms": round(self.worst_overrun_s() * 1000),
                "outcomes": dict(sorted(by.items()))}


async def _one(api: openai.AsyncOpenAI, kind: str) -> Timed:
    model = CLOUD_MODEL if kind == "cloud model" else "auto"
    text = EASY if kind in ("auto easy", "cloud model") else HARD
    started = time.monotonic()
    try:
        if kind.endswith("stream"):
            stream = await api.chat.completions.create(
                model=model, messages=ask(text), max_tokens=4, stream=True,
                extra_headers=NO_CACHE)
            finished = False
            async for chunk in stream:
                finished = finished or bool(chunk.choices and chunk.choices[0].finish_reason)
            outcome = "answer stream" if finished else "stream without finish"
        else:
            raw = await api.chat.completions.with_raw_response.create(
                model=model, messages=ask(text), max_tokens=4, extra_headers=NO_CACHE)
            raw.parse()
            outcome = f"answer {raw.headers.get('x-duet-route')}"
    except openai.APIStatusError as exc:
        outcome = str(exc.status_code)
    except openai.APIError as exc:
        outcome = f"{type(exc).__name__}: {exc}"
    return Timed(kind, time.monotonic() - started, outcome)


def run_deadlines(system: System, budget_s: float, rounds: int = 3) -> DeadlineFigures:
    """``rounds`` waves of one request of each kind at once, the cloud blackholed throughout
    (the first wave starts with the breaker still closed)."""
    figures = DeadlineFigures(budget_s)

    async def waves() -> None:
        api = system.async_client(timeout=budget_s * 5)
        for _ in range(rounds):
            figures.requests += await asyncio.gather(*(_one(api, k) for k in KINDS))
        await api.close()

    system.proxy.blackhole()
    try:
        asyncio.run(waves())
    finally:
        system.proxy.passthrough()
        system.proxy.reset_all()
    return figures
