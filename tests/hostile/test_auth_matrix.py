"""The HTTP API-key matrix on a real edge, each cell with its expected outcome.

The gRPC side (token × TLS/mTLS: no client certificate, a certificate from another CA, an untrusted
server CA, a wrong or missing token, plaintext against TLS) is in ``tests/cloud/test_security.py``.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import openai
import pytest

from tests.servers import DuetProcess

ALICE, BOB = "sk-alice-0123456789", "sk-bob-9876543210"
DETERMINISTIC = {"model": "auto", "messages": [{"role": "user", "content": "Name a colour."}],
                 "max_tokens": 3, "temperature": 0}


@pytest.fixture(scope="module")
def guarded() -> Iterator[DuetProcess]:
    with DuetProcess(["edge", "--api-keys", f"{ALICE},{BOB}"], log_name="edge-auth-matrix") as proc:
        yield proc


def get_models(proc: DuetProcess, headers: dict, path: str = "/v1/models") -> httpx.Response:
    return httpx.get(proc.url + path, headers=headers, timeout=30)


MATRIX = [
    ("no header", {}, 401),
    ("right key", {"authorization": f"Bearer {ALICE}"}, 200),
    ("other tenant's key", {"authorization": f"Bearer {BOB}"}, 200),
    ("wrong key", {"authorization": "Bearer sk-mallory"}, 401),
    ("key prefix", {"authorization": f"Bearer {ALICE[:-1]}"}, 401),
    ("key plus suffix", {"authorization": f"Bearer {ALICE}x"}, 401),
    ("lower-case scheme", {"authorization": f"bearer {ALICE}"}, 200),
    ("no scheme", {"authorization": ALICE}, 401),
    ("basic scheme", {"authorization": f"Basic {ALICE}"}, 401),
    ("empty bearer", {"authorization": "Bearer"}, 401),
    ("two keys", {"authorization": f"Bearer {ALICE} {BOB}"}, 401),
    ("key as x-api-key", {"x-api-key": ALICE}, 401),
    ("non-ascii header", {"authorization": "Bearer sk-\u00e9\u00e8"}, 401),
]


@pytest.mark.parametrize("case,headers,status", MATRIX, ids=[m[0] for m in MATRIX])
def test_api_key_matrix(guarded: DuetProcess, case: str, headers: dict, status: int) -> None:
    encoded = {k: v.encode("utf-8") for k, v in headers.items()}
    response = get_models(guarded, encoded)
    assert response.status_code == status, response.text
    if status == 401:
        assert response.json()["error"]["type"] == "authentication_error"
        assert response.json()["error"]["code"] == "invalid_api_key"


@pytest.mark.parametrize("query", [f"api_key={ALICE}", f"key={ALICE}", f"access_token={ALICE}"])
def test_key_in_the_query_string_is_not_accepted(guarded: DuetProcess, query: str) -> None:
    """A key in a URL ends up in logs and browser history; only the header counts."""
    assert get_models(guarded, {}, f"/v1/models?{query}").status_code == 401


def test_every_v1_route_is_guarded(guarded: DuetProcess) -> None:
    for method, path in [("GET", "/v1/models"), ("POST", "/v1/chat/completions"),
                         ("POST", "/v1/completions")]:
        response = httpx.request(method, guarded.url + path, json={}, timeout=30)
        assert response.status_code == 401, (method, path, response.status_code)


def test_tenants_do_not_share_cached_answers(guarded: DuetProcess) -> None:
    """Bob's identical deterministic request is not served from Alice's cache entry."""
    alice = openai.OpenAI(base_url=guarded.url + "/v1", api_key=ALICE, max_retries=0)
    bob = openai.OpenAI(base_url=guarded.url + "/v1", api_key=BOB, max_retries=0)
    first = alice.chat.completions.with_raw_response.create(**DETERMINISTIC)
    again = alice.chat.completions.with_raw_response.create(**DETERMINISTIC)
    other = bob.chat.completions.with_raw_response.create(**DETERMINISTIC)
    assert again.headers.get("x-duet-cache") == "hit", "the response cache is on by default"
    assert first.headers.get("x-duet-cache") == "miss"
    assert other.headers.get("x-duet-cache") == "miss"
