"""Values for the PII corpus: Faker where it has a generator, made here where it has none.

Every value is what the type really looks like (valid check digits where the format has them);
numbers Faker makes that no real one could be (US phone numbers with made-up area codes) are
drawn again. Nothing here is shared with the detector.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import phonenumbers
from faker import Faker
from stdnum import luhn

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_AU", "zh_CN", "zh_TW")


@dataclass
class Ctx:
    """Random state of one corpus: a seeded ``random.Random`` and one seeded Faker per locale."""

    rng: random.Random
    fakers: dict[str, Faker] = field(default_factory=dict)

    @classmethod
    def seeded(cls, seed: int) -> Ctx:
        ctx = cls(random.Random(seed))
        for i, loc in enumerate(LOCALES):
            fake = Faker(loc)
            fake.seed_instance(seed * 100 + i)
            ctx.fakers[loc] = fake
        return ctx

    def f(self, loc: str) -> Faker:
        return self.fakers[loc]

    def pick(self, items: list[str] | tuple[str, ...]) -> str:
        return items[self.rng.randrange(len(items))]

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))


def group(number: str, sizes: Sequence[int], sep: str) -> str:
    """``number`` split into groups of ``sizes`` (the rest as a last group), joined by ``sep``."""
    parts, i = [], 0
    for size in sizes:
        if i >= len(number):
            break
        parts.append(number[i:i + size])
        i += size
    if i < len(number):
        parts.append(number[i:])
    return sep.join(parts)


def person_en(ctx: Ctx) -> str:
    loc = ctx.pick(("en_US", "en_US", "en_US", "en_GB", "en_GB", "en_AU", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"))
    fake = ctx.f(loc)
    return f"{fake.first_name()} {fake.last_name()}"


def person_zh(ctx: Ctx) -> str:
    return ctx.f(ctx.pick(("zh_CN", "zh_CN", "zh_CN", "zh_TW"))).name()


def email(ctx: Ctx, lang: str) -> str:
    if lang == "zh" and ctx.rng.random() < 0.6:
        user = ctx.f("zh_CN").user_name() + (ctx.digits(ctx.rng.randint(0, 4)))
        return f"{user}@{ctx.pick(('163.com', 'qq.com', '126.com', 'sina.com', 'foxmail.com', 'aliyun.com'))}"
    return ctx.f(ctx.pick(("en_US", "en_GB", "de_DE", "fr_FR"))).email()


def _valid_phone(ctx: Ctx, loc: str, region: str) -> str:
    for _ in range(50):
        raw = ctx.f(loc).phone_number().split("x")[0].strip()
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(raw, region)):
                return raw
        except phonenumbers.NumberParseException:
            continue
    return "+1 415 555 0134"


def phone(ctx: Ctx, lang: str) -> str:
    if lang == "zh":
        number = ctx.f("zh_CN").phone_number()
        style = ctx.rng.random()
        if style < 0.25:
            return group(number, (3, 4, 4), ctx.pick((" ", "-")))
        if style < 0.35:
            return "+86 " + group(number, (3, 4, 4), ctx.pick((" ", "-", "")))
        if style < 0.45:
            return f"0{ctx.pick(('10', '21', '755', '571', '20', '28'))}-{ctx.digits(8)}"
        return number
    loc, region = ctx.rng.choice((("en_US", "US"), ("en_US", "US"), ("en_GB", "GB"), ("de_DE", "DE")))
    return _valid_phone(ctx, loc, region)


def resident_id(ctx: Ctx, lang: str) -> str:
    return ctx.f("zh_CN").ssn()


def credit_card(ctx: Ctx, lang: str) -> str:
    number = ctx.f("en_US").credit_card_number()
    style = ctx.rng.random()
    if len(number) == 16 and style < 0.4:
        return group(number, (4, 4, 4, 4), ctx.pick((" ", "-")))
    if len(number) == 15 and style < 0.4:
        return group(number, (4, 6, 5), " ")
    return number


def iban(ctx: Ctx, lang: str) -> str:
    value = ctx.f(ctx.pick(("de_DE", "fr_FR", "it_IT", "es_ES", "nl_NL", "en_GB"))).iban()
    return group(value, (4,) * 9, " ") if ctx.rng.random() < 0.5 else value


def ip(ctx: Ctx, lang: str) -> str:
    fake = ctx.f("en_US")
    return fake.ipv6() if ctx.rng.random() < 0.25 else fake.ipv4_public()


def vin(ctx: Ctx, lang: str) -> str:
    return ctx.f("en_US").vin()


_CN_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def plate(ctx: Ctx, lang: str) -> str:
    if lang == "zh":
        head = ctx.pick(tuple(_CN_PROVINCES)) + ctx.pick(tuple(_PLATE_LETTERS))
        if ctx.rng.random() < 0.25:
            tail = ctx.pick(("D", "F")) + ctx.pick(tuple(_PLATE_LETTERS)) + ctx.digits(4)
        else:
            tail = "".join(ctx.pick(tuple(_PLATE_LETTERS[:8] + "0123456789")) for _ in range(2)) + ctx.digits(3)
        return head + ctx.pick(("", "·", "", " ")) + tail
    return ctx.f(ctx.pick(("en_US", "en_GB", "en_GB", "de_DE"))).license_plate()


def gps(ctx: Ctx, lang: str) -> str:
    lat = ctx.rng.uniform(-60, 70)
    lng = ctx.rng.uniform(-170, 170)
    places = ctx.rng.choice((4, 5, 6))
    style = ctx.rng.random()
    if lang == "zh" and style < 0.3:
        return f"北纬{abs(lat):.{places}f}°，东经{abs(lng):.{places}f}°"
    if style < 0.5:
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lng >= 0 else "W")
        return f"{abs(lat):.{places}f}° {ns}, {abs(lng):.{places}f}° {ew}"
    return f"{lat:.{places}f}, {lng:.{places}f}"


def _zh_address(ctx: Ctx) -> str:
    fake = ctx.f("zh_CN")
    province = fake.province()
    city = "" if province.endswith("市") else fake.city_name() + "市"
    district = fake.district() + ctx.pick(("区", "区", "县"))
    road = fake.street_name()
    number = f"{ctx.rng.randint(1, 2999)}号"
    extra = ctx.rng.random()
    if extra < 0.25:
        number = f"{ctx.rng.randint(1, 1999)}弄{ctx.rng.randint(1, 99)}号"
    elif extra < 0.5:
        number += f"{ctx.rng.randint(1, 30)}栋{ctx.rng.randint(1, 6)}单元{ctx.rng.randint(101, 2808)}室"
    elif extra < 0.65:
        number += f"{ctx.rng.randint(2, 40)}楼"
    sep = " " if ctx.rng.random() < 0.2 else ""
    start = ctx.rng.random()
    if start < 0.2:
        return f"{district}{road}{sep}{number}"
    if start < 0.35:
        return f"{road}{sep}{number}"
    return f"{province}{city}{district}{road}{sep}{number}"


def _tw_address(ctx: Ctx) -> str:
    fake = ctx.f("zh_TW")
    street = fake.street_address()
    return f"{fake.city()}市{street}" if ctx.rng.random() < 0.6 else street


def address(ctx: Ctx, lang: str) -> str:
    if lang == "zh":
        return _tw_address(ctx) if ctx.rng.random() < 0.3 else _zh_address(ctx)
    loc = ctx.pick(("en_US", "en_US", "en_US", "en_GB", "en_GB", "de_DE", "de_DE", "fr_FR", "it_IT", "es_ES", "nl_NL"))
    fake = ctx.f(loc)
    street = fake.street_address().strip()
    street = street.replace("\n", ctx.pick((", ", ", ", "\n")))
    more = ctx.rng.random()
    if loc == "en_US" and more < 0.6:
        return f"{street}, {fake.city()}, {fake.state_abbr()} {fake.zipcode()}"
    if loc == "en_US" and more < 0.8:
        return f"{street}, {fake.city()}"
    if loc == "en_GB" and more < 0.6:
        return f"{street}, {fake.city()} {fake.postcode()}"
    if loc in ("de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT") and more < 0.6:
        return f"{street}, {fake.postcode()} {fake.city()}"
    return street


def date_of_birth(ctx: Ctx, lang: str) -> str:
    day = ctx.f("en_US").date_of_birth(minimum_age=1, maximum_age=90)
    if lang == "zh":
        return ctx.pick((f"{day.year}年{day.month}月{day.day}日", day.isoformat(), f"{day.year}/{day.month:02d}/{day.day:02d}",
                         f"{day.year}.{day.month}.{day.day}"))
    return ctx.pick((day.strftime("%m/%d/%Y"), day.isoformat(), day.strftime("%B %d, %Y").replace(" 0", " "),
                     day.strftime("%d %B %Y").lstrip("0"), day.strftime("%d.%m.%Y"), day.strftime("%d/%m/%Y"),
                     day.strftime("%b %d, %Y")))


def passport(ctx: Ctx, lang: str) -> str:
    if lang == "zh" and ctx.rng.random() < 0.7:
        if ctx.rng.random() < 0.5:
            return "E" + ctx.digits(8)
        return "E" + ctx.pick(tuple("ABCDEFGHJKLMNPQRSTUVWXYZ")) + ctx.digits(7)
    return ctx.f(ctx.pick(("en_US", "en_GB", "de_DE"))).passport_number()


def _luhn_number(ctx: Ctx, prefix: str, length: int) -> str:
    body = prefix + ctx.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def bank_account(ctx: Ctx, lang: str) -> str:
    if lang == "zh":
        number = _luhn_number(ctx, ctx.pick(("6222", "6217", "6228", "6214", "6226", "6212")),
                              19 if ctx.rng.random() < 0.8 else 16)
        return group(number, (4, 4, 4, 4, 3), " ") if ctx.rng.random() < 0.4 else number
    style = ctx.rng.random()
    if style < 0.4:
        return ctx.digits(ctx.rng.randint(9, 12))
    if style < 0.7:
        return ctx.digits(8)
    return ctx.f("en_US").bban() if ctx.rng.random() < 0.5 else ctx.digits(10)


_ALNUM = string.ascii_letters + string.digits


def _token(ctx: Ctx, n: int, alphabet: str = _ALNUM) -> str:
    return "".join(ctx.rng.choice(alphabet) for _ in range(n))


def _password(ctx: Ctx) -> str:
    parts = [_token(ctx, ctx.rng.randint(4, 7), string.ascii_letters), ctx.pick(("!", "@", "#", "$", "%", "&", "*")),
             ctx.digits(ctx.rng.randint(2, 4)), _token(ctx, ctx.rng.randint(1, 4))]
    ctx.rng.shuffle(parts)
    value = "".join(parts)
    return value if any(c.isdigit() for c in value) else value + "7"


def secret(ctx: Ctx, lang: str) -> str:
    kind = ctx.rng.randrange(9)
    upper = string.ascii_uppercase + string.digits
    return (
        "sk-" + _token(ctx, 48),
        "sk-proj-" + _token(ctx, 40),
        ctx.pick(("AKIA", "ASIA")) + _token(ctx, 16, upper),
        "ghp_" + _token(ctx, 36),
        f"xoxb-{ctx.digits(12)}-{ctx.digits(13)}-{_token(ctx, 24)}",
        "AIza" + _token(ctx, 35, _ALNUM + "_-"),
        "sk_live_" + _token(ctx, 24),
        "glpat-" + _token(ctx, 20),
        _password(ctx),
    )[kind]


def medical_record(ctx: Ctx, lang: str) -> str:
    style = ctx.rng.random()
    if lang == "zh":
        return ctx.pick(("Z", "MZ", "ZY", "")) + ctx.pick(("2023", "2024", "2025")) + ctx.digits(6) if style < 0.6 \
            else ctx.digits(ctx.rng.randint(7, 10))
    if style < 0.5:
        return ctx.digits(ctx.rng.randint(7, 10))
    return ctx.pick(("A", "H", "MR", "M", "PT")) + ctx.digits(ctx.rng.randint(6, 9))


VALUE_MAKERS: dict[str, Callable[[Ctx, str], str]] = {
    "email": email, "phone": phone, "cn_resident_id": resident_id, "credit_card": credit_card, "iban": iban,
    "ip_address": ip, "vin": vin, "license_plate": plate, "gps_coordinates": gps, "street_address": address,
    "person_name": lambda ctx, lang: person_zh(ctx) if lang == "zh" else person_en(ctx),
    "date_of_birth": date_of_birth, "passport": passport, "bank_account": bank_account,
    "api_key_secret": secret, "medical_record": medical_record,
}
FORMAT_TYPES = tuple(t for t in VALUE_MAKERS if t not in ("person_name", "street_address"))
