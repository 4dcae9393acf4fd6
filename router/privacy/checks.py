"""Checksums and validators. Library code where a well-kept library exists (python-stdnum,
phonenumbers); only the VIN check digit (ISO 3779, absent from stdnum) is computed here."""

from __future__ import annotations

import ipaddress

import phonenumbers
from stdnum import iban as _iban
from stdnum import luhn as _luhn
from stdnum.cn import ric as _ric

_VIN_VALUES = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9))),
    **dict(zip("JKLMN", range(1, 6))),
    "P": 7, "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10))),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)

# Issuer prefixes (IIN) of the card networks we recognise: Visa, Mastercard, Amex, Discover,
# UnionPay, JCB, Diners. A Luhn-valid number outside these is more likely an internal id.
_CARD_PREFIXES = ("4", "51", "52", "53", "54", "55", "34", "37", "6011", "65", "644", "645",
                  "646", "647", "648", "649", "62", "35", "36", "30", "38", "39")


def digits_only(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def luhn_ok(number: str) -> bool:
    return _luhn.is_valid(number)


def card_prefix_ok(number: str) -> bool:
    if number.startswith(("2221", "2222", "2223", "2224", "2225", "2226", "2227", "2228", "2229",
                          "23", "24", "25", "26", "270", "271", "2720")):
        return True
    return number.startswith(_CARD_PREFIXES)


def resident_id_ok(number: str) -> bool:
    """GB 11643-1999: 17 digits + mod 11-2 check character, with a valid birth date.

    The birth-place code is not checked: stdnum's region table lacks many current districts.
    """
    if len(number) != 18 or not number[:17].isdigit():
        return False
    if number[-1].upper() != _ric.calc_check_digit(number):
        return False
    try:
        _ric.get_birth_date(number)
    except ValueError:
        return False
    return True


def iban_ok(compact: str) -> bool:
    """ISO 13616 mod 97. National check digits inside the BBAN are not required."""
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


def phone_ok(candidate: str, region: str | None) -> bool:
    """International numbers (leading +) need only a possible length for their country, so that
    reserved drama ranges still count; national numbers must be valid for ``region``."""
    try:
        number = phonenumbers.parse(candidate, None if candidate.startswith("+") else region)
    except phonenumbers.NumberParseException:
        return False
    if candidate.startswith("+"):
        return phonenumbers.is_possible_number(number)
    return phonenumbers.is_valid_number(number)


def ip_ok(candidate: str) -> bool:
    try:
        ipaddress.ip_address(candidate)
    except ValueError:
        return False
    return True
