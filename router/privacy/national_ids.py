"""National identity numbers other than the mainland Chinese resident ID (patterns.py).

``national_id``: US social security numbers, Canadian social insurance numbers, Dutch BSN,
Brazilian CPF, German tax IDs, Indian Aadhaar, Japanese My Number, French NIR, Korean resident
registration numbers, Italian codici fiscali, UK National Insurance numbers, Spanish DNI/NIE,
Australian tax file numbers.
Taiwan and Hong Kong identity card numbers are Chinese resident IDs (``cn_resident_id``).

A form that is distinctive on its own (``536-22-1234``, ``123.456.789-09``, ``910411-1234567``,
a codice fiscale, a NINO with an issued prefix) is taken without a keyword; a bare run of
digits only when a keyword names it ("SSN 536221234", "BSN: 111222333"), because nine to twelve
digits are also phone, order and account numbers. Every number is confirmed by its checksum or
its date (python-stdnum) and is not taken when a reference word names it ("order 536-22-1234").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from stdnum.br import cpf
from stdnum.es import dni, nie
from stdnum.it import codicefiscale
from stdnum.us import ssn

from duet.router.privacy.scan import Hit, ascii_alnum, digit_groups, lowered, mixed_tokens, named_as_reference

NATIONAL = "national_id"
RESIDENT = "cn_resident_id"

_REACH = 40  # how far before a value its keyword may end
_AFTER = 24  # and how far after it ("… is my SSN", "…是我的社保号")


def _key(alternatives: str) -> re.Pattern[str]:
    """Whole words where the keyword starts or ends with a Latin letter; a Chinese keyword may
    touch a Latin word ("乘客Silke Kisman身分證I282295453")."""
    return re.compile(r"(?:(?<![a-z])|(?![a-z]))(?:" + alternatives + r")(?:(?![a-z])|(?<![a-z]))")


_SSN_KEY = _key(r"ssn|ssns|ss#|ss no|social security|social|soc\.? sec\.?|itin|tin|taxpayer id(?:entification)?|社会安全号码?|"
                r"社會安全號碼?|社安号|社保号|社会保障号")
_SIN_KEY = _key(r"sin|social insurance|nas|assurance sociale")
_BSN_KEY = _key(r"bsn|burgerservicenummer|sofinummer|sofi")
_CPF_KEY = _key(r"cpf")
_IDNR_KEY = _key(r"steuer-?id|steuer-?identifikationsnummer|identifikationsnummer|steuerliche id|idnr|tin|tax id")
_AADHAAR_KEY = _key(r"aadhaar|aadhar|uidai|uid|आधार")
# (not a bare "my number": English says it of a phone far more often than of Japan's card)
_MY_NUMBER_KEY = _key(r"マイナンバー|個人番号|个人番号|mynumber|my_number|my number card|my number \(japan\)|individual number")
_NIR_KEY = _key(r"s[ée]curit[ée] sociale|s[ée]cu|nir|insee|carte vitale|social security")
_RRN_KEY = _key(r"주민등록번호|주민번호|住民登録番号|居民登录号|rrn|resident registration|resident number")
_DNI_KEY = _key(r"dni|nie|nif|documento nacional|documento de identidad|n[uú]mero de identidad")
_NINO_KEY = _key(r"national insurance|ni number|ni no|nino|ni#")
_TFN_KEY = _key(r"tfn|tax file number|tax file no")  # Australia's, eight or nine digits

_SSN_DASHED = re.compile(r"[0-9]{3}-[0-9]{2}-[0-9]{4}")
_CPF_DOTTED = re.compile(r"[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}")
_RRN = re.compile(r"[0-9]{6} ?- ?[1-8][0-9]{6}")
_TW_ID = re.compile(r"[A-Z][12][0-9]{8}")
_HK_ID = re.compile(r"[A-Z]{1,2}[0-9]{6} ?[(（]?[0-9A][)）]?")
_NRIC = re.compile(r"[STFGM][0-9]{7}[A-Z]")
_NINO = re.compile(r"([A-Z]{2}) ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]")
# The prefixes HMRC issues: neither letter D, F, I, Q, U or V, the second not O, and not these pairs.
_NINO_PREFIX = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]")
_NINO_BAD_PREFIX = frozenset({"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})
_DNI = re.compile(r"[0-9]{8} ?-? ?[A-Z]|[XYZ] ?-? ?[0-9]{7} ?-? ?[A-Z]")
_CODICE = re.compile(r"[A-Z]{6}[0-9LMNP-V]{2}[A-EHLMPR-T][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]")
_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # letter values 10..35, in the order of the ID's rule


def _keyed(key: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """A keyword before the value, with no other number between ("CPF 123… tel 181-5579-6325"
    names the first), or one right after it."""
    low = lowered(text)
    before = [m.end() for m in key.finditer(low, max(0, start - _REACH), start)]
    if before and not _DIGIT_RUN.search(text, before[-1], start):
        return True
    item = _ITEM_END.search(text, end, end + _AFTER)  # not a keyword on the next line or past a ";"
    # The keyword must start within reach; a long one may end past it ("… is my documento de identidad").
    after = key.search(low, end, item.start() if item else min(len(low), end + _AFTER + 32))
    # "…, 089291 66961, cpf 284.481.323-27": a keyword with its own value after it names that one.
    return after is not None and after.start() < end + _AFTER and not _OWN_VALUE.match(text, after.end())


_ITEM_END = re.compile(r"[\n;]")
_OWN_VALUE = re.compile(r"\s*(?:(?:no|nr|number|#)\.?\s*)?[:：=#]?\s*[0-9]", re.I)


_DIGIT_RUN = re.compile(r"[0-9]{3}")


def _tw_valid(value: str) -> bool:
    """Taiwan's check digit: the letter's two digits, weights 1 9 8 7 6 5 4 3 2 1 1, sum mod 10 = 0."""
    code = _TW_LETTERS.index(value[0]) + 10
    digits = [code // 10, code % 10, *map(int, value[1:])]
    weights = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)
    return sum(d * w for d, w in zip(digits, weights)) % 10 == 0


def _hk_valid(value: str) -> bool:
    """Hong Kong's check: letters 10..35 (a space 36 pads one letter), weights 9..1, mod 11."""
    body = "".join(c for c in value if c.isalnum())
    letters, numbers, check = body[:-7], body[-7:-1], body[-1]
    chars = ([36] if len(letters) == 1 else []) + [ord(c) - 55 for c in letters] + [int(c) for c in numbers]
    total = sum(v * w for v, w in zip(chars, range(9, 1, -1)))
    expected = (11 - total % 11) % 11
    return check == ("A" if expected == 10 else str(expected))


def _rrn_valid(value: str) -> bool:
    """A Korean registration number starts with the birth date; its century comes from digit 7."""
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) != 13 or digits[6] not in "12345678":
        return False
    century = 2000 if digits[6] in "3478" else 1900
    try:
        date(century + int(digits[:2]), int(digits[2:4]), int(digits[4:6]))
    except ValueError:
        return False
    return True


# Bare digit runs, by number of digits: the keywords that name such a number. A keyword is
# enough (a test number or a mistyped check digit is still somebody's number); without one,
# only the distinctive forms above count.
_BARE: dict[int, tuple[re.Pattern[str], ...]] = {
    8: (_TFN_KEY,), 9: (_SSN_KEY, _SIN_KEY, _BSN_KEY, _TFN_KEY), 11: (_CPF_KEY, _IDNR_KEY), 12: (_AADHAAR_KEY, _MY_NUMBER_KEY),
    13: (_RRN_KEY,), 15: (_NIR_KEY,),
}


def _glued(text: str, start: int, end: int) -> bool:
    """Whether the value continues an ASCII word or number on either side."""
    return (start > 0 and ascii_alnum(text[start - 1])) or (end < len(text) and ascii_alnum(text[end]))


def _numeric(text: str) -> list[Hit]:
    """Numbers written with digits only (and separators), found from the shared digit groups."""
    hits: list[Hit] = []
    for group in digit_groups(text):
        start, end = group.start, group.end
        value = text[start:end]
        if group.digits in (9, 11, 13) and (_SSN_DASHED.fullmatch(value) and ssn.is_valid(value)
                                            or _CPF_DOTTED.fullmatch(value) and cpf.is_valid(value)
                                            or _RRN.fullmatch(value) and _rrn_valid(value)):
            if not _glued(text, start, end) and not named_as_reference(text, start, end):
                hits.append((NATIONAL, start, end))
            continue
        keys = _BARE.get(group.digits, ())
        if keys and not _glued(text, start, end) and text[start - 1:start] != "+" and any(_keyed(key, text, start, end) for key in keys):
            hits.append((NATIONAL, start, end))
    return hits


def _lettered(text: str) -> list[Hit]:
    """Numbers with letters: Taiwan and Hong Kong IDs, codici fiscali, NINOs, DNI/NIE. Each
    pattern is tried only where one may start — a run of capitals and digits, or up to three
    characters before a group of digits ("AB 12 34 56 C") — never at every position."""
    starts = {start for start, _ in mixed_tokens(text)}
    starts.update(g.start - k for g in digit_groups(text) for k in range(4) if g.start - k >= 0)
    hits: list[Hit] = []
    for at in sorted(starts):
        for pattern, kind, confirm in _LETTERED:
            m = pattern.match(text, at)
            if m is None or _glued(text, *m.span()) or named_as_reference(text, *m.span()):
                continue
            if confirm(text, m):
                hits.append((kind, *m.span()))
                break
    return hits


def _tw(text: str, m: re.Match[str]) -> bool:
    """A valid check digit, and the card named near it, or anywhere in the text when it reads as
    Chinese ("我身份证号6107…\n李麗玲：我的是A109172357": the second ID follows the first)."""
    if not _tw_valid(m.group()):
        return False
    if _keyed(_TW_KEY, text, *m.span()):
        return True
    if _OTHER_LABEL.search(text, max(0, m.start() - 12), m.start()):  # "医保病历号：H2018…": another kind's number
        return False
    return _CJK.search(text) is not None and _TW_KEY.search(lowered(text)) is not None


_CJK = re.compile(r"[\u4e00-\u9fff]")
_OTHER_LABEL = re.compile(r"(?:号|號|码|碼|(?i:id|no\.?|number|nr\.?|#))\s*[:：=]?\s*$")


def _hk(text: str, m: re.Match[str]) -> bool:
    return _hk_valid(m.group()) and (any(c in m.group() for c in "(（") or _keyed(_HK_KEY, text, *m.span()))


# Singapore's NRIC and FIN: weights 2 7 6 5 4 3 2 on the digits, an offset by series, a check
# letter from the series' table (the rule the Immigration & Checkpoints Authority publishes).
_NRIC_TABLES = {"S": (0, "JZIHGFEDCBA"), "T": (4, "JZIHGFEDCBA"), "F": (0, "XWUTRQPNMLK"), "G": (4, "XWUTRQPNMLK"),
                "M": (3, "KLJNPQRTUWX")}
_NRIC_KEY = _key(r"nric|fin|ic no|ic number|singpass|singapore|新加坡|身份证|identity card|id card")


def _nric_valid(value: str) -> bool:
    offset, table = _NRIC_TABLES[value[0]]
    total = sum(int(c) * w for c, w in zip(value[1:8], (2, 7, 6, 5, 4, 3, 2))) + offset
    if value[0] == "M":
        return table[10 - total % 11] == value[8]
    return table[total % 11] == value[8]


def _nric(text: str, m: re.Match[str]) -> bool:
    """A valid check letter; a mistyped one where the text names the card."""
    return _nric_valid(m.group()) or _keyed(_NRIC_KEY, text, *m.span())


def _codice(text: str, m: re.Match[str]) -> bool:
    return bool(codicefiscale.is_valid(m.group()))


def _nino(text: str, m: re.Match[str]) -> bool:
    issued = bool(_NINO_PREFIX.fullmatch(m.group(1))) and m.group(1) not in _NINO_BAD_PREFIX
    return issued or _keyed(_NINO_KEY, text, *m.span())


def _dni(text: str, m: re.Match[str]) -> bool:
    compact = re.sub(r"[ -]", "", m.group())
    valid = nie.is_valid(compact) if compact[0] in "XYZ" else dni.is_valid(compact)
    return bool(valid) and _keyed(_DNI_KEY, text, *m.span())


# A letter and nine digits is also a record or a ticket number ("Patient ID H111531818"): a
# Taiwan ID is taken where the text names an identity card or Taiwan.
_TW_KEY = _key(r"身分證|身份證|身份证|身分证|國民身分|统一证号|統一證號|統一編號|统一编号|戶籍|户籍|证件|證件|id card|identity card|national id|"
               r"resident id|citizen id|chinese id|id number|id no|personalausweis|身分証|신분증|台湾|臺灣|台灣|taiwan|"
               # who shows the card: its holder, a passenger, a hotel's guest, a real-name check
               r"持证人|持證人|实名|實名|乘车人|乘車人|乘机人|乘機人|旅客|住客|入住人|passenger id|guest id|traveller id|traveler id|"
               r"客户资料|客戶資料|个人资料|個人資料|个人信息|個人信息|用户信息|用戶信息")
_HK_KEY = _key(r"hkid|身份證|身份证|identity card|id card")
_LETTERED: tuple[tuple[re.Pattern[str], str, Callable[[str, re.Match[str]], bool]], ...] = (
    (_TW_ID, RESIDENT, _tw), (_HK_ID, RESIDENT, _hk), (_CODICE, NATIONAL, _codice),
    (_NINO, NATIONAL, _nino), (_DNI, NATIONAL, _dni), (_NRIC, NATIONAL, _nric),
)


def find_national_ids(text: str) -> list[Hit]:
    """National identity numbers in ``text`` (already normalised: NFKC, invisible characters dropped)."""
    if not digit_groups(text) and not mixed_tokens(text):
        return []
    return _numeric(text) + _lettered(text)
