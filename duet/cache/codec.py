"""Compact serialization of a finished generation: answering model plus its events.

JSON, with a bare string for a delta without logprobs (the common case) and a list otherwise::

    {"m": "model", "d": ["Hel", "lo", ["!", -0.1, [["!", -0.1], ["?", -2.3]]]], "f": ["stop", 9, 3]}
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from duet.core.backend import Event, Finish, TokenDelta, TopLogprob


class CodecError(ValueError):
    """A stored value could not be decoded (corrupt, or written by another version)."""


@dataclass(frozen=True)
class Entry:
    model: str
    events: tuple[Event, ...]


def _delta(delta: TokenDelta) -> Any:
    if delta.logprob is None and not delta.top_logprobs:
        return delta.text
    return [delta.text, delta.logprob, [[t.token, t.logprob] for t in delta.top_logprobs]]


def encode(model: str, deltas: list[TokenDelta], finish: Finish) -> bytes:
    payload = {
        "m": model,
        "d": [_delta(d) for d in deltas],
        "f": [finish.finish_reason, finish.prompt_tokens, finish.completion_tokens],
    }
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()


def decode(raw: bytes) -> Entry:
    try:
        payload = json.loads(raw)
        events: list[Event] = []
        for item in payload["d"]:
            if isinstance(item, str):
                events.append(TokenDelta(item))
            else:
                text, logprob, top = item
                events.append(
                    TokenDelta(text, logprob, tuple(TopLogprob(t, lp) for t, lp in top))
                )
        reason, prompt_tokens, completion_tokens = payload["f"]
        if reason not in ("stop", "length"):
            raise CodecError(f"unknown finish reason {reason!r}")
        events.append(Finish(reason, int(prompt_tokens), int(completion_tokens)))
        return Entry(str(payload["m"]), tuple(events))
    except (ValueError, KeyError, TypeError) as exc:
        raise CodecError(f"undecodable cache entry: {exc}") from exc
