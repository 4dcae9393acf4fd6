"""Optional API keys: bearer auth on /v1/*, health endpoints stay open."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import openai
import pytest

from tests.servers import DuetProcess

KEYS = "first-key,second-key"


@pytest.fixture(scope="module")
def guarded() -> Iterator[DuetProcess]:
    with DuetProcess(["edge"], env={"DUET_API_KEYS": KEYS}, log_name="edge-auth") as proc:
        yield proc


def _client(proc: DuetProcess, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=proc.url + "/v1", api_key=key, max_retries=0)


@pytest.mark.parametrize("key", ["first-key", "second-key"])
def test_each_configured_key_is_accepted(guarded: DuetProcess, key: str) -> None:
    reply = _client(guarded, key).chat.completions.create(
        model="auto", messages=[{"role": "user", "content": "hi"}], max_tokens=2
    )
    assert reply.choices[0].message.role == "assistant"


@pytest.mark.parametrize("key", ["wrong", "first-key-but-longer", "first-ke"])
def test_wrong_key_is_401(guarded: DuetProcess, key: str) -> None:
    with pytest.raises(openai.AuthenticationError) as err:
        _client(guarded, key).models.list()
    assert err.value.body["type"] == "authentication_error"


def test_missing_key_is_401_with_openai_body(guarded: DuetProcess) -> None:
    response = httpx.post(guarded.url + "/v1/chat/completions", json={"model": "auto", "messages": []})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_api_key"
    basic = httpx.get(guarded.url + "/v1/models", headers={"authorization": "Basic Zmlyc3Qta2V5"})
    assert basic.status_code == 401


def test_health_endpoints_stay_open(guarded: DuetProcess) -> None:
    assert httpx.get(guarded.url + "/healthz").status_code == 200
    assert httpx.get(guarded.url + "/readyz").status_code == 200
