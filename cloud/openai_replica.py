"""A replica that is any OpenAI-compatible HTTP server (vLLM, SGLang, TGI, llama_cpp.server).

Every call streams (SSE) so the first token can be told apart from failures before it; one
``httpx.AsyncClient`` per replica keeps connections alive (a stream is read to its end after
``[DONE]``, so its connection goes back to the pool). httpx errors are translated here.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx

from duet.cloud.config import OpenAIReplicaConfig
from duet.cloud.replicas import ReplicaBusy, ReplicaFailed
from duet.core.backend import Event, Finish, FinishReason, GenerationRequest, TokenDelta, TopLogprob
from duet.core.errors import ContextLengthExceeded, DeadlineExceeded, InvalidRequest
from duet.core.structured import encode_calls
from duet.cloud.upstream_tools import SchemaStyle, ToolCallMode, structure_body

_NO_DEADLINE_TIMEOUT = 300.0
# How long to wait for the end of a response after its ``[DONE]`` line (normally already there).
# A response read to its end leaves its connection open for the next call; one cut short is
# closed, and the next call would pay for a new TCP (and TLS) connection.
_DRAIN_TIMEOUT_S = 0.05


def request_body(
    request: GenerationRequest, model: str, tool_calls: ToolCallMode = "native",
    schema_style: SchemaStyle = "openai",
) -> dict[str, Any]:
    """The upstream request body; only parameters the caller set are sent."""
    p = request.params
    body: dict[str, Any] = {
        "model": model,
        "stream": True,
        "stream_options": {"include_usage": True},
        "temperature": p.temperature,
        "top_p": p.top_p,
    }
    if request.messages is not None:
        body.update(structure_body(request, tool_calls, schema_style))
        if p.logprobs:
            body["logprobs"] = True
            body["top_logprobs"] = p.top_logprobs
    else:
        body["prompt"] = request.prompt or ""
        if p.logprobs:
            body["logprobs"] = p.top_logprobs
    optional = {
        "max_tokens": p.max_tokens,
        "seed": p.seed,
        "stop": list(p.stop) or None,
        "presence_penalty": p.presence_penalty or None,
        "frequency_penalty": p.frequency_penalty or None,
        "user": request.user,
    }
    body.update({k: v for k, v in optional.items() if v is not None})
    return body


class _CallCollector:
    """Streamed ``delta.tool_calls`` pieces, assembled by index into the canonical call text."""

    def __init__(self) -> None:
        self.calls: dict[int, list[str]] = {}

    def add(self, choice: dict[str, Any]) -> None:
        for piece in (choice.get("delta") or {}).get("tool_calls") or []:
            entry = self.calls.setdefault(int(piece.get("index", 0)), ["", ""])
            function = piece.get("function") or {}
            entry[0] += function.get("name") or ""
            entry[1] += function.get("arguments") or ""

    def text(self) -> str:
        if not self.calls:
            return ""
        return encode_calls([(name, args) for _, (name, args) in sorted(self.calls.items())])


def _chat_delta(choice: dict[str, Any]) -> TokenDelta | None:
    text = (choice.get("delta") or {}).get("content") or ""
    content = (choice.get("logprobs") or {}).get("content") or []
    if not text and not content:
        return None
    if content:
        first = content[0]
        tops = tuple(TopLogprob(t["token"], t["logprob"]) for t in first.get("top_logprobs") or [])
        return TokenDelta(text=text, logprob=first.get("logprob"), top_logprobs=tops)
    return TokenDelta(text=text)


def _completion_delta(choice: dict[str, Any]) -> TokenDelta | None:
    text = choice.get("text") or ""
    logprobs = choice.get("logprobs") or {}
    values = logprobs.get("token_logprobs") or []
    tops = (logprobs.get("top_logprobs") or [None])[0] or {}
    if not text and not values:
        return None
    return TokenDelta(
        text=text,
        logprob=values[0] if values else None,
        top_logprobs=tuple(TopLogprob(k, v) for k, v in tops.items()),
    )


async def _sse_data(response: httpx.Response) -> AsyncIterator[str]:
    """The payload of each ``data:`` line of an SSE body, stripped.

    Lines are split here, on the bytes (``\\n``, ``\\r\\n`` or ``\\r``), and only ``data:`` lines
    are decoded (as UTF-8, the encoding SSE prescribes; invalid bytes replaced): ``aiter_lines``
    would pass every chunk (every token of a real server) through three more generators.
    """
    pending = b""
    async for chunk in response.aiter_bytes():
        lines = (pending + chunk).splitlines(keepends=True)
        pending = lines.pop() if lines and not lines[-1].endswith((b"\n", b"\r")) else b""
        for line in lines:
            if line.startswith(b"data:"):
                yield line[5:].decode("utf-8", "replace").strip()
    if pending.startswith(b"data:"):
        yield pending[5:].decode("utf-8", "replace").strip()


async def _drain(data: AsyncIterator[str]) -> None:
    """Read what follows ``[DONE]`` (normally only the end of the response), so httpx keeps the
    connection; a server that goes on sending gets its connection closed instead."""
    try:
        async with asyncio.timeout(_DRAIN_TIMEOUT_S):
            async for _ in data:
                pass
    except (TimeoutError, httpx.HTTPError):
        pass


class OpenAIReplica:
    def __init__(self, model_name: str, config: OpenAIReplicaConfig) -> None:
        self.name = config.name
        self.config = config
        self.upstream_model = config.upstream_model or model_name
        headers = {}
        if config.api_key_env:
            headers["authorization"] = f"Bearer {os.environ.get(config.api_key_env, '')}"
        self.client = httpx.AsyncClient(
            base_url=config.url.rstrip("/"),
            headers=headers,
            limits=httpx.Limits(
                max_connections=config.max_connections,
                max_keepalive_connections=config.max_connections,
                keepalive_expiry=60.0,
            ),
            timeout=httpx.Timeout(_NO_DEADLINE_TIMEOUT, connect=5.0),
        )
        # merged with the base URL once, not on every call
        self._urls = {
            kind: self.client.build_request("POST", path).url
            for kind, path in (("chat", "/chat/completions"), ("completion", "/completions"))
        }

    async def stream(
        self, request: GenerationRequest, deadline: float | None
    ) -> AsyncIterator[Event]:
        url = self._urls[request.kind]
        body = request_body(request, self.upstream_model, self.config.tool_calls,
                            self.config.schema_style)
        remaining = _NO_DEADLINE_TIMEOUT if deadline is None else deadline - time.monotonic()
        if remaining <= 0:
            raise DeadlineExceeded("the deadline passed before the replica was called")
        timeout = httpx.Timeout(remaining, connect=min(remaining, 5.0))
        try:
            async with self.client.stream("POST", url, json=body, timeout=timeout) as response:
                if response.status_code != 200:
                    await response.aread()
                    raise self._status_error(response)
                async for event in self._events(response, request.kind == "chat"):
                    yield event
        except httpx.TimeoutException as exc:
            if deadline is not None and time.monotonic() >= deadline:
                raise DeadlineExceeded(f"replica {self.name} did not answer in time") from exc
            raise ReplicaFailed(f"replica {self.name} timed out ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            raise ReplicaFailed(f"replica {self.name} unreachable: {type(exc).__name__}") from exc

    async def _events(self, response: httpx.Response, chat: bool) -> AsyncIterator[Event]:
        finish_reason: FinishReason | None = None
        usage, count = None, 0
        parse = _chat_delta if chat else _completion_delta
        calls = _CallCollector()
        payloads = _sse_data(response)
        async for data in payloads:
            if data == "[DONE]":
                break
            try:
                chunk = json.loads(data)
            except json.JSONDecodeError as exc:
                raise ReplicaFailed(f"replica {self.name} sent invalid JSON in its stream") from exc
            if "error" in chunk:
                message = (chunk["error"] or {}).get("message", "error event")
                raise ReplicaFailed(f"replica {self.name} failed: {message}")
            usage = chunk.get("usage") or usage
            for choice in chunk.get("choices") or []:
                calls.add(choice)
                delta = parse(choice)
                if delta is not None:
                    count += 1
                    yield delta
                if choice.get("finish_reason"):
                    finish_reason = "length" if choice["finish_reason"] == "length" else "stop"
        else:
            raise ReplicaFailed(f"replica {self.name} ended its stream without [DONE]")
        await _drain(payloads)
        if finish_reason is None:  # seen from servers that dropped the request half-way
            raise ReplicaFailed(f"replica {self.name} ended its stream without a finish_reason")
        if calls.text():  # tool calls travel as the canonical text (duet.core.structured)
            count += 1
            yield TokenDelta(text=calls.text())
        prompt_tokens = int((usage or {}).get("prompt_tokens") or 0)
        completion_tokens = int((usage or {}).get("completion_tokens") or count)
        yield Finish(finish_reason, prompt_tokens, completion_tokens)

    def _status_error(self, response: httpx.Response) -> Exception:
        try:
            error = response.json().get("error") or {}
            message = error.get("message") if isinstance(error, dict) else str(error)
        except (ValueError, AttributeError):
            error, message = {}, None
        message = message or response.text[:200] or response.reason_phrase
        status = response.status_code
        if status in (400, 422):
            code = error.get("code") if isinstance(error, dict) else None
            if code == "context_length_exceeded" or "context" in (message or "").lower():
                return ContextLengthExceeded(message)
            return InvalidRequest(f"rejected by the model server: {message}")
        if status == 429:
            retry = response.headers.get("retry-after", "1")
            return ReplicaBusy(
                f"replica {self.name} is busy", retry_after=float(retry) if retry.isdigit() else 1.0
            )
        return ReplicaFailed(f"replica {self.name} answered HTTP {status}: {message}")

    async def probe(self, timeout: float) -> None:
        try:
            response = await self.client.get(self.config.probe_path, timeout=timeout)
        except httpx.HTTPError as exc:
            raise ReplicaFailed(f"probe of {self.name} failed: {type(exc).__name__}") from exc
        if response.status_code >= 500:
            raise ReplicaFailed(f"probe of {self.name} answered HTTP {response.status_code}")

    async def aclose(self) -> None:
        await self.client.aclose()
