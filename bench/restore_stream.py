"""Cost of restoring placeholders in a streamed cloud answer: per chunk of 1–3 characters, with
and without placeholders in the text, and per event against a plain pass-through.

Run: python -m bench.restore_stream [--words 40000]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import time
from collections.abc import AsyncIterator

from duet.edge_agent.restore import Restorer, restore_events, restore_text
from duet.core.backend import Event, Finish, TokenDelta
from tests.echo_openai import chunked

MAPPING = {"[EMAIL_1]": "jane.roe@example.org", "[PHONE_1]": "+44 20 7946 0958",
           "[PERSON_NAME_1]": "Oliver Grant"}
WORDS = ["the", "model", "answer", "is", "here,"]
SPECIAL = ["[EMAIL_1]", "[PHONE_1]", "[PERSON_NAME_1]", "a[0]", "[EMAIL_"]


def answer(words: int, rng: random.Random) -> str:
    """Text where one word in ten is a placeholder or another bracket."""
    return " ".join(rng.choice(SPECIAL if rng.random() < 0.1 else WORDS) for _ in range(words))


def feed_ns(pieces: list[str], runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        restorer = Restorer(MAPPING)
        began = time.perf_counter()
        for piece in pieces:
            restorer.feed(piece)
        restorer.flush()
        best = min(best, time.perf_counter() - began)
    return best / len(pieces) * 1e9


async def _events(pieces: list[str]) -> AsyncIterator[Event]:
    for piece in pieces:
        yield TokenDelta(piece, -0.1)
    yield Finish("stop", 1, len(pieces))


async def _drain_s(events: AsyncIterator[Event]) -> float:
    began = time.perf_counter()
    async for _event in events:
        pass
    return time.perf_counter() - began


async def event_ns(pieces: list[str], rounds: int = 15) -> tuple[float, float]:
    """Best time per event passed through as is, and restored; the two alternate each round so
    that a busy machine slows both alike."""
    plain, restored = float("inf"), float("inf")
    for _ in range(rounds):
        plain = min(plain, await _drain_s(_events(pieces)))
        restored = min(restored, await _drain_s(restore_events(_events(pieces), MAPPING)))
    return plain / len(pieces) * 1e9, restored / len(pieces) * 1e9


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--words", type=int, default=40_000)
    args = parser.parse_args()
    rng = random.Random(1)
    text = answer(args.words, rng)
    plain = text.replace("[", "(")
    pieces, plain_pieces = chunked(text, rng), chunked(plain, rng)
    restorer = Restorer(MAPPING)
    streamed = "".join(restorer.feed(p) for p in pieces) + restorer.flush()
    assert streamed == restore_text(text, MAPPING)
    print(f"{len(text) / 1000:.0f} kB answer, {len(pieces)} chunks of 1-3 characters")
    print(f"feed, one word in ten a placeholder or bracket: {feed_ns(pieces):.0f} ns/chunk")
    print(f"feed, no bracket at all: {feed_ns(plain_pieces):.0f} ns/chunk")
    plain_ns, restored_ns = asyncio.run(event_ns(pieces))
    print(f"events: {plain_ns:.0f} ns/event passed through, {restored_ns:.0f} ns/event restored "
          f"(+{restored_ns - plain_ns:.0f} ns)")


if __name__ == "__main__":
    main()
