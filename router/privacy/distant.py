"""Keyed values whose keyword stands further away than a filler: past a clause ("My medical
record number, in case you need it for the form later, is 00482913"), or in the sentence before
or after ("Please remember 563918274. It's my passport number.").

A value is taken when it is the first value with digits after its keyword (or the last before
it): no other digit stands between them, they share a line, at most one sentence ends between
them, and they are at most :data:`_REACH_AFTER` (:data:`_REACH_BEFORE`) characters apart. The
value must still have its type's shape (a date, a record number of five digits or more, a plate
with letters and digits, a possible phone number…), and a number named as a reference (order,
invoice…) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from duet.router.privacy import checks
from duet.router.privacy.birth_dates import _BIRTH_GATE, _DATE, _YEAR, FORMAT_BEFORE
from duet.router.privacy.keyed import (_ACCOUNT_VALUE, _MEDICAL_KEY, _NOT_BANK_CARD, _MEDICAL_VALUE, _OWN_VALUE, _PASSPORT_KEY,
                                       _PASSPORT_VALUE, _passport_like, _record_number)
from duet.router.privacy.patterns import _CARD
from duet.router.privacy.finders import by_first_character
from duet.router.privacy.phones import _KEYED, _company_line, _named_phone
from duet.router.privacy.scan import (Hit, destination, groups_with, keyword_ends, keywords, named_as_reference,
                                      skeleton)
from duet.router.privacy.vehicles import _PLATE_VALUE, _plate_like

_REACH_AFTER = 90  # keyword end to value start
_REACH_BEFORE = 70  # value end to keyword start
_SENTENCE_ENDS = ".!?。！？"


def _weak_card(value: str) -> bool:
    """A card of a network that other digits often look like (JCB 15, Maestro): Luhn-valid; the
    other networks' numbers are found without a keyword (router.privacy.patterns.find_cards)."""
    number = checks.digits_only(value)
    return checks.luhn_ok(number) and checks.card_prefix_ok(number, weak=True) and not checks.card_prefix_ok(number)


def _account_like(value: str) -> bool:
    return 8 <= sum(c.isdigit() for c in value) <= 25 and not _DATE.match(value)  # (nor a date and a time)


def _any_date(value: str) -> bool:
    return True


def _plate(value: str) -> bool:
    return _plate_like(value)


def _phone(value: str) -> bool:
    """A possible phone number written as one: ten digits or more, or a leading +, ( or 0."""
    return (value[0] in "+(0" or sum(c.isdigit() for c in value) >= 10) and _named_phone(value)


# Keywords that name one kind of value whatever else the text is about (not "account", which is
# also "take into account", nor "tag" or "registration" alone).
_ACCOUNT_NAME = keywords(r"account (?:number|no|#)|acct|a/c|bank account|bank acct|checking account|savings account|"
                         r"current account|routing number|sort code|账号|账户|帐号|帐户|帳號|帳戶|银行卡号?|卡号")
_PLATE_NAME = keywords(r"plate|plates|plate number|number plate|license plate|licence plate|car reg|vehicle reg|"
                       r"vehicle registration|car registration|registration number|vrn|kennzeichen|车牌|车牌号|车牌号码|"
                       r"車牌|車牌號|車牌號碼|牌照|号牌")
# router.privacy.phones._FAR_KEY, its words grouped by first character (a scan of the whole text
# then tries a few groups at each position instead of every word).
_PHONE_NAME = re.compile(by_first_character("|".join(sorted(
    "contact|phone|telephone|tel|mobile|cell|电话|電話|手机|手機|联系方式|联系人|紧急联系人".split("|"), key=len, reverse=True))))
_CARD_NAME = keywords(r"card|credit card|debit card|cc|maestro|jcb|信用卡|银行卡|卡号")
# (type, keyword, value shape, check of the value, gate: one of these must occur)
_KINDS: tuple[tuple[str, re.Pattern[str], re.Pattern[str], Callable[[str], bool], tuple[str, ...]], ...] = (
    ("date_of_birth", _BIRTH_GATE, _DATE, _any_date,
     ("born", "birth", "b'day", "dob", "d.o.b", "b-day", "bday", "出生", "生日", "生于")),
    ("medical_record", _MEDICAL_KEY, _MEDICAL_VALUE, _record_number,
     ("mrn", "record", "patient", "hospital", "nhs", "chart", "病", "住院", "门诊", "就诊", "患者", "档案")),
    ("passport", _PASSPORT_KEY, _PASSPORT_VALUE, _passport_like, ("pass", "travel document", "护照", "護照")),
    ("bank_account", _ACCOUNT_NAME, _ACCOUNT_VALUE, _account_like,
     ("acc", "acct", "a/c", "sort code", "routing", "账", "帐", "帳", "卡号")),
    ("license_plate", _PLATE_NAME, _PLATE_VALUE, _plate, ("plate", "reg", "vrn", "kennzeichen", "牌")),
    ("credit_card", _CARD_NAME, _CARD, _weak_card, ("card", "cc", "visa", "maestro", "jcb", "卡")),
    ("phone", _PHONE_NAME, _KEYED, _phone, ("contact", "phone", "tel.", "tel:", "tel ", "tel,", "tel)", "tel-", "tel/",
                                           "mobile", "cell", "电话", "電話", "手机", "手機", "联系")),
)
# Keywords too common to reach far on their own ("reg", "registration"), taken only when they stand
# in the clause before a colon and the value is the first thing after it ("Copy the reg from this
# line and paste it in the ticket: LB-R-62").
_CLAUSE_PLATE_NAME = keywords(r"reg|rego|registration|vehicle registration|registration mark")
_COLON_END = re.compile(r"[:：]\s*$")
_DIGIT = re.compile(rb"0")
# The start of a sentence that points back at the one before: "It's my …", "That is the …", "这是…".
_REFERS_BACK = re.compile(r"\s*(?:(?:it|that|this|which)(?:'s|’s| is| was)|这是|那是|这就是|就是|是)(?![A-Za-z])|"
                          r"(?<![A-Za-z])(?:it|that|this)(?:'s|’s| is| was)(?![A-Za-z])", re.I)
# Look-alikes that a keyword further away must not claim: versions, flights, ISBNs, timestamps,
# amounts ("Upgrade from 10.0.19239.3342", "UA6993航班", "Unix time 1582688985", "营收8900000元").
# (and a sandbox's test numbers: "支付沙箱里测试卡号4067…一直提示卡号无效")
_NOT_PERSONAL_BEFORE = re.compile(r"(?:flight|isbn|version|build|upgrade|unix time|timestamp|epoch|revenue|航班|版本|"
                                  r"参考号|营收|时间戳|发票|订单|invoice|order|沙箱|sandbox|"
                                  r"(?:测试|測試|test|dummy)[ -]?(?:卡|card|账号|帳號|account))[^.。!?！？\n]{0,12}$", re.I)
_NOT_PERSONAL_AFTER = re.compile(r"\s?(?:航班|元|块|万|亿|美元|dollars|euros|pounds|%|to utc)", re.I)
_VERSION = re.compile(r"[0-9]{1,3}(?:\.[0-9]+){2,}")


def _close(text: str, lo: int, hi: int, after: bool, loose: bool = True) -> bool:
    """Whether ``text[lo:hi]``, between a keyword and its value (``after``: the value comes
    after the keyword), keeps them together: one line, no digit, and at most one sentence end,
    past which the second sentence refers back ("It's my passport number", "For the record it's").
    ``loose=False``: a keyword after the value must be in the next sentence, pointing back (a
    plate-shaped code is too common: "the NR-OF-2 form is for the plate office")."""
    between = text[lo:hi]
    if "\n" in between or _DIGIT.search(skeleton(text), lo, hi) is not None:
        return False
    ends = [i for i, c in enumerate(between) if c in _SENTENCE_ENDS]
    if not ends:
        return after or loose
    second = between[ends[-1] + 1:]
    if len(ends) > 1 or len(second) > 36:
        return False
    return bool(_REFERS_BACK.search(second) if after else _REFERS_BACK.match(second))


def _inside_number(text: str, start: int) -> bool:
    """Whether ``start`` follows a digit and a thousands or decimal mark ("071.00" of
    "6,066,071.00"), or a letter or digit of the same code ("4050850212" of "1Z8HUIPS4050850212")."""
    if start >= 1 and text[start - 1].isascii() and text[start - 1].isalnum():
        return True
    return start >= 2 and text[start - 1] in ",." and text[start - 2].isdigit()


def _value_after(text: str, shape: re.Pattern[str], end: int) -> re.Match[str] | None:
    """The first value with a digit within reach after ``end``, if nothing keeps them apart."""
    for m in shape.finditer(text, end, min(len(text), end + _REACH_AFTER + 40)):
        if m.start() - end > _REACH_AFTER:
            return None
        if any(c.isdigit() for c in m.group(0)):
            return m if _close(text, end, m.start(), True) else None
    return None


def _value_before(text: str, shape: re.Pattern[str], start: int, loose: bool) -> re.Match[str] | None:
    """The last value with a digit within reach before ``start``, if nothing keeps them apart."""
    last = None
    for m in shape.finditer(text, max(0, start - _REACH_BEFORE - 40), start):
        if any(c.isdigit() for c in m.group(0)):
            last = None if _inside_number(text, m.start()) else m
    return last if last and start - last.end() <= _REACH_BEFORE and _close(text, last.end(), start, False, loose) else None


# Digits in one group (router.privacy.scan.digit_groups) that a value of each kind holds at least.
_MIN_DIGITS = {"medical_record": 5, "passport": 5, "bank_account": 8, "phone": 7, "credit_card": 12}


def _may_hold(text: str, kind: str) -> bool:
    """Whether ``text`` has digits enough for a value of ``kind`` (cheap: the digit groups and the
    skeleton are computed once per text), before any keyword is looked for."""
    if kind == "date_of_birth":
        return _YEAR.search(skeleton(text)) is not None
    least = _MIN_DIGITS.get(kind)
    return least is None or bool(groups_with(text, least))


def _day_month(value: str) -> bool:
    """``dd.mm.yyyy`` (either order of day and month) with a real day and month: a date, not a
    version ("Copy the DOB …: 07.09.1974")."""
    parts = value.split(".")
    return len(parts) == 3 and len(parts[2]) == 4 and sorted(map(int, parts[:2]))[0] <= 12 and \
        max(map(int, parts[:2])) <= 31 and min(map(int, parts[:2])) >= 1


def _reference_before(text: str, start: int) -> bool:
    """A look-alike's word before the value, unless it is where a value named earlier goes ("put
    the savings account on the invoice: …", scan.destination)."""
    m = _NOT_PERSONAL_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and not destination(text, m.start())


def _store_card(before: str) -> bool:
    """Whether the words before a number name a store's card last (not "加油卡绑定的银行卡号")."""
    store = [m.end() for m in _NOT_BANK_CARD.finditer(before)]
    return bool(store) and not any(word in before[store[-1]:].lower() for word in ("银行", "銀行", "bank"))


def _look_alike(text: str, m: re.Match[str], kind: str = "") -> bool:
    value = m.group(0)
    digits = checks.digits_only(value)
    if kind == "bank_account" and checks.routing_code(text, m.start(), digits):
        return True
    if kind == "phone" and _company_line(text, m.start(), value):
        return True  # "is HMRC 0300 200 3300 free to call from a mobile?"
    if FORMAT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return True  # "提取出生年月日，格式1990-05-06": what the format looks like, no one's date
    if kind in ("bank_account", "credit_card") and _store_card(text[max(0, m.start() - 12):m.start()]):
        return True  # "礼品卡卡号4512…", "gift card 6035…": a store's card, not a bank's
    version = _VERSION.fullmatch(value) and not (kind == "date_of_birth" and _day_month(value))
    return bool(version or value.upper().startswith(("ISBN", "INV")) or (len(digits) >= 6 and digits.endswith("0000")) or
                _reference_before(text, m.start()) or
                _NOT_PERSONAL_AFTER.match(text, m.end()))


def _colon_clause(text: str, end: int, start: int) -> bool:
    """Whether the keyword ending at ``end`` stands in the clause before a colon and the value at
    ``start`` is the first thing after that colon: one sentence, one colon, nothing else between."""
    between = text[end:start]
    return bool(_COLON_END.search(between)) and sum(between.count(c) for c in ":：") == 1 and not any(
        c in _SENTENCE_ENDS for c in between)


def _clause_plates(text: str, found: list[Hit]) -> list[Hit]:
    hits: list[Hit] = []
    for _, end in keyword_ends(_CLAUSE_PLATE_NAME, text, ("reg",)):
        m = _value_after(text, _PLATE_VALUE, end)
        if m and _colon_clause(text, end, m.start()) and _plate(m.group(0)) and not _look_alike(text, m) and \
                not named_as_reference(text, m.start(), m.end()) and \
                not any(s < m.end() and m.start() < e for _, s, e in found):
            hits.append(("license_plate", m.start(), m.end()))
    return hits


def find_distant_values(text: str, found: list[Hit]) -> list[Hit]:
    """Values of the kinds above named from further away, where ``found`` (what the other
    detectors found) holds nothing: a value already taken keeps its type."""
    hits: list[Hit] = []
    if _DIGIT.search(skeleton(text)) is None:
        return hits
    for kind, key, shape, ok, gate in _KINDS:
        if not _may_hold(text, kind):
            continue
        for start, end in keyword_ends(key, text, gate):
            # a keyword with a value of its own right after it names that one, not one before it
            # ("20256087818320 支付成功 卡号=6280-…")
            before = None if _OWN_VALUE.match(text, end) else _value_before(text, shape, start, kind != "license_plate")
            for m in (_value_after(text, shape, end), before):
                if m is None or not ok(m.group(0)) or _look_alike(text, m, kind):
                    continue
                if kind != "date_of_birth" and named_as_reference(text, m.start(), m.end()):
                    continue
                if not any(s < m.end() and m.start() < e for _, s, e in found):
                    hits.append((kind, m.start(), m.end()))
    return hits + _clause_plates(text, found + hits)
