"""An echoing OpenAI-compatible server for tests: a real HTTP server (uvicorn) that answers
``/v1/chat/completions`` with the content of the last user message it received (and
``/v1/completions`` with the prompt), streamed in chunks of 1–3 characters (seeded random) or as
one message, and records every request body it received (``GET /_received``: a JSON list).

It stands for a cloud replica (``kind: openai`` in a pool file) whose answer is known in advance,
so a test can check exactly what came back and exactly what left the device.

    python -m tests.echo_openai --port 9000 --seed 7
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import uvicorn

from bench.fake_openai import _chunk  # the chunk shapes of the benchmarks' fake server

MODEL = "echo"
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


def echoed(body: dict[str, Any]) -> str:
    """What the server answers to ``body``: the last user message's text, or the prompt."""
    if "messages" not in body:
        prompt = body.get("prompt") or ""
        return prompt if isinstance(prompt, str) else str(prompt)
    users = [m for m in body["messages"] if m.get("role") == "user"]
    content = users[-1].get("content") if users else ""
    if isinstance(content, list):  # content parts: their text, in order
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return content or ""


def chunked(text: str, rng: random.Random) -> list[str]:
    """``text`` cut into pieces of 1–3 characters."""
    pieces, i = [], 0
    while i < len(text):
        n = rng.randint(1, 3)
        pieces.append(text[i:i + n])
        i += n
    return pieces


class EchoApp:
    """The ASGI application; ``received`` holds every completion request body, in order."""

    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)
        self.received: list[dict[str, Any]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        if scope["method"] == "GET":
            payload: Any = (
                self.received if scope["path"] == "/_received"
                else {"object": "list", "data": [{"id": MODEL, "object": "model"}]}
            )
            await _send(send, 200, "application/json", json.dumps(payload).encode())
            return
        request = json.loads(body or b"{}")
        self.received.append(request)
        kind = "chat" if scope["path"].endswith("/chat/completions") else "text"
        text = echoed(request)
        pieces = chunked(text, self.rng)
        usage = {"prompt_tokens": len(text.split()), "completion_tokens": len(pieces),
                 "total_tokens": len(text.split()) + len(pieces)}
        if request.get("stream"):
            await self._stream(send, kind, pieces, usage, request)
            return
        await _send(send, 200, "application/json", json.dumps(_whole(kind, text, usage)).encode())

    async def _stream(self, send: Send, kind: str, pieces: list[str], usage: dict[str, int],
                      request: dict[str, Any]) -> None:
        frames = [_chunk(kind, p, None) for p in pieces] + [_chunk(kind, None, "stop")]
        if (request.get("stream_options") or {}).get("include_usage"):
            frames.append({**_chunk(kind, None, None), "choices": [], "usage": usage})
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/event-stream")]})
        for frame in frames:  # one body message per chunk, as a model server sends them
            await send({"type": "http.response.body", "more_body": True,
                        "body": b"data: " + json.dumps(frame).encode() + b"\n\n"})
        await send({"type": "http.response.body", "body": b"data: [DONE]\n\n"})


async def _send(send: Send, status: int, content_type: str, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _whole(kind: str, text: str, usage: dict[str, int]) -> dict[str, Any]:
    if kind == "chat":
        choice: dict[str, Any] = {"index": 0, "finish_reason": "stop",
                                  "message": {"role": "assistant", "content": text}}
        obj = "chat.completion"
    else:
        choice, obj = {"index": 0, "text": text, "finish_reason": "stop"}, "text_completion"
    return {"id": "cmpl-echo", "object": obj, "created": 0, "model": MODEL,
            "choices": [choice], "usage": usage}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    uvicorn.run(EchoApp(args.seed), host="127.0.0.1", port=args.port, log_level="warning",
                access_log=False)


if __name__ == "__main__":
    main()
