"""Detectors for PII with a recognisable format, most confirmed by a checksum.

Each detector takes the text and returns ``(type, start, end)`` triples. Candidates are found
with a regular expression and then confirmed (Luhn, GB 11643, mod 97, VIN check digit,
phonenumbers) so that look-alikes such as order numbers do not fire.
"""

from __future__ import annotations

import re
from functools import lru_cache

from duet.router.privacy import checks

Hit = tuple[str, int, int]

_EMAIL_DOMAIN = re.compile(r"@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}(?![A-Za-z0-9\-])")
_EMAIL_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")

_CN_MOBILE = re.compile(r"1(?<![\w+]1)[3-9]\d(?:[\s-]?\d{4}){2}(?![\d])")
_CN_PREFIX = re.compile(r"(?:\+|00)86[\s-]?$")
_NANP = re.compile(r"(?:\(\d{3}\)\s?|\d(?<![\w+]\d)\d{2}[\s.-])\d{3}[\s.-]\d{4}(?!\d)")
_INTL = re.compile(r"\+(?<![\w+]\+)\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,5}(?:[\s.-]?\d{2,5}){1,4}(?!\d)")
_CN_LANDLINE = re.compile(r"0(?<![\w-]0)\d{2,3}-\d{7,8}(?![\d-])")
_QUANTITY_AFTER = re.compile(r"\s?(?:元|块|万|亿|美元|円|%|rmb|RMB|USD|CNY|次|个|人|km|公里|米)")

_ID18 = re.compile(r"\d(?<!\w\d)\d{16}[\dXx](?![\w])")

_CARD = re.compile(
    r"\d(?<![\w.\-]\d)(?:\d{3}(?:[ -]\d{4}){3}(?:[ -]\d{1,4})?|\d{3}[ -]\d{6}[ -]\d{4,5}|\d{12,18})(?![\w.\-]|[ -]\d)"
)
_DEBIT_CONTEXT = re.compile(r"储蓄卡|借记卡|银行卡|[工农建交招中]行卡|工资卡|户名|debit", re.I)

_IBAN = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]\d{2}(?: ?[A-Z0-9]{1,4}){3,8}")

_IPV4 = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w]|\.\d)")
_IPV6 = re.compile(r"[0-9A-Fa-f:](?<![\w:][0-9A-Fa-f:])[0-9A-Fa-f]{0,3}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
_VERSION_BEFORE = re.compile(r"(?:version|ver\.?|v|版本号?|build|release|firmware|固件|系统)\s*[:：]?\s*$", re.I)
_NET_CONTEXT = re.compile(r"\bip\b|host|server|ssh|ping|dns|gateway|router|subnet|address|地址|网关|服务器|主机|@|:\d", re.I)

_VIN = re.compile(r"[A-HJ-NPR-Z0-9](?<![A-Za-z0-9][A-HJ-NPR-Z0-9])[A-HJ-NPR-Z0-9]{16}(?![A-Za-z0-9])")
_VIN_CONTEXT = re.compile(r"VIN|车架号|车辆识别|识别代号|chassis|frame", re.I)

_CN_PLATE = re.compile(
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•・.\s]?"
    r"(?:[DF][A-HJ-NP-Z0-9]\d{4}|\d{5}[DF]|[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警])(?![A-Za-z0-9])"
)
_UK_PLATE = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]\d{2} ?[A-Z]{3}(?![A-Za-z0-9])")
_PLATE_KEY = re.compile(r"plate|reg|tag|车牌号?|牌照|号牌")
_PLATE_VALUE = re.compile(
    r"[a-z]*(?:\s*(?:no\.?|number|#|is|:|：|是|为))?\s*([A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,5})(?![A-Za-z0-9])", re.I
)

# Anchored on the latitude's decimal point (a literal, so the scan is fast); the integer part
# is read back from the characters before it.
_GPS_DECIMAL = re.compile(
    r"\.(\d{2,})\s*°?\s*([NSns])?\s*[,，/;]?\s*([EWew]\s?)?"
    r"([-+]?\d{1,3}\.(\d{2,}))\s*°?\s*([EWew])?(?![\d.])"
)
_GPS_INT = re.compile(r"(?<![\d.])[-+]?\d{1,2}$")
_IPV4_GATE = re.compile(r"\.\d{1,3}\.\d")
_IPV6_GATE = re.compile(r":[0-9A-Fa-f]{0,4}:")
_GPS_DMS = re.compile(
    r"\d{1,2}\s?°\s?\d{1,2}\s?['′’]\s?(?:\d{1,2}(?:\.\d+)?\s?[\"″”]\s?)?[NSns][\s,，]*"
    r"\d{1,3}\s?°\s?\d{1,2}\s?['′’]\s?(?:\d{1,2}(?:\.\d+)?\s?[\"″”]\s?)?[EWew]"
)
_GPS_CN = re.compile(r"[北南]纬\s?\d{1,2}(?:\.\d+)?\s?°?[\s,，、]*[东西]经\s?\d{1,3}(?:\.\d+)?\s?°?")
_GPS_CONTEXT = re.compile(r"坐标|位置|定位|经纬|coordinates?|location|\bpin\b|gps|\blat|\blng|\blon", re.I)

_SECRET_TOKENS = re.compile(
    r"(?:sk-(?:proj-|live-|test-|ant-)?[A-Za-z0-9_\-]{16,}|sk_(?:live|test)_[A-Za-z0-9]{16,}"
    r"|(?:AKIA|ASIA)[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}"
    r"|xox[abprs]-[A-Za-z0-9\-]{10,}|AIza[0-9A-Za-z_\-]{35}|glpat-[A-Za-z0-9_\-]{20}"
    r"|eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,})"
)
_PRIVATE_KEY = re.compile(r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z]+ )?PRIVATE KEY-----|$)")
_SECRET_KEY = re.compile(r"pass(?:word|wd)?|pwd|secret(?:_?key)?|token|api[_-]?key|access[_-]?key|密码|口令|密钥")
_SECRET_VALUE = re.compile(r"[\"']?\s*(?:is|=|:|：|是|为|for\s+\w+\s+is)?\s*[\"']?([!-~]{6,80})", re.I)
_URL_CREDENTIAL = re.compile(r"://[^\s:/@]+:([^\s@/]{4,})@")
# Starts on the character before the token so that scanning inside a word fails at once.
_LONG_TOKEN = re.compile(r"[^A-Za-z0-9+/_\-]([A-Za-z0-9+/_\-]{32,80})(?![\w+/=\-])")
_LONG_TOKEN_GATE = ("key", "secret", "token", "cred", "aws", "auth", "bearer", "password", "密钥", "令牌", "凭证",
                    "密码")
_PLACEHOLDER = re.compile(r"^(?:sk-)?\.{2,}|x{3,}|\*{3,}|^<.*>$|^\$\{|your[_-]|example|changeme|placeholder|^\.\.\.", re.I)


@lru_cache(maxsize=16)
def lowered(text: str) -> str:
    """``text.lower()`` when that keeps every index in place (true for ASCII and CJK), so keyword
    regexes can run case-sensitively (much faster) on the lowered copy."""
    low = text.lower()
    return low if len(low) == len(text) else text


def keyword_ends(key: re.Pattern[str], text: str, gate: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """(start, end) of every keyword match, searched in the lowered text, whole words only
    for ASCII keywords. ``gate``: substrings of which one must occur (a cheap early exit)."""
    low = lowered(text)
    if gate and not any(g in low for g in gate):
        return []
    found = []
    for m in key.finditer(low):
        s, e = m.start(), m.end()
        if low[s].isascii() and ((s > 0 and low[s - 1].isascii() and low[s - 1].isalpha()) or
                                 (e < len(low) and low[e].isascii() and low[e].isalpha() and low[e - 1].isascii())):
            continue
        found.append((s, e))
    return found


_DIGIT_RUN = re.compile(r"\d+")


@lru_cache(maxsize=16)
def longest_digit_run(text: str) -> int:
    """Length of the longest run of digits: one scan that lets the numeric detectors skip texts
    that cannot hold what they look for."""
    return max((len(run) for run in _DIGIT_RUN.findall(text)), default=0)


def find_emails(text: str) -> list[Hit]:
    hits: list[Hit] = []
    if "@" not in text:
        return hits
    for m in _EMAIL_DOMAIN.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1] in _EMAIL_LOCAL_CHARS:
            start -= 1
        while start < m.start() and not text[start].isalnum():
            start += 1
        if start == m.start() or (start > 0 and text[start - 1] in "!:/"):
            continue
        hits.append(("email", start, m.end()))
    return hits


def _is_quantity(text: str, end: int) -> bool:
    return bool(_QUANTITY_AFTER.match(text, end))


def find_phones(text: str) -> list[Hit]:
    hits: list[Hit] = []
    if longest_digit_run(text) < 4 and "+" not in text:  # every national format has a 4-digit group
        return hits
    for pattern, region in ((_CN_MOBILE, "CN"), (_NANP, "US"), (_INTL, None), (_CN_LANDLINE, "CN")):
        for m in pattern.finditer(text):
            raw = m.group(0).strip()
            if _is_quantity(text, m.end()):
                continue
            start = m.start()
            if pattern is _CN_MOBILE:
                prefix = _CN_PREFIX.search(text, max(0, start - 5), start)
                start = prefix.start() if prefix else start
            candidate = checks.digits_only(raw)
            if raw.startswith("+"):
                candidate = "+" + candidate
            if checks.phone_ok(candidate, region):
                hits.append(("phone", start, m.start() + len(raw)))
    return hits


def find_resident_ids(text: str) -> list[Hit]:
    if longest_digit_run(text) < 17:
        return []
    return [("cn_resident_id", m.start(), m.end()) for m in _ID18.finditer(text)
            if checks.resident_id_ok(m.group(0).upper())]


def find_cards(text: str) -> list[Hit]:
    """Luhn-valid card numbers. Chinese 19-digit UnionPay debit cards, and cards named as debit
    cards nearby, are ``bank_account`` (the dataset convention); the rest ``credit_card``."""
    hits: list[Hit] = []
    if longest_digit_run(text) < 4:
        return hits
    for m in _CARD.finditer(text):
        number = checks.digits_only(m.group(0))
        if len(number) not in (13, 14, 15, 16, 19) or not checks.luhn_ok(number):
            continue
        if not checks.card_prefix_ok(number) or (len(number) == 19 and not number.startswith(("4", "6"))):
            continue
        window = text[max(0, m.start() - 20):m.start()]
        debit = (len(number) == 19 and number.startswith("62")) or bool(_DEBIT_CONTEXT.search(window))
        hits.append(("bank_account" if debit else "credit_card", m.start(), m.end()))
    return hits


def find_ibans(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _IBAN.finditer(text):
        raw = m.group(0)
        # The pattern may run into the next word: shrink from the right until mod 97 holds.
        positions = [i for i, c in enumerate(raw) if c != " "]
        for keep in range(len(positions), 14, -1):
            compact = "".join(raw[i] for i in positions[:keep])
            if checks.iban_ok(compact):
                hits.append(("iban", m.start(), m.start() + positions[keep - 1] + 1))
                break
    return hits


def find_ips(text: str) -> list[Hit]:
    hits: list[Hit] = []
    if _IPV4_GATE.search(text):
        for m in _IPV4.finditer(text):
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._"):
                continue
            if any(int(part) > 255 or (len(part) > 1 and part[0] == "0") for part in m.group(0).split(".")):
                continue
            before = text[max(0, m.start() - 16):m.start()]
            if _VERSION_BEFORE.search(before):
                continue
            first = int(m.group(0).split(".", 1)[0])
            if first < 10 or first == 127:
                window = text[max(0, m.start() - 40):m.end() + 6]
                if not _NET_CONTEXT.search(window):
                    continue
            hits.append(("ip_address", m.start(), m.end()))
    if _IPV6_GATE.search(text):
        for m in _IPV6.finditer(text):
            raw = m.group(0)
            if raw.count(":") < 2 or not any(c.isdigit() for c in raw) or len(raw) < 6:
                continue
            if checks.ip_ok(raw):
                hits.append(("ip_address", m.start(), m.end()))
    return hits


def find_vins(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _VIN.finditer(text):
        vin = m.group(0)
        letters = sum(c.isalpha() for c in vin)
        if letters < 2 or letters > 14:
            continue
        if checks.vin_check_digit_ok(vin) or _VIN_CONTEXT.search(text[max(0, m.start() - 30):m.start()]):
            hits.append(("vin", m.start(), m.end()))
    return hits


def find_plates(text: str) -> list[Hit]:
    hits = [("license_plate", m.start(), m.end()) for m in _CN_PLATE.finditer(text)
            if any(c.isdigit() for c in m.group(0))]
    hits += [("license_plate", m.start(), m.end()) for m in _UK_PLATE.finditer(text)]
    for _, end in keyword_ends(_PLATE_KEY, text, ("plate", "reg", "tag", "牌")):
        m = _PLATE_VALUE.match(text, end)
        if not m:
            continue
        token = m.group(1)
        compact = token.replace(" ", "").replace("-", "")
        if 5 <= len(compact) <= 8 and any(c.isdigit() for c in compact) and any(c.isalpha() for c in compact):
            if compact.isupper() or compact.isdigit() is False and compact.upper() == compact:
                hits.append(("license_plate", m.start(1), m.end(1)))
    return hits


def find_gps(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _GPS_DECIMAL.finditer(text):
        whole = _GPS_INT.search(text, max(0, m.start() - 3), m.start())
        if not whole:
            continue
        start = whole.start()
        lat, lon = float(whole.group(0) + "." + m.group(1)), float(m.group(4))
        if abs(lat) > 90 or abs(lon) > 180:
            continue
        hemispheres = any(m.group(i) for i in (2, 3, 6)) or text[max(0, start - 2):start].strip() in ("N", "S", "n", "s")
        precise = len(m.group(1)) >= 4 and len(m.group(5)) >= 4
        if precise or hemispheres or _GPS_CONTEXT.search(text[max(0, start - 30):m.end() + 10]):
            hits.append(("gps_coordinates", start, m.end()))
    if "°" in text:
        hits += [("gps_coordinates", m.start(), m.end()) for m in _GPS_DMS.finditer(text)]
    hits += [("gps_coordinates", m.start(), m.end()) for m in _GPS_CN.finditer(text)]
    return hits


def _free_before(text: str, start: int, extra: str) -> bool:
    """True when the match does not continue a longer word."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_" or text[start - 1] in extra)


def _looks_secret(value: str) -> bool:
    if _PLACEHOLDER.search(value):
        return False
    has_digit = any(c.isdigit() for c in value)
    has_alpha = any(c.isalpha() for c in value)
    return has_digit and has_alpha


def find_secrets(text: str) -> list[Hit]:
    hits = [("api_key_secret", m.start(), m.end()) for m in _SECRET_TOKENS.finditer(text)
            if not _PLACEHOLDER.search(m.group(0)) and _free_before(text, m.start(), "-")]
    hits += [("api_key_secret", m.start(), m.end()) for m in _PRIVATE_KEY.finditer(text)]
    for _, end in keyword_ends(_SECRET_KEY, text, ("pass", "pwd", "secret", "token", "key", "密码", "口令", "密钥")):
        m = _SECRET_VALUE.match(text, end)
        if not m:
            continue
        value = m.group(1).rstrip(".,;:)'\"，。")
        if len(value) >= 6 and _looks_secret(value):
            hits.append(("api_key_secret", m.start(1), m.start(1) + len(value)))
    for m in _URL_CREDENTIAL.finditer(text):
        if _looks_secret(m.group(1)):
            hits.append(("api_key_secret", m.start(1), m.end(1)))
    if not any(word in lowered(text) for word in _LONG_TOKEN_GATE):
        return hits
    for m in _LONG_TOKEN.finditer(" " + text):
        token = m.group(1)
        upper = sum(c.isupper() for c in token)
        lower = sum(c.islower() for c in token)
        digits = sum(c.isdigit() for c in token)
        if upper >= 3 and lower >= 3 and digits >= 3:
            hits.append(("api_key_secret", m.start(1) - 1, m.end(1) - 1))
    return hits


FORMAT_DETECTORS = (find_secrets, find_emails, find_ibans, find_resident_ids, find_cards, find_vins,
                    find_ips, find_gps, find_phones, find_plates)
