"""Regret counters (edge_agent/regret.py) on real router decisions and real metrics."""

from __future__ import annotations

import dataclasses

from duet.core.backend import EventList, Finish, Generation, Route, TokenDelta
from duet.core.metrics import Metrics
from duet.edge_agent.regret import RegretWatch
from duet.router import DeviceState, Router, Signals, default_policy

EASY = [{"role": "user", "content": "Turn on the air conditioning in the car."}]
HARD = [{"role": "user", "content": "Prove that there are infinitely many primes of the form "
         "4k+3, justify every step rigorously, then analyse the time complexity of a sieve."}]


def _count(metrics: Metrics, kind: str, reason: str) -> float:
    value = metrics.registry.get_sample_value("duet_regret_total", {"kind": kind, "reason": reason})
    return value or 0.0


def _answer(target: str, reasons: tuple[str, ...], mean: float | None) -> Generation:
    events = EventList([TokenDelta("ok"), Finish("stop", 5, 1, mean)])
    return Generation("m", events, Route(target=target, reasons=reasons))  # type: ignore[arg-type]  # a str literal from the test table


async def _drain(generation: Generation) -> None:
    async for _ in generation.events:
        pass


async def test_a_local_answer_below_the_confidence_line_counts_once_it_ends() -> None:
    policy = dataclasses.replace(default_policy(), low_confidence_logprob=-1.0)
    metrics, router = Metrics(), Router(policy)
    watch = RegretWatch(policy, metrics)
    decision = router.decide(Signals(EASY))
    unsure = _answer("local", decision.reasons, -2.4)
    watch.watch(unsure, decision)
    assert _count(metrics, "local_low_confidence", "difficulty_low") == 0  # not ended yet
    await _drain(unsure)
    assert _count(metrics, "local_low_confidence", "difficulty_low") == 1
    sure = _answer("local", decision.reasons, -0.3)
    watch.watch(sure, decision)
    await _drain(sure)
    assert _count(metrics, "local_low_confidence", "difficulty_low") == 1
    assert metrics.registry.get_sample_value("duet_local_confidence_count") == 2


async def test_a_cloud_answer_to_an_easy_prompt_counts_with_what_sent_it_up() -> None:
    policy = default_policy()
    metrics, router = Metrics(), Router(policy)
    watch = RegretWatch(policy, metrics)
    busy = router.decide(Signals(EASY, local_busy=True))
    assert str(busy.target) == "cloud"
    watch.watch(_answer("cloud", busy.reasons, None), busy)
    assert _count(metrics, "cloud_easy", "local_busy") == 1
    hard = router.decide(Signals(HARD))
    watch.watch(_answer("cloud", hard.reasons, None), hard)  # hard: the cloud was right
    assert sum(_count(metrics, "cloud_easy", r) for r in hard.reasons) == 0


async def test_the_line_is_the_policys_own_not_the_device_shifted_one() -> None:
    prompt = [{"role": "user", "content": "What is the capital of France? Answer with one word."}]
    score = Router().decide(Signals(prompt)).scores["difficulty"]
    # a weak device model: the capability that puts the policy's line just above this prompt,
    # so that the battery's shift takes the line below it (whatever the scorer's weights)
    base = default_policy()
    policy = next(p for c in range(-120, 120)
                  if (p := dataclasses.replace(base, local_capability=c / 10)).effective_threshold()
                  > score)
    metrics, router = Metrics(), Router(policy)
    watch = RegretWatch(policy, metrics)
    flat = DeviceState(15.0, True, (), "given")
    line = policy.effective_threshold()
    assert line + policy.device.battery_low_shift <= router.decide(Signals(prompt)).scores[
        "difficulty"] < line  # below the policy's line, above the battery-shifted one
    decision = router.decide(Signals(prompt, device=flat))
    assert str(decision.target) == "cloud" and "battery_low" in decision.reasons
    watch.watch(_answer("cloud", decision.reasons, None), decision)
    assert _count(metrics, "cloud_easy", "battery_low") == 1
