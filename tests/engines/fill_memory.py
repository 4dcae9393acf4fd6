"""Fills every sequence of a 4 × 2,048-token engine, then pushes their cells into the host
cache, and prints the process's resident memory next to the engine's bound (JSON).

The four prompts share all but their last tokens: the first is evaluated in full, the other
three copy its cells (as apps sharing a long system prompt do), so filling takes one prompt's time.

Run in its own process (``python -m tests.engines.fill_memory [f16|q8_0]``, the KV cache's
number format) so that nothing else counts.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys

from duet.core.backend import Finish, GenerationRequest, SamplingParams
from duet.core.settings import EngineSettings
from duet.engines.llama_cpp import LocalEngine
from duet.engines.memory import resident_bytes

N_PARALLEL, N_CTX, ANSWER = 4, 2048, 64


def filler(engine: LocalEngine, seed: int, tokens: int) -> str:
    words = random.Random(seed).choices(["red", "car", "road", "map", "rain", "song"], k=tokens)
    text = " ".join(words)
    while len(engine.llama.tokenize(text.encode())) > tokens:
        text = text[: int(len(text) * 0.97)]
    return text


async def run(engine: LocalEngine, prompt: str, max_tokens: int,
              answering: asyncio.Event | None = None) -> int:
    request = GenerationRequest(
        model="local", prompt=prompt, params=SamplingParams(max_tokens=max_tokens, seed=1)
    )
    async for event in await engine.start(request):
        if answering is not None:
            answering.set()
        if isinstance(event, Finish):
            return event.prompt_tokens + event.completion_tokens
    raise AssertionError("no finish")


async def main(kv_cache_type: str) -> None:
    settings = EngineSettings.model_validate(
        {"n_parallel": N_PARALLEL, "n_ctx": N_CTX, "n_threads": 1, "kv_cache_type": kv_cache_type}
    )
    engine = LocalEngine(settings)
    shared = filler(engine, 0, N_CTX - ANSWER - 16)
    prompts = [f"{shared} {word}" for word in ["north", "south", "east", "west"]]
    answering = asyncio.Event()  # the shared prompt is evaluated once, by the first
    first = asyncio.ensure_future(run(engine, prompts[0], ANSWER, answering))
    await answering.wait()
    filled = await asyncio.gather(first, *(run(engine, p, ANSWER) for p in prompts[1:]))
    # other prompts take the sequences: the long ones' cells go to the host cache
    await asyncio.gather(*(run(engine, f"Hello {i}", 4) for i in range(N_PARALLEL)))
    print(json.dumps({
        "rss": resident_bytes(), "bound": engine.memory.total, "filled": filled,
        "cached_bytes": engine.cache.used_bytes, "describe": engine.memory.describe(),
        "reused_tokens": engine.runner.reused_tokens,
        "kv_bytes_per_token": engine.runner.kv.kv_bytes_per_token(kv_cache_type),
        "kv_bytes_per_token_f16": engine.runner.kv.kv_bytes_per_token("f16"),
        "cached_bytes_per_token": engine.cache.used_bytes / max(1, engine.cache.stored_tokens),
    }))
    engine.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else "f16"))
