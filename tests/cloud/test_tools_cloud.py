"""Tools and JSON output forced to the cloud: a real edge agent escalates over gRPC (duet.v1) to a
real pool, driven by the official ``openai`` client (sync, async, streamed).

Two pools with the small SmolLM2 model: an in-process llama.cpp replica (the grammar constrains
the call), and an OpenAI-compatible server (``llama_cpp.server``, which ignores
``tool_choice="required"``: the replica asks for the calls' JSON schema instead). Every answer
must come from the pool (``x-duet-route: cloud``, the pool's model name), so a fallback to the
device model cannot pass for the cloud.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import openai
import pytest

from duet.cloud.openai_replica import request_body
from duet.core.backend import GenerationRequest, SamplingParams
from duet.core.structured import ToolChoice, ToolSpec
from duet.engines.grammar import grammar_text
from tests.cloud.conftest import SMOL_POOL_MODEL, CloudProcess, llama_server, write_pool
from tests.e2e.test_tools_e2e import ASK, SCHEMAS, TOOLS
from tests.servers import DuetProcess

# Forced to the cloud, and never answered from the edge's response cache.
TO_CLOUD = {"x-duet-route": "cloud", "cache-control": "no-cache, no-store"}
# On a loaded test machine a pool's first token can take seconds: the edge waits for it rather
# than answering locally (cloud_slow), so what is tested is the cloud's answer.
PATIENT = {"DUET_CLOUD_STALL_FLOOR_S": "120", "DUET_CLOUD_STALL_CEILING_S": "240"}
REQUIRED: dict[str, Any] = dict(model="auto", messages=ASK, tools=TOOLS, tool_choice="required",
                                temperature=0, max_tokens=48, parallel_tool_calls=False,
                                extra_headers=TO_CLOUD)
TRIP = {"type": "object", "required": ["city", "days"], "additionalProperties": False,
        "properties": {"city": {"type": "string", "maxLength": 30}, "days": {"type": "integer"}}}


def _pool_file(kind: str, tmp: Path, smol_pool_file: Path, stack: list[DuetProcess]) -> Path:
    if kind == "llama_cpp":
        return smol_pool_file
    server = llama_server(log_name="llama-server-tools")
    stack.append(server)
    replica = {"name": "server-0", "kind": "openai", "url": f"{server.url}/v1",
               "schema_style": "llama_cpp"}  # llama_cpp.server refuses type json_schema
    return write_pool(tmp / "tools-openai-pool.yaml",
                      [{"name": SMOL_POOL_MODEL, "replicas": [replica]}])


@pytest.fixture(scope="module", params=["llama_cpp", "openai"])
def cloud_edge(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
    smol_pool_file: Path,
) -> Iterator[DuetProcess]:
    """An edge agent wired to a pool of the given replica kind."""
    stack: list[DuetProcess] = []
    try:
        pool = _pool_file(request.param, tmp_path_factory.mktemp("tools"), smol_pool_file, stack)
        cloud = CloudProcess(["--pool-file", str(pool)], log_name=f"cloud-tools-{request.param}")
        stack.append(cloud)
        edge = DuetProcess(["edge", "--cloud-target", cloud.target, "--queue-size", "4"],
                           log_name=f"edge-tools-{request.param}", env=PATIENT)
        stack.append(edge)
        yield edge
    finally:
        for proc in reversed(stack):
            proc.stop()


@pytest.fixture
def client(cloud_edge: DuetProcess) -> openai.OpenAI:
    return openai.OpenAI(base_url=cloud_edge.url + "/v1", api_key="unused", max_retries=0,
                         timeout=300)


def _valid(name: str, arguments: str) -> None:
    assert name in SCHEMAS, name
    jsonschema.validate(json.loads(arguments), SCHEMAS[name])


def test_required_call_from_the_cloud_streamed_alike_and_answered_after(
    client: openai.OpenAI,
) -> None:
    raw = client.chat.completions.with_raw_response.create(**REQUIRED)
    assert raw.headers["x-duet-route"] == "cloud", raw.headers.get("x-duet-reasons")
    reply = raw.parse()
    assert reply.model == SMOL_POOL_MODEL
    choice = reply.choices[0]
    assert choice.finish_reason == "tool_calls", choice.message.content
    assert choice.message.content is None
    calls = choice.message.tool_calls or []
    assert len(calls) == 1 and calls[0].id.startswith("call_")
    call = calls[0]
    _valid(call.function.name, call.function.arguments)

    with client.chat.completions.with_streaming_response.create(**REQUIRED, stream=True) as resp:
        assert resp.headers["x-duet-route"] == "cloud"
        chunks = list(resp.parse())
    name = arguments = ""
    for chunk in chunks:
        for piece in (chunk.choices[0].delta.tool_calls or []) if chunk.choices else []:
            assert piece.index == 0
            name += (piece.function.name or "") if piece.function else ""
            arguments += (piece.function.arguments or "") if piece.function else ""
    assert (name, arguments) == (call.function.name, call.function.arguments)
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "tool_calls"

    follow = client.chat.completions.with_raw_response.create(
        model="auto", temperature=0, max_tokens=16, tools=TOOLS, tool_choice="none",
        extra_headers=TO_CLOUD,
        messages=[*ASK, choice.message.model_dump(exclude_none=True),
                  {"role": "tool", "tool_call_id": call.id, "content": "done"}])
    assert follow.headers["x-duet-route"] == "cloud"
    answer = follow.parse().choices[0]
    assert answer.message.content and not answer.message.tool_calls
    assert answer.finish_reason in ("stop", "length")


def test_named_function_from_the_cloud(client: openai.OpenAI) -> None:
    reply = client.chat.completions.create(
        **{**REQUIRED, "tool_choice": {"type": "function", "function": {"name": "navigate"}}})
    calls = reply.choices[0].message.tool_calls or []
    assert [c.function.name for c in calls] == ["navigate"]
    _valid("navigate", calls[0].function.arguments)


async def test_async_client_streams_valid_calls_from_the_cloud(cloud_edge: DuetProcess) -> None:
    """Parallel calls allowed: every call, whole or assembled from the stream, is valid. (The
    stream is not compared with the whole answer here: llama_cpp.server's greedy decoding differs
    between a cold and a prefix-cached prompt; the sync test compares them with one call.)"""
    client = openai.AsyncOpenAI(base_url=cloud_edge.url + "/v1", api_key="unused",
                                max_retries=0, timeout=300)
    args = {**REQUIRED, "parallel_tool_calls": True, "max_tokens": 64}
    async with client:
        reply = await client.chat.completions.create(**args)
        calls = reply.choices[0].message.tool_calls or []
        assert calls and reply.model == SMOL_POOL_MODEL
        assert reply.choices[0].finish_reason == "tool_calls"
        for call in calls:
            _valid(call.function.name, call.function.arguments)
        parts: dict[int, list[str]] = {}
        finish = None
        stream = await client.chat.completions.create(**args, stream=True)
        async for chunk in stream:
            assert chunk.model == SMOL_POOL_MODEL
            for piece in (chunk.choices[0].delta.tool_calls or []) if chunk.choices else []:
                entry = parts.setdefault(piece.index, ["", ""])
                entry[0] += (piece.function.name or "") if piece.function else ""
                entry[1] += (piece.function.arguments or "") if piece.function else ""
            finish = chunk.choices[0].finish_reason if chunk.choices else finish
    assert sorted(parts) == list(range(len(parts))) and parts and finish == "tool_calls"
    for name, arguments in parts.values():
        _valid(name, arguments)


def test_json_schema_and_json_object_from_the_cloud(client: openai.OpenAI) -> None:
    ask: Any = [{"role": "user", "content": "Plan a trip: which city and how many days?"}]
    raw = client.chat.completions.with_raw_response.create(
        model="auto", temperature=0, max_tokens=48, messages=ask, extra_headers=TO_CLOUD,
        response_format={"type": "json_schema",
                         "json_schema": {"name": "trip", "schema": TRIP, "strict": True}})
    assert raw.headers["x-duet-route"] == "cloud"
    jsonschema.validate(json.loads(raw.parse().choices[0].message.content or ""), TRIP)
    reply = client.chat.completions.create(
        model="auto", temperature=0, max_tokens=160, extra_headers=TO_CLOUD,
        messages=[{"role": "user", "content": "The capital of France, as JSON."}],
        response_format={"type": "json_object"})
    assert reply.model == SMOL_POOL_MODEL
    assert isinstance(json.loads(reply.choices[0].message.content or ""), dict)


def _request(choice: ToolChoice, messages: list[dict[str, Any]] | None = None) -> GenerationRequest:
    return GenerationRequest(
        model="m", params=SamplingParams(), messages=messages or [dict(m) for m in ASK],
        tools=tuple(ToolSpec(n, "", schema) for n, schema in SCHEMAS.items()), tool_choice=choice)


def test_a_required_call_is_asked_of_an_openai_server_as_the_calls_schema() -> None:
    body = request_body(_request(ToolChoice("required", parallel=False)), "up", "json_schema")
    assert "tools" not in body and "tool_choice" not in body
    assert "set_seat_heating(" in body["messages"][0]["content"]  # the functions, in the prompt
    schema = body["response_format"]["json_schema"]["schema"]
    jsonschema.validate([{"name": "navigate", "arguments": {"destination": "Rome"}}], schema)
    for wrong in ([], [{"name": "navigate", "arguments": {"seat": "driver"}}],
                  [{"name": "open_door", "arguments": {}}],
                  [{"name": "navigate", "arguments": {"destination": "a"}}] * 2):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(wrong, schema)
    named = request_body(_request(ToolChoice("required", name="navigate")), "up", "json_schema",
                         "llama_cpp")
    assert named["response_format"]["type"] == "json_object"  # llama_cpp.server's dialect
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{"name": "set_seat_heating", "arguments": {"seat": "driver",
                                                                        "on": True}}],
                            named["response_format"]["schema"])
    native = request_body(_request(ToolChoice("required")), "up", "native")
    assert native["tool_choice"] == "required" and native["tools"]


def test_the_answer_after_a_tool_result_is_prose() -> None:
    history = [*ASK, {"role": "assistant", "content": None, "tool_calls": [
        {"id": "c1", "type": "function",
         "function": {"name": "navigate", "arguments": '{"destination": "Rome"}'}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "done"}]
    grammar = grammar_text(_request(ToolChoice("none"), history))
    assert grammar is not None and "[^\\[{" in grammar
    assert grammar_text(_request(ToolChoice("none"))) is None
