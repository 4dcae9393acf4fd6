"""The shapes of OpenAI responses: SSE framing, stream chunks, usage and logprobs blocks."""

from __future__ import annotations

import json
from typing import Any

from duet.core.backend import Finish, TokenDelta
from duet.gateway.protocol import (
    ChatCompletionChunk,
    ChoiceLogprobs,
    ChunkChoice,
    ChunkDelta,
    Completion,
    CompletionChoice,
    CompletionLogprobs,
    TokenLogprobOut,
    TopLogprobOut,
    Usage,
    new_id,
    now,
)
from duet.gateway.tool_output import ToolStream


def chat_logprobs(delta: TokenDelta) -> TokenLogprobOut:
    return TokenLogprobOut(
        token=delta.text,
        logprob=delta.logprob if delta.logprob is not None else 0.0,
        bytes=list(delta.text.encode("utf-8")),
        top_logprobs=[
            TopLogprobOut(token=t.token, logprob=t.logprob, bytes=list(t.token.encode("utf-8")))
            for t in delta.top_logprobs
        ],
    )


def completion_logprobs(deltas: list[TokenDelta]) -> CompletionLogprobs:
    offsets, position = [], 0
    for delta in deltas:
        offsets.append(position)
        position += len(delta.text)
    return CompletionLogprobs(
        tokens=[d.text for d in deltas],
        token_logprobs=[d.logprob or 0.0 for d in deltas],
        top_logprobs=[{t.token: t.logprob for t in d.top_logprobs} for d in deltas],
        text_offset=offsets,
    )


def usage_of(finish: Finish) -> Usage:
    return Usage(
        prompt_tokens=finish.prompt_tokens,
        completion_tokens=finish.completion_tokens,
        total_tokens=finish.prompt_tokens + finish.completion_tokens,
    )


def sse(payload: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(payload, separators=(",", ":")).encode() + b"\n\n"


class ChatChunker:
    def __init__(self, model: str, logprobs: bool, tools: ToolStream) -> None:
        self.id, self.created, self.model, self.logprobs = new_id("chatcmpl"), now(), model, logprobs
        self.tools = tools

    def _chunk(self, choices: list[ChunkChoice], usage: Usage | None = None) -> dict[str, Any]:
        return ChatCompletionChunk(
            id=self.id, created=self.created, model=self.model, choices=choices, usage=usage
        ).model_dump(mode="json", exclude_none=False)

    def first(self) -> dict[str, Any]:
        return self._chunk([ChunkChoice(index=0, delta=ChunkDelta(role="assistant", content=""))])

    def deltas(self, event: TokenDelta) -> list[dict[str, Any]]:
        logprobs = ChoiceLogprobs(content=[chat_logprobs(event)]) if self.logprobs else None
        text, calls = self.tools.feed(event.text)
        out = [self._chunk([ChunkChoice(index=0, delta=ChunkDelta(tool_calls=[call]))])
               for call in calls]
        if text or (logprobs is not None and not self.tools.active):
            out.insert(0, self._chunk(
                [ChunkChoice(index=0, delta=ChunkDelta(content=text), logprobs=logprobs)]
            ))
        return out

    def finish(self, event: Finish, include_usage: bool) -> list[dict[str, Any]]:
        held, reason = self.tools.finish(event.finish_reason)
        out = [self._chunk([ChunkChoice(index=0, delta=ChunkDelta(content=held))])] if held else []
        return out + [self._chunk([ChunkChoice(index=0, delta=ChunkDelta(), finish_reason=reason)])]

    def usage(self, event: Finish) -> dict[str, Any]:
        return self._chunk([], usage=usage_of(event))


class CompletionChunker:
    def __init__(self, model: str, logprobs: bool) -> None:
        self.id, self.created, self.model, self.logprobs = new_id("cmpl"), now(), model, logprobs

    def _chunk(self, choices: list[CompletionChoice], usage: Usage | None = None) -> dict[str, Any]:
        return Completion(
            id=self.id, created=self.created, model=self.model, choices=choices, usage=usage
        ).model_dump(mode="json")

    def deltas(self, event: TokenDelta) -> list[dict[str, Any]]:
        logprobs = completion_logprobs([event]) if self.logprobs else None
        return [self._chunk(
            [CompletionChoice(text=event.text, index=0, logprobs=logprobs, finish_reason=None)]
        )]

    def finish(self, event: Finish, include_usage: bool) -> list[dict[str, Any]]:
        return [self._chunk(
            [CompletionChoice(text="", index=0, finish_reason=event.finish_reason)]
        )]

    def usage(self, event: Finish) -> dict[str, Any]:
        return self._chunk([], usage=usage_of(event))
