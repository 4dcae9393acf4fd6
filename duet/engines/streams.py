"""The event stream a local generation hands to the event loop."""

from __future__ import annotations

import asyncio
import threading

from duet.core.backend import Event, Finish


class TokenStream:
    """Events from the model thread, consumed on the event loop; ``aclose`` stops generation.

    A plain object rather than an async generator: closing works even if iteration never
    started, and closing never awaits (safe inside cancelled tasks).
    """

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._queue: asyncio.Queue[Event | BaseException] = asyncio.Queue()
        self.cancelled = threading.Event()
        self._done = False

    def emit(self, item: Event | BaseException) -> None:
        """Called from the model thread."""
        try:
            self._loop.call_soon_threadsafe(self._queue.put_nowait, item)
        except RuntimeError:  # the loop is closed: nobody is listening any more
            self.cancelled.set()

    def __aiter__(self) -> "TokenStream":
        return self

    async def __anext__(self) -> Event:
        if self._done:
            raise StopAsyncIteration
        item = await self._queue.get()
        if isinstance(item, BaseException):
            self._done = True
            raise item
        if isinstance(item, Finish):
            self._done = True
        return item

    async def aclose(self) -> None:
        self.close()

    def close(self) -> None:
        self._done = True
        self.cancelled.set()

    def __del__(self) -> None:
        self.cancelled.set()
