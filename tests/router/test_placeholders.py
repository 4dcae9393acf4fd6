"""The decision carries the placeholder map of a redacted request, and never shows it in logs."""

from __future__ import annotations

import json

import pytest

from duet.router import PrivacyTag, Router, Signals
from duet.router.messages import message_text

EMAIL, PHONE, NAME = "jane.roe@example.org", "+44 20 7946 0958", "Oliver Grant"
TEXT = f"My name is {NAME}. Mail {EMAIL} or call {PHONE}, then mail {EMAIL} again."


@pytest.fixture(scope="module")
def router() -> Router:
    return Router()


def test_redact_decision_maps_each_placeholder_to_its_value(router: Router) -> None:
    decision = router.decide(Signals([{"role": "user", "content": TEXT}], privacy_tag=PrivacyTag.REDACT))
    assert decision.redacted_messages is not None
    sent = message_text(decision.redacted_messages[0])
    assert decision.placeholders == {
        "[PERSON_NAME_1]": NAME, "[EMAIL_1]": EMAIL, "[PHONE_1]": PHONE,
    }
    for placeholder, value in decision.placeholders.items():
        assert placeholder in sent and value not in sent


def test_the_map_stays_out_of_every_view_meant_for_logs(router: Router) -> None:
    decision = router.decide(Signals([{"role": "user", "content": TEXT}], privacy_tag=PrivacyTag.REDACT))
    logged = json.dumps(decision.to_dict())
    assert "placeholders" not in logged
    for value in (EMAIL, PHONE, NAME):
        assert value not in logged
    assert "placeholders=" not in repr(decision)
    assert decision.to_dict(include_values=True)["placeholders"] == decision.placeholders


@pytest.mark.parametrize("tag", ["allow_cloud", "local_only"])
def test_nothing_redacted_means_an_empty_map(router: Router, tag: str) -> None:
    decision = router.decide(Signals([{"role": "user", "content": TEXT}], privacy_tag=PrivacyTag(tag)))
    assert decision.redacted_messages is None and decision.placeholders == {}
