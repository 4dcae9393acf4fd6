"""Checksums and validators. Library code where a well-kept library exists (python-stdnum,
phonenumbers); only the VIN check digit (ISO 3779, absent from stdnum) is computed here."""

from __future__ import annotations

import datetime
import ipaddress
from functools import lru_cache

import re

import phonenumbers
from stdnum import iban as _iban
from stdnum import luhn as _luhn
from stdnum.cn import ric as _ric

from duet.router.privacy.scan import lowered

_VIN_VALUES = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9))),
    **dict(zip("JKLMN", range(1, 6))),
    "P": 7, "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10))),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)

# Issuer prefixes (IIN) of the card networks we recognise, with the lengths each issues: Visa,
# Mastercard (51-55 and 2221-2720), Amex, Discover, UnionPay, JCB, Diners. A Luhn-valid number
# outside these is more likely an internal id.
_CARD_NETWORKS: tuple[tuple[tuple[str, ...], tuple[int, ...]], ...] = (
    (("4",), (16, 19)),
    (("51", "52", "53", "54", "55", "2221", "2222", "2223", "2224", "2225", "2226", "2227", "2228", "2229",
      "223", "224", "225", "226", "227", "228", "229", "23", "24", "25", "26", "270", "271", "2720"), (16,)),
    (("34", "37"), (15,)),
    (("6011", "65", "644", "645", "646", "647", "648", "649"), (16, 19)),
    (("62",), (16, 17, 18, 19)),
    (("35",), (16, 19)),
    (("36", "30", "38", "39"), (14, 16, 19)),
)
# Networks whose numbers look like anything else (Maestro: 12 to 19 digits; the old 15-digit
# JCB): only taken when the text talks about a card.
_WEAK_CARD_NETWORKS: tuple[tuple[tuple[str, ...], tuple[int, ...]], ...] = (
    (("5018", "5020", "5038", "5893", "56", "57", "58", "6304", "6759", "6761", "6762", "6763", "6390", "0604"),
     tuple(range(12, 20))),
    (("2131", "1800"), (15,)),
    # Visa's old 13-digit numbers: a product's EAN-13 barcode starts with 4 too (German makers).
    (("4",), (13,)),
)
# First two digits of a resident ID: the province-level region (GB/T 2260), 71 Taiwan, 81-83
# Hong Kong, Macao and the residence permits.
_ID_PROVINCES = frozenset({"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36",
                           "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
                           "63", "64", "65", "71", "81", "82", "83"})


def digits_only(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def aba_ok(number: str) -> bool:
    """A US bank routing number (ABA RTN): nine digits whose 3-7-1 weighted sum ends in 0."""
    return len(number) == 9 and number.isdigit() and number != "000000000" and \
        sum(int(d) * w for d, w in zip(number, (3, 7, 1) * 3)) % 10 == 0


_ROUTING_WORD = re.compile(r"routing|\baba\b|\brtn\b|transit", re.I)


def routing_code(text: str, start: int, digits: str) -> bool:
    """A bank's routing number beside its word ("Wells Fargo (routing 121000248)", "is routing
    number 021000089 for direct deposit"): the bank's, not anyone's account."""
    return aba_ok(digits) and _ROUTING_WORD.search(text, max(0, start - 24), start) is not None


def luhn_ok(number: str) -> bool:
    return _luhn.is_valid(number)


def card_prefix_ok(number: str, weak: bool = False) -> bool:
    """Whether a card network issues numbers with this prefix and this length (``weak``: also
    the networks that need the word "card" nearby)."""
    networks = _CARD_NETWORKS + _WEAK_CARD_NETWORKS if weak else _CARD_NETWORKS
    return any(number.startswith(prefixes) and len(number) in lengths for prefixes, lengths in networks)


def resident_id_ok(number: str, checksum: bool = True) -> bool:
    """GB 11643-1999: 17 digits + mod 11-2 check character, with a valid birth date.

    ``checksum=False`` checks the shape and the birth date only, and also takes the 15-digit
    first-generation numbers: for a number that a keyword such as 身份证 names. The birth-place
    code is not checked: stdnum's region table lacks many current districts.
    """
    if len(number) == 15 and number.isdigit() and not checksum:
        return number[:2] in _ID_PROVINCES and _birth_date_ok("19" + number[6:12])
    if len(number) != 18 or not number[:17].isdigit() or number[:2] not in _ID_PROVINCES:
        return False
    if checksum and number[-1].upper() != _ric.calc_check_digit(number):
        return False
    return _birth_date_ok(number[6:14])


def _birth_date_ok(yyyymmdd: str) -> bool:
    try:
        born = datetime.date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return False
    return datetime.date(1900, 1, 1) <= born <= datetime.date.today()


def iban_ok(compact: str) -> bool:
    """ISO 13616 mod 97. National check digits inside the BBAN are not required. A quick mod 97
    first (candidates are tried at several lengths), then stdnum for the country's length."""
    if not (15 <= len(compact) <= 34 and compact[:2].isalpha() and compact[2:4].isdigit() and compact.isalnum()):
        return False
    if compact[2:4] in ("00", "01", "99"):  # check digits run from 02 to 98
        return False
    if int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 != 1:
        return False
    return _iban.is_valid(compact, check_country=False)


def vin_check_digit_ok(vin: str) -> bool:
    total = 0
    for char, weight in zip(vin, _VIN_WEIGHTS):
        value = _VIN_VALUES.get(char)
        if value is None:
            return False
        total += value * weight
    check = total % 11
    return vin[8] == ("X" if check == 10 else str(check))


# Toll-free, premium, shared-cost and universal numbers (400-…, 800-…) belong to businesses.
_BUSINESS_LINES = frozenset({phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.PREMIUM_RATE,
                             phonenumbers.PhoneNumberType.SHARED_COST, phonenumbers.PhoneNumberType.UAN})


@lru_cache(maxsize=4096)
def phone_ok(candidate: str, region: str | None, strict: bool = False, possible: bool = False) -> bool:
    """International numbers (leading +) need only a possible length for their country, so that
    reserved drama ranges still count (unless ``strict``); national numbers must be valid for
    ``region`` (or, with ``possible``, only of a possible length, for a number named as a phone)."""
    try:
        number = phonenumbers.parse(candidate, None if candidate.startswith("+") else region)
    except phonenumbers.NumberParseException:
        return False
    if possible or (candidate.startswith("+") and not strict):
        return phonenumbers.is_possible_number(number) or (candidate.startswith("+") and _dialable(number))
    return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) not in _BUSINESS_LINES


def _dialable(number: phonenumbers.PhoneNumber) -> bool:
    """A country code in use and a national number of seven to twelve digits: an international
    number as people write it, though the plan has since changed its lengths ("+234 1 270 4491",
    Lagos before its eighth digit)."""
    code, national = number.country_code, number.national_number
    return code is not None and national is not None and \
        phonenumbers.region_code_for_country_code(code) != "ZZ" and 7 <= len(str(national)) <= 12


def business_line(digits: str, regions: tuple[str, ...]) -> bool:
    """Whether the national number is a toll-free or shared-cost line in one of ``regions``."""
    for region in regions:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in _BUSINESS_LINES:
            return True
    return False


def ip_ok(candidate: str) -> bool:
    try:
        ipaddress.ip_address(candidate)
    except ValueError:
        return False
    return True


# "Ref: …", "for reference: …": a word that says nothing of what the number is.
_PLAIN_REFERENCE = re.compile(r"(?<![a-z])" + "".join(f"(?<!{w} )" for w in (
    "booking", "order", "invoice", "tracking", "transaction", "confirmation", "ticket", "customer", "case", "claim",
    "payment", "shipment", "parcel", "reservation", "your", "the")) + r"(?:ref|reference)(?:\s?(?:no|number|#))?\.?\s*[:#=]?\s*$")


def only_called_a_reference(text: str, start: int) -> bool:
    """Whether the only word naming the value at ``start`` is "ref" or "reference": a number whose
    whole check holds (issuer, length and Luhn; the VIN check digit) is then taken for what it is
    ("Ref: 4539 …" is a card, "for reference: 1HGCM…" a VIN); order, invoice, tracking and the other
    reference words still make it a reference."""
    return _PLAIN_REFERENCE.search(lowered(text), max(0, start - 24), start) is not None


# Test data, said so: "a made-up VIN from our test suite", "测试数据里的车架号…校验不过". Asked of a value
# whose check digit fails: one that passes is taken for what it is whatever the sentence says.
_MADE_UP = re.compile(r"(?<![a-z])(?:made[- ]up|fake|dummy|test (?:data|suite|case|vin)|sample|synthetic|invalid|"
                      r"rejects?|fails? (?:the )?(?:check|validation|luhn)|"
                      r"(?:check digit|checksum)s? (?:doesn't|does not|don't|do not|won't|will not) (?:match|validate|pass|check out)|"
                      r"wrong check digit|check digit is (?:wrong|off|invalid))(?![a-z])|"
                      r"测试|測試|假的|校验不过|校验失败|校验不通过|校验位不对|校验码不对|不是卡号|不是真的", re.I)


def called_made_up(text: str, start: int, end: int) -> bool:
    """Whether the words around the value at ``start``-``end`` call it test data or invalid."""
    return _MADE_UP.search(text, max(0, start - 40), min(len(text), end + 60)) is not None


def _check_fails(kind: str, value: str) -> bool:
    compact = "".join(c for c in value if c.isalnum()).upper()
    if kind == "cn_resident_id":
        return len(compact) == 18 and not resident_id_ok(compact)
    if kind in ("credit_card", "bank_account"):
        return compact.isdigit() and 13 <= len(compact) <= 19 and not luhn_ok(compact)
    if kind == "iban":
        return not iban_ok(compact)
    return kind == "vin" and len(compact) == 17 and not vin_check_digit_ok(compact)


def failed_and_said_so(kind: str, text: str, start: int, end: int) -> bool:
    """A number whose own check fails, in words that say so or call it test data: "这串数字…过不了
    Luhn校验，应该不是卡号吧", "身份证号…校验不过" — a look-alike the writer knows is no one's."""
    return _check_fails(kind, text[start:end]) and called_made_up(text, start, end) and \
        _OWN_BEFORE.search(text, max(0, start - 30), start) is None  # (not "my ID … fails the check": a typo in one)


_OWN_BEFORE = re.compile(r"(?<![a-z])(?:my|our)(?![a-z])|我的|我家|本人", re.I)


# A card number in the groups cards are printed in, one separator throughout: 4-4-4-4 (with a
# tail of one to three digits: 17-19-digit cards) and 4-6-5 / 4-6-4 (American Express, Diners).
_CARD_GROUPS = re.compile(r"[0-9]{4}([ .-])[0-9]{4}\1[0-9]{4}\1[0-9]{4}(?:\1[0-9]{1,3})?|[0-9]{4}([ .-])[0-9]{6}\2[0-9]{4,5}")
# Words naming a card-shaped, often Luhn-valid number that is no payment card: a phone's IMEI or
# MEID (15 digits, Luhn-valid by design), gift, loyalty and transport cards.
_NOT_A_PAYMENT_CARD = re.compile(r"imei|meid|串号|gift ?card|loyalty|member(?:ship)? card|礼品卡|购物卡|会员卡|积分卡|加油卡|"
                                 r"公交卡|交通卡")


def printed_card(text: str, start: int, value: str, number: str) -> bool:
    """Whether ``value`` (its digits ``number``, at ``start``) is a payment card whatever reference
    word stands before it ("ticket 4539 1488 0343 6467"): printed in card groups, with a known
    issuer prefix and the Luhn digit holding — unless an IMEI, gift or loyalty word names it, or
    the number is a repetitive test number ("4111 1111 1111 1111", "4242 4242 4242 4242": three
    different digits or fewer, which a random card number has about once in two million)."""
    return (13 <= len(number) <= 19 and len(set(number)) > 3 and _CARD_GROUPS.fullmatch(value) is not None
            and card_prefix_ok(number)
            and luhn_ok(number) and _NOT_A_PAYMENT_CARD.search(lowered(text), max(0, start - 32), start) is None)
