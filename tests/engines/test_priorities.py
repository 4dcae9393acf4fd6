"""Interactive requests never wait behind background work: paused background answers come back
unchanged once the interactive one is done."""

from __future__ import annotations

import asyncio

from tests.engines.conftest import answer, chat, make_engine

STORIES = ["Count from 1 to 100, with commas.", "Count from 200 to 300, with commas."]


async def test_interactive_work_pauses_background_work_which_resumes_unchanged() -> None:
    engine = make_engine(n_parallel=2)
    try:
        alone = [await answer(engine, chat(s, max_tokens=48)) for s in STORIES]
        assert all(a.finish.completion_tokens == 48 for a in alone)
        background = [
            asyncio.ensure_future(answer(engine, chat(s, max_tokens=48, priority="background")))
            for s in STORIES
        ]
        while engine.runner.steps == 0 or not engine.generating:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.3)  # both background answers are streaming now
        voice = await answer(engine, chat("Name a color.", max_tokens=8, priority="interactive"))
        assert not all(task.done() for task in background)  # it did not wait for them
        assert engine.runner.pauses >= 1
        assert voice.finish.completion_tokens > 0
        resumed = await asyncio.gather(*background)
        for before, after in zip(alone, resumed):
            assert after.finish.completion_tokens == before.finish.completion_tokens
        assert sum(a.text == b.text for a, b in zip(alone, resumed)) >= 1
    finally:
        engine.close()


async def test_a_full_background_queue_turns_background_away_but_not_interactive() -> None:
    from duet.engines.llama_cpp import LocalBusy

    engine = make_engine(n_parallel=1, background_queue_size=0)
    try:
        running = asyncio.ensure_future(answer(engine, chat("Tell a story.", 32, "background")))
        await asyncio.sleep(0.05)
        assert engine.would_queue_overflow("background")
        try:
            await engine.start(chat("Another story.", 8, "background"))
            raise AssertionError("a background request was queued beyond its limit")
        except LocalBusy:
            pass
        assert not engine.would_queue_overflow("interactive")
        assert (await answer(engine, chat("Hi.", 4, "interactive"))).finish.completion_tokens > 0
        await running
    finally:
        engine.close()
