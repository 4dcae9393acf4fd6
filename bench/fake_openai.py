"""A fast OpenAI-compatible HTTP server for overhead benchmarks: a real HTTP server (uvicorn)
that answers every chat or text completion with ``--tokens`` fixed tokens at once, streamed
(SSE) or not. It measures what sits in front of a model, not the model.

    python -m bench.fake_openai --port 9000 --tokens 16
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

import uvicorn

MODEL = "fake-upstream"


def _chunk(kind: str, text: str | None, finish: str | None) -> dict[str, Any]:
    base = {"id": "cmpl-fake", "created": int(time.time()), "model": MODEL}
    if kind == "chat":
        delta = {"content": text} if text is not None else {}
        return {**base, "object": "chat.completion.chunk",
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return {**base, "object": "text_completion",
            "choices": [{"index": 0, "text": text or "", "finish_reason": finish}]}


async def read_body(receive: Any) -> bytes:
    """The whole request body of a raw ASGI call."""
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            return bytes(body)


def make_app(tokens: int):  # type: ignore[no-untyped-def]  # a raw ASGI app, kept free of framework imports
    pieces = [f" tok{i}" for i in range(tokens)]
    usage = {"prompt_tokens": 8, "completion_tokens": tokens, "total_tokens": 8 + tokens}

    async def app(scope, receive, send):  # type: ignore[no-untyped-def]  # raw ASGI scope/receive/send
        if scope["type"] != "http":
            return
        body = await read_body(receive)
        path = scope["path"]
        if scope["method"] == "GET":
            payload = json.dumps({"object": "list", "data": [{"id": MODEL, "object": "model"}]})
            await _send(send, 200, "application/json", payload.encode())
            return
        kind = "chat" if path.endswith("/chat/completions") else "text"
        request = json.loads(body or b"{}")
        if request.get("stream"):
            frames = [_chunk(kind, p, None) for p in pieces] + [_chunk(kind, None, "length")]
            if (request.get("stream_options") or {}).get("include_usage"):
                frames.append({**_chunk(kind, None, None), "choices": [], "usage": usage})
            out = b"".join(b"data: " + json.dumps(f).encode() + b"\n\n" for f in frames)
            await _send(send, 200, "text/event-stream", out + b"data: [DONE]\n\n")
            return
        text = "".join(pieces)
        if kind == "chat":
            choice = {"index": 0, "message": {"role": "assistant", "content": text},
                      "finish_reason": "length"}
            obj = "chat.completion"
        else:
            choice = {"index": 0, "text": text, "finish_reason": "length"}
            obj = "text_completion"
        payload = {"id": "cmpl-fake", "object": obj, "created": int(time.time()), "model": MODEL,
                   "choices": [choice], "usage": usage}
        await _send(send, 200, "application/json", json.dumps(payload).encode())

    return app


async def _send(send, status: int, content_type: str, body: bytes) -> None:  # type: ignore[no-untyped-def]  # raw ASGI send
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--tokens", type=int, default=16)
    args = parser.parse_args()
    uvicorn.run(make_app(args.tokens), host="127.0.0.1", port=args.port, log_level="warning",
                access_log=False)


if __name__ == "__main__":
    main()
