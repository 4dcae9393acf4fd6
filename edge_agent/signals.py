"""Reading routing inputs off a request: privacy tag, routing mode, conversation id."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
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


class RouteMode(StrEnum):
    """``x-duet-route``: where the caller wants the request answered (never above privacy).

    ``prefer_*`` name the first tier and still fall back to the other one when it fails;
    ``*_only`` never use the other tier; ``local`` and ``cloud`` are ``prefer_local`` and
    ``prefer_cloud``; ``auto`` (or no header) lets the router decide.
    """

    AUTO = "auto"
    LOCAL = "local"
    CLOUD = "cloud"
    PREFER_LOCAL = "prefer_local"
    PREFER_CLOUD = "prefer_cloud"
    LOCAL_ONLY = "local_only"
    CLOUD_ONLY = "cloud_only"

    @property
    def target(self) -> Target | None:
        if self in (RouteMode.LOCAL, RouteMode.PREFER_LOCAL, RouteMode.LOCAL_ONLY):
            return Target.LOCAL
        if self in (RouteMode.CLOUD, RouteMode.PREFER_CLOUD, RouteMode.CLOUD_ONLY):
            return Target.CLOUD
        return None

    @property
    def only(self) -> bool:
        return self in (RouteMode.LOCAL_ONLY, RouteMode.CLOUD_ONLY)


def route_mode(ctx: RequestContext) -> RouteMode:
    value = (ctx.headers.get(ROUTE_HEADER) or "").strip().lower()
    if not value:
        return RouteMode.AUTO
    try:
        return RouteMode(value)
    except ValueError:
        allowed = ", ".join(m.value for m in RouteMode)
        raise InvalidRequest(f"{ROUTE_HEADER} must be one of {allowed}", param=ROUTE_HEADER) from None


def forced_target(ctx: RequestContext) -> Target | None:
    return route_mode(ctx).target


def conversation_id(request: GenerationRequest) -> str | None:
    """``metadata.conversation_id``, else the OpenAI ``user`` field."""
    value = request.metadata.get("conversation_id") or request.user
    return str(value) if value else None


def routed_messages(request: GenerationRequest) -> list[dict[str, Any]]:
    """What the router reads: the chat messages, or the prompt as one user turn."""
    if request.messages is not None:
        return request.messages
    return [{"role": "user", "content": request.prompt or ""}]


def declared_texts(request: GenerationRequest) -> tuple[str, ...]:
    """Text the app sent with the request that is no message and leaves with it when it is
    escalated: the tools' names, descriptions and schemas, the response format's name and schema,
    the stop sequences (the router reads it for personal data, the guard checks it)."""
    pieces: list[str] = []
    for tool in request.tools:
        pieces += [tool.name, tool.description, *_strings(tool.parameters)]
    fmt = request.response_format
    if fmt is not None:
        pieces += [fmt.name, fmt.description, *_strings(fmt.schema)]
    pieces += request.params.stop
    return tuple(piece for piece in pieces if piece)


def _strings(value: object) -> Iterator[str]:
    """Every string of a JSON value, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
