"""Process life: graceful shutdown drains streams, the edge reconnects at once after an outage,
and ``duet up`` runs and stops both tiers."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import httpx
import openai
import pytest

from duet.core.grpc_status import CloudError
from duet.core.backend import Finish, TokenDelta
from tests.cloud.conftest import CLOUD_MODEL, CloudProcess, chat, client, ctx
from tests.cloud.scenarios import pool_outage
from tests.servers import DuetProcess, free_port

STORY = [{"role": "user", "content": "Write a very long story about a dragon and a knight."}]


async def test_graceful_shutdown_drains_an_inflight_stream(smol_pool_file: Path) -> None:
    with CloudProcess(["--pool-file", str(smol_pool_file), "--shutdown-grace-s", "20"],
                      log_name="cloud-drain") as proc:
        cloud, late = client(proc.target), client(proc.target)
        try:
            await late.check_health(5.0)
            request = chat(max_tokens=60)
            request.messages[:] = [dict(m) for m in STORY]  # type: ignore[index]
            generation = await cloud.generate(request, ctx())
            first = await anext(generation.events)
            assert isinstance(first, TokenDelta)
            proc.signal(signal.SIGTERM)
            await asyncio.sleep(0.3)
            with pytest.raises(CloudError):  # no new work once draining
                await late.generate(chat(max_tokens=2), ctx())
            after = [e async for e in generation.events]
        finally:
            await cloud.aclose()
            await late.aclose()
        assert isinstance(after[-1], Finish)
        assert len(after) > 5, "tokens kept coming after SIGTERM"
        assert after[-1].completion_tokens == len(after)  # first + deltas after it - 1 finish
        assert proc.proc.wait(15) == 0


async def test_first_call_after_an_outage_is_fast(tmp_path: Path) -> None:
    """The cloud dies, stays down for a few seconds, comes back on the same port: calls during
    the outage fail fast and cleanly, and the next call goes through within 1 s instead of
    waiting out a long reconnect backoff (the 10 s version: bench/cloud_resilience.py)."""
    run = await pool_outage(tmp_path, seconds=4.0)
    assert run.failed_calls >= 3 and run.slowest_failure_s < 1.5
    assert run.first_good_call_s < 1.0, f"first good call took {run.first_good_call_s:.2f}s"


def test_duet_up_runs_both_tiers_and_stops_them() -> None:
    grpc_port, http_port = free_port(), free_port()
    env = {"DUET_GRPC_PORT": str(grpc_port), "DUET_HTTP_PORT": str(http_port)}
    with DuetProcess(["up"], env=env, timeout=150, log_name="up") as up:
        api = openai.OpenAI(base_url=up.url + "/v1", api_key="unused", max_retries=0)
        raw = api.chat.completions.with_raw_response.create(
            model="auto", messages=[{"role": "user", "content": "Hi"}], max_tokens=3,
            extra_headers={"x-duet-route": "cloud"},
        )
        assert raw.headers["x-duet-route"] == "cloud" and raw.parse().model == CLOUD_MODEL
        assert httpx.get(f"http://127.0.0.1:{http_port}/readyz").status_code == 200
        assert up.stop(timeout=30) == 0
    for url in (up.url, f"http://127.0.0.1:{http_port}"):
        with pytest.raises(httpx.ConnectError):
            httpx.get(url + "/readyz", timeout=2)
