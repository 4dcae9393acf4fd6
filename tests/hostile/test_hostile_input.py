"""Hand-made hostile input on a real edge: every case gets a clean answer or a clean OpenAI-shaped
4xx, never a 5xx, and the server keeps serving others meanwhile and afterwards.

Complements ``tests/e2e/test_errors.py`` (ordinary bad requests) with the nastier cases.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.e2e.test_errors import assert_openai_error
from tests.servers import DuetProcess

CHAT = "/v1/chat/completions"
JSON = {"content-type": "application/json"}
BODY_TIMEOUT_S = 2.0


@pytest.fixture(scope="module")
def edge() -> Iterator[DuetProcess]:
    flags = [
        "edge", "--max-request-bytes", "4000000", "--body-read-timeout-s", str(BODY_TIMEOUT_S),
        "--max-tokens-limit", "4",
    ]
    with DuetProcess(flags, log_name="edge-hostile") as proc:
        yield proc


def chat_body(content: str = "hi", **extra: object) -> dict:
    return {"model": "auto", "messages": [{"role": "user", "content": content}], "max_tokens": 2,
            **extra}


def answers(edge: DuetProcess, timeout: float = 60) -> float:
    """A normal request is answered; returns how long it took."""
    started = time.monotonic()
    response = httpx.post(edge.url + CHAT, json=chat_body(), timeout=timeout)
    assert response.status_code == 200, response.text
    return time.monotonic() - started


def post_raw(edge: DuetProcess, content: bytes | str, headers: dict | None = None) -> httpx.Response:
    headers = JSON if headers is None else headers
    return httpx.post(edge.url + CHAT, content=content, headers=headers, timeout=60)


def test_fifty_thousand_messages_are_refused_quickly_while_others_are_served(
    edge: DuetProcess,
) -> None:
    body = json.dumps({"model": "auto", "messages": [{"role": "user", "content": "x"}] * 50_000})
    assert len(body) < 4_000_000
    result: dict[str, object] = {}

    def huge() -> None:
        started = time.monotonic()
        result["response"] = post_raw(edge, body)
        result["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=huge)
    thread.start()
    answers(edge)
    thread.join(60)
    error = assert_openai_error(result["response"], 400)  # type: ignore[arg-type]
    assert error["code"] == "context_length_exceeded"
    assert result["seconds"] < 15, result  # not minutes of tokenizing


@pytest.mark.parametrize("depth", [500, 990, 3000, 100_000])
@pytest.mark.parametrize("where", ["extra field", "metadata", "content"])
def test_deeply_nested_json(edge: DuetProcess, where: str, depth: int) -> None:
    nested = "[" * depth + "]" * depth
    if where == "extra field":
        raw = json.dumps(chat_body())[:-1] + f', "x": {nested}}}'
    elif where == "metadata":
        raw = json.dumps(chat_body())[:-1] + ', "metadata": ' + '{"a":' * depth + "1" + "}" * depth + "}"
    else:
        raw = '{"model": "auto", "messages": [{"role": "user", "content": ' + nested + "}]}"
    response = post_raw(edge, raw)
    if response.status_code != 200:  # an unknown field may be ignored; anything else is a 400
        assert_openai_error(response, 400)


LONE_SURROGATES = [
    ("content", '{"model":"auto","messages":[{"role":"user","content":"a\\udc00b"}]}', "messages.0.content"),
    ("content part", '{"model":"auto","messages":[{"role":"user","content":[{"type":"text","text":"\\ud800"}]}]}', "messages.0.content.0.text"),
    ("model", '{"model":"auto\\udc00","messages":[{"role":"user","content":"hi"}]}', "model"),
    ("stop", '{"model":"auto","messages":[{"role":"user","content":"hi"}],"stop":"\\udfff"}', "stop"),
    ("user", '{"model":"auto","messages":[{"role":"user","content":"hi"}],"user":"\\ud800"}', "user"),
    ("metadata key", '{"model":"auto","messages":[{"role":"user","content":"hi"}],"metadata":{"\\udc00":1}}', None),
    ("extra key", '{"model":"auto","messages":[{"role":"user","content":"hi"}],"\\udc00":1}', None),
]


@pytest.mark.parametrize("case,raw,param", LONE_SURROGATES, ids=[c[0] for c in LONE_SURROGATES])
def test_lone_surrogates_are_400(edge: DuetProcess, case: str, raw: str, param: str | None) -> None:
    """Valid JSON, invalid Unicode: no tokenizer, protobuf or UTF-8 log can carry it."""
    error = assert_openai_error(post_raw(edge, raw), 400)
    if param:
        assert error["param"] == param


def test_lone_surrogate_prompt_is_400(edge: DuetProcess) -> None:
    response = httpx.post(edge.url + "/v1/completions", content='{"model":"auto","prompt":"\\udc00"}',
                          headers=JSON, timeout=30)
    assert assert_openai_error(response, 400)["param"] == "prompt"


@pytest.mark.parametrize("raw", [
    b'{"model": "auto", "messages": [{"role": "user", "\xff\xfe": "hi", "content": "hi"}], "max_tokens": 2}',
    b'{"model": "auto", "messages": [{"role": "user", "content": "\xc0\xaf overlong"}], "max_tokens": 2}',
    b'{"model": "auto", "messages": [{"role": "user", "content": "\xed\xa0\x80 encoded surrogate"}], "max_tokens": 2}',
    b'\xef\xbb\xbf{"model": "auto", "messages": [{"role": "user", "content": "BOM"}], "max_tokens": 2}',
], ids=["key", "overlong", "encoded surrogate", "bom"])
def test_invalid_utf8_bytes(edge: DuetProcess, raw: bytes) -> None:
    response = post_raw(edge, raw)
    if response.status_code != 200:
        assert_openai_error(response, 400)


@pytest.mark.parametrize("body,status", [
    (chat_body("a\x00b"), 200),
    (chat_body("hi", stop="\x00"), 200),
    (chat_body("hi", metadata={"k\x00": "v\x00"}), 200),
    ({**chat_body(), "messages": [{"role": "user", "content": "hi", "\x00": 1}]}, 200),
    (chat_body("hi", model="auto\x00"), 404),
    ({**chat_body(), "\x00": "\x00"}, 400),
], ids=["content", "stop", "metadata", "message key", "model", "top-level key"])
def test_nul_bytes(edge: DuetProcess, body: dict, status: int) -> None:
    response = httpx.post(edge.url + CHAT, json=body, timeout=60)
    if status == 200:
        assert response.status_code == 200, response.text
    else:
        assert_openai_error(response, status)


def test_ten_megabyte_body_is_413_without_reading_it_all(edge: DuetProcess) -> None:
    big = json.dumps(chat_body("x" * 10_000_000))
    started = time.monotonic()
    error = assert_openai_error(post_raw(edge, big), 413)
    assert error["code"] == "request_too_large"
    assert time.monotonic() - started < 10

    def chunks() -> Iterator[bytes]:  # no content-length: counted while it streams in
        yield b'{"model": "auto", "messages": [{"role": "user", "content": "'
        for _ in range(1000):
            yield b"z" * 10_000
        yield b'"}]}'

    try:
        response = httpx.post(edge.url + CHAT, content=chunks(), headers=JSON, timeout=30)
    except (httpx.WriteError, httpx.RemoteProtocolError):
        return  # the server answered and closed before the client finished sending
    assert_openai_error(response, 413)


def test_body_sent_byte_by_byte_times_out_and_others_are_served(edge: DuetProcess) -> None:
    body = json.dumps(chat_body()).encode()
    sock = socket.create_connection(("127.0.0.1", edge.port), timeout=10)
    sock.sendall(
        b"POST " + CHAT.encode() + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n"
    )
    started = time.monotonic()
    reply = b""
    served_meanwhile = False
    try:
        for byte in body:
            sock.sendall(bytes([byte]))
            if not served_meanwhile and time.monotonic() - started > 0.5:
                served_meanwhile = answers(edge) < BODY_TIMEOUT_S * 2
            sock.settimeout(0.2)
            try:
                reply += sock.recv(65536)
            except TimeoutError:
                continue
            if reply:
                break
        sock.settimeout(5)
        while chunk := sock.recv(65536):
            reply += chunk
    except (ConnectionResetError, BrokenPipeError):
        pass
    finally:
        sock.close()
    waited = time.monotonic() - started
    assert reply.startswith(b"HTTP/1.1 408"), reply[:200]
    head, _, payload = reply.partition(b"\r\n\r\n")
    assert b"connection: close" in head.lower()
    assert json.loads(payload)["error"]["code"] == "request_timeout"
    assert BODY_TIMEOUT_S <= waited < BODY_TIMEOUT_S + 3
    assert served_meanwhile


def test_many_slow_header_connections_do_not_block_others(edge: DuetProcess) -> None:
    """Slowloris on the headers: uvicorn does not time these out, but they cost only a socket."""
    socks = []
    try:
        for _ in range(50):
            sock = socket.create_connection(("127.0.0.1", edge.port), timeout=5)
            sock.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            socks.append(sock)
        assert answers(edge) < 10
    finally:
        for sock in socks:
            sock.close()


WRONG_CONTENT_TYPES = [
    ("form", b"model=auto&messages=hi", "application/x-www-form-urlencoded"),
    ("multipart", b"--b\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\nauto\r\n--b--\r\n",
     "multipart/form-data; boundary=b"),
    ("xml", b"<model>auto</model>", "application/xml"),
    ("octet-stream", b"\x00\x01\x02", "application/octet-stream"),
    ("none", json.dumps(chat_body()).encode(), None),
    ("json-ish garbage", b"\x00\x01\x02", "application/json"),
]


@pytest.mark.parametrize("case,raw,ctype", WRONG_CONTENT_TYPES, ids=[c[0] for c in WRONG_CONTENT_TYPES])
def test_wrong_content_types(edge: DuetProcess, case: str, raw: bytes, ctype: str | None) -> None:
    headers = {"content-type": ctype} if ctype else {}  # none: FastAPI does not guess JSON
    assert_openai_error(post_raw(edge, raw, headers), 400)


def raw_exchange(edge: DuetProcess, data: bytes, wait: float = 5.0) -> bytes:
    with socket.create_connection(("127.0.0.1", edge.port), timeout=wait) as sock:
        sock.sendall(data)
        reply = b""
        try:
            while chunk := sock.recv(65536):
                reply += chunk
        except TimeoutError:
            pass
    return reply


def test_pipelined_requests_are_answered_in_order(edge: DuetProcess) -> None:
    one = b"GET /v1/models HTTP/1.1\r\nHost: x\r\nX-Request-Id: first\r\n\r\n"
    two = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Request-Id: second\r\nConnection: close\r\n\r\n"
    reply = raw_exchange(edge, one + two)
    assert reply.count(b"HTTP/1.1 200") == 2
    assert reply.index(b"x-request-id: first") < reply.index(b"x-request-id: second")


@pytest.mark.parametrize("garbage", [
    b"GARBAGE\r\n\r\n",
    b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(256)),  # a TLS hello
    b"GET /v1/models HTTP/1.1\r\nHost: x\r\n\r\nNOT HTTP AT ALL\r\n\r\n",
    b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
    b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
    b"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
], ids=["garbage", "tls hello", "pipelined garbage", "bad content-length", "smuggling"])
def test_protocol_garbage_gets_400_and_close(edge: DuetProcess, garbage: bytes) -> None:
    reply = raw_exchange(edge, garbage)
    assert b"HTTP/1.1 400" in reply, reply[:300]
    assert b"HTTP/1.1 5" not in reply


def test_still_serving_after_everything(edge: DuetProcess) -> None:
    answers(edge)
    assert "Traceback" not in edge.log()
