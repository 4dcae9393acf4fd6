"""What every Duet process shares: logging, the listening socket, serving HTTP, start-up errors."""

from __future__ import annotations

import gc
import logging
import socket
import sys
from collections.abc import Callable
from typing import Any

import uvicorn

from duet.core.settings import HttpSettings


class StartupError(Exception):
    """A problem the user can fix; printed as one line, without a traceback."""


def configure_logging(level: str) -> None:
    logging.basicConfig(
        level=level.upper(),
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
        stream=sys.stderr,
    )


def bind(host: str, port: int) -> socket.socket:
    """Bind the listening socket ourselves, so port 0 works and the real port is known."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise StartupError(f"cannot listen on {host}:{port}: {exc.strerror}") from exc
    return sock


def base_url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def freeze_startup_objects() -> None:
    """Move everything built at start-up (the router's name lists and jieba's dictionary, the
    engine) out of the garbage collector's reach: it lives as long as the process, and a full
    collection walking it paused the event loop for 40 ms and more, long enough for a cache call
    bounded at 50 ms to time out on the first requests."""
    gc.collect()
    gc.freeze()


def run_http(app: Callable[..., Any], settings: HttpSettings, sock: socket.socket) -> None:
    """Serve an ASGI application on an already bound socket until it is told to stop."""
    freeze_startup_objects()
    config = uvicorn.Config(
        app,
        log_level=settings.log_level.lower(),
        access_log=False,
        timeout_graceful_shutdown=5,
    )
    uvicorn.Server(config).run(sockets=[sock])


def guarded(run: Callable[[], None]) -> int:
    """Run a process body; a ``StartupError`` is one line on stderr and exit status 2."""
    try:
        run()
    except StartupError as exc:
        print(f"duet: error: {exc}", file=sys.stderr)
        return 2
    return 0


def usage_example(url: str, model: str, api_key: str | None) -> str:
    key = api_key or "none"
    auth = f" -H 'Authorization: Bearer {key}'" if api_key else ""
    return (
        f"  curl {url}/v1/chat/completions -H 'Content-Type: application/json'{auth} \\\n"
        f"    -d '{{\"model\": \"{model}\", \"messages\": [{{\"role\": \"user\", "
        f"\"content\": \"Hello!\"}}]}}'\n\n"
        f"  python -c \"from openai import OpenAI; c = OpenAI(base_url='{url}/v1', "
        f"api_key='{key}'); print(c.chat.completions.create(model='{model}', "
        f"messages=[{{'role': 'user', 'content': 'Hello!'}}]).choices[0].message.content)\""
    )
