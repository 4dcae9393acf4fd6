"""Record numbers in the places hospital systems keep them: an HL7 v2 message's PID and NK1
segments (with the name, birth date, address, phones and social security number beside them), a
FHIR-like or SQL patient field, a bare <id> inside a <patient> element, an opened chart in an EHR
log, an electronic record (电子病历), an insurance member record. Beside them, look-alikes that must
stay clean: the other segments of a message, an <id> of a product, a chart of a report.
"""

from __future__ import annotations

import pytest

from duet.router.privacy.detector import detect_pii
from tests.router.pii_checks import assert_clean, assert_found

_HL7 = ("MSH|^~\\&|LAB|HOSP|||202603010812||ORU^R01|123|P|2.5\n"
        "PID|1||00482913^^^HOSP^MR||DOE^JOHN^A||19800101|M|||12 ELM ST^^LEEDS^^LS1 4AB||0113 496 0000|||||123-45-6789\n"
        "NK1|1|DOE^JANE|SPO|12 ELM ST^^LEEDS|0113 496 0001\n"
        "OBX|1|NM|GLU^Glucose||5.4|mmol/L")


def test_an_hl7_message_gives_each_field_its_type() -> None:
    found = {(s.type, s.value) for s in detect_pii(_HL7)}
    assert {("medical_record", "00482913"), ("person_name", "DOE^JOHN"), ("date_of_birth", "19800101"),
            ("street_address", "12 ELM ST"), ("phone", "0113 496 0000"), ("national_id", "123-45-6789"),
            ("person_name", "DOE^JANE"), ("phone", "0113 496 0001")} <= found
    assert not any("GLU" in value or "ORU" in value for _, value in found)


@pytest.mark.parametrize(("text", "value"), [
    ("SELECT * FROM labs WHERE patient_id = '2563416858';", "2563416858"),
    ("<patient><id>P0042311</id><ward>4B</ward></patient>", "P0042311"),
    ("<patient>\n  <name>x</name>\n  <id>2023-443211</id>\n</patient>", "2023-443211"),
    ("2026-03-01 08:12 INFO ehr: opened chart 2019-805983 by user nurse7", "2019-805983"),
    ("电子病历 MZ201873603", "MZ201873603"),
    ("insurance claim: member record 5685165, provider 8812", "5685165"),
])
def test_a_record_number_where_hospital_systems_keep_it(text: str, value: str) -> None:
    assert_found(text, "medical_record", value)


@pytest.mark.parametrize("text", [
    "MSH|^~\\&|LAB|HOSP|||202603010812||ORU^R01|123|P|2.5\nOBX|1|NM|GLU^Glucose||5.4|mmol/L",
    "<product><id>P0042311</id><sku>88213</sku></product>",
    "see chart 2019-805983 in the quarterly deck",
    "PID|1",
])
def test_look_alikes_of_records_stay_clean(text: str) -> None:
    assert_clean(text)
