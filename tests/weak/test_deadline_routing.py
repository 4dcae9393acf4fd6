"""Predicted time to answer and deadline routing: what each tier's calls took is learned, the
router moves a request away from a tier that cannot answer within its deadline (reason
``deadline``), and a stalled cloud is given up on after its learned stall cap."""

from __future__ import annotations

import asyncio
import time

import pytest

from duet.edge_agent.agent import eta_header
from duet.edge_agent.latency import TierLatency
from duet.router import Router, Signals, Target
from tests.edge.test_plan_execute import EASY, EMAIL, HARD, agent, answer, ctx, request
from tests.fakes import ScriptedCloud, ScriptedEngine

ROUTER = Router()


def test_the_high_percentile_sees_the_slow_calls_the_ewma_hides() -> None:
    latency = TierLatency(window=20)
    for _ in range(18):
        latency.record_first_token(0.2)
    latency.record_first_token(2.0)
    latency.record_first_token(2.0)
    assert latency.ttft_ewma is not None and latency.ttft_ewma < 1.2
    assert latency.ttft_high() == 2.0


def test_a_stall_counts_until_the_tier_is_back() -> None:
    latency = TierLatency()
    latency.record_first_token(0.1)
    latency.record_no_first_token(1.0)
    assert latency.ttft_high() == 1.0 and latency.ttft_ewma == pytest.approx(0.1)
    latency.forget_stalls()
    assert latency.ttft_high() == pytest.approx(0.1)


def test_prediction_adds_the_tokens_and_the_queue() -> None:
    latency = TierLatency()
    assert latency.predict(16) is None  # nothing learned: no prediction
    latency.record_first_token(0.1)
    latency.record_answer(tokens=21, generating_s=1.0)  # 20 tokens/s after the first
    alone = latency.predict(max_tokens=None)
    assert alone is not None and alone.answer_s == pytest.approx(0.1 + 21 / 20)
    short = latency.predict(max_tokens=4)
    assert short is not None and short.answer_s == pytest.approx(0.1 + 4 / 20)
    queued = latency.predict(max_tokens=4, queued=2)
    assert queued is not None and queued.first_token_s == pytest.approx(2 * (0.1 + 21 / 20) + 0.1)


def _decide(text: str, **signals: object) -> tuple[Target, tuple[str, ...]]:
    decision = ROUTER.decide(Signals([{"role": "user", "content": text}], **signals))  # type: ignore[arg-type]  # keyword signals
    return decision.target, decision.reasons


@pytest.mark.parametrize(("text", "signals", "target", "reasons"), [
    (HARD, {}, "cloud", ("difficulty_high",)),
    (HARD, {"deadline_s": 0.8, "cloud_eta_s": 1.5, "local_eta_s": 0.3}, "local",
     ("difficulty_high", "deadline")),
    (HARD, {"deadline_s": 0.8, "cloud_eta_s": 1.5}, "local", ("difficulty_high", "deadline")),
    (HARD, {"deadline_s": 0.8, "cloud_eta_s": 0.5, "local_eta_s": 0.3}, "cloud",
     ("difficulty_high",)),
    # both too slow: the router's own choice stands
    (HARD, {"deadline_s": 0.8, "cloud_eta_s": 1.5, "local_eta_s": 1.5}, "cloud",
     ("difficulty_high",)),
    (EASY, {"deadline_s": 0.8, "cloud_eta_s": 0.4, "local_eta_s": 2.0}, "cloud",
     ("difficulty_low", "deadline")),
    # a forced tier is not moved, and privacy never goes to the cloud
    (HARD, {"deadline_s": 0.8, "cloud_eta_s": 1.5, "forced_target": "cloud"}, "cloud",
     ("forced",)),
    (f"Write to {EMAIL}", {"deadline_s": 0.8, "cloud_eta_s": 0.4, "local_eta_s": 2.0}, "local",
     ("pii",)),
])
def test_the_router_moves_a_request_away_from_a_tier_that_would_miss_its_deadline(
        text: str, signals: dict[str, object], target: str, reasons: tuple[str, ...]) -> None:
    assert _decide(text, **signals) == (target, reasons)


def test_the_trace_and_the_header_explain_it() -> None:
    decision = ROUTER.decide(Signals([{"role": "user", "content": HARD}], deadline_s=0.8,
                                     cloud_eta_s=1.5, local_eta_s=0.3))
    step = next(t for t in decision.trace if t["step"] == "deadline")
    assert step["cloud_too_slow"] is True and step["local_too_slow"] is False
    assert eta_header(decision) == "budget=0.800s cloud=1.500s local=0.300s"


async def test_a_stalled_cloud_is_given_up_on_after_its_cap_and_taught() -> None:
    cloud = ScriptedCloud(delay_s=10.0, frozen=True)
    a = agent(ScriptedEngine(), cloud, cloud_stall_ceiling_s=0.3)
    assert a.monitor is not None
    a.monitor.cloud_latency.record_first_token(0.2)  # learned: 2 × 0.2 s, within the ceiling
    started = time.monotonic()
    text, generation = await answer(a, request(HARD, stream=False), ctx(deadline_s=4.0))
    waited = time.monotonic() - started
    assert generation.route.target == "local" and text == "local answer"
    assert "cloud_error_fallback" in generation.route.reasons
    # the cap (a 0.25 s health check sent so that it fails by then), not half of the 4 s budget
    assert 0.3 <= waited < 0.3 + 0.3, waited
    assert a.monitor is not None and (a.monitor.cloud_latency.ttft_high() or 0) >= 0.3
    assert a.monitor.snapshot().state == "down"  # the call and the check: two failures


async def test_a_cloud_slow_on_one_prompt_is_waited_for_when_its_link_answers() -> None:
    """Past the cap the link is checked; it answers, so the cloud is only slow on this prompt
    (a long prefill), not gone: its answer is waited for within the budget."""
    cloud = ScriptedCloud(delay_s=0.8)
    a = agent(ScriptedEngine(), cloud, cloud_stall_ceiling_s=0.3)
    assert a.monitor is not None
    a.monitor.cloud_latency.record_first_token(0.1)
    started = time.monotonic()
    text, generation = await answer(a, request(HARD, stream=False), ctx(deadline_s=4.0))
    assert generation.route.target == "cloud" and text == "cloud answer"
    assert 0.8 <= time.monotonic() - started < 0.8 + 0.3
    assert a.monitor.snapshot().state == "up"


async def test_a_stall_does_not_lengthen_the_wait_of_the_next_call() -> None:
    """The cap is learned from answers that came: with a stall counted in, a frozen cloud's
    second caller would wait longer than its first."""
    a = agent(ScriptedEngine(), ScriptedCloud(delay_s=10.0, frozen=True), down_after=5,
              breaker_failures=5)
    assert a.monitor is not None
    a.monitor.cloud_latency.record_first_token(0.2)  # learned: 2 x 0.2 s, the 0.5 s floor
    waits = []
    for _ in range(2):
        started = time.monotonic()
        _, generation = await answer(a, request(HARD, stream=False), ctx(deadline_s=4.0))
        waits.append(time.monotonic() - started)
        assert generation.route.target == "local"
    assert a.monitor.cloud_latency.ttft_high() == pytest.approx(waits[1], abs=0.1)  # taught
    assert all(0.5 <= w < 0.5 + 0.3 for w in waits), waits


async def test_a_wait_for_the_cloud_ends_when_the_link_goes_down() -> None:
    """Nothing learned (no cap: half the 4 s budget), but two failed probes mark the link down
    while the call waits: it is given up at once and the device answers."""
    a = agent(ScriptedEngine(), ScriptedCloud(delay_s=10.0))
    assert a.monitor is not None
    monitor = a.monitor

    async def probes_fail() -> None:
        await asyncio.sleep(0.3)
        monitor.record_failure()
        monitor.record_failure()

    started = time.monotonic()
    failing = asyncio.ensure_future(probes_fail())
    _, generation = await answer(a, request(HARD, stream=False), ctx(deadline_s=4.0))
    waited = time.monotonic() - started
    await failing
    assert generation.route.target == "local" and "cloud_error_fallback" in generation.route.reasons
    assert 0.3 <= waited < 0.3 + 0.3, waited  # not the 2 s share of the budget


async def test_a_cloud_learned_slow_is_not_tried_for_a_short_deadline() -> None:
    cloud = ScriptedCloud()
    a = agent(ScriptedEngine(), cloud)
    assert a.monitor is not None
    for _ in range(5):
        a.monitor.cloud_latency.record_first_token(1.2)
    text, generation = await answer(a, request(HARD), ctx(deadline_s=0.8))
    assert generation.route.target == "local" and cloud.requests == []
    assert list(generation.route.reasons) == ["difficulty_high", "deadline"]
    assert generation.route.headers()["x-duet-eta"].startswith("budget=0.")
    # with a budget the cloud can meet, it is used again
    _, generation = await answer(a, request(HARD), ctx(deadline_s=4.0))
    assert generation.route.target == "cloud"


async def test_real_calls_teach_both_tiers() -> None:
    a = agent(ScriptedEngine(), ScriptedCloud())
    await answer(a, request(HARD), ctx())
    await answer(a, request(EASY), ctx())
    assert a.monitor is not None
    assert a.monitor.cloud_latency.ttft_high() is not None
    assert a.local_latency.ttft_high() is not None
