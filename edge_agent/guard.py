"""The privacy guard: the one place that builds what leaves the device.

``PrivacyGuard.outbound`` takes a request the planner sent to the cloud and returns the request
as it may leave, or raises ``PrivateContent``. Every field has a decision, written down in
``REQUEST_FIELDS`` and ``MESSAGE_FIELDS`` (a test fails when a field is added to the request
types without one):

- text (message content and names, tool-call arguments, the completion prompt) leaves only in its
  redacted form when the decision redacts, and is checked once more on the way out: if the
  detector still finds personal data in anything that leaves (and the request was not tagged
  ``allow_cloud``), nothing leaves;
- the ``user`` field leaves only as a keyed hash (HMAC-SHA256); the key never leaves the device;
- metadata does not leave, except the mark that tells the pool to keep no copy;
- the declared text (tools, the response format, stop sequences) leaves as it is, so the router
  keeps a request with personal data there on the device, and it is checked like text; the
  request id leaves only when it carries no personal data.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import logging
import os
import re
import secrets
import uuid
from collections.abc import Iterator
from typing import Any

from duet.core.backend import GenerationRequest, RequestContext
from duet.core.errors import ServiceUnavailable
from duet.core.metrics import Metrics
from duet.edge_agent.signals import declared_texts
from duet.router import Decision
from duet.router.messages import text_pieces
from duet.router.privacy import detect_pii

log = logging.getLogger("duet.edge")
# A typed placeholder of router.privacy.redact, e.g. [EMAIL_1], [API_KEY_SECRET_2].
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*_[0-9]+\]")

# What leaves the device of each field of a ``GenerationRequest``.
REQUEST_FIELDS: dict[str, str] = {
    "model": "sent (the cloud client maps auto and the device's model to the pool's default)",
    "params": "sent; stop sequences checked for personal data",
    "messages": "the redacted messages when the decision redacts; every text field checked",
    "prompt": "the redacted prompt when the decision redacts; checked",
    "stream": "sent",
    "user": "a keyed hash (HMAC-SHA256, key kept on the device), never the value",
    "metadata": "dropped; only the mark that the pool must keep no copy",
    "tools": "sent (function names, descriptions and JSON schemas the app declared); checked",
    "tool_choice": "sent",
    "response_format": "sent; its name and schema checked",
    "priority": "not sent (a scheduling class of the device's model, no content)",
}
# What leaves of each field of a chat message; any other key is dropped.
MESSAGE_FIELDS: dict[str, str] = {
    "role": "sent",
    "content": "redacted when the decision redacts; checked (text and text parts)",
    "name": "redacted when the decision redacts; checked",
    "tool_calls": "function names sent; arguments redacted when the decision redacts; checked",
    "tool_call_id": "sent (an identifier the model made up)",
    "refusal": "never a key of its own: the gateway folds it into content (redacted, checked)",
}


class PrivateContent(ServiceUnavailable):
    """The guard refused to let a request leave the device."""

    default_code = "private_content"


def user_key(path: str | None) -> bytes:
    """The device's key for hashing ``user``: read from ``path`` (``~`` expanded), created there
    (mode 0600) on first use; a key for this process only when no path is set or the file cannot
    be written."""
    if not path:
        return secrets.token_bytes(32)
    path = os.path.expanduser(path)
    try:
        with open(path, "rb") as f:
            key = f.read()
        if len(key) >= 16:
            return key
    except FileNotFoundError:
        pass
    key = secrets.token_bytes(32)
    try:
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(key)
    except OSError as exc:
        log.warning("cannot keep the user key in %s (%s): using a key for this process only",
                    path, exc.strerror)
    return key


class PrivacyGuard:
    def __init__(self, key: bytes, metrics: Metrics | None = None) -> None:
        """``key``: the device's secret for hashing ``user`` (see ``user_key``)."""
        self._key = key
        self.metrics = metrics if metrics is not None and metrics.enabled else None

    def hash_user(self, user: str) -> str:
        return hmac.new(self._key, user.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()

    def outbound(
        self, request: GenerationRequest, ctx: RequestContext, decision: Decision,
        allowed_by_tag: bool,
    ) -> tuple[GenerationRequest, RequestContext]:
        """The request and context as they may leave the device; raises ``PrivateContent``."""
        if not decision.may_escalate:
            self.refuse("the decision keeps this request on the device")
        messages, prompt = request.messages, request.prompt
        if decision.redacted_messages is not None:
            if messages is not None:
                messages = decision.redacted_messages
            else:
                prompt = str(decision.redacted_messages[0].get("content") or "")
        if messages is not None:
            messages = [_allowed_fields(m) for m in messages]
        leaving = dataclasses.replace(
            request,
            messages=messages,
            prompt=prompt,
            user=self.hash_user(request.user) if request.user else None,
            # the pool keeps no copy of anything private (redacted, or allowed out by its tag)
            metadata={"redacted": True} if decision.private else {},
        )
        if not allowed_by_tag:
            self._check(leaving, decision)
        request_id = ctx.request_id
        if request_id and detect_pii(request_id):
            request_id = uuid.uuid4().hex
        return leaving, dataclasses.replace(ctx, request_id=request_id)

    def _check(self, leaving: GenerationRequest, decision: Decision) -> None:
        """Nothing the router found, and nothing the detector finds now, may leave. The typed
        placeholders of a redacted request are blanked first: "my key is [API_KEY_SECRET_1]"
        is what redaction is meant to send, not a secret."""
        found = {span.value for span in decision.pii if span.value}
        for text in _texts(leaving):
            if any(value in text for value in found):
                self.refuse("personal data would have left the device")
            if detect_pii(_PLACEHOLDER.sub(" ", text)):
                self.refuse("personal data would have left the device")

    def refuse(self, why: str) -> None:
        if self.metrics is not None:
            self.metrics.private_escalations.inc()
        log.error("refused to send private content to the cloud: %s", why)
        raise PrivateContent("this request must stay on the device")


def _allowed_fields(message: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in message.items() if k in MESSAGE_FIELDS}


def _texts(request: GenerationRequest) -> Iterator[str]:
    """Every string of the request that leaves the device and may carry personal data."""
    if request.messages is not None:
        yield from (text for _, text in text_pieces(request.messages))
    if request.prompt:
        yield request.prompt
    yield from declared_texts(request)
