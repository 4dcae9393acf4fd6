"""Schemathesis hooks for the fuzz runs (loaded with ``SCHEMATHESIS_HOOKS=tests.hostile.st_hooks``).

Random model names are answered 404 before any real work, so most generated bodies get a model
that exists: then the fuzzed fields reach the request conversion and the model itself. For the same
reason most bodies lose the top-level fields OpenAI's description does not name (the generator adds
them freely; the gateway refuses them with a 400), and the rest keep them.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

import schemathesis

from duet.gateway.protocol import ChatCompletionRequest, CompletionRequest
from duet.gateway.request_fields import known_fields

SERVED_MODEL = "auto"


@schemathesis.hook
def map_body(ctx: Any, body: Any) -> Any:
    if isinstance(body, dict) and isinstance(body.get("model"), str):
        digest = zlib.crc32(json.dumps(body, sort_keys=True, default=str).encode())
        if digest % 5:  # four in five; the rest keep their generated name
            body["model"] = SERVED_MODEL
        if (digest >> 8) % 5:  # four in five; the rest keep their unknown fields
            known = known_fields(ChatCompletionRequest if "messages" in body else CompletionRequest)
            for name in set(body) - known:
                del body[name]
    return body
