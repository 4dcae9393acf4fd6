"""Tool calls and JSON output: grammars, prompt layout, and the OpenAI shapes the official client
reads (a text-answering backend behind the real gateway app)."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import httpx
import openai
import pytest

from duet.core.backend import (
    EventList, Finish, Generation, GenerationRequest, ModelInfo, RequestContext, Route,
    SamplingParams, TokenDelta,
)
from duet.core.settings import HttpSettings
from duet.core.structured import ResponseFormat, ToolChoice, ToolSpec, decode_calls
from duet.engines.grammar import JSON_FREQUENCY_PENALTY, CloseInTime, find_closers, frequency_penalty
from duet.engines.grammar import grammar_text
from duet.engines.tool_prompt import prompt_messages
from duet.gateway.app import create_app

SEAT = ToolSpec("set_seat_heating", "Seat heating", {
    "type": "object", "required": ["seat", "on"],
    "properties": {"seat": {"type": "string", "enum": ["driver", "passenger"]},
                   "on": {"type": "boolean"}}})
NAV = ToolSpec("navigate", "Navigation", {
    "type": "object", "required": ["destination"],
    "properties": {"destination": {"type": "string"}}})
CALLS = ('[{"name": "set_seat_heating", "arguments": {"seat": "driver", "on": true}}, '
         '{"name": "navigate", "arguments": {"destination": "\\u5317\\u4eac \\"west\\" {gate}"}}]')
TOOLS = [{"type": "function", "function": {"name": t.name, "description": t.description,
                                           "parameters": t.parameters}} for t in (SEAT, NAV)]


def request(**kwargs: Any) -> GenerationRequest:
    return GenerationRequest(model="m", params=SamplingParams(),
                             messages=[{"role": "user", "content": "warm my seat"}], **kwargs)


def parses(grammar: str) -> None:
    from llama_cpp.llama_grammar import LlamaGrammar

    LlamaGrammar.from_string(grammar, verbose=False)  # raises on a malformed grammar


def test_required_calls_grammar_names_only_declared_functions() -> None:
    grammar = grammar_text(request(tools=(SEAT, NAV), tool_choice=ToolChoice("required")))
    assert grammar is not None
    parses(grammar)
    assert '"\\"set_seat_heating\\""' in grammar and '"\\"navigate\\""' in grammar
    assert "prose" not in grammar and '("," space call)*' in grammar
    named = grammar_text(request(tools=(SEAT, NAV),
                                 tool_choice=ToolChoice("required", "navigate", parallel=False)))
    assert named is not None and "set_seat_heating" not in named and "," + " space call)*" not in named
    auto = grammar_text(request(tools=(SEAT, NAV)))
    assert auto is not None and "root ::= calls | prose" in auto
    parses(auto)
    assert grammar_text(request(tools=(SEAT,), tool_choice=ToolChoice("none"))) is None


def test_json_grammars_parse() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]}
    for fmt in (ResponseFormat("json_object"), ResponseFormat("json_schema", schema, "x", True)):
        grammar = grammar_text(request(response_format=fmt))
        assert grammar is not None
        parses(grammar)
        if "string" in grammar:  # no raw control characters inside strings
            assert "\\x00-\\x1F" in grammar


def test_json_output_gets_a_frequency_penalty_unless_the_request_sets_one() -> None:
    json_object = ResponseFormat("json_object")
    assert frequency_penalty(request(response_format=json_object)) == JSON_FREQUENCY_PENALTY
    assert frequency_penalty(request()) == 0.0  # free text: the request's own (none)
    own = request(response_format=json_object)
    own = dataclasses.replace(own, params=dataclasses.replace(own.params, frequency_penalty=0.2))
    assert frequency_penalty(own) == 0.2
    presence = dataclasses.replace(own, params=dataclasses.replace(
        own.params, frequency_penalty=0.0, presence_penalty=0.3))
    assert frequency_penalty(presence) == 0.0  # a penalty of its own: left as it is


def test_tool_history_is_written_in_the_fallback_format() -> None:
    call = {"id": "c1", "type": "function",
            "function": {"name": "navigate", "arguments": '{"destination": "Paris"}'}}
    messages = prompt_messages(GenerationRequest(
        model="m", params=SamplingParams(), tools=(NAV,), messages=[
            {"role": "user", "content": "to Paris"},
            {"role": "assistant", "content": "", "tool_calls": [call]},
            {"role": "tool", "tool_call_id": "c1", "content": "route set"}]))
    assert messages[0]["role"] == "system"
    assert "navigate(destination: string) - Navigation" in messages[0]["content"]
    assert decode_calls(messages[2]["content"]) == [("navigate", '{"destination": "Paris"}')]
    assert messages[3] == {"role": "user", "content": "Result of navigate: route set"}


class TextBackend:
    """Answers every request with fixed text, one character per event (the gateway's input)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def models(self) -> list[ModelInfo]:
        return [ModelInfo("m")]

    def ready(self) -> bool:
        return True

    async def generate(self, req: GenerationRequest, ctx: RequestContext) -> Generation:
        events = [TokenDelta(c) for c in self.text] + [Finish("stop", 5, len(self.text))]
        return Generation("m", EventList(events), Route(target="local"))


def client(text: str) -> openai.AsyncOpenAI:
    app = create_app(HttpSettings(), TextBackend(text))
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://duet")
    return openai.AsyncOpenAI(base_url="http://duet/v1", api_key="k", http_client=http)


async def test_calls_text_becomes_tool_calls_whole_and_streamed() -> None:
    api = client(CALLS)
    args: dict[str, Any] = dict(model="m", messages=[{"role": "user", "content": "go"}],
                                tools=TOOLS, tool_choice="required")
    reply = await api.chat.completions.create(**args)
    choice = reply.choices[0]
    assert choice.finish_reason == "tool_calls" and choice.message.content is None
    calls = choice.message.tool_calls or []
    assert [c.function.name for c in calls] == ["set_seat_heating", "navigate"]
    assert json.loads(calls[1].function.arguments) == {"destination": '北京 "west" {gate}'}
    assert all(c.id.startswith("call_") for c in calls)
    assembled: dict[int, list[str]] = {}
    finishes = []
    async for chunk in await api.chat.completions.create(**args, stream=True):
        delta = chunk.choices[0].delta
        finishes.append(chunk.choices[0].finish_reason)
        for piece in delta.tool_calls or ():  # as the client's stream helpers assemble them
            entry = assembled.setdefault(piece.index, ["", ""])
            entry[0] += (piece.function.name or "") if piece.function else ""
            entry[1] += (piece.function.arguments or "") if piece.function else ""
            assert piece.id is None or piece.id.startswith("call_")
    assert [tuple(assembled[i]) for i in sorted(assembled)] == [
        (c.function.name, c.function.arguments) for c in calls]
    assert [f for f in finishes if f] == ["tool_calls"]


async def test_prose_under_auto_stays_content() -> None:
    api = client("It is sunny.")
    args: dict[str, Any] = dict(model="m", messages=[{"role": "user", "content": "weather?"}],
                                tools=TOOLS)
    reply = await api.chat.completions.create(**args)
    assert reply.choices[0].message.content == "It is sunny."
    assert reply.choices[0].message.tool_calls is None
    chunks = [c async for c in await api.chat.completions.create(**args, stream=True)]
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "It is sunny."
    assert chunks[-1].choices[0].finish_reason == "stop"


async def test_an_unenforceable_schema_is_a_400_naming_it() -> None:
    api = client("{}")
    with pytest.raises(openai.BadRequestError) as refused:
        await api.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "x"}],
            response_format={"type": "json_schema", "json_schema": {
                "name": "n", "schema": {"type": "integer", "multipleOf": 3}}})
    assert "multipleOf" in str(refused.value)


@pytest.mark.parametrize("schema", [{"type": "foo"}, {"enum": 3}, {"type": "string", "pattern": "(("}])
def test_a_schema_the_converter_rejects_is_an_invalid_request(schema: dict[str, Any]) -> None:
    from duet.core.errors import InvalidRequest
    from duet.engines.grammar import llama_grammar

    fmt = ResponseFormat("json_schema", schema, "x", True)
    with pytest.raises(InvalidRequest) as refused:
        llama_grammar(request(response_format=fmt))
    assert refused.value.param == "response_format"


def test_huge_length_bounds_are_refused_before_a_grammar_is_built() -> None:
    from duet.core.structured import schema_problem

    assert schema_problem({"type": "string", "maxLength": 10_000_000}) is not None
    assert schema_problem({"type": "string", "maxLength": 40}) is None


def test_close_in_time_favours_what_closes_where_the_answer_is() -> None:
    """Token by token it follows whether the answer is inside a string: there a quote (that
    may close more) is favoured, outside the closing braces and the end; for tool calls the
    array's end from half the budget on."""
    import numpy as np

    pieces = [b"[", b'{"a": "', b"x", b'"', b'"}]', b"}", b"]", b"}]", b"</s>"]
    closers = find_closers(pieces, end_of_generation=8)
    assert list(closers.in_string) == [3, 4] and list(closers.outside) == [5, 6, 7, 8]
    assert list(closers.array_ends) == [6, 7]
    prompt = [0, 0]
    close = CloseInTime(closers, lambda t: pieces[t], end_at=len(prompt) + 8, budget=8, calls=True)

    def boosted(generated: list[int]) -> list[int]:
        scores = close(np.array(prompt + generated), np.zeros(len(pieces)))
        return [i for i, score in enumerate(scores) if score > 0]

    assert boosted([0, 1, 2]) == []  # 5 of 8 tokens left: more than half
    assert boosted([0, 1, 2, 2]) == []  # half left, but inside the string
    assert boosted([0, 1, 2, 2, 3]) == [6, 7]  # outside: the array may end
    assert boosted([0, 1, 2, 2, 3, 5, 1]) == [3, 4]  # the last quarter, inside a string
    assert boosted([0, 1, 2, 2, 3, 5, 1, 3]) == [5, 6, 7, 8]  # outside it again


def test_bounded_integers_become_the_enum_of_their_values_and_other_bounds_are_refused() -> None:
    from duet.core.structured import enumerate_integer_ranges, schema_problem
    from duet.engines.grammar import schema_gbnf

    level = {"type": "integer", "minimum": 0, "maximum": 3, "description": "seat heating"}
    schema = {"type": "object", "properties": {"level": level,
                                               "hours": {"type": "array", "items": {
                                                   "type": "integer", "exclusiveMinimum": 0,
                                                   "exclusiveMaximum": 4, "enum": [2, 3, 9]}}}}
    assert schema_problem(schema) is None
    assert enumerate_integer_ranges(schema) == {"type": "object", "properties": {
        "level": {"type": "integer", "description": "seat heating", "enum": [0, 1, 2, 3]},
        "hours": {"type": "array", "items": {"type": "integer", "enum": [2, 3]}}}}
    grammar = schema_gbnf({"type": "object", "properties": {"level": level}})
    assert '"0" | "1" | "2" | "3"' in grammar and "minimum" not in grammar
    for refused in ({"type": "integer", "minimum": 0}, {"type": "number", "minimum": 0, "maximum": 1},
                    {"type": "integer", "minimum": 0, "maximum": 5000},
                    {"type": "integer", "minimum": 5, "maximum": 1}):
        problem = schema_problem({"type": "object", "properties": {"x": refused}})
        assert problem is not None and "properties.x.m" in problem, refused
