"""A caller that hangs up mid-stream: the servicer closes the pool's generation cleanly (the
read-ahead task first, then the events), not with "aclose(): asynchronous generator is already
running" left in a task nobody awaits."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any, cast

from grpc import aio

from duet.cloud.auth import TokenCheck
from duet.cloud.pool import PoolGeneration
from duet.cloud.servicer import GenerationServicer
from duet.core.backend import Event, EventStream, GenerationRequest, TokenDelta
from duet.core.v1 import duet_pb2 as pb


class _Pool:
    """The one pool method the servicer calls, answering forever until closed."""

    default = "m"

    def __init__(self) -> None:
        self.closed = asyncio.Event()

    async def start(self, request: GenerationRequest, deadline: float) -> PoolGeneration:
        return PoolGeneration("m", "r0", cast(EventStream, self._events()))

    async def _events(self) -> AsyncIterator[Event]:
        try:
            while True:
                yield TokenDelta("x")
                await asyncio.sleep(0.01)
        finally:
            self.closed.set()


class _Context:
    def invocation_metadata(self) -> tuple[tuple[str, str], ...]:
        return ()

    def time_remaining(self) -> float:
        return 30.0

    async def abort(self, *args: Any) -> None:
        raise AssertionError(f"aborted: {args}")


async def test_a_caller_hanging_up_mid_stream_closes_the_generation() -> None:
    pool = _Pool()
    servicer = GenerationServicer(pool, TokenCheck([]), max_concurrent=4,  # type: ignore[arg-type]  # the one method used
                                  default_timeout_s=30)
    unhandled: list[dict[str, Any]] = []
    asyncio.get_running_loop().set_exception_handler(lambda _, context: unhandled.append(context))
    request = pb.GenerateRequest(model="m", chat=pb.ChatMessages(
        messages=[pb.ChatMessage(role="user", content="hi")]))
    context = cast(aio.ServicerContext, _Context())  # the three methods the servicer calls
    stream = cast(AsyncGenerator[pb.GenerateStreamResponse, None],
                  servicer.GenerateStream(request, context))
    assert (await anext(stream)).deltas
    await asyncio.sleep(0.05)  # the read-ahead is inside the pool's stream now
    await stream.aclose()  # what grpc does when the caller hangs up
    await asyncio.wait_for(pool.closed.wait(), 2)
    assert servicer.active == 0
    await asyncio.sleep(0.05)
    assert unhandled == []
