"""Personal data in the segments of an HL7 v2 message, the format hospital systems exchange
("PID|1||00482913^^^HOSP^MR||DOE^JOHN^A||19800101|M|||12 ELM ST^^LEEDS^^LS1 4AB||0113 496 0000").

A field's position names it (HL7 v2.5, chapter 3): in a PID segment, PID-3 the patient's
identifiers (the first is taken as the record number), PID-5 the name (family^given), PID-7 the
date of birth, PID-11 the address (its street), PID-13 and PID-14 the phones, PID-19 the social
security number; in an NK1 segment (next of kin), NK1-2 the name and NK1-4 and NK1-5 the address
and phone.
"""

from __future__ import annotations

import re

from duet.router.privacy.patterns import Hit

_SEGMENT = re.compile(r"^(PID|NK1)\|[^\r\n]*", re.M)
_DOB = re.compile(r"(?:19|20)[0-9]{6}(?:[0-9]{4,6})?")
# (field index, type, components taken: 1 is the first only, 2 the first two joined by "^")
_FIELDS = {
    "PID": ((3, "medical_record", 1), (5, "person_name", 2), (7, "date_of_birth", 1), (11, "street_address", 1),
            (13, "phone", 1), (14, "phone", 1), (19, "national_id", 1)),
    "NK1": ((2, "person_name", 2), (4, "street_address", 1), (5, "phone", 1)),
}


def _field_spans(segment: re.Match[str]) -> list[tuple[int, int]]:
    spans, start = [], segment.start()
    for piece in segment.group(0).split("|"):
        spans.append((start, start + len(piece)))
        start += len(piece) + 1
    return spans


def find_hl7_values(text: str) -> list[Hit]:
    if "PID|" not in text and "NK1|" not in text:
        return []
    hits: list[Hit] = []
    for segment in _SEGMENT.finditer(text):
        spans = _field_spans(segment)
        for index, kind, parts in _FIELDS[segment.group(1)]:
            if index >= len(spans):
                continue
            start, end = spans[index]
            components = text[start:end].split("~")[0].split("^")  # the first repetition
            value = "^".join(components[:parts]).rstrip("^")
            if len(value.strip()) < 2 or (kind == "date_of_birth" and not _DOB.fullmatch(value)):
                continue
            if kind == "person_name" and "^" not in value:
                continue  # a name in HL7 is family^given
            hits.append((kind, start, start + len(value)))
    return hits
