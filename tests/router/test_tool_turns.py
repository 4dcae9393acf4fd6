"""Tool turns in routing: a tool result with personal data keeps the conversation on the device like
any other message. (Tool definitions never reach the router: ``Signals`` carries messages only.)"""

from __future__ import annotations

from duet.router import Router
from duet.router.types import Signals

CALL = {"id": "c1", "type": "function",
        "function": {"name": "lookup_contact", "arguments": '{"who": "mum"}'}}


def conversation(result: str) -> list[dict[str, object]]:
    return [
        {"role": "user", "content": "Call mum"},
        {"role": "assistant", "content": "", "tool_calls": [CALL]},
        {"role": "tool", "tool_call_id": "c1", "content": result},
    ]


def test_a_tool_result_with_personal_data_keeps_the_conversation_local() -> None:
    router = Router()
    clean = router.decide(Signals(messages=conversation("found one contact")))
    private = router.decide(Signals(messages=conversation("mum: +44 7911 123456, jane@example.com")))
    assert not clean.private
    assert private.private and private.pii

