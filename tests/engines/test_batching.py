"""Several requests decoded together: the same answers as alone, in fewer steps, each with its
own stop strings, log-probabilities, cancellation and deadline."""

from __future__ import annotations

import asyncio
import time

from duet.core.backend import TokenDelta
from duet.engines.llama_cpp import LocalEngine
from tests.engines.conftest import answer, chat

QUESTIONS = ["Name a color.", "What is 2 plus 2?", "Say hello in French.", "Name a fruit."]


async def test_batched_answers_match_answers_alone_in_fewer_steps(engine: LocalEngine) -> None:
    alone = [await answer(engine, chat(q)) for q in QUESTIONS]
    steps = engine.runner.steps
    together = await asyncio.gather(*(answer(engine, chat(q)) for q in QUESTIONS))
    taken = engine.runner.steps - steps
    same = sum(a.text == b.text for a, b in zip(alone, together))
    assert same >= 3, [(a.text, b.text) for a, b in zip(alone, together)]
    assert all(b.finish.completion_tokens == 16 or b.finish.finish_reason == "stop"
               for b in together)
    assert taken < 2 * 16, taken  # one after the other it would take 4 × 16 steps


async def test_stop_strings_and_logprobs_stay_with_their_sequence(engine: LocalEngine) -> None:
    plain = await answer(engine, chat("Count from 1 to 10, with commas.", max_tokens=24))
    assert "," in plain.text
    stop = plain.text.split(",")[1]  # the second number
    stopped, probed = await asyncio.gather(
        answer(engine, chat("Count from 1 to 10, with commas.", max_tokens=24, stop=(stop,))),
        answer(engine, chat("Name a fruit.", logprobs=True, top_logprobs=2)),
    )
    assert stopped.finish.finish_reason == "stop" and stop not in stopped.text
    assert all(d.logprob is not None and d.logprob <= 0 for d in probed.deltas)
    assert all(len(d.top_logprobs) == 2 for d in probed.deltas)
    assert stopped.deltas and all(d.logprob is None for d in stopped.deltas)


async def test_closing_a_stream_frees_its_sequence_at_once(engine: LocalEngine) -> None:
    long = chat("Write a long story about the sea.", max_tokens=400)
    stream = await engine.start(long)
    async for event in stream:
        if isinstance(event, TokenDelta) and event.text:
            break
    await stream.aclose()
    started = time.monotonic()
    while engine.generating:
        assert time.monotonic() - started < 2.0, "the sequence was not freed"
        await asyncio.sleep(0.01)
    assert (await answer(engine, chat("Name a color."))).finish.completion_tokens > 0


async def test_a_waiting_request_past_its_deadline_ends_without_running() -> None:
    from tests.engines.conftest import make_engine

    engine = make_engine(n_parallel=1)
    try:
        busy = asyncio.ensure_future(answer(engine, chat("Tell a story.", max_tokens=64)))
        await asyncio.sleep(0.05)
        late = await answer(engine, chat("Name a color."), deadline=time.monotonic() + 0.1)
        assert late.finish.finish_reason == "length" and late.finish.completion_tokens == 0
        assert (await busy).finish.completion_tokens > 0
    finally:
        engine.close()
