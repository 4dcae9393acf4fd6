"""A conversation's KV prefix survives another app's request between two turns."""

from __future__ import annotations

from duet.core.backend import GenerationRequest, SamplingParams
from duet.engines.llama_cpp import LocalEngine
from tests.engines.conftest import answer, chat, make_engine

SYSTEM = {"role": "system", "content": "You are the car's assistant. Answer briefly. " * 6}


def turn(history: list[dict[str, str]]) -> GenerationRequest:
    return GenerationRequest(
        model="local", params=SamplingParams(max_tokens=12, temperature=0.0), messages=history
    )


async def conversation(engine: LocalEngine) -> tuple[int, str, int]:
    """Two turns with another request between them: (prompt tokens reused on turn 2, its
    answer, turn 2's prompt length)."""
    history = [SYSTEM, {"role": "user", "content": "Where is the nearest charging station?"}]
    first = await answer(engine, turn(history))
    await answer(engine, chat("What is the weather like?"))  # another app
    history += [{"role": "assistant", "content": first.text},
                {"role": "user", "content": "And how long will charging take?"}]
    before = engine.runner.reused_tokens
    second = await answer(engine, turn(history))
    return engine.runner.reused_tokens - before, second.text, second.finish.prompt_tokens


async def test_the_next_turn_reuses_the_conversation_prefix() -> None:
    cached, uncached = make_engine(n_parallel=1), make_engine(n_parallel=1, prompt_cache_mb=0)
    try:
        reused, text, prompt = await conversation(cached)
        reused_without, text_without, _ = await conversation(uncached)
    finally:
        cached.close()
        uncached.close()
    assert reused >= prompt // 2, (reused, prompt)  # the first turn's prompt and answer
    assert reused_without < 20  # only the template's first tokens are shared with the other app
    # the copied cells are the cells evaluated; greedy answers may part later, as the prompt was
    # evaluated in other chunks (floating-point sums in another order)
    assert text[:20] == text_without[:20], (text, text_without)
