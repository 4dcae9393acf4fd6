"""Run every detector over a text and keep one type per character range."""

from __future__ import annotations

from duet.router.privacy.address_slots import find_address_slots
from duet.router.privacy.checks import digits_only, failed_and_said_so, routing_code
from duet.router.privacy.address_tails import extend_addresses
from duet.router.privacy.config_secrets import find_config_secrets
from duet.router.privacy.card_names import find_bracketed_names, find_card_names
from duet.router.privacy.contact_names import find_contact_names
from duet.router.privacy.context import CONTEXT_DETECTORS
from duet.router.privacy.distant import find_distant_values
from duet.router.privacy.field_names import find_field_names
from duet.router.privacy.hl7 import find_hl7_values
from duet.router.privacy.keyed import KEYED_DETECTORS
from duet.router.privacy.keyed_ids import find_keyed_ids
from duet.router.privacy.list_names import find_list_names
from duet.router.privacy.listed_names import find_listed_names
from duet.router.privacy.name_particles import extend_names
from duet.router.privacy.name_shapes import find_name_shapes
from duet.router.privacy.name_forms import find_name_forms
from duet.router.privacy.names import ANCHOR_TYPES, find_person_names, without_track_artists
from duet.router.privacy.cn_name_ages import find_set_apart_names
from duet.router.privacy.national_ids import find_national_ids
from duet.router.privacy.normalize import normalize
from duet.router.privacy.ocr_digits import ocr_view, touches
from duet.router.privacy.patterns import FORMAT_DETECTORS, Hit
from duet.router.privacy.passport_rows import find_passport_rows
from duet.router.privacy.phones import find_phones
from duet.router.privacy.prose_headers import find_prose_header_rows
from duet.router.privacy.name_slots import find_slot_names
from duet.router.privacy.public_dates import without_public_births
from duet.router.privacy.public_points import without_landmark_points
from duet.router.privacy.records import find_record_phones
from duet.router.privacy.request_names import find_request_names
from duet.router.privacy.role_names import find_role_names
from duet.router.privacy.row_cells import find_row_cells
from duet.router.privacy.row_dates import find_name_date_rows, find_row_dates
from duet.router.privacy.row_phones import find_row_phones
from duet.router.privacy.scanned_emails import find_scanned_emails
from duet.router.privacy.signature_names import find_signature_names
from duet.router.privacy.name_part_labels import find_name_part_labels
from duet.router.privacy.speakers import find_speakers
from duet.router.privacy.specimens import without_specimens
from duet.router.privacy.spelled_emails import find_spelled_emails
from duet.router.privacy.spoken_numbers import find_spoken_phones
from duet.router.privacy.tables import find_table_values
from duet.router.privacy.travel_records import find_travel_records
from duet.router.privacy.vin_groups import find_grouped_vins
from duet.router.privacy.world_ids import find_world_ids
from duet.router.types import PiiSpan

# keyed.py supersedes context.py's detectors of the same names (passports, medical records,
# bank accounts, dates of birth); context.py keeps the free-form ones.
_NAMES = frozenset({"person_name"})
_SUPERSEDED = frozenset(d.__name__ for d in KEYED_DETECTORS)
DETECTORS = (*FORMAT_DETECTORS, find_scanned_emails, find_spelled_emails, find_national_ids, find_world_ids, find_keyed_ids,
             find_phones,
             find_config_secrets, find_spoken_phones, find_grouped_vins,
             *KEYED_DETECTORS,
             find_table_values, *(d for d in CONTEXT_DETECTORS if d.__name__ not in _SUPERSEDED))

# When two detections overlap, the more specific type wins (checksummed formats first,
# keyword-anchored numbers next, free-form addresses and names last).
PRIORITY: tuple[str, ...] = (
    "api_key_secret", "email", "iban", "cn_resident_id", "credit_card", "vin", "ip_address",
    "gps_coordinates", "passport", "medical_record", "bank_account", "national_id", "phone", "license_plate",
    "date_of_birth", "street_address", "person_name",
)
_RANK = {t: i for i, t in enumerate(PRIORITY)}
_CHECKED = frozenset(("cn_resident_id", "credit_card", "bank_account", "iban", "vin"))  # types with a check of their own


def _resolve(hits: list[Hit]) -> list[Hit]:
    ordered = sorted(set(hits), key=lambda h: (_RANK[h[0]], -(h[2] - h[1]), h[1]))
    kept: list[Hit] = []
    for hit in ordered:
        if all(hit[2] <= k[1] or hit[1] >= k[2] for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h[1])


def _values(folded: str) -> list[Hit]:
    """What every detector but the names finds in the folded text."""
    hits: list[Hit] = []
    for detector in DETECTORS:
        hits += detector(folded)
    hits += find_hl7_values(folded)
    hits += find_distant_values(folded, hits)
    hits += find_record_phones(folded, hits)
    return _without_public_values(folded, hits)


def _without_public_values(folded: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less what is public: values published as examples, public people's birth dates,
    the coordinates of landmarks."""
    kinds = {kind for kind, _, _ in hits}
    if "bank_account" in kinds:
        hits = [h for h in hits if h[0] != "bank_account" or not routing_code(folded, h[1], digits_only(folded[h[1]:h[2]]))]
    if "date_of_birth" in kinds:
        hits = without_public_births(folded, hits)
    if "gps_coordinates" in kinds:
        hits = without_landmark_points(folded, hits)
    failed = [h for h in hits if h[0] in _CHECKED and failed_and_said_so(h[0], folded, h[1], h[2])]
    if failed:  # a look-alike the writer says fails its check, and what was read inside it
        hits = [h for h in hits if not any(s <= h[1] and h[2] <= e for _, s, e in failed)]
    return without_specimens(folded, hits) if hits else hits


def _other_mentions(text: str, hits: list[Hit]) -> list[Hit]:
    """Every other occurrence, as a whole word, of a name of two words or more found once: a
    reader that took one mention for a person's (a cue, a label) speaks for all of them."""
    names = {text[s:e] for kind, s, e in hits if kind == "person_name" and " " in text[s:e].strip()}
    found: list[Hit] = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                found.append(("person_name", at, end))
            at = text.find(name, end)
    return found


def detect_pii(text: str, message: int | None = None) -> list[PiiSpan]:
    """All PII spans in ``text``, ordered by position, without overlaps.

    Detection runs on the folded text (NFKC, invisible characters dropped, see
    :mod:`router.privacy.normalize`); spans are given in ``text``'s own offsets."""
    if len(text) < 2:  # nothing personal fits in one character (a conversation of 50,000 "x")
        return []
    norm = normalize(text)
    folded = norm.text
    if len(folded) < 2:
        return []
    hits = _values(folded)
    ocr = ocr_view(folded)
    if ocr is not None:  # numbers a scanner misread (router.privacy.ocr_digits): read as digits too,
        # unless a value read as written already covers it
        hits += [h for h in _values(ocr[0])
                 if touches(h, ocr[1]) and not any(s <= h[1] and h[2] <= e for _, s, e in hits)]
    anchors = tuple(start for kind, start, _ in hits if kind in ANCHOR_TYPES)
    hits += find_person_names(folded, anchors, other_pii=bool(hits)) + find_name_forms(folded)
    # names in slots that structure makes plain (vCards, XML, SQL, chat speakers, roles, records)
    hits += find_slot_names(folded) + find_field_names(folded) + find_speakers(folded, hits)
    hits += find_role_names(folded, hits) + find_contact_names(folded) + find_request_names(folded, hits)
    hits += find_signature_names(folded) + find_travel_records(folded) + find_name_shapes(folded)
    hits += find_name_part_labels(folded)  # "Surname: ADEYEMI-CLARKE; Given names: Tobi James"
    hits += find_listed_names(folded, hits) + find_list_names(folded)
    hits += find_set_apart_names(folded, hits) if not folded.isascii() else []  # "8,800 黃詩涵 刷卡" beside other names
    hits += find_address_slots(folded, hits)  # addresses after a label, whatever their street words
    hits += find_row_phones(folded, hits)  # a phone in a cell of a row that holds a name or an address
    hits += find_passport_rows(folded, hits)  # a passport list's numbers and names in capitals
    hits += find_row_cells(folded, hits)  # a name in a cell of a row of personal data
    hits += find_row_dates(folded, hits) + find_name_date_rows(folded)  # a birth year's date in a row of personal data
    hits += find_prose_header_rows(folded)  # rows under columns named in prose ("columns name, DOB, MRN:")
    hits += find_card_names(folded, hits) + find_bracketed_names(folded, hits)  # names beside contact data
    spans = []
    hits = without_specimens(folded, hits, _NAMES)  # the names of specimen documents ("Anna Maria Eriksson")
    hits = without_track_artists(folded, hits)  # "Peggy Gou – Starry Night | 126 | 9A"
    hits += _other_mentions(folded, hits)  # "I met Ana Ruiz at the Ana Ruiz clinic": the same person twice
    for kind, start, end in extend_names(folded, extend_addresses(folded, _resolve(hits))):
        start, end = norm.span(start, end)
        spans.append(PiiSpan(kind, start, end, text[start:end], message))
    return spans
