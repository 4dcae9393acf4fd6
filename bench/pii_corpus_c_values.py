"""Values for corpus C (``bench/pii_corpus_c.py``): Faker in sixteen locales, written the ways
people write them (separators, brackets, country prefixes, small letters). Every value with a
checksum passes it; look-alikes live in ``bench/pii_corpus_c_negatives.py``.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import phonenumbers
from faker import Faker

from bench.pii_corpus_values import group

LOCALES = ("zh_CN", "zh_TW", "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR",
           "ja_JP", "ko_KR", "en_IN", "en_AU", "en_CA", "pl_PL")
REGION = {loc: loc.split("_")[1] for loc in LOCALES}
T = TypeVar("T")


@dataclass
class CtxC:
    """The random source and one Faker per locale, all seeded."""

    rng: random.Random
    fakers: dict[str, Any] = field(default_factory=dict)
    kind: str = ""  # the kind of the last national ID made

    def pick(self, items: Sequence[T]) -> T:
        return items[self.rng.randrange(len(items))]

    def weighted(self, weights: Sequence[tuple[str, float]], rest: str) -> str:
        """One of ``weights``' names, with its weight; ``rest`` for what the weights leave."""
        roll, acc = self.rng.random(), 0.0
        for name, weight in weights:
            acc += weight
            if roll < acc:
                return name
        return rest

    def faker(self, loc: str) -> Any:
        if loc not in self.fakers:
            fake = Faker(loc)
            fake.seed_instance(self.rng.randrange(1 << 30))
            self.fakers[loc] = fake
        return self.fakers[loc]


def labels_in(text: str, labels: list[dict[str, str]]) -> list[dict[str, str]]:
    """The labels whose value the text holds, each once."""
    unique = {(p["type"], p["value"]): p for p in labels if p["value"] in text}
    return list(unique.values())


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def phone(ctx: CtxC) -> str:
    """A valid number of a random locale, in the locale's own or an international form, or a
    Chinese mobile written with +86/0086, dots, dashes, slashes or brackets."""
    if ctx.rng.random() < 0.4:
        return _cn_mobile(ctx)
    loc = ctx.pick(LOCALES)
    for _ in range(30):
        raw = str(ctx.faker(loc).phone_number())
        try:
            num = phonenumbers.parse(raw, REGION[loc])
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            style = ctx.pick((None, phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                              phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.E164))
            return raw if style is None else phonenumbers.format_number(num, style)
    return _cn_mobile(ctx)


def _cn_mobile(ctx: CtxC) -> str:
    prefix = ctx.pick(("134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "182",
                       "183", "187", "188", "130", "131", "132", "155", "156", "185", "186", "133", "153", "180",
                       "181", "189", "177", "199", "166", "191", "198", "173", "176", "195"))
    body = prefix + "".join(ctx.pick(string.digits) for _ in range(8))
    form = ctx.rng.randrange(9)
    forms = [body, group(body, (3, 4, 4), " "), group(body, (3, 4, 4), "-"), "+86 " + group(body, (3, 4, 4), " "),
             "+86" + body, "0086-" + group(body, (3, 4, 4), "-"), "(+86)" + body,
             group(body, (3, 4, 4), "."), "+86-" + body]
    return forms[form]


CARD_TYPES = ("visa", "visa", "mastercard", "mastercard", "amex", "discover", "jcb", "diners")
CARD_GROUPS = {15: (4, 6, 5), 14: (4, 6, 4), 16: (4, 4, 4, 4), 13: (4, 4, 5)}


def credit_card(ctx: CtxC) -> str:
    number = str(ctx.faker("en_US").credit_card_number(card_type=ctx.pick(CARD_TYPES)))
    if ctx.rng.random() < 0.2:  # China UnionPay credit card, 16 digits starting 62
        number = "62" + "".join(ctx.pick(string.digits) for _ in range(13))
        number += luhn_digit(number)
    sep = ctx.pick(("", " ", " ", "-", "-", ".", "  "))
    return group(number, CARD_GROUPS.get(len(number), (4, 4, 4, 4)), sep) if sep else number


def bank_account(ctx: CtxC) -> str:
    """A Chinese debit card (19 digits, 62, Luhn) or, after a keyword, another country's account."""
    roll = ctx.rng.random()
    if roll < 0.55:
        body = ctx.pick(("622202", "621700", "622848", "621226", "622588", "623668", "621483", "622700"))
        body += "".join(ctx.pick(string.digits) for _ in range(12))
        number = body + luhn_digit(body)
        sep = ctx.pick(("", " ", " ", "-"))
        return group(number, (4, 4, 4, 4, 3), sep) if sep else number
    if roll < 0.75:
        return "".join(ctx.pick(string.digits) for _ in range(ctx.pick((8, 10, 12))))
    return str(ctx.faker(ctx.pick(("de_DE", "pl_PL", "es_ES"))).bban())


IBAN_LOCALES = ("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_GB", "pt_BR", "de_AT", "de_CH", "fr_BE")


def iban(ctx: CtxC) -> str:
    raw = str(ctx.faker(ctx.pick(IBAN_LOCALES)).iban())
    roll = ctx.rng.random()
    if roll < 0.4:
        return group(raw, [4] * 9, " ")
    if roll < 0.5:
        return group(raw, [4] * 9, " ").lower()
    if roll < 0.6:
        return group(raw, [4] * 9, "-")
    return raw


def ip_address(ctx: CtxC) -> str:
    fake = ctx.faker("en_US")
    return str(ctx.pick((fake.ipv4_public, fake.ipv4_public, fake.ipv4_private, fake.ipv6))())


def email(ctx: CtxC) -> str:
    fake = ctx.faker(ctx.pick(LOCALES))
    roll = ctx.rng.random()
    if roll < 0.3:
        return str(fake.free_email())
    if roll < 0.4:
        user, domain = str(fake.email()).split("@")
        return f"{user}+{ctx.pick(('shop', 'news', 'work', '2024'))}@{domain}"
    if roll < 0.5:
        return f"{ctx.rng.randrange(10000, 9999999999)}@qq.com"
    if roll < 0.55:
        return str(fake.email()).upper()
    return str(fake.company_email() if ctx.rng.random() < 0.5 else fake.email())


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = {**{str(d): d for d in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check(body: str) -> str:
    total = sum(_VIN_VALUE[c] * w for c, w in zip(body, _VIN_WEIGHTS))
    return "X" if total % 11 == 10 else str(total % 11)


def vin(ctx: CtxC) -> str:
    wmi = ctx.pick(("LFV", "LSV", "LVS", "LGB", "WBA", "WVW", "WDD", "JTD", "JHM", "1HG", "1FT", "2T1", "3VW",
                    "KMH", "KNA", "VF1", "ZFA", "YV1", "SAL", "5YJ", "LRW", "LHG", "LBV"))
    rest = "".join(ctx.pick(VIN_CHARS) for _ in range(5)) + "0" + ctx.pick("ABCDEFGHJKLMNPRSTVWXY123456789")
    rest += "".join(ctx.pick(VIN_CHARS) for _ in range(2)) + "".join(ctx.pick(string.digits) for _ in range(5))
    body = wmi + rest
    value = body[:8] + vin_check(body) + body[9:]
    return value.lower() if ctx.rng.random() < 0.12 else value


def license_plate(ctx: CtxC) -> str:
    if ctx.rng.random() < 0.45:
        prov = ctx.pick("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼")
        letter = ctx.pick("ABCDEFGHJKLMNPQRS")
        tail = "".join(ctx.pick("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)) + ctx.pick(string.digits)
        if ctx.rng.random() < 0.2:  # new-energy plates have six characters
            tail = ctx.pick("DF") + "".join(ctx.pick(string.digits) for _ in range(5))
        return prov + letter + ctx.pick(("", "", "·", " ", "-", "•")) + tail
    loc = ctx.pick(("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR", "en_AU", "en_CA",
                    "pl_PL", "en_IN"))
    return str(ctx.faker(loc).license_plate()).strip()


def passport(ctx: CtxC) -> str:
    roll = ctx.rng.random()
    if roll < 0.35:
        letter = "" if ctx.rng.random() < 0.7 else ctx.pick("ABCDEFGH")  # E + 8 digits, or E + letter + 7
        return ctx.pick("EGDSP") + letter + "".join(ctx.pick(string.digits) for _ in range(7 if letter else 8))
    if roll < 0.5:
        return "".join(ctx.pick(string.ascii_uppercase) for _ in range(2)) + "".join(
            ctx.pick(string.digits) for _ in range(7))
    return str(ctx.faker(ctx.pick(LOCALES)).passport_number())


def medical_record(ctx: CtxC) -> str:
    digits = "".join(ctx.pick(string.digits) for _ in range(ctx.pick((6, 7, 8, 9, 10))))
    year = str(ctx.rng.randrange(2015, 2026))
    forms = [digits, "MRN" + digits, ctx.pick(("ZY", "MZ", "BA", "H")) + year + digits[:5],
             f"{digits[:3]}-{digits[3:6]}-{digits[6:]}" if len(digits) > 7 else digits, year + "-" + digits[:6],
             "P" + digits]
    return ctx.pick(forms)


def api_key_secret(ctx: CtxC) -> str:
    alnum = string.ascii_letters + string.digits

    def rand(n: int, chars: str = alnum) -> str:
        return "".join(ctx.pick(chars) for _ in range(n))

    forms: list[Callable[[], str]] = [
        lambda: "sk-" + rand(48), lambda: "sk-proj-" + rand(40, alnum + "_-"), lambda: "ghp_" + rand(36),
        lambda: "github_pat_" + rand(22) + "_" + rand(59), lambda: "AKIA" + rand(16, string.ascii_uppercase + "234567"),
        lambda: "xoxb-" + rand(11, string.digits) + "-" + rand(12, string.digits) + "-" + rand(24),
        lambda: "AIza" + rand(35, alnum + "_-"), lambda: "glpat-" + rand(20, alnum + "_-"),
        lambda: "sk_live_" + rand(24), lambda: rand(32, "0123456789abcdef"),
        lambda: str(ctx.faker("en_US").password(length=ctx.pick((10, 12, 16)))),
        lambda: ctx.pick(("Summer", "Qwer", "Admin", "Passw0rd", "Lily", "wang")) + rand(4, string.digits) + ctx.pick("!@#$%"),
    ]
    return ctx.pick(forms)()


def cn_resident_id(ctx: CtxC) -> str:
    if ctx.rng.random() < 0.15:
        return str(ctx.faker("zh_TW").ssn())
    value = str(ctx.faker("zh_CN").ssn())
    roll = ctx.rng.random()
    if roll < 0.15:
        return group(value, (6, 8, 4), " ")
    if roll < 0.22:
        return group(value, (6, 4, 4, 4), " ")
    return value.lower() if value.endswith("X") and roll < 0.4 else value


def date_of_birth(ctx: CtxC) -> str:
    d = ctx.faker("en_US").date_of_birth(minimum_age=1, maximum_age=90)
    forms = [d.isoformat(), f"{d.year}年{d.month}月{d.day}日", f"{d.day:02d}.{d.month:02d}.{d.year}",
             f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}", d.strftime("%d %B %Y"),
             d.strftime("%B %d, %Y"), f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.year}.{d.month}.{d.day}",
             f"{d.year}{d.month:02d}{d.day:02d}", d.strftime("%d-%b-%Y")]
    return str(ctx.pick(forms))


def gps(ctx: CtxC) -> str:
    lat, lng = ctx.rng.uniform(-60, 70), ctx.rng.uniform(-170, 170)
    p = ctx.pick((4, 5, 6))
    forms = [f"{lat:.{p}f}, {lng:.{p}f}", f"{lat:.{p}f},{lng:.{p}f}", f"({lat:.{p}f}, {lng:.{p}f})",
             f"{abs(lat):.4f}°{'N' if lat >= 0 else 'S'} {abs(lng):.4f}°{'E' if lng >= 0 else 'W'}",
             f"{lat:.{p}f} {lng:.{p}f}", _dms(lat, "NS") + " " + _dms(lng, "EW")]
    return ctx.pick(forms)


def _dms(x: float, hemi: str) -> str:
    a = abs(x)
    d, m = int(a), int((a - int(a)) * 60)
    s = ((a - int(a)) * 60 - m) * 60
    return f"{d}°{m}'{s:.1f}\"{hemi[0] if x >= 0 else hemi[1]}"


NATIONAL_KEYS: dict[str, tuple[list[str], list[str]]] = {
    # kind: (keywords, field names)
    "ssn": (["SSN", "social security number", "social security no", "社保号", "美国社安号"], ["ssn", "social_security"]),
    "cpf": (["CPF", "número do CPF", "cpf"], ["cpf", "cpf_number"]),
    "aadhaar": (["Aadhaar", "Aadhaar number", "UID", "आधार"], ["aadhaar", "aadhaar_no"]),
    "codice": (["codice fiscale", "CF", "tax code"], ["codice_fiscale", "tax_code"]),
    "dni": (["DNI", "NIF", "documento de identidad"], ["dni", "nif"]),
    "rrn": (["주민등록번호", "RRN", "resident registration number", "韩国身份证号"], ["rrn", "jumin"]),
    "bsn": (["BSN", "burgerservicenummer", "sofinummer"], ["bsn", "burgerservicenummer"]),
    "nino": (["NI number", "national insurance number", "NINO", "NI no"], ["nino", "ni_number"]),
}


def national_id(ctx: CtxC) -> str:
    """A national identity number of a random country; ``ctx.kind`` says which, for its keyword."""
    ctx.kind = ctx.pick(sorted(NATIONAL_KEYS))
    makers: dict[str, Callable[[], str]] = {
        "ssn": lambda: str(ctx.faker("en_US").ssn()), "cpf": lambda: str(ctx.faker("pt_BR").cpf()),
        "aadhaar": lambda: str(ctx.faker("en_IN").aadhaar_id()), "codice": lambda: str(ctx.faker("it_IT").ssn()),
        "dni": lambda: str(ctx.faker("es_ES").nif()), "rrn": lambda: str(ctx.faker("ko_KR").ssn()),
        "bsn": lambda: str(ctx.faker("nl_NL").ssn()),
        "nino": lambda: f"{ctx.pick(('AB', 'JX', 'NE', 'PR', 'SK', 'WL', 'YZ', 'CE'))} {ctx.rng.randrange(10, 99)} "
                        f"{ctx.rng.randrange(10, 99)} {ctx.rng.randrange(10, 99)} {ctx.pick('ABCD')}",
    }
    return makers[ctx.kind]()


MAKERS: dict[str, Callable[[CtxC], str]] = {
    "phone": phone, "credit_card": credit_card, "bank_account": bank_account, "iban": iban,
    "license_plate": license_plate, "vin": vin, "passport": passport, "medical_record": medical_record,
    "ip_address": ip_address, "email": email, "api_key_secret": api_key_secret, "cn_resident_id": cn_resident_id,
    "date_of_birth": date_of_birth, "gps_coordinates": gps, "national_id": national_id,
}
