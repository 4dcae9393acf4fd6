"""One generation on one of the model's sequences: its prompt, sampler and text state.

The model thread feeds a ``Job`` the tokens it samples (``accept``); the job turns them into
events on its stream exactly as a single generation would: UTF-8-safe text, stop strings held
back, log-probabilities, and a ``Finish`` when the model ends, a stop string or ``max_tokens``
is reached, or the deadline passes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from duet.core.backend import (
    Finish,
    FinishReason,
    Priority,
    SamplingParams,
    TokenDelta,
    TopLogprob,
)
from duet.engines.sampling import logprobs
from duet.engines.streams import TokenStream
from duet.engines.confidence import TokenConfidence
from duet.engines.text_stream import StopMatcher, Utf8Decoder
from duet.engines.vocab import Vocabulary


@dataclass
class Job:
    id: int
    prompt: list[int]
    max_new: int
    params: SamplingParams
    seed: int
    priority: Priority
    stream: TokenStream
    deadline: float | None
    grammar: Any = None  # a LlamaGrammar for tools and JSON output (duet.engines.grammar)
    processor: Any = None  # a logits processor (grammar.CloseInTime) run before sampling
    # how sure the model is of its answer; it runs before ``processor`` on the model's own logits
    confidence: TokenConfidence = field(default_factory=TokenConfidence)
    repeat_penalty: float = 1.0
    frequency_penalty: float = 0.0  # the request's, or grammar.frequency_penalty's for JSON
    sampler: Any = None  # built in the model thread when the job first runs
    generated: list[int] = field(default_factory=list)
    in_kv: int = 0  # tokens of prompt + generated whose KV cells the sequence holds
    seq: int | None = None  # the sequence it runs on; None while waiting or paused
    paused: bool = False
    done: bool = False
    decoder: Utf8Decoder = field(default_factory=Utf8Decoder)
    stopper: StopMatcher = field(init=False)

    def __post_init__(self) -> None:
        self.stopper = StopMatcher(self.params.stop)

    @property
    def tokens(self) -> list[int]:
        return self.prompt + self.generated

    @property
    def prefilling(self) -> bool:
        return self.in_kv < len(self.prompt)

    def pending_input(self, room: int) -> list[int]:
        """The tokens to evaluate next: a chunk of the prompt, or the last sampled token."""
        if self.in_kv < len(self.prompt):
            return self.prompt[self.in_kv : self.in_kv + room]
        start = self.in_kv - len(self.prompt)
        return self.generated[start : start + room]

    @property
    def length(self) -> int:
        return len(self.prompt) + len(self.generated)

    def expired(self) -> bool:
        return self.deadline is not None and time.monotonic() > self.deadline

    def accept(self, token: int, vocab: Vocabulary, logits: Any) -> None:
        """Handle one sampled token (``logits``: its row, for log-probabilities)."""
        if self.stream.cancelled.is_set():
            self.done = True
            return
        if self.expired():
            return self.finish("length")
        if vocab.is_eog(token):
            return self.finish("stop")
        self.generated.append(token)
        params = self.params
        logprob: float | None = None
        tops: tuple[TopLogprob, ...] = ()
        if params.logprobs:
            piece = _piece_text(vocab)
            logprob, tops = logprobs(logits, token, params.top_logprobs, piece)
        text, stopped = self.stopper.feed(self.decoder.feed(vocab.piece(token)))
        if text or logprob is not None:
            self.stream.emit(TokenDelta(text=text, logprob=logprob, top_logprobs=tops))
        if stopped:
            return self.finish("stop")
        if len(self.generated) >= self.max_new:
            return self.finish("length")

    def finish(self, reason: FinishReason) -> None:
        tail = self.stopper.flush() if reason == "length" else ""
        if tail:
            self.stream.emit(TokenDelta(text=tail))
        self.stream.emit(Finish(reason, len(self.prompt), len(self.generated),
                                self.confidence.mean()))
        self.done = True

    def fail(self, error: BaseException) -> None:
        self.stream.emit(error)
        self.done = True


def _piece_text(vocab: Vocabulary) -> Any:
    return lambda token: vocab.piece(token).decode("utf-8", "replace")
