"""Tools and response format cross duet.v1 both ways; old messages without them still work; the
OpenAI-compatible replica passes them through and returns calls in the canonical text."""

from __future__ import annotations

import json

import httpx
import openai
import pytest

from duet.cloud.openai_replica import _CallCollector, request_body
from duet.cloud.upstream_tools import structure_body
from duet.core.backend import Generation, GenerationRequest, RequestContext, SamplingParams
from duet.core.settings import HttpSettings
from duet.core.errors import InvalidRequest
from duet.core.structured import ResponseFormat, ToolChoice, ToolSpec, decode_calls
from duet.core.v1 import duet_pb2 as pb
from duet.core.wire import request_from_pb, request_to_pb
from duet.engines.tool_prompt import prompt_messages
from duet.gateway.app import create_app
from tests.unit.test_tools import TextBackend

NAV = ToolSpec("navigate", "Navigation", {"type": "object", "properties": {
    "destination": {"type": "string"}}, "required": ["destination"]})
HISTORY = [
    {"role": "user", "content": "to Paris"},
    {"role": "assistant", "content": "", "tool_calls": [{"id": "c1", "type": "function",
        "function": {"name": "navigate", "arguments": '{"destination": "Paris"}'}}]},
    {"role": "tool", "content": "route set", "tool_call_id": "c1"},
]


def test_tools_choice_format_and_history_round_trip() -> None:
    request = GenerationRequest(
        model="m", params=SamplingParams(), messages=HISTORY, tools=(NAV,),
        tool_choice=ToolChoice("required", "navigate", parallel=False),
        response_format=ResponseFormat("json_schema", {"type": "object"}, "x", True))
    wire = request_to_pb(request, RequestContext("r", "t", {}), "m")
    back = request_from_pb(pb.GenerateRequest.FromString(wire.SerializeToString()))
    assert back.tools == (NAV,) and back.tool_choice == request.tool_choice
    assert back.response_format == request.response_format
    assert back.messages == HISTORY


def test_a_request_without_the_new_fields_has_no_tools() -> None:
    old = pb.GenerateRequest(model="m", chat=pb.ChatMessages(
        messages=[pb.ChatMessage(role="user", content="hi")]))
    request = request_from_pb(old)
    assert request.tools == () and not request.calls_tools and request.response_format is None
    assert request.messages == [{"role": "user", "content": "hi"}]


def test_the_pool_refuses_a_schema_it_cannot_enforce() -> None:
    wire = pb.GenerateRequest(model="m", chat=pb.ChatMessages(
        messages=[pb.ChatMessage(role="user", content="hi")]),
        tools=[pb.Tool(name="f", parameters_json=json.dumps({"type": "integer", "minimum": 1}))])
    with pytest.raises(InvalidRequest, match="minimum"):
        request_from_pb(wire)


def test_openai_replica_passes_tools_through_and_collects_calls() -> None:
    request = GenerationRequest(model="m", params=SamplingParams(), messages=HISTORY,
                                tools=(NAV,), tool_choice=ToolChoice("required"))
    body = request_body(request, "up")
    assert body["tools"][0]["function"]["name"] == "navigate"
    assert body["tool_choice"] == "required" and body["parallel_tool_calls"] is True
    collector = _CallCollector()
    for piece in ({"index": 0, "id": "x", "function": {"name": "navigate", "arguments": ""}},
                  {"index": 0, "function": {"arguments": '{"destination": '}},
                  {"index": 0, "function": {"arguments": '"Rome"}'}}):
        collector.add({"delta": {"tool_calls": [piece]}})
    assert decode_calls(collector.text()) == [("navigate", '{"destination": "Rome"}')]


async def test_a_json_schema_description_reaches_every_model_that_answers() -> None:
    """``response_format.json_schema.description`` tells the model what the JSON is for: it
    crosses the gateway, the wire, the local prompt and the upstream body, never dropped."""
    seen: list[GenerationRequest] = []

    class Recording(TextBackend):
        async def generate(self, req: GenerationRequest, ctx: RequestContext) -> Generation:
            seen.append(req)
            return await super().generate(req, ctx)

    app = create_app(HttpSettings(), Recording("{}"))
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://duet")
    api = openai.AsyncOpenAI(base_url="http://duet/v1", api_key="k", http_client=http)
    await api.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "Rate the hotel."}],
        response_format={"type": "json_schema", "json_schema": {
            "name": "rating", "description": "A review score from 1 to 5 for a hotel guide",
            "schema": {"type": "object", "properties": {"stars": {"type": "integer"}}}}})
    fmt = seen[0].response_format
    assert fmt is not None and fmt.description == "A review score from 1 to 5 for a hotel guide"
    wire = request_to_pb(seen[0], RequestContext("r", "t", {}), "m")
    assert request_from_pb(pb.GenerateRequest.FromString(wire.SerializeToString())).response_format == fmt
    assert fmt.description in prompt_messages(seen[0])[0]["content"]
    openai_style = structure_body(seen[0])["response_format"]["json_schema"]
    assert openai_style["description"] == fmt.description
    llama_style = structure_body(seen[0], style="llama_cpp")["response_format"]["schema"]
    assert llama_style["description"] == fmt.description
