"""Numbers for corpus J (``bench/pii_corpus_j.py``) in forms corpora F-I do not write, each with its
check character where it has one. Mainland resident IDs of more areas (GB 11643), card numbers as
a shop's card terminal or a booking form takes them (Luhn, 15 or 16 digits), IBANs of European
countries with their bank codes (mod 97), VINs of the makes a dealership sells (the check digit),
plates of Singapore (its check letter), Malaysia, Indonesia, the Philippines and Thailand and
mainland new-energy plates; Malaysian MyKad numbers, Irish PPS numbers (mod 23), Chilean RUTs
(mod 11) and French social-security numbers (key 97); ward and pharmacy record numbers and 住院号;
passports of Malaysia, Thailand, Greece and Poland; accounts of Malaysia, Singapore, New Zealand
and the Philippines and mainland company accounts; tokens of shop, booking and CRM platforms.
"""

from __future__ import annotations

import string
from collections.abc import Callable

from bench.pii_corpus_c_values import luhn_digit
from bench.pii_corpus_f_values import VIN_VALUE, VIN_WEIGHTS, Ctx, cn_id_check, random_birth
from bench.pii_corpus_h_money import iban_check
from bench.pii_corpus_values import group

UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
J_AREAS = ("310112", "310115", "310104", "310110", "320583", "330782", "350102", "370112", "410102", "420106", "430111",
           "440106", "440606", "450305", "500112", "510104", "520103", "610104", "130104", "140106", "150102", "210106",
           "220104", "230102", "340111", "360111", "440883", "441302", "445102", "460105", "620103", "630102", "640104",
           "650104", "120104", "371102", "130681", "421002")


def cn_id_j(ctx: Ctx, kid: bool = False) -> str:
    """A mainland resident ID (the item's birth date, a child's for ``kid``) as forms and chats
    carry it: whole, with a small ``x``, or split 6-8-4 by spaces."""
    first = ctx.used.get("cn_id", 0) == 0
    b = ctx.birth_for("cn_id")
    if kid and not first:
        b = random_birth(ctx.rng, True)
    body = ctx.pick(J_AREAS) + b.strftime("%Y%m%d") + ctx.digits(3)
    value = body + cn_id_check(body)
    return ctx.pick((value, value, value, value.replace("X", "x"), f"{value[:6]} {value[6:14]} {value[14:]}"))


CARDS = (("4", 16), ("4", 16), ("4", 16), ("51", 16), ("52", 16), ("55", 16), ("2223", 16), ("2720", 16), ("34", 15),
         ("37", 15), ("6011", 16), ("65", 16), ("3530", 16), ("3566", 16), ("6250", 16))


def card_j(ctx: Ctx) -> str:
    """A card of 15 or 16 digits with its Luhn digit, as typed into a booking or payment form."""
    prefix, length = ctx.pick(CARDS)
    body = prefix + ctx.digits(length - len(prefix) - 1)
    number = body + luhn_digit(body)
    sizes = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    sep = ctx.pick(("", " ", " ", " ", "-", "."))
    return group(number, sizes, sep) if sep else number


# Country -> BBAN spec (``4a`` four letters, ``6n`` six digits, ``12c`` twelve letters or digits) and bank codes.
IBANS: dict[str, tuple[str, tuple[str, ...]]] = {
    "IE": ("4a6n8n", ("AIBK", "BOFI", "IPBS", "ULSB")), "GB": ("4a6n8n", ("BARC", "LOYD", "NWBK", "HBUK", "MONZ")),
    "NL": ("4a10n", ("INGB", "ABNA", "RABO", "KNAB", "BUNQ")), "ES": ("4n4n1n1n10n", ()), "PT": ("4n4n11n2n", ()),
    "IT": ("1a5n5n12c", ()), "PL": ("8n16n", ()), "SE": ("3n16n1n", ()), "DK": ("4n9n1n", ()), "NO": ("4n6n1n", ()),
    "FI": ("3n11n", ()), "BE": ("3n7n2n", ()), "LT": ("5n11n", ()), "EE": ("2n2n11n1n", ()), "SI": ("5n8n2n", ()),
    "HR": ("7n10n", ()), "CZ": ("4n6n10n", ()), "SK": ("4n6n10n", ()), "HU": ("3n4n1n15n1n", ()), "AT": ("5n11n", ()),
    "RO": ("4a16c", ("BTRL", "RNCB", "BRDE", "INGB")), "BG": ("4a4n2n8c", ("UNCR", "BPBI", "STSA")),
    "LV": ("4a13c", ("HABA", "UNLA", "PARX")), "DE": ("8n10n", ()), "FR": ("5n5n11c2n", ()), "CY": ("3n5n16c", ()),
}


ES_WEIGHTS = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
BE_BANKS = ("001", "063", "068", "096", "210", "230", "310", "363", "645", "735", "751", "973", "979")


def _mod11(digits: str, weights: tuple[int, ...]) -> int:
    return 11 - sum(int(x) * w for x, w in zip(digits, weights)) % 11


def _national_check(ctx: Ctx, country: str, bban: str) -> str:
    """The BBAN with the national check digits Belgium, Spain and Norway put inside it."""
    if country == "BE":
        body = ctx.pick(BE_BANKS) + bban[3:10]
        return body + f"{int(body) % 97 or 97:02d}"
    if country == "ES":
        first, second = (_mod11(d, ES_WEIGHTS) for d in ("00" + bban[:8], bban[10:]))
        return bban[:8] + "".join(str({11: 0, 10: 1}.get(x, x)) for x in (first, second)) + bban[10:]
    if country == "NO":
        while _mod11(bban[:10], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) == 10:
            bban = ctx.digits(10) + bban[10:]
        return bban[:10] + str(_mod11(bban[:10], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11)
    return bban


def iban_j(ctx: Ctx, country: str = "") -> str:
    """An IBAN of ``country`` (or of one of many European countries) with its mod-97 check digits."""
    country = country or ctx.pick(sorted(IBANS))
    spec, banks = IBANS[country]
    parts: list[str] = []
    i = 0
    while i < len(spec):
        j = i
        while spec[j].isdigit():
            j += 1
        n, kind = int(spec[i:j]), spec[j]
        if kind == "a" and banks and not parts:
            parts.append(ctx.pick(banks))
        elif kind == "n":
            parts.append(ctx.digits(n))
        elif kind == "a":
            parts.append(ctx.chars(n, string.ascii_uppercase))
        else:
            parts.append(ctx.chars(n, string.digits * 3 + string.ascii_uppercase))
        i = j + 1
    bban = _national_check(ctx, country, "".join(parts))
    raw = country + iban_check(country, bban) + bban
    return ctx.pick((group(raw, [4] * 9, " "), group(raw, [4] * 9, " "), raw, group(raw, [4] * 9, " ").lower()))


DEALER_WMIS = ("JTD", "JTM", "4T1", "2T3", "5TD", "1HG", "2HG", "JHM", "5FN", "1FA", "1FT", "1FM", "3FA", "WF0",
               "1G1", "1GC", "3GN", "KMH", "5NP", "KNA", "KND", "JN1", "1N4", "5N1", "JM1", "JM3", "JF1", "JF2", "4S4",
               "WVW", "WVG", "3VW", "WBA", "5UX", "W1K", "4JG", "WAU", "WA1", "5YJ", "7SA", "YV1", "YV4", "LGX", "L6T",
               "JTH", "2T2", "WP1", "SAL", "LSJ", "TMB", "VF1", "VF3", "ZFA", "SJN")
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
MODEL_YEARS = "EFGHJKLMNPRS"  # 2014-2025


def vin_j(ctx: Ctx) -> str:
    """A VIN of a make a dealership sells: a real maker prefix, a model year of 2014-2025, its
    check digit; now and then in small letters or split in three."""
    body = ctx.pick(DEALER_WMIS) + ctx.chars(5, VIN_CHARS) + "0" + ctx.pick(MODEL_YEARS) + ctx.chars(1, UP + "0123456789")
    body += ctx.digits(6)
    total = sum(VIN_VALUE[c] * w for c, w in zip(body, VIN_WEIGHTS))
    value = body[:8] + ("X" if total % 11 == 10 else str(total % 11)) + body[9:]
    return ctx.pick((value, value, value, value.lower(), f"{value[:3]} {value[3:9]} {value[9:]}"))


SG_LETTERS = "AZYXUTSRPMLKJHGEDCB"


def sg_plate(ctx: Ctx) -> str:
    """A Singapore plate with its check letter: ``SKL 1234 J``."""
    prefix = "S" + ctx.chars(2, "BCDEFGHJKLMNPRSTUXYZ")
    number = ctx.rng.randrange(1, 9999)
    pads = [ord(c) - 64 for c in prefix[-2:]] + [int(c) for c in f"{number:04d}"]
    letter = SG_LETTERS[sum(v * w for v, w in zip(pads, (9, 4, 5, 4, 3, 2))) % 19]
    return ctx.pick((f"{prefix} {number} {letter}", f"{prefix}{number}{letter}"))


def plate_j(ctx: Ctx, country: str = "") -> str:
    """A plate of Singapore, Malaysia, Indonesia, the Philippines or Thailand, or a mainland
    new-energy plate (eight characters, D or F after the letter)."""
    country = country or ctx.pick(("sg", "my", "id", "ph", "th", "cn"))
    d, c, r = ctx.digits, ctx.chars, ctx.rng.randrange
    if country == "sg":
        return sg_plate(ctx)
    if country == "my":
        return f"{ctx.pick(('W', 'B', 'J', 'P', 'V'))}{c(2, 'ABCDEFGHJKLMNPQRSTUVWXY')} {r(1, 9999)}"
    if country == "id":
        return f"{ctx.pick(('B', 'D', 'L', 'AB', 'DK'))} {r(1, 9999)} {c(ctx.pick((2, 3)), UP)}"
    if country == "ph":
        return f"{c(3, UP)} {d(4, '123456789')}"
    if country == "th":
        province = ctx.pick(('กรุงเทพมหานคร', 'เชียงใหม่', 'ภูเก็ต'))
        return f"{ctx.pick(('กข', 'ขก', '1กค', '2ขฮ', 'ฆก'))} {r(1, 9999)} {province}"
    head = ctx.pick("京沪粤浙苏川鄂湘鲁闽皖陕渝津") + ctx.pick("ABCDEFGH")
    tail = ctx.pick("DF") + ctx.pick((d(5), c(1, "ABCDEFGHJK") + d(4)))
    return ctx.pick((f"{head}{tail}", f"{head} {tail}", f"{head}·{tail}"))


def my_ic(ctx: Ctx) -> str:
    """A Malaysian MyKad number: the birth date (YYMMDD), a state code, four digits."""
    b = ctx.birth_for("nid")
    value = b.strftime("%y%m%d") + ctx.pick(("14", "10", "07", "08", "01", "12", "13")) + ctx.digits(4)
    return ctx.pick((f"{value[:6]}-{value[6:8]}-{value[8:]}", f"{value[:6]}-{value[6:8]}-{value[8:]}", value))


def pps(ctx: Ctx) -> str:
    """An Irish PPS number: seven digits and its mod-23 check letter, now and then an ``A`` after it."""
    body = ctx.digits(7)
    extra = ctx.pick(("", "", "", "A"))
    total = sum(int(x) * w for x, w in zip(body, range(8, 1, -1))) + (9 if extra == "A" else 0)
    return body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] + extra


def rut(ctx: Ctx) -> str:
    """A Chilean RUT with its mod-11 check digit (``K`` for ten): ``12.345.678-5``."""
    n = ctx.rng.randrange(6_000_000, 26_000_000)
    total = sum(int(x) * w for x, w in zip(reversed(str(n)), (2, 3, 4, 5, 6, 7) * 2))
    check = {11: "0", 10: "K"}.get(11 - total % 11, str(11 - total % 11))
    return ctx.pick((f"{n:,}".replace(",", ".") + f"-{check}", f"{n}-{check}"))


def nir(ctx: Ctx) -> str:
    """A French social-security number (NIR): sex, birth year and month, département, commune,
    order and the key 97 - n mod 97, grouped as the carte Vitale prints it."""
    b = ctx.birth_for("nid")
    body = ctx.pick("12") + b.strftime("%y%m") + ctx.pick(("75", "69", "13", "33", "59", "31", "44", "67"))
    body += ctx.digits(3) + ctx.digits(3)
    key = f"{97 - int(body) % 97:02d}"
    return ctx.pick((f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key}", body + key))


def ward_mrn(ctx: Ctx) -> str:
    """A hospital number as a ward clerk or a pharmacy writes it."""
    d = ctx.digits
    return ctx.pick((f"UR {d(7)}", f"H{d(7)}", f"{d(2)}-{d(3)}-{d(3)}", f"K{d(6)}", f"MRN{d(8)}", f"RX{d(3)}-{d(5)}",
                     f"{ctx.chars(2, UP)}{d(6)}", f"0{d(9)}"))


def cn_inpatient(ctx: Ctx) -> str:
    """A 住院号, 门诊号 or 医保卡号 of a mainland hospital."""
    d, year = ctx.digits, ctx.rng.randrange(2018, 2026)
    return ctx.pick((f"ZY{year}{d(6)}", f"MZ{d(10)}", f"{year}{d(6)}", f"{d(3)}{d(5)}", f"YB{d(12)}",
                     f"{ctx.pick('ABCDEFG')}{d(9)}"))


def passport_j(ctx: Ctx) -> str:
    """A passport of Malaysia, Thailand, Greece or Poland."""
    d, c = ctx.digits, ctx.chars
    return ctx.pick((ctx.pick("AH") + d(8), c(2, "AB") + d(7), c(2, UP) + d(7), c(2, "EFGJ") + d(7)))


def acct_j(ctx: Ctx) -> str:
    """An account of Malaysia, Singapore, New Zealand or the Philippines, or a mainland company
    account (对公账户) in its groups."""
    d = ctx.digits
    return ctx.pick((f"{d(4, '15')} {d(4)} {d(4)}", f"{d(3)}-{d(6)}-{d(1)}", f"{d(2, '01')}-{d(4)}-{d(7)}-{d(2)}",
                     f"{d(4)}-{d(4)}-{d(4)}", f"{d(4, '3')} {d(4)} {d(4)} {d(4)} {d(3)}", d(16, "12"), d(12, "1")))


ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def key_j(ctx: Ctx) -> str:
    """A token of a shop, booking or CRM platform: Shopify, WooCommerce, Square, Airtable, Notion,
    HubSpot, Klaviyo, Zendesk, Amazon's SP-API, or a 32-character app secret of a WeChat account."""
    c = ctx.chars
    shapes: tuple[Callable[[], str], ...] = (
        lambda: "shpat_" + c(32, HEX), lambda: "ck_" + c(40, HEX), lambda: "cs_" + c(40, HEX),
        lambda: "EAAA" + c(60, ALNUM + "-_"), lambda: "pat" + c(14, ALNUM) + "." + c(64, HEX),
        lambda: "secret_" + c(43, ALNUM),
        lambda: f"pat-na1-{c(8, HEX)}-{c(4, HEX)}-{c(4, HEX)}-{c(4, HEX)}-{c(12, HEX)}",
        lambda: "pk_" + c(34, HEX), lambda: c(40, ALNUM), lambda: "Atzr|IwEB" + c(100, ALNUM + "-_"),
        lambda: c(32, HEX), lambda: "sk_live_" + c(ctx.pick((24, 99)), ALNUM))
    return ctx.pick(shapes)()
