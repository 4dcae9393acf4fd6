"""A request's priority class on the device's model: OpenAI's ``service_tier`` picks it
(``priority`` → interactive, ``flex`` → background, the others → normal) and the
``x-duet-priority`` header overrides it."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from duet.core.backend import PRIORITIES, GenerationRequest, Priority
from duet.core.errors import InvalidRequest
from duet.gateway.protocol import ServiceTier

TIER_PRIORITY: dict[ServiceTier, Priority] = {
    "priority": "interactive", "flex": "background",
    "auto": "normal", "default": "normal", "scale": "normal",
}
PRIORITY_HEADER = "x-duet-priority"


def tier_priority(tier: ServiceTier | None) -> Priority:
    return TIER_PRIORITY[tier or "auto"]


def with_priority(request: GenerationRequest, headers: Mapping[str, str]) -> GenerationRequest:
    """The request with the class the ``x-duet-priority`` header names, when it names one."""
    value = headers.get(PRIORITY_HEADER)
    if value is None:
        return request
    wanted = value.strip().lower()
    for priority in PRIORITIES:
        if wanted == priority:
            return dataclasses.replace(request, priority=priority)
    raise InvalidRequest(
        f"{PRIORITY_HEADER} must be one of {', '.join(PRIORITIES)}", param=PRIORITY_HEADER
    )
