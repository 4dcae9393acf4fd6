"""Detectors for PII that has no checksum and is recognised by what the text says around it:
passport and medical record numbers, dates of birth, bank accounts, and street addresses
(addresses.py)."""

from __future__ import annotations

import re

from duet.router.privacy.addresses import find_addresses
from duet.router.privacy.patterns import Hit, keyword_ends, lowered

_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = re.compile(
    r"(?:(?:19|20)\d{2}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}(?:\s?[日号])?"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d{2}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r",?\s+(?:19|20)\d{2}"
    r"|" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2})(?!\d)"
)
_BIRTH_BEFORE = re.compile(r"born|birth|\bdob\b|d\.o\.b|birthday|b-day|bday|出生|生日|生于|诞生", re.I)
_BIRTH_GATE = re.compile(r"born|birthday|birth|dob|d\.o\.b|b-?day|出生|生日|生于|诞生")
_BIRTH_AFTER = re.compile(r"^\s*(?:出生|生|生人|诞生)")

_PASSPORT_KEY = re.compile(r"passports?|passeport|reisepass|pasaporte|护照")
_PASSPORT_VALUE = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{1,2}\d{6,8}|\d{2}[A-Z]{2}\d{5}|\d{8,9})(?![A-Za-z0-9])")
_CN_PASSPORT = re.compile(r"E(?<![A-Za-z0-9]E)(?:\d{8}|[A-HJ-NP-Z]\d{7})(?![A-Za-z0-9])")

_MEDICAL_KEY = re.compile(
    r"mrn|medical record|health record|patient (?:id|number|no)|hospital (?:number|no)|nhs number|"
    r"chart (?:number|no)|病案号|病历号|住院号|门诊号|体检号|就诊卡?号|病人号|患者编号|医疗记录号|检查号"
)
_MEDICAL_VALUE = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{1,4}-?\d{5,14}|\d[\d -]{4,14}\d)(?![A-Za-z0-9])")

_MEDICAL_GATE = ("mrn", "record", "patient", "hospital", "nhs", "chart", "号")
_ACCOUNT_KEY = re.compile(
    r"账号|账户|帐号|帐户|银行卡号?|[工农建交招中]行卡|储蓄卡号?|借记卡号?|收款卡|卡号|acct|account|a/c|"
    r"routing number|sort code"
)
_ACCOUNT_VALUE = re.compile(r"(?<![\w.\-])\d[\d -]{6,28}\d(?![\w.\-])")
_NOT_BANK_CARD = re.compile(r"会员|积分|礼品|gift|loyalty|member|购物|加油卡|公交|交通", re.I)

_ACCOUNT_GATE = ("账", "帐", "卡", "acct", "account", "a/c", "routing", "sort code")


def find_dates_of_birth(text: str) -> list[Hit]:
    hits: list[Hit] = []
    keys = keyword_ends(_BIRTH_GATE, text)
    if not keys:
        return hits
    lo, hi = max(0, keys[0][0] - 40), min(len(text), keys[-1][1] + 40)
    for m in _DATE.finditer(text, lo, hi):
        if m.start() > 0 and text[m.start() - 1].isdigit():
            continue
        before = text[max(0, m.start() - 30):m.start()]
        if _BIRTH_BEFORE.search(before) or _BIRTH_AFTER.match(text, m.end()) or \
                _BIRTH_AFTER.match(text[m.end():m.end() + 6]):
            hits.append(("date_of_birth", m.start(), m.end()))
    return hits


def _values_after(key: re.Pattern[str], value: re.Pattern[str], text: str, window: int,
                  first_only: bool, gate: tuple[str, ...]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for _, k_end in keyword_ends(key, text, gate):
        for m in value.finditer(text, k_end, min(len(text), k_end + window)):
            found.append((m.start(), m.end()))
            if first_only:
                break
    return found


def find_passports(text: str) -> list[Hit]:
    hits = [("passport", s, e) for s, e in _values_after(_PASSPORT_KEY, _PASSPORT_VALUE, text, 80, False,
                                                         ("pass", "reisepass", "pasaporte", "护照"))]
    hits += [("passport", m.start(), m.end()) for m in _CN_PASSPORT.finditer(text)]
    return hits


def find_medical_records(text: str) -> list[Hit]:
    return [("medical_record", s, e) for s, e in _values_after(_MEDICAL_KEY, _MEDICAL_VALUE, text, 30, True,
                                                               _MEDICAL_GATE)]


def find_bank_accounts(text: str) -> list[Hit]:
    hits: list[Hit] = []
    low = lowered(text)
    if not any(word in low for word in _ACCOUNT_GATE):
        return hits
    for k_start, k_end in keyword_ends(_ACCOUNT_KEY, text):
        if _NOT_BANK_CARD.search(text[max(0, k_start - 8):k_end]):
            continue
        for m in _ACCOUNT_VALUE.finditer(text, k_end, min(len(text), k_end + 24)):
            digits = sum(c.isdigit() for c in m.group(0))
            if 8 <= digits <= 25:
                hits.append(("bank_account", m.start(), m.end()))
            break
    return hits


CONTEXT_DETECTORS = (find_dates_of_birth, find_passports, find_medical_records, find_bank_accounts,
                     find_addresses)
