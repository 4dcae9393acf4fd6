"""Scenario: the cloud's stream is cut mid-answer (the proxy stops forwarding cloud → edge) on a
request only the cloud may answer (``x-duet-route: cloud_only``; otherwise the local model
continues the answer, see ``test_stream_continuity.py``).

Read with raw httpx to see the exact SSE framing the client gets: chunks, then an OpenAI error
object, then ``data: [DONE]`` — never a hang, never a ``finish_reason`` that would make the cut
answer look complete. The request id travels in the gRPC request, so counting it in the bytes
the proxy saw going to the cloud counts the attempts.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field

import httpx

from tests.scenarios.system import System, ask

# Only the cloud may answer: a cut stream cannot be continued by the local model.
CLOUD_ONLY = {"x-duet-route": "cloud_only", "cache-control": "no-cache, no-store"}
COUNTING = "Count from one to one hundred in words, separated by commas."


@dataclass
class CutStream:
    request_id: str
    seconds: float = 0.0
    content_chunks: int = 0
    finish_reasons: list[str] = field(default_factory=list)
    errors: list[dict[str, object]] = field(default_factory=list)
    last_line: str = ""
    events_after_done: int = 0
    attempts: int = 0  # the request id's occurrences in the edge → cloud bytes

    @property
    def well_formed(self) -> bool:
        return (self.content_chunks >= 1 and not self.finish_reasons and len(self.errors) == 1
                and self.last_line == "data: [DONE]" and self.events_after_done == 0)


def cut_one(system: System, max_tokens: int = 64) -> CutStream:
    result = CutStream(uuid.uuid4().hex)
    body = {"model": "auto", "messages": ask(COUNTING), "max_tokens": max_tokens,
            "temperature": 0, "stream": True}
    started = time.monotonic()
    done = False
    with httpx.stream("POST", system.url + "/v1/chat/completions", json=body, timeout=20,
                      headers={**CLOUD_ONLY, "x-request-id": result.request_id}) as response:
        assert response.status_code == 200 and response.headers["x-duet-route"] == "cloud"
        for line in response.iter_lines():
            if not line:
                continue
            if done:
                result.events_after_done += 1
            result.last_line = line
            if line == "data: [DONE]":
                done = True
                continue
            event = json.loads(line.removeprefix("data: "))
            if "error" in event:
                result.errors.append(event["error"])
                continue
            for choice in event.get("choices", []):
                if choice.get("finish_reason"):
                    result.finish_reasons.append(choice["finish_reason"])
                if choice.get("delta", {}).get("content"):
                    result.content_chunks += 1
                    if result.content_chunks == 1:
                        system.proxy.cut_after(0)  # nothing more from the cloud
    result.seconds = time.monotonic() - started
    system.proxy.passthrough()
    result.attempts = system.proxy.captured().up.count(result.request_id.encode())
    return result
