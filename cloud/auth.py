"""Bearer tokens on gRPC calls, checked against SHA-256 digests (the pool never holds tokens)."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Sequence

from duet.core.errors import AuthenticationFailed


def token_digest(token: str) -> str:
    """What goes into ``DUET_CLOUD_TOKEN_SHA256`` for a token."""
    return hashlib.sha256(token.encode()).hexdigest()


class TokenCheck:
    def __init__(self, digests: Iterable[str]) -> None:
        self.digests = [bytes.fromhex(d) for d in digests]

    @property
    def required(self) -> bool:
        return bool(self.digests)

    @staticmethod
    def identity(metadata: Sequence[tuple[str, str | bytes]] | None) -> str:
        """A stable, non-secret id of the caller's token (an edge fleet's identity)."""
        header = next((v for k, v in metadata or () if k == "authorization"), "")
        if isinstance(header, bytes):
            header = header.decode("latin-1")
        token = header.partition(" ")[2].strip()
        return "token-" + hashlib.sha256(token.encode()).hexdigest()[:16] if token else "anonymous"

    def check(self, metadata: Sequence[tuple[str, str | bytes]] | None) -> None:
        """Raise ``AuthenticationFailed`` unless ``authorization: Bearer <token>`` matches."""
        if not self.digests:
            return
        header = next((v for k, v in metadata or () if k == "authorization"), "")
        if isinstance(header, bytes):
            header = header.decode("latin-1")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise AuthenticationFailed(
                "missing bearer token: send 'authorization: Bearer <token>' in call metadata"
            )
        given = hashlib.sha256(token.strip().encode()).digest()
        matched = False
        for digest in self.digests:  # no early exit: timing does not reveal which one matched
            matched |= hmac.compare_digest(given, digest)
        if not matched:
            raise AuthenticationFailed("the bearer token is not accepted by this pool")
