"""Reading routing inputs off a request: privacy tag, forced route, conversation id."""

from __future__ import annotations

from typing import Any

from duet.core.backend import GenerationRequest, RequestContext
from duet.core.errors import InvalidRequest
from duet.router import PrivacyTag, Target

PRIVACY_HEADER = "x-duet-privacy"
ROUTE_HEADER = "x-duet-route"


def privacy_tag(request: GenerationRequest, ctx: RequestContext) -> PrivacyTag | None:
    """The request's privacy tag: header ``x-duet-privacy`` or ``metadata.privacy``.

    When both are given the stricter one wins (local_only > redact > allow_cloud).
    """
    given = [ctx.headers.get(PRIVACY_HEADER), request.metadata.get("privacy")]
    tags = []
    for value, where in zip(given, (PRIVACY_HEADER, "metadata.privacy")):
        if value is None or str(value).strip() == "":
            continue
        try:
            tags.append(PrivacyTag(str(value).strip().lower()))
        except ValueError:
            raise InvalidRequest(
                f"{where} must be one of local_only, redact, allow_cloud", param=where
            ) from None
    order = [PrivacyTag.LOCAL_ONLY, PrivacyTag.REDACT, PrivacyTag.ALLOW_CLOUD]
    return min(tags, key=order.index) if tags else None


def forced_target(ctx: RequestContext) -> Target | None:
    value = ctx.headers.get(ROUTE_HEADER)
    if value is None or value.strip() == "" or value.strip().lower() == "auto":
        return None
    try:
        return Target(value.strip().lower())
    except ValueError:
        raise InvalidRequest(
            f"{ROUTE_HEADER} must be local, cloud or auto", param=ROUTE_HEADER
        ) from None


def conversation_id(request: GenerationRequest) -> str | None:
    """``metadata.conversation_id``, else the OpenAI ``user`` field."""
    value = request.metadata.get("conversation_id") or request.user
    return str(value) if value else None


def routed_messages(request: GenerationRequest) -> list[dict[str, Any]]:
    """What the router reads: the chat messages, or the prompt as one user turn."""
    if request.messages is not None:
        return request.messages
    return [{"role": "user", "content": request.prompt or ""}]
