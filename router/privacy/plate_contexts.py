"""Plates that the words around them name, without a plate keyword: a vehicle's description
("car: red Mazda 3 (GKK-2R46)", "车辆信息：大众朗逸，LCY 474，白色") and what only a parked or driven
vehicle does or has, after the plate ("SHG-W-27 is parked in my spot", "N-R-68的车主请挪车",
"RXN S164 超速"). :func:`find_plates` joins them to vehicles.py's readers.
"""

from __future__ import annotations

import re

from duet.router.privacy.foreign_plates import find_foreign_plates
from duet.router.privacy.gate_words import occurring
from duet.router.privacy.scan import Hit, keyword_ends, keywords, lowered, word_matches
from duet.router.privacy.vehicles import (_MODEL, _PLATE_VALUE, _YEAR_GROUP, _plate_like,
                                          plates_by_shape_and_keyword)

_CAR_AFTER = keywords(r"parked|towed|clamped|speeding|parking ticket|parking fine|parking in|parking on|parking across|"
                      r"to (?:my|the) (?:visitor |parking |resident )?permit|"
                      r"停在|被拖|违停|剐蹭|追尾|的车主|这辆车|这台车|超速|闯红灯|挪车|进场|出场|入场")
_CAR_AFTER_GATE = ("parked", "towed", "clamped", "speeding", "parking", "permit", "停在", "被拖", "违停", "剐蹭", "追尾",
                   "车主", "这辆车", "这台车", "超速", "闯红灯", "挪车", "进场", "出场", "入场")
_PLATE_BEFORE_CAR = re.compile(r"(" + _PLATE_VALUE.pattern + r")[)）]?\s*(?:(?:is|was|has been|got|been|keeps|getting|"
                               r"是|被|又|总是)\s*)*(?:(?:illegally|always|again)\s*)?$")


# A vehicle described, then its plate in a cell of the description: in brackets or between commas
# ("car: red Mazda 3 (GKK-2R46)", "车辆信息：大众朗逸，LCY 474，白色").
# The makes and models most often driven, which describe a vehicle as its word does ("Silver
# Corolla, HF746ZM"); models that are also common words ("Golf", "Polo", "Focus") are left out, and
# the Chinese names of makes (a gate word outside ASCII costs a scan of the text: 3 µs each, and
# several are everyday words: 现代, 理想, 长安), where "车辆" and "汽车" describe the car.
_MAKES = ("toyota", "honda", "ford", "bmw", "audi", "volkswagen", "vw", "mercedes", "benz", "tesla", "nissan", "mazda",
          "kia", "hyundai", "subaru", "volvo", "skoda", "škoda", "renault", "peugeot", "citroen", "citroën", "fiat",
          "opel", "vauxhall", "chevrolet", "chevy", "lexus", "porsche", "dodge", "chrysler", "buick", "cadillac",
          "mitsubishi", "suzuki", "seat", "dacia", "jaguar", "land rover", "range rover", "byd", "geely", "nio",
          "corolla", "camry", "prius", "rav4", "yaris", "civic", "accord", "cr-v", "crv", "passat", "tiguan",
          "fiesta", "mondeo", "f-150", "model 3", "model y", "octavia", "qashqai", "sportage", "tucson", "outback",
          "impreza", "clio", "megane", "corsa", "astra", "silverado", "wrangler", "altima", "sentra", "elantra")
_VEHICLE_NOUNS = ("car", "vehicle", "truck", "van", "suv", "pickup", "motorbike", "motorcycle", "camper", "campervan",
                  "caravan", "motorhome", "minivan", "scooter", "moped", "lorry", "hatchback", "sedan", "saloon")
_DESCRIBED_VEHICLE = re.compile(r"(?:(?<![A-Za-z])(?:" + "|".join(sorted(_VEHICLE_NOUNS + _MAKES, key=len, reverse=True))
                                + r")s?(?![A-Za-z])|车辆|汽车)", re.I)
# (each alternative holds one of these: a necessary condition, checked first)
_DESCRIBED_GATE = ("car", "vehicle", "truck", "van", "suv", "pickup", "motor", "camper", "scooter", "moped", "lorry",
                   "hatchback", "sedan", "saloon", "车辆", "汽车") + _MAKES
_NAME_PARTICLE = re.compile(r"van (?:den|der|de|het|'t|[A-Z])")
_DESCRIPTION_CELL = re.compile(r"[(（,，]\s*(" + _PLATE_VALUE.pattern + r")\s*(?=[)）,，]|$)", re.M)


def _vehicle_words(text: str, low: str) -> list[re.Match[str]]:
    """_DESCRIBED_VEHICLE's matches, tried only where one of its words starts (str.find: a regex
    scan of 4,000 characters costs half a millisecond)."""
    found = [m for word in occurring(low, _DESCRIBED_GATE) for m in word_matches(low, word, _DESCRIBED_VEHICLE)]
    return sorted(found, key=lambda m: m.start())


_RIGHT_AFTER = re.compile(r" ([A-Z0-9]{5,8})(?=[\s.,;!?)]|$)")
# The emirate before the plate's code and number: "plate Abu Dhabi 4 91721", "plate Dubai J 59163".
_EMIRATE_PLATE = re.compile(r"(?:Abu Dhabi|Dubai|Sharjah|Ajman|Fujairah|Ras Al Khaimah|RAK|Umm Al Quwain) [A-Z0-9]{1,2} [0-9]{1,5}(?![0-9])")


def _plate_token(value: str) -> bool:
    letters = sum(c.isalpha() for c in value)
    return letters >= 1 and len(value) - letters >= 2 and _YEAR_GROUP.fullmatch(value) is None and _MODEL.match(value) is None


def _described_plates(text: str) -> list[Hit]:
    """A plate-shaped cell in brackets or between commas within 40 characters after a vehicle's
    word, on its line (see _DESCRIBED_VEHICLE); a model ("F-150") or a year is no plate."""
    low = lowered(text)
    if len(low) != len(text):
        return []
    hits: list[Hit] = []
    for vehicle in _vehicle_words(text, low):
        if _NAME_PARTICLE.match(text, vehicle.start()):
            continue  # "Jan van den Berg": a name's particle, no van
        right = _RIGHT_AFTER.match(text, vehicle.end())  # "silver corolla 5VPF172"
        if right is not None and _plate_token(right.group(1)):
            hits.append(("license_plate", right.start(1), right.end(1)))
            continue
        window = text[vehicle.end():vehicle.end() + 40]
        if not any(mark in window for mark in "(（,，"):
            continue
        line_end = text.find("\n", vehicle.end(), vehicle.end() + 40)
        stop = line_end if line_end >= 0 else min(len(text), vehicle.end() + 40)
        for m in _DESCRIPTION_CELL.finditer(text, vehicle.end(), stop):
            value = m.group(1)
            compact = "".join(c for c in value if c.isalnum())
            letters = sum(c.isalpha() for c in compact)
            if len(compact) >= 5 and letters >= 1 and len(compact) - letters >= 2 and _plate_like(value) and not (
                    letters == 1 and _MODEL.match(value)) and not _YEAR_GROUP.fullmatch(value):
                hits.append(("license_plate", m.start(1), m.end(1)))
                break
    return hits


_VEHICLE_LEAD = re.compile(r"(?:SUV|VAN|CAR|UTE|BUS|TAXI|CAB|TRUCK|LORRY) (?=.*[0-9])")


def _plates_before_car_words(text: str) -> list[Hit]:
    """A plate-shaped value right before words that only a parked or driven vehicle takes
    ("SHG-W-27 is parked in my spot", "粤B12345违章停车" is caught by the Chinese shape)."""
    hits: list[Hit] = []
    for start, _ in keyword_ends(_CAR_AFTER, text, _CAR_AFTER_GATE):
        m = _PLATE_BEFORE_CAR.search(text, max(0, start - 32), start)
        if m and _plate_like(m.group(1)):
            lead = _VEHICLE_LEAD.match(m.group(1))  # "SUV JTR 448 keeps parking …": the plate is after the word
            hits.append(("license_plate", m.start(1) + (lead.end() if lead else 0), m.end(1)))
    return hits




def find_plates(text: str) -> list[Hit]:
    emirates = [("license_plate", m.start(), m.end()) for m in _EMIRATE_PLATE.finditer(text)] \
        if "plate" in text.lower() else []
    return plates_by_shape_and_keyword(text) + _plates_before_car_words(text) + _described_plates(text) + \
        find_foreign_plates(text) + emirates
