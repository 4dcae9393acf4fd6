"""Korean road-name addresses, in Hangul and romanised: "서울특별시 강남구 테헤란로 162, 101동 1407호
(06917)", "(03935) 서울특별시 마포구 월드컵북로 290 109동 2206호", "113-1001, 239 Pangyoyeok-ro,
Bundang-gu, Seongnam-si, Gyeonggi-do 13854", "Apt 101-1404, 245, World Cup buk-ro, Mapo-gu, Seoul,
03005, Republic of Korea". The anchor is the city or province, the district and the road
(…로, …길, …-ro, …-gil) with its number, in that order."""

from __future__ import annotations

import re

from duet.router.privacy.patterns import Hit

_HANGUL = re.compile(
    r"(?:\(\d{5}\)\s?)?[가-힣]{1,6}(?:특별시|광역시|특별자치시|특별자치도|도|시)\s[가-힣]{1,6}(?:시|군|구)"
    r"(?:\s[가-힣]{1,6}(?:구|읍|면))?\s[가-힣0-9]{1,12}(?:로|길)\s?\d{1,4}(?:-\d{1,4})?"
    r"(?:,?\s?\d{1,4}동\s?\d{1,4}호)?(?:\s?\(\d{5}\))?")
_CITIES = r"Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Ulsan|Sejong"
_ROMAN = re.compile(
    r"(?:(?:Apt\.?|Unit|#)\s?)?(?:\d{1,4}-\d{1,4},\s)?\d{1,4}(?:-\d{1,4})?,?\s[A-Z][A-Za-z\s-]{1,30}?-?(?:ro|gil|daero)"
    r"(?:\s\d{1,4}(?:beon)?-gil)?,\s[A-Z][a-z]+-gu,\s(?:[A-Z][a-z]+-si,\s)?(?:[A-Z][a-z]+-do|" + _CITIES + r")"
    r"(?:,?\s\d{5})?(?:,\s(?:Republic of |South )?Korea)?")


def find_korean_addresses(text: str) -> list[Hit]:
    hits: list[Hit] = []
    if "-gu," in text:
        hits += [("street_address", m.start(), m.end()) for m in _ROMAN.finditer(text)]
    if not text.isascii() and ("로" in text or "길" in text):
        hits += [("street_address", m.start(), m.end()) for m in _HANGUL.finditer(text)]
    return hits
