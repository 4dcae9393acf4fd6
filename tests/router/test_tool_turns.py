"""Tool turns in routing: a tool result with personal data keeps the conversation on the device like
any other message; personal data in the declared text (tool definitions, the response format,
stop sequences: ``Signals.declared``) keeps the request on the device too, since it cannot be
redacted."""

from __future__ import annotations

from duet.router import Router
from duet.router.types import PrivacyTag, Signals, Target

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



def test_personal_data_in_declared_text_keeps_the_request_local_unless_allowed() -> None:
    router = Router()
    hard = [{"role": "user", "content": "Prove that there are infinitely many primes, in detail."}]
    tool = "send_report\nSend the weekly report.\nto\nstring\nenum\n"
    clean = router.decide(Signals(messages=hard, declared=(tool + "team-lead",)))
    assert clean.target == Target.CLOUD and not clean.pii
    for value in ("jane.doe@example.com", "+44 7911 123456", "身份证110101199003078515"):
        for tag in (None, PrivacyTag.REDACT):
            d = router.decide(Signals(messages=hard, declared=(tool + value,), privacy_tag=tag,
                                      forced_target=Target.CLOUD))
            assert d.target == Target.LOCAL and not d.may_escalate, (value, tag)
            assert d.reasons == ("pii",) and d.private and d.redacted_messages is None
        allowed = router.decide(Signals(messages=hard, declared=(tool + value,),
                                        privacy_tag=PrivacyTag.ALLOW_CLOUD))
        assert allowed.target == Target.CLOUD
