"""Pure ASGI middleware: request ids, the request-body size limit and the body read timeout.

Pure ASGI (not ``BaseHTTPMiddleware``) so streaming responses and client disconnects pass through
untouched and the per-request cost stays small.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
import uuid
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from duet.core.errors import PayloadTooLarge

ARRIVED_KEY = "duet.arrived"  # monotonic time the request arrived, in the ASGI scope's state
_SAFE_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")


def _header(scope: Scope, name: bytes) -> str | None:
    headers: list[tuple[bytes, bytes]] = scope.get("headers", [])
    for key, value in headers:
        if key == name:
            return value.decode("latin-1")
    return None


class GatewayMiddleware:
    """Echoes or creates ``x-request-id``; answers 413 for bodies over ``max_body_bytes`` and
    408 when the whole body has not arrived within ``body_timeout_s``.

    The server (uvicorn) bounds idle keep-alive connections but not a request body that trickles
    in byte by byte; without this bound such a client holds its connection, and the request's
    resources, for as long as it likes.
    """

    def __init__(
        self, app: ASGIApp, max_body_bytes: int, body_timeout_s: float | None = None
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.body_timeout_s = body_timeout_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = _header(scope, b"x-request-id")
        request_id = given if given and _SAFE_ID.match(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        scope["state"][ARRIVED_KEY] = time.monotonic()  # the request's budget starts here
        id_header = (b"x-request-id", request_id.encode())

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), id_header]
            await send(message)

        length = _header(scope, b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body_bytes:
            await _send_too_large(send_with_id, self.max_body_bytes)
            return

        received = 0
        body_done = False
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.body_timeout_s if self.body_timeout_s else None

        async def limited_receive() -> Message:
            nonlocal received, body_done
            if body_done or deadline is None:
                message = await receive()  # after the body: only the disconnect is awaited
            else:
                try:
                    message = await asyncio.wait_for(receive(), max(0.0, deadline - loop.time()))
                except asyncio.TimeoutError:
                    # An HTTPException passes through FastAPI's body parsing unchanged.
                    raise HTTPException(
                        408,
                        f"The request body did not arrive within {self.body_timeout_s:g} s",
                        headers={"connection": "close"},
                    ) from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise HTTPException(413, _too_large_text(self.max_body_bytes))
                body_done = not message.get("more_body", False)
            return message

        await self.app(scope, limited_receive, send_with_id)


def _too_large_text(limit: int) -> str:
    return f"Request body exceeds the limit of {limit} bytes"


async def _send_too_large(send: Send, limit: int) -> None:
    body: dict[str, Any] = PayloadTooLarge(_too_large_text(limit)).body()
    payload = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})
