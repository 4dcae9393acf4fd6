"""The request's deadline: the smallest budget anyone asked for, and a clean 504 past it.

The budget is the smallest of the ``x-duet-deadline-ms`` header, the OpenAI Python SDK's
``x-stainless-read-timeout`` header (its ``timeout``, in seconds: waiting past it answers nobody)
and the server's ``request_timeout_s``. Everything below the gateway reads what is left from
``RequestContext.remaining()``; the gateway itself stops waiting ``GRACE_S`` after the deadline
(the local model ends its answer at the deadline, so the grace lets a truncated answer through
before the 504), which keeps every response within the budget + 100 ms.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Awaitable, Mapping
from typing import TypeVar

from duet.core.backend import RequestContext
from duet.core.errors import DeadlineExceeded, InvalidRequest

DEADLINE_HEADER = "x-duet-deadline-ms"
SDK_TIMEOUT_HEADER = "x-stainless-read-timeout"
GRACE_S = 0.03
T = TypeVar("T")


def _positive(value: str) -> float | None:
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) and number > 0 else None


def request_budget(headers: Mapping[str, str], server_timeout_s: float) -> float:
    """Seconds this request may take (headers lower-cased). A malformed ``x-duet-deadline-ms``
    is the caller's mistake (400); the SDK's header is only a hint and is ignored if odd."""
    budget = server_timeout_s
    given = headers.get(DEADLINE_HEADER)
    if given is not None and given.strip():
        ms = _positive(given)
        if ms is None:
            raise InvalidRequest(
                f"{DEADLINE_HEADER} must be a positive number of milliseconds",
                param=DEADLINE_HEADER,
            )
        budget = min(budget, ms / 1000.0)
    sdk = _positive(headers.get(SDK_TIMEOUT_HEADER, ""))
    if sdk is not None:
        budget = min(budget, sdk)
    return budget


def deadline_for(
    headers: Mapping[str, str], server_timeout_s: float, arrived: float | None = None
) -> float:
    """The monotonic deadline of a request that arrived at ``arrived`` (default: now): the
    time spent reading and validating the body counts against the budget."""
    start = time.monotonic() if arrived is None else arrived
    return start + request_budget(headers, server_timeout_s)


def expired(ctx: RequestContext) -> DeadlineExceeded:
    budget = ctx.headers.get(DEADLINE_HEADER)
    where = f" ({DEADLINE_HEADER}: {budget})" if budget else ""
    return DeadlineExceeded(f"the request's deadline passed before it was answered{where}")


async def within_deadline(ctx: RequestContext, work: Awaitable[T]) -> T:
    """Await ``work``; past the deadline (+ ``GRACE_S``) cancel it and raise a 504."""
    remaining = ctx.remaining()
    if remaining is None:
        return await work
    try:
        return await asyncio.wait_for(work, max(0.0, remaining) + GRACE_S)
    except TimeoutError:
        raise expired(ctx) from None
