"""What a tier's answers have taken lately: time to first token and tokens per second.

Learned from real calls only. The time to first token is kept as an EWMA and as a high
percentile over the last ``window`` calls (a tier that usually answers in 200 ms but sometimes
in 2 s must not be promised at 200 ms); a call that never produced a first token counts as one
that took at least as long as it was waited for, so a frozen tier's percentile climbs at once.
``predict`` turns that into the seconds an answer of a given length would take, or ``None``
while nothing has been learned (the router then assumes the tier can meet any deadline).
"""

from __future__ import annotations

import math
import time
from collections import deque
from dataclasses import dataclass

from duet.core.backend import Event, EventFilter, EventStream, Finish


@dataclass(frozen=True)
class Prediction:
    first_token_s: float  # the high percentile
    answer_s: float  # first token + the expected tokens at the learned speed


class TierLatency:
    def __init__(self, alpha: float = 0.3, window: int = 50, percentile: float = 0.95) -> None:
        self.alpha = alpha
        self.percentile = percentile
        self._ttft: deque[tuple[float, bool]] = deque(maxlen=window)  # (seconds, stalled)
        self.ttft_ewma: float | None = None
        self.tokens_per_s: float | None = None
        self.tokens_ewma: float | None = None

    def _ewma(self, old: float | None, new: float) -> float:
        return new if old is None else (1 - self.alpha) * old + self.alpha * new

    def record_first_token(self, seconds: float) -> None:
        self._ttft.append((seconds, False))
        self.ttft_ewma = self._ewma(self.ttft_ewma, seconds)

    def record_no_first_token(self, waited_s: float) -> None:
        """The tier did not start answering within ``waited_s``: at least that long (kept
        out of the EWMA, which describes answers that came)."""
        self._ttft.append((waited_s, True))

    def forget_stalls(self) -> None:
        """The tier is back (its breaker closed again): the calls that stalled while it was
        away say nothing about it now."""
        self._ttft = deque((s for s in self._ttft if not s[1]), maxlen=self._ttft.maxlen)

    def record_answer(self, tokens: int, generating_s: float) -> None:
        """A finished answer: ``tokens`` generated in ``generating_s`` after the first one."""
        if tokens <= 0:
            return
        self.tokens_ewma = self._ewma(self.tokens_ewma, float(tokens))
        if tokens > 1 and generating_s > 0:
            self.tokens_per_s = self._ewma(self.tokens_per_s, (tokens - 1) / generating_s)

    def ttft_high(self, answered_only: bool = False) -> float | None:
        """The ``percentile`` of recent times to first token (nearest rank); ``answered_only``
        leaves out the calls that stalled (what the tier takes when it works)."""
        ordered = sorted(s for s, stalled in self._ttft if not (answered_only and stalled))
        if not ordered:
            return None
        rank = max(1, math.ceil(self.percentile * len(ordered)))
        return ordered[rank - 1]

    def predict(self, max_tokens: int | None, queued: int = 0) -> Prediction | None:
        """Seconds to the first token and to the whole answer; ``queued`` answers ahead of it
        (the local model's queue) each take the typical answer's time first."""
        first = self.ttft_high()
        if first is None:
            return None
        tokens = self.tokens_ewma or 0.0
        if max_tokens is not None:
            tokens = min(tokens, float(max_tokens))
        per_token = 1.0 / self.tokens_per_s if self.tokens_per_s else 0.0
        answer = first + tokens * per_token
        typical = (self.ttft_ewma or first) + (self.tokens_ewma or 0.0) * per_token
        wait = queued * typical
        return Prediction(first_token_s=wait + first, answer_s=wait + answer)

    def describe(self) -> dict[str, float | None]:
        def ms(value: float | None) -> float | None:
            return None if value is None else round(value * 1000, 1)

        return {"ttft_ewma_ms": ms(self.ttft_ewma), "ttft_p95_ms": ms(self.ttft_high()),
                "tokens_per_s": None if self.tokens_per_s is None else round(self.tokens_per_s, 1)}


class TimedEvents(EventFilter):
    """Teaches ``latency`` from a generation as it is read: the first event's time since
    ``started`` (monotonic) and, at the finish, the tokens and the time they took."""

    def __init__(self, inner: EventStream, latency: TierLatency, started: float) -> None:
        super().__init__(inner)
        self.latency = latency
        self.started = started
        self.first_at: float | None = None

    def on_event(self, event: Event) -> Event:
        now = time.monotonic()
        if self.first_at is None:
            self.first_at = now
            self.latency.record_first_token(now - self.started)
        if isinstance(event, Finish):
            self.latency.record_answer(event.completion_tokens, now - self.first_at)
        return event
