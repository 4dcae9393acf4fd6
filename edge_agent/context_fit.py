"""Context fit: does a request fit the device model's context, and the cloud model's?

Counting a prompt's tokens exactly costs about a microsecond per byte (a 4,000-character prompt:
several milliseconds), too much for every request. So the gauge first bounds the count from rates
it learned once from the device model's own tokenizer (the fewest and the most tokens per
character over prose, code, JSON and numbers, tokens per wide character, what the chat template
adds), and counts exactly, off the event loop, only when a limit falls between the bounds. Clear
cases, short or far too long, cost a few microseconds.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from duet.core.backend import GenerationRequest, SamplingParams
from duet.core.errors import ContextLengthExceeded, DuetError
from duet.router import ContextNeed, Decision
from duet.router.messages import text_pieces

# Samples the rates are learned from: one-byte text of several kinds, digits, and Chinese.
_DIGITS = "7305 1942 8861 2207 4519 6038 9174 3350 5726 8093"
_NOT_DIGITS = bytes(c for c in range(256) if not 48 <= c <= 57)
_NARROW_SAMPLES = (
    "Please fix the typos in this paragraph and keep the meaning. The quarterly report shows "
    "that revenue grew on last year while costs fell, and the team would like a short summary.",
    "def total(items):\n    return sum(i.price * i.qty for i in items)  # the order total\n"
    "SELECT name, count(*) FROM orders GROUP BY 1;\nkubectl get pods -n prod -o wide\n",
    '{"id": 12345, "name": "sensor-7", "values": [1.25, 3.5, 7.75], "ok": true, "unit": "C"}',
    # keys and encoded blobs (base64) take the most tokens per character
    "token=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkZXZpY2UifQ.Qm9vdHN0cmFwS2V5UGFpcg "
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk",
)
_WIDE_SAMPLE = (
    "请把这段文字里的错别字改正过来，保持原意。本季度报告显示收入同比增长百分之十二，成本有所下降。"
    "打开空调，把温度调到二十一度，然后播放新闻并读一下我星期一的日程安排。请解释这个问题的原因。"
)
SLACK = 0.15  # kept around the learned rates


@runtime_checkable
class TokenCounter(Protocol):
    n_ctx: int

    def tokenize(self, request: GenerationRequest) -> list[int]: ...


@dataclass(frozen=True)
class Rates:
    base: int  # tokens of a chat with one empty user message (the template's own)
    per_message: float  # tokens each further message adds
    narrow_low: float  # tokens per one-byte character but digits: the fewest seen ...
    narrow_high: float  # ... and the most
    per_wide: float  # tokens per multi-byte character
    per_digit: float  # tokens per digit (with what separates numbers)


def _digits(text: str) -> int:
    return len(text.encode("utf-8").translate(None, _NOT_DIGITS))


def _chat(*texts: str) -> GenerationRequest:
    messages = [{"role": "user" if i % 2 == 0 else "assistant", "content": t}
                for i, t in enumerate(texts)]
    return GenerationRequest("auto", SamplingParams(), messages=messages)


def learn_rates(engine: TokenCounter) -> Rates:
    """The device tokenizer's rates, from a few short samples (milliseconds, once)."""
    base = len(engine.tokenize(_chat("")))
    per_message = (len(engine.tokenize(_chat("", "", ""))) - base) / 2
    def tokens(text: str) -> int:
        return len(engine.tokenize(_chat(text))) - base

    per_digit = tokens(_DIGITS) / _digits(_DIGITS)
    narrow = [(tokens(s) - per_digit * _digits(s)) / (len(s) - _digits(s)) for s in _NARROW_SAMPLES]
    wide = tokens(_WIDE_SAMPLE) / len(_WIDE_SAMPLE)
    return Rates(base, max(0.0, per_message), min(narrow), max(narrow), wide, per_digit)


def _text_of(request: GenerationRequest) -> tuple[str, int]:
    """All text the model reads, and the number of messages."""
    if request.messages is None:
        return request.prompt or "", 1
    texts = [text for _, text in text_pieces(request.messages)]
    if request.tools:
        texts.append(json.dumps([t.parameters for t in request.tools]))
        texts.extend(t.name + " " + t.description for t in request.tools)
    return "\n".join(texts), len(request.messages)


class ContextGauge:
    """Measures a request's context need against the device's limit and the cloud's."""

    def __init__(self, engine: TokenCounter, default_max_tokens: int) -> None:
        self.engine = engine
        self.default_max_tokens = default_max_tokens
        self.rates = learn_rates(engine)

    def bounds(self, request: GenerationRequest) -> tuple[float, float]:
        """The fewest and the most tokens the request's prompt can plausibly take."""
        text, messages = _text_of(request)
        size, chars = len(text.encode("utf-8")), len(text)
        wide = min(chars, (size - chars) // 2)  # CJK characters take 3 bytes in UTF-8
        digits = len(text.encode("utf-8").translate(None, _NOT_DIGITS))
        narrow = max(0, chars - wide - digits)
        r = self.rates
        fixed = r.base + r.per_message * (messages - 1)
        rest = wide * r.per_wide + digits * r.per_digit
        low = fixed + (narrow * r.narrow_low + rest) * (1.0 - SLACK)
        high = fixed + (narrow * r.narrow_high + rest) * (1.0 + SLACK)
        return low, high

    def reserve(self, request: GenerationRequest) -> int:
        return request.params.max_tokens or self.default_max_tokens

    def estimated(self, request: GenerationRequest, cloud_limit: int | None) -> tuple[ContextNeed, bool]:
        """(the need from an estimate, whether a limit falls within the estimate's bounds so
        that only an exact count can tell). Outside the bounds the estimate (their middle)
        falls on the same side of every limit as the true count."""
        low, high = self.bounds(request)
        reserve, n_ctx = self.reserve(request), self.engine.n_ctx
        limits = [n_ctx - reserve, n_ctx - 1]
        if cloud_limit is not None:
            limits.append(cloud_limit - reserve)
        close = any(low <= limit < high for limit in limits)
        return ContextNeed(math.ceil((low + high) / 2), reserve, n_ctx, cloud_limit), close

    def counted(self, request: GenerationRequest, cloud_limit: int | None) -> ContextNeed:
        """The need from an exact count on the device's tokenizer (blocking: run it in a
        thread). Text too long to be worth tokenizing keeps the estimate, at least the limit."""
        reserve, n_ctx = self.reserve(request), self.engine.n_ctx
        try:
            tokens = len(self.engine.tokenize(request))
        except DuetError:  # longer than the context can ever hold, or not formattable
            low = round(self.bounds(request)[0])
            return ContextNeed(max(low, n_ctx), reserve, n_ctx, cloud_limit)
        return ContextNeed(tokens, reserve, n_ctx, cloud_limit, counted=True)


def gauge_for(engine: object, default_max_tokens: int) -> ContextGauge | None:
    """A gauge for an engine that can count tokens (the llama.cpp engine); None otherwise."""
    if not isinstance(engine, TokenCounter) or not isinstance(engine.n_ctx, int):
        return None
    return ContextGauge(engine, default_max_tokens)


def _step(decision: Decision, name: str) -> dict[str, Any]:
    return next((t for t in decision.trace if t.get("step") == name), {})


def why_local(decision: Decision, route_local_only: bool, cloud_configured: bool) -> str:
    """Why a request stays on the device, in words (no content, only types and states)."""
    privacy = _step(decision, "privacy")
    if privacy.get("tag") == "local_only":
        return "it is tagged local_only (x-duet-privacy or metadata.privacy)"
    if privacy.get("blocking"):
        return f"it holds private data ({', '.join(privacy['blocking'])}) that stays on the device"
    if route_local_only:
        return "x-duet-route is local_only"
    if not cloud_configured:
        return "no cloud is configured"
    context = _step(decision, "context")
    if context.get("state") == "too_long":
        return f"the cloud model holds only {context.get('cloud_limit')} tokens"
    link = _step(decision, "connectivity")
    if link.get("state") == "down":
        return "the cloud link is down"
    if link.get("breaker") == "open":
        return "the cloud is failing (circuit breaker open)"
    return f"the router kept it on the device ({', '.join(decision.reasons)})"


def refusal(need: ContextNeed, why: str, param: str) -> ContextLengthExceeded:
    counted = "" if need.counted else " (estimated)"
    return ContextLengthExceeded(
        f"This request has {need.prompt_tokens} prompt tokens{counted}; the on-device model's "
        f"maximum context length is {need.local_limit} tokens, and the request cannot go to the "
        f"cloud: {why}.",
        param=param,
    )
