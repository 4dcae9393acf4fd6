r"""Detectors for PII with a recognisable format, most confirmed by a checksum.

Each detector takes the text and returns ``(type, start, end)`` triples. Candidates are found
with a regular expression and then confirmed (Luhn, GB 11643, mod 97, VIN check digit,
phonenumbers) so that look-alikes such as order numbers do not fire.

Detectors run on normalised text (see :mod:`router.privacy.normalize`). Every pattern is
compiled with ``re.ASCII`` and its boundaries are "not an ASCII letter or digit": to ``re`` in
Unicode mode, and to ``str.isalnum``, a Chinese character is a word character, so a ``\b`` or
``(?<!\w)`` guard would hide a value written straight after one (``身份证号是1101…``).
"""

from __future__ import annotations

import re

from duet.router.privacy import checks
from duet.router.privacy.card_kinds import ANYCARD_KEY, CARD_KEY, is_debit
from duet.router.privacy.credentials import find_secrets
from duet.router.privacy.plate_contexts import find_plates
from duet.router.privacy.vehicles import find_vins
from duet.router.privacy.gate_words import occurring
from duet.router.privacy.ips import find_ips
from duet.router.privacy.scanned_cards import find_scanned_cards
from duet.router.privacy.scan import (Group, Hit, ascii_alnum, groups_with, keyword_before, keyword_ends, longest_digit_run,
                                 lowered, named_as_reference, glued_label, skeleton)

__all__ = ["FORMAT_DETECTORS", "Hit", "keyword_ends", "longest_digit_run", "lowered"]

# The last dot may be a Chinese full stop before a common ending ("zhangsan@qq。com", written so
# to keep the address from crawlers).
_EMAIL_DOMAIN = re.compile(r"@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*(?:\.[A-Za-z]{2,24}|。(?:com|cn|net|org|edu|gov|io))"
                           r"(?![A-Za-z0-9\-])", re.A)
# "scheme://user:password@host" is a URL with credentials, not an address (credentials.py).
_URL_USER = re.compile(r"://[^\s/@]*:$")
# File name endings that are no top-level domain ("icon@3x.png", "notes@v2.txt").
_FILE_EXTENSIONS = frozenset("png jpg jpeg gif svg webp heic tif tiff bmp pdf csv txt json yaml yml html css js".split())
_EMAIL_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")

# 18 characters, in any grouping with single spaces or dashes (6-8-4, 6-4-4-4, 4-4-4-4-2), or 15
# digits (the first-generation numbers, only taken after a keyword).
_ID = re.compile(glued_label() + r"(?:[0-9](?:[ .-]?[0-9]){16}[ .-]?[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])", re.A)
_ID_KEY = re.compile(r"身份证|身份證|证件号|證件號|公民身份号码|id card|id number|id no|identity card|identity number|"
                     r"resident id|citizen id")

# 12 to 19 digits, plain or in groups of four (4-4-4-4, 4-4-4-1, 4-4-4-4-3, 4-4-4-7) or Amex 4-6-5, with
# spaces, dashes or dots (mixed, too).
_CARD = re.compile(
    glued_label() + r"(?<!_)(?<![0-9A-Za-z_]-)(?<![0-9]\.)[0-9](?:[0-9]{3}(?:[ .-][0-9]{4}){2,3}(?:[ .-][0-9]{1,7}(?![0-9]|/[0-9]))?"
    r"|[0-9]{3}[ .-][0-9]{6}[ .-][0-9]{4,5}|[0-9]{11,18}"
    r"|[0-9]{2}(?:[ .-][0-9]{4}){4}|[0-9]{5}[ .-][0-9]{6}[ .-][0-9]{7})"  # (UnionPay as banks print them: 3-4-4-4-4, 6-6-7)
    r"(?![0-9A-Za-z_]|-[A-Za-z_]|\.[0-9]|[ -][0-9](?![0-9]?/[0-9]{2}))", re.A
)
# A last group that is not part of the number: the security code after it ("4111 1111 1111 1111
# 123"); an expiry ("… 1111 12/25") is already left out by the pattern.
_LAST_GROUP = re.compile(r"[ .-][0-9]{3,4}$")
# Words that name a card itself (not a payment).
_LATIN_CARD_WORD = re.compile(r"card|(?<![a-z])cc(?![a-z])|visa|mastercard|amex|maestro|jcb")
_IBAN_KEY = re.compile(r"iban")
# Not inside a longer word, except right after the word IBAN ("留了IBANGB33…").
_IBAN = re.compile(r"[A-Z](?:(?<![A-Za-z0-9][A-Z])|(?<=IBAN[A-Z]))[A-Z][0-9]{2}(?:[ -]?[A-Z0-9]{1,4}){3,8}", re.A)
# Typed in lower case ("iban: de89 3704 …"): the same, in lower case throughout.
_IBAN_LOWER = re.compile(r"[a-z](?<![A-Za-z0-9][a-z])[a-z][0-9]{2}(?:[ -]?[a-z0-9]{1,4}){3,8}", re.A)

# Anchored on the latitude's decimal point (a literal, so the scan is fast); the integer part
# is read back from the characters before it.
_GPS_DECIMAL = re.compile(
    r"\.(\d{2,})(?!\d)\s*°?\s*([NSns])?\s*[,，/;]?\s*([EWew]\s?)?"
    r"([-+]?\d{1,3}\.(\d{2,}))\s*°?\s*(?:([EWew])(?![A-Za-z]))?(?![0-9]|\.[0-9])", re.A
)
_HEMISPHERE_BEFORE = re.compile(r"(?<![A-Za-z])[NSns] ?$")
_LIST_BEFORE = re.compile(r"[0-9]\s*[,;]\s*$")
_LIST_AFTER = re.compile(r"\s*[,;]\s*[-+]?[0-9]")
_GPS_INT = re.compile(r"(?<![\d.])[-+]?\d{1,3}$", re.A)
_GPS_DMS = re.compile(
    # (a double prime folds to two primes: NFKC "″" is "′′")
    r"\d{1,2}\s?°\s?\d{1,2}\s?['′’]\s?(?:\d{1,2}(?:\.\d+)?\s?(?:[\"″”]|′′|'')\s?)?[NSns][\s,，]*"
    r"\d{1,3}\s?°\s?\d{1,2}\s?['′’]\s?(?:\d{1,2}(?:\.\d+)?\s?(?:[\"″”]|′′|'')\s?)?[EWew]", re.A
)
# The hemisphere first: "S 33°52'07", E 18°21'24"".
_GPS_DMS_LETTER_FIRST = re.compile(
    r"(?<![A-Za-z])[NSns]\s?\d{1,2}\s?°\s?\d{1,2}\s?['′’]\s?(?:\d{1,2}(?:\.\d+)?\s?(?:[\"″”]|′′|'')\s?)?[\s,，]*"
    r"[EWew]\s?\d{1,3}\s?°\s?\d{1,2}\s?['′’]\s?(?:\d{1,2}(?:\.\d+)?\s?(?:[\"″”]|′′|''))?", re.A
)
# "纬度36.15547，经度120.40792" (and longitude first), "S6.3206 E106.8617".
_GPS_CN_WORDS = re.compile(r"纬度\s?[:：]?\s?-?\d{1,2}\.\d{3,}[\s,，、]*经度\s?[:：]?\s?-?\d{1,3}\.\d{3,}|"
                           r"经度\s?[:：]?\s?-?\d{1,3}\.\d{3,}[\s,，、]*纬度\s?[:：]?\s?-?\d{1,2}\.\d{3,}", re.A)
_GPS_LETTERED = re.compile(r"(?<![A-Za-z0-9])[NS] ?[0-9]{1,2}\.[0-9]{3,}[ ,，/]*[EW] ?[0-9]{1,3}\.[0-9]{3,}(?![0-9])")
_GPS_CN = re.compile(r"[北南]纬\s?\d{1,2}(?:\.\d+)?\s?°?[\s,，、]*[东西]经\s?\d{1,3}(?:\.\d+)?\s?°?", re.A)
# … in degrees, minutes and seconds ("北纬22度16分59秒、东经114°9′47″"), as an EXIF dump writes them
# ("19d21m10.4sN 99d01m43.5sW"), and an NMEA sentence's fields ("3119.2804,N,12135.0255,E").
# (the text is folded: "″" is "′′" here)
_DMS_CN = r"\s?\d{1,3}\s?(?:度|°)\s?\d{1,2}\s?(?:分|′|')\s?(?:\d{1,2}(?:\.\d+)?\s?(?:秒|′′|″|\"|''))?"
_GPS_CN_DMS = re.compile(r"[北南]纬" + _DMS_CN + r"[\s,，、]*[东西]经" + _DMS_CN, re.A)
_GPS_MAP_AT = re.compile(r"/@(-?[0-9]{1,2}\.[0-9]{3,8},-?[0-9]{1,3}\.[0-9]{3,8})(?![0-9])")
_GPS_DDM = re.compile(r"(?<![A-Za-z0-9])[NS] ?[0-9]{1,2}(?:°|′|')? [0-9]{1,2}\.[0-9]{2,4}['′]?,? [EW] ?[0-9]{1,3}(?:°|′|')? [0-9]{1,2}\.[0-9]{2,4}['′]?")
_DDM_GATE = re.compile(r"\.[0-9]{2,4}['′]?,? [EW] ?[0-9]")  # (opens with a literal: a fast scan)
_GPS_EXIF = re.compile(r"\d{1,2}d\d{1,2}m\d{1,2}(?:\.\d+)?s[NS][ ,]*\d{1,3}d\d{1,2}m\d{1,2}(?:\.\d+)?s[EW]", re.A)
_GPS_NMEA = re.compile(r"(?<![0-9])\d{4}\.\d{2,6},[NS],\d{5}\.\d{2,6},[EW](?![A-Za-z])", re.A)
# A latitude or longitude given as a field: {"lat": 22.5431, "lng": 114.0579}, lat=…, longitude: …,
# or after a space with four decimals or more ("lat 40.7128 lng -74.0060").
_GPS_FIELD = re.compile(
    r"(?<![A-Za-z])(?:lat|latitude|lng|lon|long|longitude)[\"']?(?:\s*[:=]\s*[\"']?([-+]?[0-9]{1,3}\.[0-9]{3,})|"
    r"\s+([-+]?[0-9]{1,3}\.[0-9]{4,}))(?![0-9])",
    re.I | re.A,
)
_GPS_CONTEXT = re.compile(r"坐标|位置|定位|经纬|coordinates?|location|\bpin\b|gps|\blat|\blng|\blon", re.I | re.A)

def find_emails(text: str) -> list[Hit]:
    hits: list[Hit] = []
    if "@" not in text:
        return hits
    for m in _EMAIL_DOMAIN.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1] in _EMAIL_LOCAL_CHARS:
            start -= 1
        while start < m.start() and not ascii_alnum(text[start]):
            start += 1
        # "host!user@…" (a bang path) and "/path@…" are no addresses; "谢谢！user@…" is one (a
        # full-width "！", folded to "!", ends the sentence before it)
        bang = start > 0 and text[start - 1] == "!" and start > 1 and ascii_alnum(text[start - 2])
        if start == m.start() or bang or (start > 0 and text[start - 1] == "/") or _URL_USER.search(text, 0, start):
            continue
        if m.group().rsplit(".", 1)[-1].lower() in _FILE_EXTENSIONS:
            continue  # "logo@2x.png": an image at twice the size, not an address
        hits.append(("email", start, m.end()))
    return hits


def _around(pattern: re.Pattern[str], text: str, groups: list[Group], before: int = 2,
            after: int = 2) -> list[re.Match[str]]:
    """Matches of ``pattern`` in the windows around ``groups`` (each match once). Look-behinds
    see the text before a window, and a window ends past its group, so boundaries hold."""
    found: dict[int, re.Match[str]] = {}
    for g in groups:
        for m in pattern.finditer(text, max(0, g.start - before), min(len(text), g.end + after)):
            if m.start() not in found or m.end() > found[m.start()].end():
                found[m.start()] = m
    return list(found.values())


def _named(key: re.Pattern[str], text: str, start: int, gap: int = 16) -> bool:
    """Whether a ``key`` keyword ends at most ``gap`` characters before ``start``."""
    end = keyword_before(key, text, start, gap + 24)
    return end >= 0 and start - end <= gap


def find_resident_ids(text: str) -> list[Hit]:
    """Valid GB 11643 numbers anywhere, whatever names them: a region code, a real birth date and
    the check character together leave a random 18-digit reference about one chance in 25,000 to
    pass, and a number filed as an "employee ID", "student ID" or "booking ID" that passes is
    most often the person's resident ID. After an ID keyword (身份证号…) any number of the right
    shape and birth date, since people mistype (or make up) the check digit."""
    hits: list[Hit] = []
    for m in _around(_ID, text, groups_with(text, 15)):
        number = checks.digits_only(m.group(0)) + ("X" if m.group(0)[-1] in "Xx" else "")
        if checks.resident_id_ok(number) or (checks.resident_id_ok(number, checksum=False)
                                              and _named(_ID_KEY, text, m.start())
                                              and not named_as_reference(text, m.start(), m.end())):
            hits.append(("cn_resident_id", m.start(), m.end()))
    return hits


def find_cards(text: str) -> list[Hit]:
    """Luhn-valid card numbers. Chinese 19-digit UnionPay debit cards, and cards named as debit
    cards nearby, are ``bank_account`` (the dataset convention); the rest ``credit_card``."""
    return _cards(text) + (_wide_cards(text) if "  " in text else []) + find_scanned_cards(text)




# Two or three spaces between digit groups ("4374  4678  5069  2568", a pasted form, or ideographic
# spaces folded to ASCII).
_WIDE_GAP = re.compile(r"  (?<=[0-9]  ) ?(?=[0-9])")


def _wide_cards(text: str) -> list[Hit]:
    """Cards written with wide gaps: the gaps are squeezed to one space, the number is read as
    usual, and its span is mapped back."""
    gaps = list(_WIDE_GAP.finditer(text))
    if not gaps:
        return []
    pieces: list[str] = []
    index: list[int] = []
    last = 0
    for gap in gaps:
        pieces.append(text[last:gap.start() + 1])
        index.extend(range(last, gap.start() + 1))
        last = gap.end()
    pieces.append(text[last:])
    index.extend(range(last, len(text)))
    squeezed = "".join(pieces)
    gap_at = {gap.start() for gap in gaps}
    hits: list[Hit] = []
    for typ, start, end in _cards(squeezed):
        begin, stop = index[start], index[end - 1] + 1
        if any(begin <= at < stop for at in gap_at):
            hits.append((typ, begin, stop))
    return hits


def _cards(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _around(_CARD, text, groups_with(text, 12)):
        number = checks.digits_only(m.group(0))
        end = m.end()
        tail = _LAST_GROUP.search(m.group(0)) if len(number) > 16 else None
        if tail and not checks.luhn_ok(number) and checks.luhn_ok(number[:16]) and checks.card_prefix_ok(number[:16]):
            number, end = number[:16], m.start() + tail.start()
        if named_as_reference(text, m.start(), end) and not (
                len(number) in (15, 16) and checks.card_prefix_ok(number) and checks.luhn_ok(number)
                and checks.only_called_a_reference(text, m.start())) and not (  # (18 digits: a resident ID's length)
                checks.printed_card(text, m.start(), text[m.start():end], number)):
            continue
        # An issuer prefix we do not list (a national network) is a card only when the text says
        # so and the Luhn digit holds ("my visa 5016…", "信用卡6708…"); a bare "卡号" is a bank
        # card's number (keyed.py: an account).
        if not checks.card_prefix_ok(number, weak=True) and not (
                13 <= len(number) <= 19 and checks.luhn_ok(number) and (_named(CARD_KEY, text, m.start())
                                                                         or _named(_LATIN_CARD_WORD, text, m.start(), 24))):
            continue
        if not checks.card_prefix_ok(number) and not (_named(ANYCARD_KEY, text, m.start(), 40)
                                                      or ANYCARD_KEY.search(lowered(text), m.end(), m.end() + 30)):
            continue
        # A mistyped (or made-up) number still counts when the text calls it a credit card.
        if not checks.luhn_ok(number) and not _named(CARD_KEY, text, m.start()):
            continue
        hits.append(("bank_account" if is_debit(text, m, number) else "credit_card", m.start(), end))
    return hits





def _iban_candidates(text: str) -> list[re.Match[str]]:
    """IBANs start with two capitals and two digits: "AA00" on the skeleton, found with
    ``bytes.find`` (fast), then matched on the text."""
    if not groups_with(text, 5):  # every IBAN holds a run of five digits or more
        return []
    sk, found = skeleton(text), []
    for shape, pattern in ((b"AA00", _IBAN), (b"aa00", _IBAN_LOWER)):
        at = sk.find(shape)
        while at >= 0:
            m = pattern.match(text, at)
            if m:
                found.append(m)
            at = sk.find(shape, m.end() if m else at + 1)
    return found


def find_ibans(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _iban_candidates(text):
        raw = m.group(0)
        if raw[0].islower() and sum(c.isdigit() for c in raw) < 10:  # lower-case words and a "ab12", not an IBAN
            continue
        # The pattern may run into the next word: shrink from the right until mod 97 holds.
        positions = [i for i, c in enumerate(raw) if c not in " -"]
        for keep in range(len(positions), 14, -1):
            compact = "".join(raw[i] for i in positions[:keep]).upper()
            if checks.iban_ok(compact):
                hits.append(("iban", m.start(), m.start() + positions[keep - 1] + 1))
                break
        else:  # no valid prefix: still an IBAN (mistyped) when the text says so
            if len(positions) >= 15 and _named(_IBAN_KEY, text, m.start(), 8):
                hits.append(("iban", m.start(), m.end()))
    return hits


def find_gps(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _GPS_DECIMAL.finditer(text):
        whole = _GPS_INT.search(text, max(0, m.start() - 3), m.start())
        if not whole:
            continue
        start = whole.start()
        lat, lon = float(whole.group(0) + "." + m.group(1)), float(m.group(4))
        if abs(lat) > 90:  # longitude first, as GeoJSON and Chinese map links write it ("114.253815,30.574776")
            lat, lon = lon, lat
        if abs(lat) > 90 or abs(lon) > 180 or (abs(lat) < 1 and abs(lon) < 1):  # small decimals, not a place
            continue
        end = start + len(text[start:m.end()].rstrip())
        # (a hemisphere's letter before the number stands alone: the "s" of "prices 50.25, 45.75" is no south)
        hemispheres = any(m.group(i) for i in (2, 3, 6)) or _HEMISPHERE_BEFORE.search(text, max(0, start - 3), start) is not None
        # Two precise decimals alone read as a place, unless they are two items of a longer list.
        precise = len(m.group(1)) >= 4 and len(m.group(5)) >= 4 and not _in_list(text, start, end)
        if precise or hemispheres or _GPS_CONTEXT.search(text[max(0, start - 30):m.end() + 10]):
            hits.append(("gps_coordinates", start, end))
    if "°" in text:
        hits += [("gps_coordinates", m.start(), m.end()) for pattern in (_GPS_DMS, _GPS_DMS_LETTER_FIRST)
                 for m in pattern.finditer(text)]
    if "纬" in text:
        hits += [("gps_coordinates", m.start(), m.end()) for pattern in (_GPS_CN, _GPS_CN_DMS, _GPS_CN_WORDS)
                 for m in pattern.finditer(text)]
    if b"A0.000" in skeleton(text) or b"A 0.000" in skeleton(text):  # "S6.3206 E106.8617": the hemisphere first
        hits += [("gps_coordinates", m.start(), m.end()) for m in _GPS_LETTERED.finditer(text)]
    if b"0a00a" in skeleton(text):  # "19d21m…": digits, a letter, digits, a letter (the shared skeleton)
        hits += [("gps_coordinates", m.start(), m.end()) for m in _GPS_EXIF.finditer(text)]
    if (",N," in text or ",S," in text) and ("$G" in text or "$B" in text or "NMEA" in text):
        hits += [("gps_coordinates", m.start(), m.end()) for m in _GPS_NMEA.finditer(text)]
    if "/@" in text:  # a map link's centre: "google.com/maps/@25.118359,55.156340,18z"
        hits += [("gps_coordinates", m.start(1), m.end(1)) for m in _GPS_MAP_AT.finditer(text)]
    if _DDM_GATE.search(text):  # degrees and decimal minutes: "N35 33.144 E139 41.413"
        hits += [("gps_coordinates", m.start(), m.end()) for m in _GPS_DDM.finditer(text)]
    if "%2C" in text:  # a map link's query, its comma URL-encoded: read it as ", " (same length, same offsets)
        hits += [hit for hit in find_gps(text.replace("%2C", ",  ")) if "%2C" in text[hit[1]:hit[2]]]
    return hits + _gps_fields(text)


def _in_list(text: str, start: int, end: int) -> bool:
    return bool(_LIST_BEFORE.search(text, max(0, start - 12), start) or _LIST_AFTER.match(text, end))


def _gps_fields(text: str) -> list[Hit]:
    hits: list[Hit] = []
    low = lowered(text)
    for key in occurring(low, ("lat", "lng", "lon")):
        at = low.find(key)
        while at >= 0:
            m = _GPS_FIELD.match(text, at)
            if m:
                group = 1 if m.group(1) else 2
                hits.append(("gps_coordinates", m.start(group), m.end(group)))
            at = low.find(key, at + 3)
    return hits


FORMAT_DETECTORS = (find_secrets, find_emails, find_ibans, find_resident_ids, find_cards, find_vins,
                    find_ips, find_gps, find_plates)
