"""Single-flight: one generation, any number of readers.

A ``Flight`` runs one generation in its own task and records its events; every request for the
same key reads them through a ``Reader``, live, from the first event. The generation belongs to
the flight rather than to the request that started it, so the first client going away does not
cut the stream of the others; it is cancelled (freeing the model) only when every reader is gone.

Outcome for readers when the generation fails: every reader gets the same error (the error
before the first event from ``started()``, a later one from iteration). Nothing is stored, so
the next request starts afresh. Readers never restart the generation themselves: after a failure
of the model, N immediate retries would only repeat it N times.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from duet.core.backend import Event, Finish, Generation, TokenDelta
from duet.core.errors import DuetError

log = logging.getLogger("duet.cache")

OnFinish = Callable[[str, list[TokenDelta], Finish], Awaitable[None]]


class Flight:
    def __init__(self, start: Callable[[], Awaitable[Generation]], on_finish: OnFinish) -> None:
        self.events: list[Event] = []
        self.error: BaseException | None = None
        self.finished = False  # the Finish event arrived
        self._cancelling = False
        self._start = start
        self._on_finish = on_finish
        self._started: asyncio.Future[Generation] = asyncio.get_running_loop().create_future()
        self._changed = asyncio.Event()
        self._readers = 0
        self._task = asyncio.ensure_future(self._run())

    # ---- the generation task -------------------------------------------------------------

    async def _run(self) -> None:
        generation: Generation | None = None
        try:
            generation = await self._start()
            self._started.set_result(generation)
            async for event in generation.events:
                self._publish(event)
                if isinstance(event, Finish):
                    break
            if not self.finished:
                raise DuetError("generation ended without a finish event")
        except asyncio.CancelledError:
            self._fail(DuetError("generation cancelled"))
            raise
        except BaseException as exc:  # handed to every reader, which re-raise it
            self._fail(exc)
            return
        finally:
            if generation is not None:
                await generation.aclose()
        if not generation.cacheable:  # the readers have their answer; it is not kept
            return
        deltas = [e for e in self.events if isinstance(e, TokenDelta)]
        try:
            finish = self.events[-1]
            assert isinstance(finish, Finish)
            await self._on_finish(generation.model, deltas, finish)
        except Exception:  # the readers have their answer; a failed write only loses an entry
            log.exception("storing a finished generation failed")

    def _publish(self, event: Event) -> None:
        self.events.append(event)
        if isinstance(event, Finish):
            self.finished = True
        self._wake()

    def _fail(self, exc: BaseException) -> None:
        self.error = exc
        if not self._started.done():
            self._started.set_exception(exc)
            self._started.exception()  # mark retrieved: readers may all be gone
        self._wake()

    def _wake(self) -> None:
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    def add_done_callback(self, callback: Callable[[], None]) -> None:
        self._task.add_done_callback(lambda _: callback())

    # ---- readers -------------------------------------------------------------------------

    async def started(self) -> Generation:
        """The source generation (for its model and headers), or its start error."""
        return await asyncio.shield(self._started)

    def reader(self) -> "Reader":
        self._readers += 1
        return Reader(self)

    @property
    def joinable(self) -> bool:
        """A new reader would get the answer (not an error or a cancelled generation)."""
        return self.error is None and not self._cancelling

    def _leave(self) -> None:
        self._readers -= 1
        if self._readers == 0 and not self._task.done() and not self.finished:
            self._cancelling = True
            self._task.cancel()

    async def wait_changed(self, seen: int) -> None:
        changed = self._changed
        if len(self.events) == seen and self.error is None:
            await changed.wait()


class Reader:
    """One request's view of a flight: an async iterator of its events; ``aclose`` leaves.

    A plain object (not an async generator) so that closing works even if iteration never
    started — the gateway may close a stream it never began to send.
    """

    def __init__(self, flight: Flight) -> None:
        self._flight = flight
        self._next = 0
        self._closed = False

    def __aiter__(self) -> "Reader":
        return self

    async def __anext__(self) -> Event:
        flight = self._flight
        while not self._closed:
            if self._next < len(flight.events):
                event = flight.events[self._next]
                self._next += 1
                if isinstance(event, Finish):
                    self.close()
                return event
            if flight.error is not None:
                self.close()
                raise flight.error
            await flight.wait_changed(self._next)
        raise StopAsyncIteration

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._flight._leave()

    async def aclose(self) -> None:
        self.close()
