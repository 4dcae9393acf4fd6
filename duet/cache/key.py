"""Cache keys: a sha256 over everything that can change an answer, partitioned by tenant.

The Redis key is ``duet:v1:{tenant_hash}:{digest}``: the tenant is part of the hashed material
*and* of the prefix, so two tenants can never share an entry, and one tenant's entries can be
listed or dropped on their own. Neither part contains prompt text.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass

from duet.core.backend import GenerationRequest

KEY_VERSION = "v1"


@dataclass(frozen=True)
class CacheKey:
    tenant_hash: str
    digest: str

    @property
    def redis_key(self) -> str:
        return f"duet:{KEY_VERSION}:{self.tenant_hash}:{self.digest}"


def tenant_hash(tenant: str) -> str:
    return hashlib.sha256(b"duet-tenant\0" + tenant.encode()).hexdigest()[:16]


def cache_key(
    tenant: str, scope: str, request: GenerationRequest, variant: str = ""
) -> CacheKey:
    """Key of ``request`` for ``tenant``.

    ``scope`` names the cache user (``edge``, ``cloud``): an answer of the small on-device model
    must never be served for a request the cloud pool answers, even in a Redis they share. Every
    sampling parameter is included (``dataclasses.asdict``), so a new one cannot be forgotten.
    ``stream`` is not part of the key: one entry answers streaming and non-streaming clients.
    ``variant`` separates answers the caller knows to differ, such as the tier that answers.
    """
    material = {
        "tenant": tenant,
        "scope": scope,
        "model": request.model,
        "kind": request.kind,
        "messages": request.messages,
        "prompt": request.prompt,
        "params": dataclasses.asdict(request.params),
        "tools": [dataclasses.asdict(tool) for tool in request.tools],
        "tool_choice": dataclasses.asdict(request.tool_choice),
        "response_format": (
            dataclasses.asdict(request.response_format) if request.response_format else None
        ),
    }
    if variant:
        material["variant"] = variant
    canonical = json.dumps(
        material, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    )
    digest = hashlib.sha256(canonical.encode()).hexdigest()
    return CacheKey(tenant_hash(tenant), digest)
