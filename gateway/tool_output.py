"""The model's text as OpenAI tool calls.

Every tier answers a request with tools in text; a tool call is the canonical JSON array of
``duet.core.structured`` (``[{"name": ..., "arguments": {...}}]``). Here it becomes the response's
``message.tool_calls`` (finish_reason ``tool_calls``) or, streamed, ``delta.tool_calls`` chunks:
one with the call's ``index``, ``id``, ``type`` and ``function.name`` and an empty argument
string, then the arguments, as the official client assembles them.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field

from duet.core.backend import GenerationRequest
from duet.core.structured import CALLS_OPEN, decode_calls
from duet.gateway.protocol import (
    AssistantMessage,
    ChatFinish,
    FunctionCallChunk,
    FunctionCallOut,
    ToolCallChunk,
    ToolCallOut,
)


def call_id() -> str:
    return f"call_{uuid.uuid4().hex[:24]}"


def assistant_message(
    request: GenerationRequest, text: str, finish: ChatFinish
) -> tuple[AssistantMessage, ChatFinish]:
    """The answer's message and finish reason: tool calls when the text is calls."""
    calls = decode_calls(text) if request.calls_tools else None
    if not calls:
        return AssistantMessage(content=text), finish
    tool_calls = [ToolCallOut(id=call_id(), function=FunctionCallOut(name=name, arguments=args))
                  for name, args in calls]
    return AssistantMessage(content=None, tool_calls=tool_calls), "tool_calls"


@dataclass
class _Scan:
    """Where complete call objects end in the array text (depth, strings, escapes)."""

    depth: int = 0
    in_string: bool = False
    escaped: bool = False
    start: int = -1
    done: list[str] = field(default_factory=list)

    def feed(self, text: str, offset: int, whole: str) -> None:
        for i, char in enumerate(text, offset):
            if self.in_string:
                self.escaped = not self.escaped and char == "\\"
                self.in_string = self.escaped or char != '"'
                continue
            if char == '"':
                self.in_string = True
            elif char in "{[":
                self.depth += 1
                if self.depth == 2 and char == "{":
                    self.start = i
            elif char in "}]":
                if self.depth == 2 and char == "}" and self.start >= 0:
                    self.done.append(whole[self.start : i + 1])
                    self.start = -1
                self.depth -= 1


class ToolStream:
    """Splits streamed text into content pieces and complete tool calls."""

    def __init__(self, request: GenerationRequest) -> None:
        self.active = request.calls_tools
        self.mode: str | None = None if self.active else "prose"  # "prose" or "calls"
        self.buffer = ""
        self.scan = _Scan()
        self.calls = 0

    def feed(self, text: str) -> tuple[str, list[ToolCallChunk]]:
        """Content to send now, and tool-call chunks completed by ``text``."""
        if self.mode == "prose":
            return text, []
        offset = len(self.buffer)
        self.buffer += text
        if self.mode is None:
            head = self.buffer.lstrip()
            if not head:
                return "", []
            self.mode = "calls" if head.startswith(CALLS_OPEN) else "prose"
            if self.mode == "prose":
                out, self.buffer = self.buffer, ""
                return out, []
            offset = 0
        self.scan.feed(self.buffer[offset:], offset, self.buffer)
        chunks: list[ToolCallChunk] = []
        while self.scan.done:
            chunks += self._call_chunks(self.scan.done.pop(0))
        return "", chunks

    def _call_chunks(self, text: str) -> list[ToolCallChunk]:
        try:
            item = json.loads(text)
        except ValueError:
            return []
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            return []
        index, self.calls = self.calls, self.calls + 1
        arguments = json.dumps(item.get("arguments", {}), ensure_ascii=False)
        return [
            ToolCallChunk(index=index, id=call_id(), type="function",
                          function=FunctionCallChunk(name=item["name"], arguments="")),
            ToolCallChunk(index=index, function=FunctionCallChunk(arguments=arguments)),
        ]

    def finish(self, finish: ChatFinish) -> tuple[str, ChatFinish]:
        """Text held back (calls that never completed) and the finish reason."""
        if self.calls:
            return "", "tool_calls"
        out, self.buffer = self.buffer, ""
        return out, finish
