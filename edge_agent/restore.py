"""Putting the original values back into a cloud answer to a redacted request.

A ``redact`` request leaves the device with personal data replaced by placeholders such as
``[EMAIL_1]`` (``router.privacy.redact``); the cloud answers with those placeholders in it. Here
they are replaced by the request's own values before the app sees the answer: in whole texts, in
JSON strings (tool-call arguments: the value goes in JSON-escaped), and in streams, where a
placeholder may arrive split across chunks in any way (``[EM`` + ``AIL_`` + ``1]``).

A stream holds back only a suffix that could still grow into a known placeholder and releases it
as soon as it cannot, so text that cannot be a placeholder is never delayed. Placeholders not in
the mapping are left as they are. Every placeholder has the form ``[…]`` with no bracket inside,
so two can never overlap and at most one can be incomplete at the end of the text seen so far.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncGenerator, AsyncIterator, Mapping

from duet.core.backend import Event, EventStream, Finish, TokenDelta

_KEY = re.compile(r"\[[^\[\]]+\]")


def _checked(mapping: Mapping[str, str]) -> dict[str, str]:
    bad = [key for key in mapping if not _KEY.fullmatch(key)]
    if bad:
        raise ValueError(f"{len(bad)} placeholder(s) not of the form [NAME] (no inner brackets)")
    return dict(mapping)


def json_escape(value: str) -> str:
    """``value`` as it must appear between the quotes of a JSON string."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


class Restorer:
    """Restores one answer given as successive pieces; one instance per answer.

    ``feed`` returns the text that can be released now; ``flush`` releases what is held at the
    end. Concatenating every output equals :meth:`restore` of the concatenated input.
    """

    def __init__(self, mapping: Mapping[str, str], *, json_strings: bool = False) -> None:
        values = _checked(mapping)
        self._values = {k: json_escape(v) for k, v in values.items()} if json_strings else values
        longest = max((len(k) for k in values), default=3)
        # placeholders of any known length: unknown ones are matched and left unchanged
        self._pattern = re.compile(r"\[[^\[\]]{1,%d}\]" % (longest - 2))
        self._prefixes = frozenset(k[:n] for k in values for n in range(1, len(k)))
        self._held = ""

    @property
    def held(self) -> str:
        """The text held back: a proper prefix of a known placeholder, or empty."""
        return self._held

    def restore(self, text: str) -> str:
        """``text`` with every known placeholder replaced (no state involved)."""
        if "[" not in text or not self._values:
            return text
        values = self._values
        return self._pattern.sub(lambda m: values.get(m.group(), m.group()), text)

    def feed(self, piece: str) -> str:
        text = self._held + piece if self._held else piece
        start = text.rfind("[")
        if start < 0:
            self._held = ""
            return text
        tail = text[start:]
        if tail in self._prefixes:  # no "]" in it, and it may still become a placeholder
            self._held = tail
            return self.restore(text[:start])
        self._held = ""
        return self.restore(text)

    def flush(self) -> str:
        """Release what is held (a placeholder that never completed stays as it was)."""
        held, self._held = self._held, ""
        return held


def restore_text(text: str, mapping: Mapping[str, str]) -> str:
    """A whole answer with every placeholder of ``mapping`` replaced by its value."""
    return Restorer(mapping).restore(text)


def restore_json(arguments: str, mapping: Mapping[str, str]) -> str:
    """Tool-call arguments (a JSON text) with every placeholder replaced by its value,
    JSON-escaped, so that valid JSON stays valid and decodes to the original values."""
    return Restorer(mapping, json_strings=True).restore(arguments)


class _Carry:
    """The summed log-probability of the deltas consumed since the last delta released."""

    def __init__(self) -> None:
        self.active = False
        self.logprob: float | None = None

    def add(self, logprob: float | None) -> None:
        if not self.active:
            self.active, self.logprob = True, logprob
        elif self.logprob is not None and logprob is not None:
            self.logprob += logprob
        else:
            self.logprob = None

    def release(self, text: str) -> TokenDelta:
        delta = TokenDelta(text=text, logprob=self.logprob)
        self.active, self.logprob = False, None
        return delta


def restore_events(events: EventStream, mapping: Mapping[str, str]) -> EventStream:
    """A generation's events with the placeholders of ``mapping`` restored in their text.

    A delta whose text passes through unchanged is yielded as it is (its log-probability and
    alternatives intact). A delta that was held back, joined or restored carries the summed
    log-probability of the deltas it consumed (the model's probability for the placeholder text
    it stands for; the sum over the answer is unchanged) and no alternatives, which belonged to
    single tokens. ``Finish`` and its token counts pass unchanged: they count what the model
    generated. With an empty mapping the events are returned as they are.
    """
    if not mapping:
        return events
    return _RestoredStream(events, Restorer(mapping))


class _RestoredStream:
    """The restored events as an ``EventStream``: closing it closes the cloud's stream, also
    before the first event was read."""

    def __init__(self, inner: EventStream, restorer: Restorer) -> None:
        self.inner = inner
        self._events = _restored(inner, restorer)

    def __aiter__(self) -> "_RestoredStream":
        return self

    async def __anext__(self) -> Event:
        return await self._events.__anext__()

    async def aclose(self) -> None:
        await self._events.aclose()
        await self.inner.aclose()


async def _restored(events: AsyncIterator[Event], restorer: Restorer) -> AsyncGenerator[Event, None]:
    carry = _Carry()
    try:
        async for event in events:
            if isinstance(event, TokenDelta):
                untouched = not carry.active and not restorer.held
                out = restorer.feed(event.text)
                if untouched and not restorer.held and out == event.text:
                    yield event
                    continue
                carry.add(event.logprob)
                if out:
                    yield carry.release(out)
                continue
            if isinstance(event, Finish) and restorer.held:
                yield carry.release(restorer.flush())
            yield event
        if restorer.held:
            yield carry.release(restorer.flush())
    finally:
        close = getattr(events, "aclose", None)
        if close is not None:
            await close()
