"""Vehicle identification numbers and licence plates.

VINs: 17 capitals and digits (no I, O, Q) with a valid check digit, or any such token when the
text talks about a vehicle. Plates: Chinese plates (province character, letter, five more),
UK plates (``AB12 CDE``), and any plate-shaped token after a plate keyword (German
``SHG-W-27``, ``MÜ-AX-933``, US ``7ABC123``).
"""

from __future__ import annotations

import re

from duet.router.privacy import checks
from duet.router.privacy.plate_shapes import _CN_PLATE, _DE_PLATE, _FR_PLATE, _PROVINCE, _UK_PLATE, plate_candidates
from duet.router.privacy.scan import (FILLER, Hit, ascii_alnum, before_pattern, groups_with, keyword_before, keyword_ends, keywords, mixed_tokens, named_as_reference, skeleton,
                                 value_after_keyword, value_before_keyword)

_VIN = re.compile(r"[A-HJ-NPR-Z0-9]{17}")
_VIN_CONTEXT = re.compile(r"\bvin|车架号|车辆识别|识别代号|chassis|frame|vehicle|\bcar\b|truck|recall|召回|车辆|汽车|这辆车|"
                          r"这台车|我的车", re.I | re.A)

_VIN_KEY = re.compile(r"\bvin|车架号|车辆识别|识别代号|chassis", re.I | re.A)
# A VIN written in lower case or in groups ("vin 1hgcm82633a004352", "VIN 1HG CM826 33A004352"),
# taken right after its keyword only.
_VIN_KEYWORD = keywords(r"vin|vin number|vin no|vin code|vin码|chassis number|chassis no|chassis|fahrgestellnummer|"
                        r"fahrzeug-identifizierungsnummer|车架号|车架号码|車架號|车辆识别代号|车辆识别号|車身號碼|"
                        r"numéro de série|numéro vin|número de bastidor|numero di telaio|telaio|bastidor|"
                        r"vehicle identification number|vehicle id number|chassisnummer|chassi|車台番号|차대번호")
_VIN_LOOSE = re.compile(r"[A-HJ-NPR-Za-hj-npr-z0-9](?:[ -]?[A-HJ-NPR-Za-hj-npr-z0-9]){16}(?![A-Za-z0-9])")

# A UK plate typed in lower case, after its keyword only ("my reg is ab12 cde").
_UK_LOWER = re.compile(r"[a-z]{2}[0-9]{2} ?[a-z]{3}(?![A-Za-z0-9])")
_PLATE_KEY = keywords(r"veh|veh reg|plate|plates|plate number|number plate|license plate|licence plate|reg|registration|registration number|"
                      r"registration mark|vrn|car number|vehicle number|tag number|licen[cs]e tag|vehicle no|vehicle reg|car reg|rego|"
                      r"tag|kennzeichen|immatriculation|matrícula|车牌|车牌号|车牌号码|車牌|車牌號|車牌號碼|牌照|号牌|號牌|车牌照|"
                      r"号牌号码|號牌號碼|車號|车号|targa|placa|kenteken|tablica rejestracyjna|tablica|番号|ナンバー|번호판|"
                      # a plate's abbreviations, the cameras and charges that read it, the cars that carry it
                      r"lp#|lp:|lp no|lic plate|lic\. plate|reg no|reg\. no|kennz|kennz\.|amtl\. kennz|amtl\. kennzeichen|"
                      r"amtliches kennzeichen|kfz-kennzeichen|immat|immat\.|immatricul[ée]e?s?|immatriculad[oa]|matriculad[oa]|anpr|camera read|anpr camera read|dvla|mot|"
                      r"congestion charge for|congestion charge due for|car tax for|road tax for|toll for|rego for|insurance for|taxi|cab|uber|"
                      r"quote for|claim for|lyft|trailer|挂车|掛車|出租车|出租車|车辆|車輛|我的车|我的車|我车|我車|私家車|私家车|"
                      r"etc扣费记录|vrm|vehicle [0-9]{1,2}")
_PLATE_GATE = ("veh", "plate", "reg", "tag", "vrn", "car number", "vehicle number", "vehicle no", "kennz", "immat",
               "matrícula", "牌", "車號", "车号", "targa", "placa", "kenteken", "tablica", "番号", "ナンバー", "번호판", "lp#",
               "lp:", "lp no", "anpr", "camera read", "dvla", "mot ", "mot:", "congestion charge", "car tax", "road tax",
               "toll for", "insurance for", "taxi", "cab ", "uber", "lyft", "trailer", "挂车", "掛車", "出租", "车辆", "車輛", "etc扣费", "vrm",
               "vehicle ", "quote for", "claim for", "我的车", "我的車", "我车", "我車", "私家車", "私家车")
_PLATE_VALUE = re.compile(r"(?<![A-Za-z0-9])[A-ZÄÖÜ0-9]{1,4}(?:[ ·•・.-]?[A-ZÄÖÜ0-9]{1,4}){0,3}(?![A-Za-z0-9])")
_PLATE_BEFORE = before_pattern(_PLATE_VALUE)
# A plate as a scanner reads it, taken right after its keyword only: stray spaces around a dash
# ("QQB- 3R67", "AGC -6U46"), an "l" for a 1 ("GMR l81EP", "SBL-3l55"); a Chinese plate with a
# space inside or an "O" or "I", letters no Chinese plate holds ("冀A·U4 PK7", "辽A·SV7GO").
_PLATE_SCANNED = re.compile(r"(?<![A-Za-z0-9])[A-ZÄÖÜ0-9l]{1,5}(?:(?: ?[·•・.-] ?| )[A-ZÄÖÜ0-9l]{1,5}){0,3}(?![A-Za-z0-9])")
_CN_PLATE_SCANNED = re.compile(_PROVINCE + r"[A-Z][·•・.\s-]?(?:[A-Z0-9] ?){4}[A-Z0-9挂学警港澳领使](?![A-Za-z0-9])")
# Whole words only: "card", "cargo", "cart", "care" and "van Gogh"'s neighbours name no vehicle. A
# bare "ticket for" is anything's ticket (an issue, a train): it counts only beside a vehicle word.
_CAR_BEFORE = re.compile(r"(?:\bcars?\b|vehicle|truck|\bvan\b|motorbike|parked|parking|towed|\btow\b|speeding|(?<!in the )(?<!into the )(?<!to the )(?<!on the )ticket for|停车|违章|车辆|汽车|"
                         r"我的车|这辆车)[^.。!?！？\n]{0,16}$", re.I | re.A)
_ANY_TICKET = re.compile(r"(?<!parking )(?<!speeding )ticket for[^.。!?！？\n]{0,16}$", re.I)
_ISSUE_KEY = re.compile(r"[A-Z][A-Z0-9]{1,9}-[0-9]{1,7}")  # a tracker's issue: "OPS-12345", "JIRA-4521"
_ISSUE_VERB = re.compile(r"(?:open|opened|file|filed|raise|raised|create|created|log|logged|submit|submitted|close|closed|"
                         r"support|jira|bug|issue|helpdesk)[^.!?\n]{0,12}$", re.I)
_VEHICLE_NEAR = re.compile(r"\bcars?\b|vehicle|truck|\bvan\b|motorbike|motorcycle|parked|parking|towed|speeding|plate|车", re.I)


_FLIGHT = re.compile(r"(?:[A-Z]{2}|[A-Z][0-9]|[0-9][A-Z])[0-9]{3,4}")
_VEHICLE_WORD = re.compile(r"car|vehicle|truck|van|motorbike|park|tow|speeding|plate|reg|车|违章", re.I)
_AIR_WORD = re.compile(r"flight|fly|flying|airline|airport|boarding|depart|arriv|航班|机票|登机|起飞|降落", re.I)


def _flight(text: str, start: int, end: int, value: str) -> bool:
    """A flight number (``UA1234``, ``6E796``) where a ticket is the only word about a vehicle and
    the text speaks of flying; otherwise the value stays a plate (the safer reading)."""
    return bool(_FLIGHT.fullmatch(value) and not _VEHICLE_WORD.search(text, max(0, start - 24), start)
                and _AIR_WORD.search(text, max(0, start - 40), min(len(text), end + 24)))
_TRAIN = re.compile(r"[A-Z]{1,3} ?[0-9]{1,5}")
_RAIL_WORD = re.compile(r"train|rail|station|platform|高铁|高鐵|动车|動車|火车|火車|列车|列車|车次|車次", re.I)


def _train(text: str, start: int, end: int, value: str) -> bool:
    """A train number ("G1234", "ICE 1583") right after a word about trains, with no plate named
    ("car 2 of train G1234": a carriage)."""
    window = text[max(0, start - 40):min(len(text), end + 24)]
    return bool(_TRAIN.fullmatch(value) and _RAIL_WORD.search(text, max(0, start - 12), start)
                and "plate" not in window.lower())


_NAMED_REFERENCE = re.compile(r"(?<![A-Za-z])(?:ref|reference|model|part|serial|order|sku|invoice|policy|booking|"
                              r"confirmation|receipt|error|update|version|firmware|build|release|session|transaction)(?:\s?(?:no|number|#))?\.?\s*[:#]?\s*$", re.I)
_YEARISH = re.compile(r"(?:19|20)[0-9]{2}$")


def _vin_named(text: str, start: int, end: int) -> bool:
    return bool(_VIN_CONTEXT.search(text, max(0, start - 30), start) or _VIN_CONTEXT.search(text, end, end + 20))


def find_vins(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for start, end in mixed_tokens(text):
        if end - start == 20 and text.startswith(("VIN", "vin"), start):  # "留了VINLSVAU…": keyword glued on
            start += 3
        m = _VIN.fullmatch(text, start, end) if end - start == 17 else None
        letters = sum(c.isalpha() for c in m.group(0)) if m else 0
        if m is None or not 1 <= letters <= 14 or (named_as_reference(text, start, end) and not (
                checks.vin_check_digit_ok(m.group(0)) and checks.only_called_a_reference(text, start))):
            continue
        # One or two letters (a parcel's "JD4121…", "SF1107…"): named as a VIN. A VIN's maker code
        # and model year nearly always give it three letters or more.
        if letters <= 2 and not _VIN_KEY.search(text, max(0, start - 24), start):
            continue
        # A wrong check digit is common in typed VINs: the vehicle words or the serial-number
        # tail (the last four characters are digits) still mark one.
        if checks.vin_check_digit_ok(m.group(0)) or ((_vin_named(text, start, end) or m.group(0)[-4:].isdigit()) and
                                                     not checks.called_made_up(text, start, end)):
            hits.append(("vin", start, end))
    return hits + _keyed_vins(text)


def _keyed_vins(text: str) -> list[Hit]:
    """Found from the digit groups: a VIN ends in its serial number, five digits or more after a
    letter; a keyword is looked for just before, and the VIN read after it."""
    hits: list[Hit] = []
    for g in groups_with(text, 5):
        if g.start == 0 or not (text[g.start - 1].isascii() and text[g.start - 1].isalpha()):
            continue
        end = keyword_before(_VIN_KEYWORD, text, g.start, 60)
        m = value_after_keyword(_VIN_LOOSE, text, end) if end >= 0 else None
        if m is None or not m.start() < g.start < m.end():
            bare = _bare_lower_vin(text, g.start)
            if bare:
                hits.append(("vin", *bare))
            continue
        compact = m.group(0).replace(" ", "").replace("-", "").upper()
        if 1 <= sum(c.isalpha() for c in compact) <= 14 and (checks.vin_check_digit_ok(compact) or
                                                              not checks.called_made_up(text, m.start(), m.end())):
            hits.append(("vin", m.start(), m.end()))
    return hits


_LOWER_OR_DIGIT = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_HEX_LETTERS = frozenset("abcdef")


def _bare_lower_vin(text: str, at: int) -> tuple[int, int] | None:
    """A VIN typed in small letters with no keyword ("wddg29l1073w89666 thx"): the whole word of
    17 small letters and digits around the digits at ``at``, its check digit holding, its serial
    (the last four) digits, three letters or more and not only the letters of hexadecimal (a
    hash), no other word glued on by "-", "_", "/", "." or "@" (ids, paths, hosts)."""
    start, end = at, at
    while start > 0 and text[start - 1] in _LOWER_OR_DIGIT:
        start -= 1
    while end < len(text) and text[end] in _LOWER_OR_DIGIT:
        end += 1
    if end - start != 17 or (start > 0 and (ascii_alnum(text[start - 1]) or text[start - 1] in "-_/.@=#:&?+\\")):
        return None
    after = text[end:end + 2]
    if ascii_alnum(after[:1]) or after[:1] in ("-", "_", "/", "@", "\\") or (after[:1] == "." and after[1:].isalnum()):
        return None
    value = text[start:end]
    letters = {c for c in value if c.isalpha()}
    count = sum(c.isalpha() for c in value)
    if not 3 <= count <= 14 or letters <= _HEX_LETTERS or not value[-4:].isdigit():
        return None
    return (start, end) if checks.vin_check_digit_ok(value.upper()) else None


def _plate_like(value: str, digits_only: bool = False) -> bool:
    """Three to ten letters and digits with both ("L-W 7", "KA 01 AB 1234"); four or more
    digits alone too (``digits_only``) for a value right after its keyword ("plate 9193", some
    countries issue them)."""
    compact = "".join(c for c in value if c.isalnum())
    has_alpha = any(c.isalpha() for c in compact)
    return (3 if has_alpha else 4) <= len(compact) <= 10 and any(c.isdigit() for c in compact) and (
        has_alpha or digits_only)


def _plate_after(text: str, at: int) -> int | None:
    """End of the plate that starts at ``at`` (right after a plate keyword and its filler), or
    None; a word in capitals after it is dropped when the whole is too long for a plate
    ("plate - ELZ-6W99 ASAP pls")."""
    m = _PLATE_VALUE.match(text, at) or _UK_LOWER.match(text, at) or _CN_PLATE.match(text, at)
    end = _whole_plate(m.group(0) if m else "", at)
    if end is None:
        m = _PLATE_SCANNED.match(text, at) or _CN_PLATE_SCANNED.match(text, at)
        value = m.group(0) if m else ""
        end = _whole_plate(value, at) if value.count("l") <= 2 else None
    return end


def _whole_plate(value: str, at: int) -> int | None:
    while value:
        if _plate_like(value.upper(), digits_only=True) or (_CN_PLATE_SCANNED.fullmatch(value) and _plate_like(
                value[1:].replace("O", "0").replace("I", "1"))):
            return at + len(value)
        cut = value.rfind(" ")
        value = value[:cut] if cut > 0 and value[cut + 1:].isalpha() else ""
    return None


def _keyed_plates(text: str) -> list[Hit]:
    """A plate-shaped token after a plate keyword (past a filler) or before one ("… is my
    registration", "…（车牌号）")."""
    hits: list[Hit] = []
    for start, end in keyword_ends(_PLATE_KEY, text, _PLATE_GATE):
        filler = FILLER.match(text, end)
        at = filler.end() if filler else end
        after = _plate_after(text, at)
        # a keyword with its own value after it does not name the one before it ("ID P71…\nVEH 979-SIB")
        before = None if after else value_before_keyword(_PLATE_BEFORE, text, start)
        if after and _keyed_value_ok(text, start, end, text[at:after]) and not _glued(text, at, after, after_only=True):
            hits.append(("license_plate", at, after))
        # digits alone only when the words between point back at them ("270139 - that's plate")
        if before and _plate_like(before.group(1), digits_only=_POINTER.search(text, before.end(1), start) is not None):
            hits.append(("license_plate", before.start(1), before.end(1)))
    return hits


# Keywords that name other things as often as plates: a git, docker or HTML tag, a CPU register,
# an event's or a company's registration, a regulation, a Japanese or Chinese serial ("番号").
_LOOSE_KEYS = frozenset(("tag", "reg", "registration", "番号", "mot", "taxi", "cab", "uber", "lyft", "trailer", "车辆", "車輛",
                         "toll for", "camera read", "insurance for", "quote for", "claim for"))
# Digits joined by dots or led by a year are versions, dates and document numbers ("tag 1.25.3",
# "tag: 2024.11.07", "registration no. 2026-04-18"), never a plate.
_VERSION_OR_DATE = re.compile(r"[0-9]{1,4}(?:\.[0-9]{1,4}){1,3}|(?:19|20)[0-9]{2}(?:[-./ ][0-9]{1,4}){0,2}")


# A tag, plate or registration of another kind, named by the word before it ("asset tag LT-00421",
# "luggage tag KL4521", "docker image tag", "hot plate HP-2030", "company registration number").
_OTHER_KIND = re.compile(r"(?<![A-Za-z])(?:asset|rfid|nfc|price|luggage|baggage|bag|ear|dog|name|git|docker|image|release|"
                         r"version|html|xml|hash|meta|gift|security|inventory|property|hot|well|petri|agar|culture|"
                         r"steel|door|brass|company|business|trade|charity|vat|tax|domain|event|course|student|"
                         r"trademark|land|voter)[ -]$", re.I)


def _a_reference(text: str, start: int, end: int) -> bool:
    """A reference word (order, invoice, 单号 …) names the value, unless it is the ticket of a
    parked or speeding car ("speeding ticket AB1234")."""
    return named_as_reference(text, start, end) and "ticket" not in text[max(0, start - 12):start].lower()


def _glued(text: str, start: int, end: int, after_only: bool = False) -> bool:
    """Whether ``text[start:end]`` is a piece of a longer code: a dash, slash or dot (or a colon
    after it) joins it to letters or digits ("978-0-408" of an ISBN, "28T20" of a timestamp).
    ``after_only``: the value follows its keyword, so only its end is looked at."""
    before = not after_only and start >= 2 and text[start - 1] in "-/." and ascii_alnum(text[start - 2])
    return before or (end + 1 < len(text) and text[end] in "-/:." and ascii_alnum(text[end + 1]))


def _keyed_value_ok(text: str, start: int, end: int, value: str) -> bool:
    """A value after a plate keyword is kept unless it is a version or a date, or digits alone after
    a loose keyword ("please tag 1234", "reg 2345") with no vehicle named nearby."""
    if _VERSION_OR_DATE.fullmatch(value) or _OTHER_KIND.search(text, max(0, start - 12), start):
        return False
    if any(c.isalpha() for c in value) or text[start:end].lower() not in _LOOSE_KEYS:
        return True
    return bool(_OWNED.search(text, max(0, start - 8), start) or _VEHICLE_NEAR.search(text, max(0, start - 60), start)
                or _VEHICLE_NEAR.search(text, end, end + 60))


# "my reg", "is this reg valid?": someone's registration, not a register or a verb.
_OWNED = re.compile(r"(?<![A-Za-z])(?:my|this|his|her|our|their|your)\s+$", re.I)
_POINTER = re.compile(r"(?i:that's|that is|this is|it's|it is|is my|这是|這是|是我的)")


def _accept(pattern: re.Pattern[str], value: str) -> bool:
    if pattern is _CN_PLATE:  # typed in lower case ("京a12345"): mostly digits, unlike words and codes
        return sum(c.isdigit() for c in value) >= (1 if value.isupper() else 3)
    if pattern is _DE_PLATE:  # "A-B 12" is a range, "EN-US 2024" a locale and a year
        return sum(c.isalpha() for c in value) >= 3 and sum(c.isdigit() for c in value) >= 2 and not _YEARISH.search(value)
    return True


def plates_by_shape_and_keyword(text: str) -> list[Hit]:
    """Plates of a self-evident shape, after a plate keyword, after a car word, or spaced after a
    vehicle's word (plate_contexts.py adds the plates that the words around them name)."""
    sk = skeleton(text)
    hits: list[Hit] = []
    for pattern, at in plate_candidates(sk):
        m = pattern.match(text, at) if at >= 0 else None
        if m and _accept(pattern, m.group(0)):
            hits.append(("license_plate", m.start(), m.end()))
    return hits + _keyed_plates(text) + _vehicle_plates(text) + _spaced_plates(text, sk)


# A vehicle named right before a plate written with separators ("Please add vehicle BHB 824 to my
# permit", "parking ticket for ERZ-TC-2965", "车辆ERH-A-61违章"): candidates are a capital and a
# digit on either side of a space or a dash, found on the skeleton.
_SPACED_SKELETON = (re.compile(rb"A[ -]0"), re.compile(rb"0[ -]A"))
_VEHICLE_RIGHT_BEFORE = re.compile(r"(?:(?<![a-z])car|vehicle|truck|(?<![a-z])van|motorbike|motorcycle|(?<![a-z])suv|"
                                   r"camper|caravan|motorhome|scooter|moped|lorry|(?<![a-z])(?:the|my|our) (?:rental|hire)|(?:mileage log|mileage|odometer)\s*[-–—]?|"
                                   r"(?:fine|pcn|penalty|citation)\b[^.\n]{0,24}issued to|"
                                   r"parking ticket|speeding ticket|ticket for|parking for|permit for|towed|车辆|汽车|我的车|这辆车)"
                                   r"(?:\s*(?:for|with|is|was|reg|plate|number|no\.|#|:|,|是|为|為)(?![A-Za-z]))*\s*$", re.I)
_YEAR_GROUP = re.compile(r"(?<![0-9])(?:19[5-9][0-9]|20[0-3][0-9])(?![0-9])")
_MODEL = re.compile(r"[A-Z][ -]?[0-9]+(?:$| [A-Za-z])")  # "F-150 XL", "E 300": one letter and a number name a model


def _spaced_plate_ok(text: str, m: re.Match[str]) -> bool:
    value = m.group(0)
    letters, digits = sum(c.isalpha() for c in value), sum(c.isdigit() for c in value)
    if letters < 2 or digits < 2 or letters + digits < 5 or _YEAR_GROUP.search(value) or _MODEL.match(value):
        return False  # "my car 2019 BMW" is a year and a make
    named = _VEHICLE_RIGHT_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if not named or _only_a_ticket(text, named.start(), m.start(), m.end()):
        return False
    # "a ticket for UA 1234" is a flight, unless a vehicle is named too
    return not _flight(text, m.start(), m.end(), value.replace(" ", "").replace("-", ""))


# A word every alternative of _VEHICLE_RIGHT_BEFORE holds: tested first on a window before each
# candidate (a necessary condition, so the result is the same), since addresses ("1847 Maple")
# give many candidates and very few texts name a vehicle.
_VEHICLE_GATE = re.compile(r"car|vehicle|truck|van|motor|suv|ticket|towed|camper|scooter|moped|lorry|mileage|odometer|rental|hire|"
                           r"issued to|parking for|permit for|车辆|汽车|我的车|这辆车")  # on lowered text
_GATE_REACH = 70  # the plate starts up to 10 characters before the candidate, the word up to 40 before it


def _spaced_plates(text: str, sk: bytes) -> list[Hit]:
    found: dict[int, int] = {}
    lowered_text = text.lower()
    low = lowered_text if len(lowered_text) == len(text) else None  # None: lower() moved offsets ("İ"), no gate
    for pattern in _SPACED_SKELETON:
        for candidate in pattern.finditer(sk):
            if low is not None and not _VEHICLE_GATE.search(low, max(0, candidate.start() - _GATE_REACH),
                                                            candidate.start()):
                continue
            hi = min(len(text), candidate.end() + 12)
            for m in _PLATE_VALUE.finditer(text, max(0, candidate.start() - 10), hi):
                if not m.start() <= candidate.start() < m.end():
                    continue
                # "SUV JTR 448": the vehicle's word may open the run; the plate starts after a space
                starts = [m.start()] + [m.start() + i + 1 for i, c in enumerate(m.group(0)) if c == " "]
                for at in (at for at in starts if at <= candidate.start() and at not in found):
                    plate = _PLATE_VALUE.match(text, at, hi)
                    if plate and _spaced_plate_ok(text, plate):
                        found[at] = plate.end()
                        break
    return [("license_plate", start, end) for start, end in sorted(found.items())]


def _only_a_ticket(text: str, word: int, start: int, end: int) -> bool:
    """True when the word before a value at ``start`` is a bare "ticket for" (not a parking or
    speeding ticket), no vehicle is named nearby, and the ticket is an issue's ("opened a ticket
    for OPS-12345") or a journey's ("a train ticket for G1234"); "a ticket for 6E796" stays a plate."""
    if not _ANY_TICKET.match(text, word, start):
        return False
    if _VEHICLE_NEAR.search(text, max(0, word - 60), start) or _VEHICLE_NEAR.search(text, end, end + 40):
        return False
    return bool(_ISSUE_KEY.fullmatch(text, start, end) or _ISSUE_VERB.search(text, max(0, word - 24), word)
                or _RAIL_WORD.search(text, max(0, word - 40), min(len(text), end + 40)))


def _vehicle_plates(text: str) -> list[Hit]:
    """A plate-shaped run of capitals and digits right after a word about a car ("my car 7ABC123
    was towed", "违章车辆粤B…" is caught above)."""
    hits: list[Hit] = []
    for start, end in mixed_tokens(text):
        car = _CAR_BEFORE.search(text, max(0, start - 24), start) if 5 <= end - start <= 8 else None
        if car is None or _NAMED_REFERENCE.search(text, max(0, start - 24), start):  # "parking ticket ref PCN12345"
            continue
        if _only_a_ticket(text, car.start(), start, end) or _glued(text, start, end) or _a_reference(text, start, end):
            continue  # "a ticket for OPS-12345"; "…-28T20:…" of a timestamp; "停车场订单CZ4244"
        # "a ticket for UA1234": a flight number, when a ticket is the only word about a vehicle
        if _flight(text, start, end, text[start:end]) or _train(text, start, end, text[start:end]):
            continue
        m = _PLATE_VALUE.match(text, start)
        if m and m.end() == end:
            hits.append(("license_plate", start, end))
    return hits
