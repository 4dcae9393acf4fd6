"""Run every detector over a text and keep one type per character range."""

from __future__ import annotations

from duet.router.privacy.context import CONTEXT_DETECTORS
from duet.router.privacy.names import ANCHOR_TYPES, find_person_names
from duet.router.privacy.patterns import FORMAT_DETECTORS, Hit
from duet.router.types import PiiSpan

# When two detections overlap, the more specific type wins (checksummed formats first,
# keyword-anchored numbers next, free-form addresses and names last).
PRIORITY: tuple[str, ...] = (
    "api_key_secret", "email", "iban", "cn_resident_id", "credit_card", "vin", "ip_address",
    "gps_coordinates", "passport", "medical_record", "bank_account", "phone", "license_plate",
    "date_of_birth", "street_address", "person_name",
)
_RANK = {t: i for i, t in enumerate(PRIORITY)}


def _resolve(hits: list[Hit]) -> list[Hit]:
    ordered = sorted(set(hits), key=lambda h: (_RANK[h[0]], -(h[2] - h[1]), h[1]))
    kept: list[Hit] = []
    for hit in ordered:
        if all(hit[2] <= k[1] or hit[1] >= k[2] for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h[1])


def detect_pii(text: str, message: int | None = None) -> list[PiiSpan]:
    """All PII spans in ``text``, ordered by position, without overlaps."""
    if not text:
        return []
    hits: list[Hit] = []
    for detector in FORMAT_DETECTORS:
        hits += detector(text)
    for detector in CONTEXT_DETECTORS:
        hits += detector(text)
    anchors = tuple(start for kind, start, _ in hits if kind in ANCHOR_TYPES)
    hits += find_person_names(text, anchors, other_pii=bool(hits))
    return [PiiSpan(t, s, e, text[s:e], message) for t, s, e in _resolve(hits)]
