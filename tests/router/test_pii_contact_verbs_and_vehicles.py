"""Numbers named by how people speak of them rather than by a label.

- a phone after the verbs and nouns of a call ("reach out at", "callback requested from", "SMS
  sent to", "call me back on", "try my wife on", "msisdn", "顾客来电", "打这个号");
- a plate in a vehicle's description ("red Mazda 3 (GKK-2R46)", "大众朗逸，LCY 474，白色"), after
  the vehicle's own word ("SUV JTR 448"), or before what only a car does or has ("…的车主请挪车",
  "…这辆车一直占用", "… 超速", "… 进场", "keeps parking in");
- a record number after "pt", "NHS", or a "chart #" glued to it.
Beside each, look-alikes that must stay clean: times, models and generations of cars, font sizes,
the NHS's own phone line.
"""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "value"), [
    ("you can reach out at 0161 496 0754 or by post", "0161 496 0754"),
    ("callback requested from 415 555 0132 at 14:32, no answer", "415 555 0132"),
    ("SMS sent to 07700 900 461: your code is 4471", "07700 900 461"),
    ("pls call me back on 0412 889 301 when you land", "0412 889 301"),
    ("if no answer try my wife on 0358395576", "0358395576"),
    ('{"user": {"id": 8812, "msisdn": "22 851 18 87", "opt_in": true}}', "22 851 18 87"),
    ("顾客来电0755 2631 8890投诉配送延误", "0755 2631 8890"),
    ("打这个号943 80 03 56找王经理", "943 80 03 56"),
    ("txt me 0412 889 301", "0412 889 301"),
    ("chat with us: https://wa.me/34612345678", "34612345678"),
    ("caller: +44 7700 900461", "+44 7700 900461"),
    ("Is 0161 496 0754 a scam number?", "0161 496 0754"),
    ("Mum — 0612 345 678", "0612 345 678"),
    ("Puh. 040 1234567", "040 1234567"),
])
def test_a_phone_after_the_words_of_a_call(text: str, value: str) -> None:
    assert_found(text, "phone", value)


@pytest.mark.parametrize(("text", "value"), [
    ("car: red Mazda 3 (GKK-2R46)", "GKK-2R46"),
    ("Vehicle: grey Skoda Octavia estate (BD19 XKT), owner Jan Novak", "BD19 XKT"),
    ("车辆信息：大众朗逸，LCY 474，白色", "LCY 474"),
    ("our neighbour's SUV JTR 448 keeps parking in our spot", "JTR 448"),
    ("N-R-68的车主请挪车", "N-R-68"),
    ("帮我写个投诉，592-VDY-87这辆车一直占用消防通道", "592-VDY-87"),
    ("违章记录：RXN S164 超速20%", "RXN S164"),
    ("停车场登记 KPZ 129 进场 08:12", "KPZ 129"),
    ("my car is Z-679-GU, can you check if it got towed?", "Z-679-GU"),
    ("ANPR camera read BP879LF at 08:14", "BP879LF"),
    ("amtl. Kennz. MU 6324 HG", "MU 6324 HG"),
    ("the taxi was 942 BAC, the driver was rude", "942 BAC"),
    ("congestion charge due for DPL 317", "DPL 317"),
    ("出租车EPK 6T19，司机态度很差", "EPK 6T19"),
    ("anpr_event lane=2 vrm=TIS-1K09 confidence=0.93", "TIS-1K09"),
    ("Vehicle 1: GZ-T-46\nVehicle 2: none", "GZ-T-46"),
])
def test_a_plate_that_a_vehicle_or_what_it_does_names(text: str, value: str) -> None:
    assert_found(text, "license_plate", value)


@pytest.mark.parametrize(("text", "value"), [
    ("chart #H201762585 — allergies: penicillin", "H201762585"),
    ("pt 454981 discharged, follow up in 2 weeks", "454981"),
    ("pt P8412861 discharged", "P8412861"),
    ("Ref: NHS 485 777 3456", "485 777 3456"),
])
def test_a_record_number_after_pt_nhs_or_a_glued_chart_sign(text: str, value: str) -> None:
    assert_found(text, "medical_record", value)


@pytest.mark.parametrize("text", [
    "reach out at 5pm or after 18:30",
    "callback requested from the billing team at 14:32",
    "wife: 2019-2024 were good years",
    "phone: 2019-2024 models only",
    "mum - 3 kids, 12 grandkids",
    "Ford F-150, white, 2019 model",
    "Toyota Camry (XV70), hybrid, 2.5L",
    "BMW 3 Series (G20), 2021",
    "the heading is 14 pt; the book runs to 300000 words",
    "call NHS 111 if it gets worse",
    "see chart #3 of the quarterly report",
    "这辆车开了120000公里，值得买吗",
    "超速20%罚款多少？",
    "take a taxi 2 blocks, then the cab 14 to the airport",
    "MOT test 2024 passed; toll for 3 axles is £12",
    "ETC 1.5 release notes",
])
def test_look_alikes_of_calls_cars_and_charts_stay_clean(text: str) -> None:
    assert_clean(text)
