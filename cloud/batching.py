"""Group the events of a generation that are ready at the same moment, so they travel in one
gRPC message: one message per token while a model generates, one message for a burst (an
upstream that sends several tokens in one network read)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator

from duet.core.backend import Event


class _End:
    """Marks the end of the events in the queue."""


_END = _End()


async def batches(events: AsyncIterator[Event]) -> AsyncGenerator[list[Event], None]:
    """Lists of events in order; an error of ``events`` is raised after the events before it."""
    queue: asyncio.Queue[Event | Exception | _End] = asyncio.Queue()

    async def pump() -> None:
        try:
            async for event in events:
                queue.put_nowait(event)
        except Exception as exc:  # handed over, raised in the consumer below
            queue.put_nowait(exc)
        else:
            queue.put_nowait(_END)

    task = asyncio.get_running_loop().create_task(pump())
    try:
        while True:
            items = [await queue.get()]
            while not queue.empty():
                items.append(queue.get_nowait())
            batch = [i for i in items if not isinstance(i, (_End, Exception))]
            if batch:
                yield batch
            tail = items[-1]
            if tail is _END:
                return
            if isinstance(tail, Exception):
                raise tail
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
