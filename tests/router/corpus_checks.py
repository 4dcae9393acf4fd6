"""Checks the labelled corpora's format tests share: the seventeen PII types, a value with its
separators and invisible characters taken out, and the check characters of the types that carry
one (Luhn, IBAN mod 97, the ISO 7064 MOD 11-2 check of mainland resident IDs, Hong Kong and Taiwan
ID checks, the VIN check digit)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

ALL_TYPES = {"email", "phone", "cn_resident_id", "credit_card", "iban", "ip_address", "api_key_secret", "passport",
             "person_name", "street_address", "date_of_birth", "bank_account", "license_plate", "medical_record",
             "national_id", "gps_coordinates", "vin"}


def plain(value: str) -> str:
    """The value without what people put between characters: full-width forms, zero-width
    spaces, spaces, dashes, dots and brackets."""
    value = unicodedata.normalize("NFKC", value).replace("\u200b", "")
    return re.sub(r"[\s\-.()]", "", value).upper()


def luhn_ok(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return number.isdigit() and total % 10 == 0


def iban_ok(value: str) -> bool:
    moved = value[4:] + value[:4]
    return value[:2].isalpha() and int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def cn_id_ok(value: str) -> bool:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return value[:17].isdigit() and "10X98765432"[sum(int(c) * w for c, w in zip(value, weights)) % 11] == value[17]


def hk_id_ok(value: str) -> bool:
    body, check = value[:-1], value[-1]
    body = body if len(body) == 8 else " " + body
    values = [36 if c == " " else (ord(c) - 55 if c.isalpha() else int(c)) for c in body]
    return (sum(v * w for v, w in zip(values, range(9, 1, -1))) + (10 if check == "A" else int(check))) % 11 == 0


def tw_id_ok(value: str) -> bool:
    codes = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))
    code = codes[value[0]]
    total = code // 10 + code % 10 * 9 + sum(int(c) * w for c, w in zip(value[1:], (8, 7, 6, 5, 4, 3, 2, 1, 1)))
    return total % 10 == 0


def resident_id_ok(value: str) -> bool:
    if len(value) == 18:
        return cn_id_ok(value)
    if len(value) == 10 and value[1] in "12":
        return tw_id_ok(value)
    return hk_id_ok(value)


def vin_ok(value: str) -> bool:
    letters = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7,
                                                    8, 9)))
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    total = sum((int(c) if c.isdigit() else letters[c]) * w for c, w in zip(value, weights))
    return len(value) == 17 and value[8] == ("X" if total % 11 == 10 else str(total % 11))


CHECKS = {"credit_card": luhn_ok, "iban": iban_ok, "cn_resident_id": resident_id_ok, "vin": vin_ok}


def assert_checks_hold(sample: list[dict[str, Any]]) -> None:
    """Every labelled value of a checked type passes its check, twenty of each type at least."""
    checked = {typ: 0 for typ in CHECKS}
    for item in sample:
        for label in item["pii"]:
            if label["type"] in CHECKS:
                assert CHECKS[label["type"]](plain(label["value"])), label
                checked[label["type"]] += 1
    assert min(checked.values()) >= 20, checked


def assert_seeded(generate: Callable[[int, int], Iterable[dict[str, Any]]], seed: int) -> None:
    """The same seed gives the same items, another seed others, and two corpora made at once do
    not disturb each other."""
    first = [json.dumps(item, ensure_ascii=False) for item in generate(120, seed)]
    assert first == [json.dumps(item, ensure_ascii=False) for item in generate(120, seed)]
    assert first != [json.dumps(item, ensure_ascii=False) for item in generate(120, seed + 1)]
    side_by_side = list(zip(generate(60, seed), generate(60, seed + 1)))
    assert [json.dumps(a, ensure_ascii=False) for a, _ in side_by_side] == first[:60]
