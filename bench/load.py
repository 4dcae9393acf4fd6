"""Closed-loop HTTP load: N concurrent clients, each sending its next request on an answer."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import httpx

Body = Callable[[int], Mapping[str, object]]


@dataclass
class Result:
    name: str
    concurrency: int
    seconds: float
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0

    @property
    def requests(self) -> int:
        """Answered requests (status 200)."""
        return len(self.latencies_ms)

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    def pct(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def drive(
    name: str,
    url: str,
    concurrency: int,
    seconds: float,
    body: Body,
    *,
    path: str = "/v1/chat/completions",
    warmup: int = 0,
    strict: bool = False,
) -> Result:
    """POST ``body(i)`` to ``url + path`` from ``concurrency`` clients for ``seconds``.

    Client ``w`` sends bodies ``w, w + 1, ...``. ``warmup`` requests go out one by one first
    and are not counted. A non-200 answer is counted in ``errors``, or raised if ``strict``.
    ``seconds`` in the result is the measured wall time of the run.
    """
    result = Result(name, concurrency, seconds)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as http:
        for i in range(warmup):
            await http.post(path, json=body(i))
        stop = time.perf_counter() + seconds

        async def client(worker: int) -> None:
            i = worker
            while time.perf_counter() < stop:
                began = time.perf_counter()
                response = await http.post(path, json=body(i))
                if response.status_code == 200:
                    result.latencies_ms.append((time.perf_counter() - began) * 1000)
                elif strict:
                    response.raise_for_status()
                    raise RuntimeError(f"{name}: status {response.status_code}")
                else:
                    result.errors += 1
                i += 1

        began = time.perf_counter()
        await asyncio.gather(*(client(w) for w in range(concurrency)))
        result.seconds = time.perf_counter() - began
    return result
