"""Bad input gets an OpenAI-shaped 4xx, never a 500, and the server keeps serving."""

from __future__ import annotations

import httpx
import pytest

from tests.servers import DuetProcess

CHAT = "/v1/chat/completions"
GOOD = {"model": "auto", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 2}


def assert_openai_error(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"message", "type", "param", "code"}
    assert body["error"]["message"]
    return body["error"]


BAD_REQUESTS = [
    ("malformed json", {"content": b'{"model": "auto", "messages": [', "headers": {"content-type": "application/json"}}, 400),
    ("not an object", {"json": ["a", "list"]}, 400),
    ("null body", {"content": b"null", "headers": {"content-type": "application/json"}}, 400),
    ("missing messages", {"json": {"model": "auto"}}, 400),
    ("empty messages", {"json": {"model": "auto", "messages": []}}, 400),
    ("bad role", {"json": {"model": "auto", "messages": [{"role": "wizard", "content": "x"}]}}, 400),
    ("temperature out of range", {"json": {**GOOD, "temperature": 5}}, 400),
    ("wrong type", {"json": {**GOOD, "max_tokens": "many"}}, 400),
    ("negative max_tokens", {"json": {**GOOD, "max_tokens": -1}}, 400),
    ("too many stops", {"json": {**GOOD, "stop": ["a", "b", "c", "d", "e"]}}, 400),
    ("image part", {"json": {"model": "auto", "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]}}, 400),
    ("invalid utf-8", {"content": b'{"model": "auto", "messages": [{"role": "user", "content": "\xff\xfe"}]}', "headers": {"content-type": "application/json"}}, 400),
    ("deeply nested", {"content": b'{"model": "auto", "messages": ' + b"[" * 100000 + b"]" * 100000 + b"}", "headers": {"content-type": "application/json"}}, 400),
    ("wrong content type", {"content": b"hello", "headers": {"content-type": "text/plain"}}, 400),
    ("unknown model", {"json": {**GOOD, "model": "no-such-model"}}, 404),
]


@pytest.mark.parametrize("case,kwargs,status", BAD_REQUESTS, ids=[c[0] for c in BAD_REQUESTS])
def test_bad_request_gets_openai_error(edge: DuetProcess, case: str, kwargs: dict, status: int) -> None:
    response = httpx.post(edge.url + CHAT, timeout=30, **kwargs)
    assert_openai_error(response, status)


def test_schema_error_names_the_parameter(edge: DuetProcess) -> None:
    error = assert_openai_error(httpx.post(edge.url + CHAT, json={**GOOD, "top_p": 3}), 400)
    assert error["param"] == "top_p"
    assert error["type"] == "invalid_request_error"


def test_body_over_the_limit_is_413(edge: DuetProcess) -> None:
    big = {**GOOD, "messages": [{"role": "user", "content": "x" * 2_000_000}]}
    error = assert_openai_error(httpx.post(edge.url + CHAT, json=big, timeout=30), 413)
    assert error["code"] == "request_too_large"


def test_chunked_body_over_the_limit_is_413(edge: DuetProcess) -> None:
    def chunks():
        yield b'{"model": "auto", "messages": [{"role": "user", "content": "'
        for _ in range(300):
            yield b"y" * 10_000
        yield b'"}]}'

    response = httpx.post(edge.url + CHAT, content=chunks(), headers={"content-type": "application/json"}, timeout=30)
    assert_openai_error(response, 413)


def test_unknown_path_and_method(edge: DuetProcess) -> None:
    assert_openai_error(httpx.get(edge.url + "/v1/nothing-here"), 404)
    assert_openai_error(httpx.get(edge.url + CHAT), 405)


def test_completions_errors(edge: DuetProcess) -> None:
    url = edge.url + "/v1/completions"
    assert_openai_error(httpx.post(url, json={"model": "auto"}), 400)  # no prompt
    assert_openai_error(httpx.post(url, json={"model": "auto", "prompt": ["a", "b"]}), 400)
    assert_openai_error(httpx.post(url, json={"model": "auto", "prompt": "x", "logprobs": 9}), 400)


def test_server_still_serves_after_every_bad_request(edge: DuetProcess) -> None:
    for _, kwargs, _ in BAD_REQUESTS:
        httpx.post(edge.url + CHAT, timeout=30, **kwargs)
    response = httpx.post(edge.url + CHAT, json=GOOD, timeout=60)
    assert response.status_code == 200
    assert response.json()["choices"][0]["message"]["role"] == "assistant"
