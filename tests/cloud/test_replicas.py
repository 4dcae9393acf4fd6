"""The ``openai`` replica kind against real ``python -m llama_cpp.server`` processes: streaming,
balancing over two replicas, and one replica killed under steady load."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest

from duet.core.backend import Finish, TokenDelta
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
from tests.cloud.scenarios import replica_killed_under_load
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
    """~5 requests/s for 8 s; one of two replicas is SIGKILLed a third of the way in. Every
    request that had not streamed a token when the replica died is retried on the other one
    (the 30 s version: bench/cloud_resilience.py)."""
    run = await replica_killed_under_load(tmp_path, seconds=8, rate=5)
    assert 'duet_cloud_replica_up{model="smol-pool",replica="replica-1"} 0.0' in run.metrics
    assert 'duet_cloud_replica_errors_total{model="smol-pool",replica="replica-1"}' in run.metrics
    assert run.failed_before_streaming == 0, run.outcomes
    assert run.outcomes["ok"] >= 35, run.outcomes