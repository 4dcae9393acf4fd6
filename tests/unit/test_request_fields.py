"""No silent drops: every request field of OpenAI's description is implemented, ignored as
documented advice (listed in the README), or refused with a 400 naming it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from duet.core.errors import InvalidRequest
from duet.gateway.protocol import ChatCompletionRequest, ChatMessage, CompletionRequest
from duet.gateway.request_fields import ADVICE, MESSAGE_REFUSED, REFUSED
from duet.gateway.serving import chat_to_generation, completion_to_generation

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "tests" / "hostile" / "openai-openapi-subset.yaml"
SHARED_SPEC = Path("/work/shared/data/openai-openapi-subset.yaml")
MESSAGE_SCHEMAS = (
    "ChatCompletionRequestDeveloperMessage", "ChatCompletionRequestSystemMessage",
    "ChatCompletionRequestUserMessage", "ChatCompletionRequestAssistantMessage",
    "ChatCompletionRequestToolMessage", "ChatCompletionRequestFunctionMessage",
)
# A value for each refused field that asks for something Duet does not do.
REFUSED_SAMPLES: dict[str, Any] = {
    "audio": {"voice": "alloy", "format": "mp3"}, "modalities": ["text", "audio"],
    "web_search_options": {}, "moderation": {"model": "omni-moderation-latest"},
    "functions": [{"name": "f", "parameters": {"type": "object"}}],
    "function_call": "auto", "logit_bias": {"50256": -100},
}


def _base(model: type) -> dict[str, Any]:
    if model is ChatCompletionRequest:
        return {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
    return {"model": "m", "prompt": "hi"}


@pytest.fixture(scope="module")
def schemas() -> dict[str, Any]:
    path = SHARED_SPEC if SHARED_SPEC.is_file() else SPEC
    return dict(yaml.safe_load(path.read_text())["components"]["schemas"])


def properties(schemas: dict[str, Any], name: str) -> set[str]:
    schema = schemas[name]
    found: set[str] = set()
    for part in schema.get("allOf", [schema]):
        if "$ref" in part:
            found |= properties(schemas, part["$ref"].rsplit("/", 1)[-1])
        else:
            found |= set(part.get("properties", {}))
    return found


@pytest.mark.parametrize("schema,model", [
    ("CreateChatCompletionRequest", ChatCompletionRequest),
    ("CreateCompletionRequest", CompletionRequest),
])
def test_every_request_field_is_implemented_advice_or_refused(
    schemas: dict[str, Any], schema: str, model: type,
) -> None:
    readme = (ROOT / "README.md").read_text()
    for name in sorted(properties(schemas, schema)):
        if name in ADVICE:
            assert f"`{name}`" in readme, f"advice field {name} is not listed in the README"
        elif name in REFUSED:
            body = {**_base(model), name: REFUSED_SAMPLES[name]}
            request = model.model_validate(body)
            convert = chat_to_generation if model is ChatCompletionRequest else completion_to_generation
            with pytest.raises(InvalidRequest) as refused:
                convert(request, 10_000)
            assert refused.value.param == name
        else:
            assert name in model.model_fields, f"{schema}.{name}: neither implemented, advice nor refused"


def test_every_message_field_is_carried_or_refused(schemas: dict[str, Any]) -> None:
    for schema in MESSAGE_SCHEMAS:
        for name in properties(schemas, schema):
            assert name in ChatMessage.model_fields or name in MESSAGE_REFUSED, f"{schema}.{name}"


def test_a_refused_message_field_names_its_place() -> None:
    body = {"model": "m", "messages": [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": None, "function_call": {"name": "f", "arguments": "{}"}},
    ]}
    with pytest.raises(InvalidRequest) as refused:
        chat_to_generation(ChatCompletionRequest.model_validate(body), 10_000)
    assert refused.value.param == "messages.1.function_call"


def test_tool_history_is_carried_to_the_backend() -> None:
    call = {"id": "call_1", "type": "function",
            "function": {"name": "set_seat_heating", "arguments": '{"seat": "driver"}'}}
    body = {"model": "m", "messages": [
        {"role": "user", "content": "warm my seat"},
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "call_1", "content": "done"},
    ], "tools": [{"type": "function", "function": {"name": "set_seat_heating",
                                                   "parameters": {"type": "object"}}}],
        "tool_choice": "required", "parallel_tool_calls": False}
    request = chat_to_generation(ChatCompletionRequest.model_validate(body), 10_000)
    assert request.messages is not None
    assert request.messages[1]["tool_calls"] == [call]
    assert request.messages[2]["tool_call_id"] == "call_1"
    assert [t.name for t in request.tools] == ["set_seat_heating"]
    assert request.tool_choice.must_call and not request.tool_choice.parallel


@pytest.mark.parametrize("schema,keyword", [
    ({"type": "integer", "minimum": 0}, "minimum"),
    ({"type": "object", "properties": {"a": {"type": "string", "format": "email"}}}, "email"),
    ({"type": "object", "patternProperties": {"^x": {}}}, "patternProperties"),
])
def test_a_schema_the_grammar_cannot_enforce_is_refused_naming_the_feature(
    schema: dict[str, Any], keyword: str,
) -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}],
            "response_format": {"type": "json_schema",
                                "json_schema": {"name": "x", "schema": schema, "strict": True}}}
    with pytest.raises(InvalidRequest) as refused:
        chat_to_generation(ChatCompletionRequest.model_validate(body), 10_000)
    assert keyword in refused.value.message
    assert refused.value.param == "response_format.json_schema.schema"


@pytest.mark.parametrize("model", [ChatCompletionRequest, CompletionRequest])
def test_a_field_outside_openais_description_is_refused_naming_it(model: type) -> None:
    body = {**_base(model), "top_k": 40}
    convert = chat_to_generation if model is ChatCompletionRequest else completion_to_generation
    with pytest.raises(InvalidRequest) as refused:
        convert(model.model_validate(body), 10_000)
    assert refused.value.param == "top_k" and "top_k" in refused.value.message
