"""The gRPC contract: checked-in stubs match the .proto, and bad input gets clean status codes."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest
from grpc import aio

from duet.core.v1 import duet_pb2 as pb
from duet.core.v1 import duet_pb2_grpc
from duet.core.grpc_status import (
    CloudBusy,
    CloudDeadlineExceeded,
    CloudRejected,
    CloudRequestTooLarge,
)
from tests.cloud.conftest import CloudProcess, chat, client, ctx
from tests.servers import REPO

STUBS = ("duet_pb2.py", "duet_pb2.pyi", "duet_pb2_grpc.py")


def test_checked_in_stubs_match_the_proto(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "grpc_tools.protoc",
         f"-Iduet/core/v1={REPO / 'proto' / 'duet' / 'v1'}",
         f"--python_out={tmp_path}", f"--grpc_python_out={tmp_path}", f"--pyi_out={tmp_path}",
         str(REPO / "proto" / "duet" / "v1" / "duet.proto")],
        check=True,
    )
    for name in STUBS:
        fresh = (tmp_path / "duet" / "core" / "v1" / name).read_text()
        checked_in = (REPO / "duet" / "core" / "v1" / name).read_text()
        assert fresh == checked_in, f"duet/core/v1/{name} is stale: run 'make proto'"


@pytest.fixture(scope="module")
def limited_cloud(smol_pool_file: Path) -> Iterator[CloudProcess]:
    with CloudProcess([
        "--pool-file", str(smol_pool_file), "--max-message-bytes", "65536",
        "--max-concurrent-streams", "2",
    ], log_name="cloud-limited") as proc:
        yield proc


async def call_raw(target: str, request: pb.GenerateRequest) -> aio.AioRpcError:
    async with aio.insecure_channel(target) as channel:
        stub = duet_pb2_grpc.GenerationStub(channel)
        with pytest.raises(aio.AioRpcError) as caught:
            await stub.Generate(request, timeout=10)
    return caught.value


def trailers(error: aio.AioRpcError) -> dict[str, str]:
    return {k: v for k, v in error.trailing_metadata() or ()}


async def test_empty_input_is_invalid_argument(limited_cloud: CloudProcess) -> None:
    error = await call_raw(limited_cloud.target, pb.GenerateRequest(model="smol-pool"))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "prompt" in (error.details() or "")


async def test_out_of_range_parameter_names_the_param(limited_cloud: CloudProcess) -> None:
    request = pb.GenerateRequest(prompt="Hi", params=pb.SamplingParams(temperature=5.0))
    error = await call_raw(limited_cloud.target, request)
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert trailers(error)["duet-error-param"] == "temperature"
    cloud = client(limited_cloud.target)
    try:
        with pytest.raises(CloudRejected) as caught:
            await cloud.generate(chat(temperature=5.0), ctx())
        assert caught.value.param == "temperature" and caught.value.status_code == 400
    finally:
        await cloud.aclose()


async def test_unknown_model_is_not_found(limited_cloud: CloudProcess) -> None:
    error = await call_raw(limited_cloud.target, pb.GenerateRequest(model="nope", prompt="Hi"))
    assert error.code() == grpc.StatusCode.NOT_FOUND
    assert "smol-pool" in (error.details() or "")  # the message lists what exists
    cloud = client(limited_cloud.target)
    try:
        # The client asks for pool models by name; any other name (auto, the edge's model)
        # means the pool's default model.
        generation = await cloud.generate(chat(max_tokens=1, model="edge-model"), ctx())
        await generation.aclose()
        assert generation.model == "smol-pool"
    finally:
        await cloud.aclose()


async def test_unary_generate_answers(limited_cloud: CloudProcess) -> None:
    async with aio.insecure_channel(limited_cloud.target) as channel:
        reply = await duet_pb2_grpc.GenerationStub(channel).Generate(
            pb.GenerateRequest(prompt="The capital of France is",
                               params=pb.SamplingParams(max_tokens=3)),
            timeout=10,
        )
    assert reply.model == "smol-pool" and reply.text
    assert reply.finish.usage.completion_tokens <= 3


async def test_oversized_message_is_refused(limited_cloud: CloudProcess) -> None:
    cloud = client(limited_cloud.target)
    try:
        request = chat()
        request.messages[0]["content"] = "x" * 100_000  # type: ignore[index]
        with pytest.raises(CloudRequestTooLarge) as caught:
            await cloud.generate(request, ctx())
        assert caught.value.status_code == 413
    finally:
        await cloud.aclose()


async def test_streams_over_the_limit_are_resource_exhausted(limited_cloud: CloudProcess) -> None:
    cloud = client(limited_cloud.target)
    try:
        # Two admitted: one generating, one waiting for the model.
        starting = [asyncio.create_task(cloud.generate(chat(max_tokens=64), ctx()))
                    for _ in range(2)]
        await asyncio.sleep(0.3)
        with pytest.raises(CloudBusy) as caught:
            await cloud.generate(chat(max_tokens=2), ctx())
        assert caught.value.status_code == 429 and caught.value.retry_after >= 1
        for generation in await asyncio.gather(*starting):
            async for _ in generation.events:
                pass
        await asyncio.sleep(0.2)
        again = await cloud.generate(chat(max_tokens=2), ctx())  # room again
        await again.aclose()
    finally:
        await cloud.aclose()


async def test_deadline_before_the_first_token(limited_cloud: CloudProcess) -> None:
    cloud = client(limited_cloud.target)
    try:
        await cloud.check_health(5.0)  # connected: the deadline is spent on the model only
        request = chat(max_tokens=4)
        request.messages[0]["content"] = "Summarise this. " + "words and more words " * 180  # type: ignore[index]
        loop = asyncio.get_running_loop()
        started = loop.time()
        with pytest.raises(CloudDeadlineExceeded) as caught:
            await cloud.generate(request, ctx(timeout=0.15))
        assert loop.time() - started < 0.5
        assert caught.value.status_code == 504
        generation = await cloud.generate(chat(max_tokens=2), ctx())  # the pool is fine after
        async for _ in generation.events:
            pass
    finally:
        await cloud.aclose()
