"""Hedged escalation: when the cloud is slow to start, the local model starts too.

A cloud attempt that may fall back to the local model waits ``delay`` (the cloud's learned p95
time to first token, between a floor and a ceiling) for the cloud's first token; if none came,
and the hedge budget allows, the local model starts in parallel. The first tier to produce a
token answers (reason ``hedged_local`` or ``hedged_cloud``); the other is cancelled at once, which
frees its model slot or its cloud call. The budget caps the extra load: hedges may be at most
``share`` of the cloud attempts seen.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

from duet.core.backend import Event, EventFilter, EventStream, Generation
from duet.core.errors import DuetError
from duet.core.metrics import Metrics

HEDGED_LOCAL = "hedged_local"
HEDGED_CLOUD = "hedged_cloud"


class HedgeBudget:
    """Hedges may be at most ``share`` of the cloud attempts seen (counted since start)."""

    def __init__(self, share: float) -> None:
        self.share = share
        self.attempts = 0
        self.hedges = 0

    def seen(self) -> None:
        self.attempts += 1

    def admit(self) -> bool:
        if self.hedges + 1 > self.share * self.attempts:
            return False
        self.hedges += 1
        return True


class _Prepended(EventFilter):
    """A stream whose first event was already read (to know the tier had started)."""

    def __init__(self, first: Event, inner: EventStream) -> None:
        super().__init__(inner)
        self.first: Event | None = first

    async def __anext__(self) -> Event:
        if self.first is not None:
            event, self.first = self.first, None
            return event
        return await self.inner.__anext__()


async def first_token(start: Awaitable[Generation]) -> Generation:
    """A generation whose first event has come (the local engine returns before it)."""
    generation = await start
    try:
        first = await generation.events.__anext__()
    except BaseException:
        await generation.aclose()
        raise
    generation.events = _Prepended(first, generation.events)
    return generation


async def _discard(task: asyncio.Task[Generation]) -> None:
    """Cancel the losing tier, and close its generation if it had started meanwhile."""
    task.cancel()
    with contextlib.suppress(BaseException):
        generation = await task
        await generation.aclose()


async def hedged(
    cloud: Awaitable[Generation], local: Callable[[], Awaitable[Generation]], delay: float,
    budget: HedgeBudget, metrics: Metrics | None = None,
) -> Generation:
    """Race the cloud against the local model started after ``delay``; raises the cloud's error
    when both fail (the executor's fallback then decides, as without hedging)."""
    budget.seen()
    cloud_task = asyncio.ensure_future(cloud)
    done, _ = await asyncio.wait({cloud_task}, timeout=delay)
    if done or not budget.admit():
        if not done and metrics is not None:
            metrics.hedges.labels("over_budget").inc()
        return await cloud_task
    local_task = asyncio.ensure_future(first_token(local()))
    tasks = {cloud_task: HEDGED_CLOUD, local_task: HEDGED_LOCAL}
    pending = set(tasks)
    try:
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                if task.exception() is None:
                    for other in pending:
                        await _discard(other)
                    winner = task.result()
                    winner.route.add_reason(tasks[task])
                    winner.cacheable = winner.cacheable and task is cloud_task
                    if metrics is not None:
                        metrics.hedges.labels(tasks[task].removeprefix("hedged_")).inc()
                    return winner
    except asyncio.CancelledError:
        for task in tasks:
            await _discard(task)
        raise
    error = cloud_task.exception()
    assert isinstance(error, BaseException)
    if isinstance(error, DuetError) and local_task.exception() is not None:
        error.__cause__ = local_task.exception()
    raise error
