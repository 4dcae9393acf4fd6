"""The ``openai`` replica kind against real ``python -m llama_cpp.server`` processes: streaming,
balancing over two replicas, and one replica killed under steady load."""

from __future__ import annotations

import asyncio
import signal
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest

from edge_agent.cloud_errors import CloudError, CloudStreamBroken
from gateway.backend import Finish, TokenDelta
from tests.cloud.conftest import (
    QUESTION,
    SMOL_POOL_MODEL,
    CloudProcess,
    chat,
    client,
    ctx,
    llama_server,
    openai_pool,
)
from tests.servers import DuetProcess


@pytest.fixture(scope="module")
def two_servers() -> Iterator[tuple[DuetProcess, DuetProcess]]:
    with llama_server("llama-a") as a, llama_server("llama-b") as b:
        yield a, b


@pytest.fixture(scope="module")
def pool_of_two(
    two_servers: tuple[DuetProcess, DuetProcess], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[CloudProcess]:
    pool = openai_pool(tmp_path_factory.mktemp("pool"), two_servers)
    with CloudProcess(["--pool-file", str(pool)], log_name="cloud-openai") as proc:
        yield proc


async def test_openai_replica_streams_from_llama_cpp_server(pool_of_two: CloudProcess) -> None:
    cloud = client(pool_of_two.target)
    try:
        generation = await cloud.generate(chat(max_tokens=6), ctx())
        events = [e async for e in generation.events]
    finally:
        await cloud.aclose()
    assert generation.model == SMOL_POOL_MODEL
    deltas = [e for e in events if isinstance(e, TokenDelta)]
    assert len(deltas) >= 2, events
    assert "".join(d.text for d in deltas).strip()
    finish = events[-1]
    assert isinstance(finish, Finish) and finish.completion_tokens == len(deltas)


def test_cloud_http_api_on_openai_replicas(pool_of_two: CloudProcess) -> None:
    api = openai.OpenAI(base_url=pool_of_two.url + "/v1", api_key="unused", max_retries=0)
    stream = api.completions.create(
        model=SMOL_POOL_MODEL, prompt="The capital of France is", max_tokens=4, stream=True,
        temperature=0,
    )
    text = "".join(c.choices[0].text for c in stream if c.choices)
    assert text.strip()


def test_two_replicas_share_the_load(pool_of_two: CloudProcess) -> None:
    seen: Counter[str] = Counter()
    with httpx.Client(base_url=pool_of_two.url, timeout=30) as http:
        for _ in range(6):
            response = http.post("/v1/chat/completions", json={
                "model": SMOL_POOL_MODEL, "messages": QUESTION, "max_tokens": 2,
            })
            assert response.status_code == 200, response.text
            seen[response.headers["x-duet-replica"]] += 1
    assert set(seen) == {"replica-0", "replica-1"}
    assert max(seen.values()) <= 4, seen


async def test_concurrent_requests_go_to_the_least_busy_replica(pool_of_two: CloudProcess) -> None:
    async with httpx.AsyncClient(base_url=pool_of_two.url, timeout=60) as http:
        async def one() -> str:
            response = await http.post("/v1/chat/completions", json={
                "model": SMOL_POOL_MODEL, "messages": QUESTION, "max_tokens": 16,
            })
            assert response.status_code == 200, response.text
            return response.headers["x-duet-replica"]

        replicas = await asyncio.gather(*(one() for _ in range(4)))
    assert Counter(replicas) == Counter({"replica-0": 2, "replica-1": 2})


async def test_replica_killed_under_load_fails_no_unstarted_request(tmp_path: Path) -> None:
    """~5 requests/s for 8 s; one of two replicas is SIGKILLed after 2.5 s. Every request that
    had not streamed a token when the replica died is retried on the other one."""
    with llama_server("llama-kill-a") as a, llama_server("llama-kill-b") as b:
        pool = openai_pool(tmp_path, [a, b], eject_after_failures=2, cooldown_s=30)
        with CloudProcess(["--pool-file", str(pool)], log_name="cloud-kill") as cloud_proc:
            cloud = client(cloud_proc.target)
            outcomes: Counter[str] = Counter()

            async def one() -> None:
                try:
                    generation = await cloud.generate(chat(max_tokens=8), ctx(20))
                except CloudError as exc:
                    outcomes[f"failed before first token: {exc.message}"] += 1
                    return
                try:
                    async for _ in generation.events:
                        pass
                    outcomes["ok"] += 1
                except CloudStreamBroken:
                    outcomes["cut after it started"] += 1

            async def kill_later() -> None:
                await asyncio.sleep(2.5)
                b.signal(signal.SIGKILL)

            try:
                tasks = [asyncio.create_task(kill_later())]
                start = time.monotonic()
                for i in range(40):
                    await asyncio.sleep(max(0.0, start + i * 0.2 - time.monotonic()))
                    tasks.append(asyncio.create_task(one()))
                await asyncio.gather(*tasks)
                metrics = httpx.get(cloud_proc.url + "/metrics").text
            finally:
                await cloud.aclose()
    assert 'duet_cloud_replica_up{model="smol-pool",replica="replica-1"} 0.0' in metrics
    assert 'duet_cloud_replica_errors_total{model="smol-pool",replica="replica-1"}' in metrics
    failed = {k: v for k, v in outcomes.items() if k.startswith("failed")}
    assert not failed, outcomes
    assert outcomes["ok"] >= 35, outcomes
