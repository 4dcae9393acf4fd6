"""Cost of the confidence hook (duet.engines.confidence.TokenConfidence) per generated token.

Run: python bench/confidence_cost.py
Generates greedy answers with the shipped on-device model and times every call of the hook (the
model's real logits), beside the time per generated token of the same answers.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import duet.engines.llama_cpp as engine_module
from duet.core.backend import Finish, GenerationRequest, SamplingParams
from duet.core.settings import EngineSettings
from duet.engines.confidence import TokenConfidence
from duet.engines.llama_cpp import LocalEngine

PROMPTS = ("Write a short poem about the sea.", "Explain what a CPU cache is.",
           "用三句话介绍一下长城。", "List five fruits and their colours.")
SPENT: list[float] = []


class TimedConfidence(TokenConfidence):
    def __call__(self, input_ids: Any, scores: Any) -> Any:
        start = time.perf_counter()
        out = super().__call__(input_ids, scores)
        SPENT.append(time.perf_counter() - start)
        return out


async def run() -> None:
    setattr(engine_module, "TokenConfidence", TimedConfidence)  # the bench's timed twin
    engine = LocalEngine(EngineSettings(n_threads=2))
    tokens, seconds = 0, 0.0
    for prompt in PROMPTS:
        request = GenerationRequest("bench", SamplingParams(max_tokens=64, temperature=0.0),
                                    messages=[{"role": "user", "content": prompt}])
        start = time.perf_counter()
        events = [e async for e in await engine.start(request)]
        seconds += time.perf_counter() - start
        finish = events[-1]
        assert isinstance(finish, Finish)
        tokens += finish.completion_tokens
    engine.close()
    hook = sum(SPENT) / len(SPENT)
    per_token = seconds / tokens
    print(f"{tokens} tokens; hook {hook * 1e6:.0f} us per token (median "
          f"{sorted(SPENT)[len(SPENT) // 2] * 1e6:.0f} us); {per_token * 1e3:.1f} ms per generated "
          f"token; hook share {hook / per_token:.2%}")


if __name__ == "__main__":
    asyncio.run(run())
