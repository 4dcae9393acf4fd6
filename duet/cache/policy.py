"""What may be cached: the cache mode and the request's ``cache-control`` directives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from duet.core.backend import GenerationRequest

CacheMode = Literal["deterministic", "all", "off"]


@dataclass(frozen=True)
class Directives:
    """``no-cache``: do not answer from the cache. ``no-store``: do not write the answer."""

    no_cache: bool = False
    no_store: bool = False


NONE = Directives()


def parse_cache_control(value: str | None) -> Directives:
    if not value:
        return NONE
    tokens = {part.strip().split("=", 1)[0].lower() for part in value.split(",")}
    return Directives(no_cache="no-cache" in tokens, no_store="no-store" in tokens)


def cacheable(mode: CacheMode, request: GenerationRequest) -> bool:
    """By default only requests whose answer is reproducible (temperature 0 or a seed)."""
    if mode == "off":
        return False
    return mode == "all" or request.params.is_deterministic()
