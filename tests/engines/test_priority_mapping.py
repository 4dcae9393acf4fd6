"""service_tier and x-duet-priority become the request's priority class."""

from __future__ import annotations

import pytest

from duet.core.errors import InvalidRequest
from duet.gateway.protocol import ChatCompletionRequest, CompletionRequest
from duet.gateway.priority import with_priority
from duet.gateway.serving import chat_to_generation, completion_to_generation

MESSAGES = [{"role": "user", "content": "hi"}]


@pytest.mark.parametrize("tier, priority", [
    (None, "normal"), ("auto", "normal"), ("default", "normal"),
    ("priority", "interactive"), ("flex", "background"),
])
def test_service_tier_picks_the_class(tier: str | None, priority: str) -> None:
    chat = ChatCompletionRequest.model_validate(
        {"model": "auto", "messages": MESSAGES, "service_tier": tier})
    completion = CompletionRequest.model_validate(
        {"model": "auto", "prompt": "hi", "service_tier": tier})
    assert chat_to_generation(chat, 1000).priority == priority
    assert completion_to_generation(completion, 1000).priority == priority


def test_the_header_overrides_the_body() -> None:
    chat = ChatCompletionRequest.model_validate(
        {"model": "auto", "messages": MESSAGES, "service_tier": "flex"})
    request = chat_to_generation(chat, 1000)
    assert with_priority(request, {"x-duet-priority": "Interactive"}).priority == "interactive"
    assert with_priority(request, {}).priority == "background"
    with pytest.raises(InvalidRequest):
        with_priority(request, {"x-duet-priority": "urgent"})


def test_an_unknown_service_tier_is_rejected() -> None:
    with pytest.raises(ValueError):
        ChatCompletionRequest.model_validate(
            {"model": "auto", "messages": MESSAGES, "service_tier": "fastest"})
