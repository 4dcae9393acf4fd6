"""Numbers for corpus F (``bench/pii_corpus_f.py``): the seeded random context, and the values
that carry a check character or a fixed national shape. Cards pass Luhn and start with real
issuer prefixes, Chinese resident IDs carry the ISO 7064 MOD 11-2 check of GB 11643, Hong Kong
and Taiwan IDs and Singapore NRICs their own checks, VINs their ninth-position check digit,
Spanish DNI/NIE their letter; IBANs come from Faker (mod 97). Plates, passports, record numbers
and secrets have the shapes people really paste.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from faker import Faker

from bench.pii_corpus_c_values import luhn_digit
from bench.pii_corpus_values import group

T = TypeVar("T")
_FAKERS: dict[str, Any] = {}  # one Faker per locale for the process; each Ctx lends it its random source


def random_birth(rng: random.Random, kid: bool = False) -> dt.date:
    """A birth date of an adult (1941-2004) or of a school child (2009-2021)."""
    start = dt.date(2009, 1, 1) if kid else dt.date(1941, 1, 1)
    span = (dt.date(2021, 12, 31) if kid else dt.date(2004, 12, 31)) - start
    return start + dt.timedelta(days=rng.randrange(span.days))


@dataclass
class Ctx:
    """The random source of one corpus: ``random.Random``, seeded Fakers and the current
    item's person (a birth date the first date of birth and resident ID of an item share)."""

    rng: random.Random
    fakers: dict[str, random.Random] = field(default_factory=dict)
    birth: dt.date = dt.date(1990, 1, 1)
    used: dict[str, int] = field(default_factory=dict)
    day: dt.date = dt.date(2025, 1, 1)  # the item's last event date: later dates follow it
    minute: int = 600  # the item's last clock time, in minutes after midnight

    def start_item(self, kid: bool) -> None:
        self.birth = random_birth(self.rng, kid)
        self.used = {}
        self.day = dt.date(2024, 1, 1) + dt.timedelta(days=self.rng.randrange(800))
        self.minute = self.rng.randrange(7 * 60, 20 * 60)

    def next_day(self) -> dt.date:
        self.day += dt.timedelta(days=self.rng.randrange(0, 12))
        return self.day

    def next_minute(self) -> tuple[int, int]:
        self.minute = min(self.minute + self.rng.randrange(1, 25), 23 * 60 + 59)
        return divmod(self.minute, 60)

    def birth_for(self, what: str) -> dt.date:
        """The item's birth date the first time ``what`` asks, a fresh adult one after that."""
        count = self.used.get(what, 0)
        self.used[what] = count + 1
        return self.birth if count == 0 else random_birth(self.rng)

    def pick(self, items: Sequence[T]) -> T:
        return items[self.rng.randrange(len(items))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int, first: str = string.digits) -> str:
        return self.pick(first) + "".join(self.pick(string.digits) for _ in range(n - 1))

    def chars(self, n: int, alphabet: str) -> str:
        return "".join(self.pick(alphabet) for _ in range(n))

    def faker(self, loc: str) -> Any:
        """The process's Faker of ``loc``, drawing from this context's own seeded random source
        (so two corpora made side by side do not disturb each other)."""
        if loc not in self.fakers:
            self.fakers[loc] = random.Random(self.rng.randrange(1 << 30))
        if loc not in _FAKERS:
            _FAKERS[loc] = Faker(loc)
        _FAKERS[loc].random = self.fakers[loc]
        return _FAKERS[loc]


CARD_PREFIXES = (("4", 16), ("4", 16), ("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16),
                 ("2720", 16), ("34", 15), ("37", 15), ("6011", 16), ("65", 16), ("3528", 16), ("3589", 16),
                 ("62", 16), ("622126", 16), ("36", 14))
CARD_GROUPS = {14: (4, 6, 4), 15: (4, 6, 5), 16: (4, 4, 4, 4)}


def credit_card(ctx: Ctx) -> str:
    """A card number with a real issuer prefix and a Luhn check digit, grouped the usual ways."""
    prefix, length = ctx.pick(CARD_PREFIXES)
    body = prefix + ctx.digits(length - len(prefix) - 1)
    number = body + luhn_digit(body)
    sep = ctx.pick(("", " ", " ", " ", "-", "  "))
    return group(number, CARD_GROUPS[length], sep) if sep else number


DEBIT_BINS = ("622202", "621226", "621700", "622700", "622848", "621483", "622588", "621661", "622262",
              "623668", "621799", "622908")


def cn_debit_card(ctx: Ctx) -> str:
    """A Chinese bank's debit card: 19 digits, a real bank prefix, Luhn."""
    body = ctx.pick(DEBIT_BINS) + ctx.digits(12)
    number = body + luhn_digit(body)
    sep = ctx.pick(("", "", " ", " ", "-"))
    return group(number, (4, 4, 4, 4, 3), sep) if sep else number


def bank_account(ctx: Ctx, lang: str) -> str:
    """A Chinese debit card or company account (zh); a US, UK or other account number (en)."""
    if lang == "zh":
        if ctx.chance(0.8):
            return cn_debit_card(ctx)
        return ctx.pick((group(ctx.digits(19, "123456789"), (4, 4, 4, 4, 3), " "), ctx.digits(20, "3")))
    return ctx.pick((ctx.digits(8, "123456789"), ctx.digits(10), ctx.digits(12), ctx.digits(9, "123456789"),
                     f"{ctx.digits(4)}-{ctx.digits(6)}-{ctx.digits(2)}", "00" + ctx.digits(9, "123456789")))


IBAN_LOCALES = ("de_DE", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_GB", "de_AT", "fr_BE",
                "pt_PT", "fi_FI")


def iban(ctx: Ctx) -> str:
    raw = str(ctx.faker(ctx.pick(IBAN_LOCALES)).iban())
    form = ctx.rng.random()
    if form < 0.5:
        return group(raw, [4] * 9, " ")
    return raw if form < 0.9 else group(raw, [4] * 9, " ").lower()


CN_AREAS = ("110101", "110105", "110108", "310104", "310115", "310112", "440106", "440305", "440304",
            "330106", "330108", "320102", "320506", "510107", "420111", "610113", "370202", "210102",
            "500103", "350203", "430104", "120101", "130102", "410105", "340104", "360102", "450103",
            "530102", "520102", "230103", "220102", "140105", "620102", "650102", "460106", "441900")
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_id_check(body: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, ID_WEIGHTS)) % 11]


def cn_resident_id(ctx: Ctx) -> str:
    """An 18-character mainland ID: a real area code, the item's birth date, a check character."""
    born = ctx.birth_for("cn_id")
    body = ctx.pick(CN_AREAS) + born.strftime("%Y%m%d") + ctx.digits(3)
    value = body + cn_id_check(body)
    return ctx.pick((value, value, value, value, group(value, (6, 8, 4), " ")))


HK_LETTERS = "ACDEGHKMPRVYZ"


def hk_id(ctx: Ctx) -> str:
    """A Hong Kong identity card number, ``A123456(3)``, with its check character."""
    prefix = ctx.pick(HK_LETTERS) if ctx.chance(0.85) else ctx.pick(("XA", "WX", "XD"))
    body = ctx.digits(6)
    chars = (" " + prefix if len(prefix) == 1 else prefix) + body
    total = sum((36 if c == " " else (ord(c) - 55 if c.isalpha() else int(c))) * w
                for c, w in zip(chars, range(9, 1, -1)))
    check = (11 - total % 11) % 11
    digit = "A" if check == 10 else str(check)
    return ctx.pick((f"{prefix}{body}({digit})", f"{prefix}{body}({digit})", f"{prefix}{body}{digit}"))


TW_CODES = {"A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "J": 18, "K": 19,
            "L": 20, "M": 21, "N": 22, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27, "U": 28, "V": 29}


def tw_id(ctx: Ctx) -> str:
    """A Taiwan national ID, ``A123456789``: a letter, sex digit, seven digits, a check digit."""
    letter = ctx.pick(sorted(TW_CODES))
    body = ctx.pick("12") + ctx.digits(7)
    code = TW_CODES[letter]
    total = code // 10 + (code % 10) * 9 + sum(int(c) * w for c, w in zip(body, (8, 7, 6, 5, 4, 3, 2, 1)))
    return letter + body + str((10 - total % 10) % 10)


def sg_nric(ctx: Ctx) -> str:
    first = ctx.pick("STS")
    body = ctx.digits(7)
    total = sum(int(c) * w for c, w in zip(body, (2, 7, 6, 5, 4, 3, 2))) + (4 if first == "T" else 0)
    return first + body + "JZIHGFEDCBA"[total % 11]


def us_ssn(ctx: Ctx) -> str:
    area = ctx.rng.randrange(1, 900)
    area = 667 if area == 666 else area
    value = f"{area:03d}-{ctx.rng.randrange(1, 100):02d}-{ctx.rng.randrange(1, 10000):04d}"
    return value if ctx.chance(0.8) else value.replace("-", " ")


NINO_HEADS = ("AB", "CE", "JX", "NE", "PR", "SK", "WL", "YZ", "GH", "RT", "HP", "MA", "ZA", "LE")


def uk_nino(ctx: Ctx) -> str:
    head, body, tail = ctx.pick(NINO_HEADS), ctx.digits(6), ctx.pick("ABCD")
    return ctx.pick((f"{head}{body}{tail}", f"{head} {body[:2]} {body[2:4]} {body[4:]} {tail}"))


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(ctx: Ctx) -> str:
    """A Spanish DNI (eight digits and a letter) or NIE (X/Y/Z, seven digits, a letter)."""
    if ctx.chance(0.65):
        number = ctx.digits(8)
        return number + DNI_LETTERS[int(number) % 23]
    lead = ctx.pick("XYZ")
    number = ctx.digits(7)
    return lead + number + DNI_LETTERS[int(str("XYZ".index(lead)) + number) % 23]


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VALUE = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
             **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
WMIS = ("LSV", "LFV", "LVG", "LHG", "LGW", "LRW", "LBV", "LDC", "WBA", "WVW", "WAU", "WDD", "WP0", "VF1",
        "VF3", "ZFA", "YV1", "SAL", "JTD", "JHM", "JN1", "KMH", "KNA", "1HG", "1FT", "1G1", "2T1", "3VW",
        "5YJ", "4T1")
YEAR_CODES = "ABCDEFGHJKLMNPRST123456789"


def vin(ctx: Ctx) -> str:
    """A 17-character VIN with a real maker prefix, a model-year code and its check digit."""
    body = ctx.pick(WMIS) + ctx.chars(5, VIN_CHARS) + "0" + ctx.pick(YEAR_CODES) + ctx.chars(1, VIN_CHARS)
    body += ctx.chars(1, VIN_CHARS) + ctx.digits(5)
    total = sum(VIN_VALUE[c] * w for c, w in zip(body, VIN_WEIGHTS))
    return body[:8] + ("X" if total % 11 == 10 else str(total % 11)) + body[9:]


PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
ES_LETTERS = "BCDFGHJKLMNPRSTVWXYZ"
UK_AGES = tuple(f"{n:02d}" for n in (*range(10, 25), *range(51, 75)))
DE_AREAS = ("B", "M", "HH", "K", "F", "S", "D", "L", "HB", "DO", "KA", "MZ", "HD", "FR", "OF")


def cn_plate(ctx: Ctx) -> str:
    head = ctx.pick(PROVINCES) + ctx.pick("ABCDEFGHJKLMNPQ")
    if ctx.chance(0.25):  # new-energy plates: D or F and five more
        tail = ctx.pick("DF") + ctx.chars(1, PLATE_LETTERS + "0123456789") + ctx.digits(4)
    else:
        tail = ctx.chars(2, PLATE_LETTERS + "0123456789") + ctx.digits(3)
    return head + ctx.pick(("", "", "·", " ", "•")) + tail


def plate(ctx: Ctx, country: str = "") -> str:
    """A licence plate of ``country`` (cn, uk, de, fr, us, nl, es); with none, of a European
    country or the US."""
    country = country or ctx.pick(("uk", "de", "fr", "us", "nl", "es"))
    up = PLATE_LETTERS
    shapes = {
        "uk": lambda: f"{ctx.chars(2, up)}{ctx.pick(UK_AGES)} {ctx.chars(3, up)}",
        "de": lambda: f"{ctx.pick(DE_AREAS)}{ctx.pick(('-', ' '))}{ctx.chars(ctx.pick((1, 2)), up)} "
                      f"{ctx.rng.randrange(1, 9999)}",
        "fr": lambda: f"{ctx.chars(2, up)}-{ctx.digits(3)}-{ctx.chars(2, up)}",
        "us": lambda: ctx.pick((f"{ctx.digits(1, '45678')}{ctx.chars(3, up)}{ctx.digits(3)}",
                                f"{ctx.chars(3, up)}-{ctx.digits(4)}", f"{ctx.chars(3, up)} {ctx.digits(3)}")),
        "nl": lambda: ctx.pick((f"{ctx.chars(2, up)}-{ctx.digits(3)}-{ctx.chars(1, up)}",
                                f"{ctx.digits(2)}-{ctx.chars(3, up)}-{ctx.digits(1)}",
                                f"{ctx.digits(1)}-{ctx.chars(3, up)}-{ctx.digits(2)}")),
        "es": lambda: f"{ctx.digits(4)} {ctx.chars(3, ES_LETTERS)}",
        "cn": lambda: cn_plate(ctx),
    }
    return shapes[country]()


def passport(ctx: Ctx, kind: str = "") -> str:
    """A passport number: Chinese (E/G + 8 digits, EA + 7), Indian (K1234567), British or American
    (nine digits), French (18AB56342), German, Japanese or Korean."""
    kind = kind or ctx.pick(("cn", "cn", "in", "gb", "us", "fr", "de", "jp", "kr"))
    shapes = {
        "cn": lambda: ctx.pick(("E" + ctx.digits(8), "E" + ctx.chars(1, "ABCDEFGHJK") + ctx.digits(7),
                                "G" + ctx.digits(8))),
        "in": lambda: ctx.chars(1, "JKLMNPRSTUVZ") + ctx.digits(7, "123456789"),
        "gb": lambda: ctx.digits(9, "12345"), "us": lambda: ctx.digits(9, "45678"),
        "fr": lambda: ctx.digits(2) + ctx.chars(2, PLATE_LETTERS) + ctx.digits(5),
        "de": lambda: ctx.chars(1, "CFGHJK") + ctx.chars(8, "CFGHJKLMNPRTVWXYZ0123456789"),
        "jp": lambda: ctx.pick(("TK", "TR", "MZ", "TS")) + ctx.digits(7),
        "kr": lambda: "M" + ctx.digits(8),
    }
    return shapes[kind]()


def medical_record(ctx: Ctx) -> str:
    """A medical record number in one of many hospital shapes (never the keyword)."""
    year = str(ctx.rng.randrange(2016, 2026))
    shapes: tuple[Callable[[], str], ...] = (
        lambda: "00" + ctx.digits(6), lambda: f"H-{ctx.digits(4)}-{ctx.digits(2)}",
        lambda: "P" + ctx.digits(7, "0"), lambda: ctx.pick(("ZY", "MZ", "BA", "JZ")) + year + ctx.digits(7),
        lambda: f"{year}-{ctx.digits(6)}", lambda: ctx.digits(7, "123456789"), lambda: f"UR{ctx.digits(6)}",
        lambda: f"MR{ctx.digits(8)}", lambda: f"{ctx.digits(3)}-{ctx.digits(3)}-{ctx.digits(3)}",
        lambda: f"D-{ctx.digits(5)}", lambda: f"{ctx.chars(2, PLATE_LETTERS)}{ctx.digits(6)}",
        lambda: nhs_number(ctx))
    return ctx.pick(shapes)()


def nhs_number(ctx: Ctx) -> str:
    """An NHS number, ``485 777 3456``, whose last digit is its mod-11 check."""
    while True:
        body = ctx.digits(9, "4")
        check = 11 - sum(int(c) * w for c, w in zip(body, range(10, 1, -1))) % 11
        if check != 10:
            return group(body + str(check % 11), (3, 3, 4), " ")


ALNUM = string.ascii_letters + string.digits
SYMBOLS = "!@%^&*-_+=.?~"
WORDS = ("Summer", "Dragon", "Harbour", "Maple", "Orion", "Tiger", "Falcon", "Lotus", "Panda", "Willow",
         "zhangwei", "liuyang", "Qwer", "Admin", "Sunshine", "Coffee")


def password(ctx: Ctx) -> str:
    """A real-looking password: word, digits and a symbol, or random characters."""
    if ctx.chance(0.5):
        return ctx.pick(WORDS) + ctx.pick(("", "@", "_", "#")) + ctx.digits(ctx.pick((2, 4))) + ctx.pick(SYMBOLS[:6])
    return ctx.chars(1, string.ascii_letters) + ctx.chars(ctx.rng.randrange(9, 18), ALNUM + SYMBOLS)


def api_key(ctx: Ctx) -> str:
    """An API token of a known provider shape."""
    shapes: tuple[Callable[[], str], ...] = (
              lambda: "sk-proj-" + ctx.chars(48, ALNUM + "_-"), lambda: "sk-" + ctx.chars(48, ALNUM),
              lambda: "sk-ant-api03-" + ctx.chars(60, ALNUM + "_-"), lambda: "ghp_" + ctx.chars(36, ALNUM),
              lambda: "github_pat_11" + ctx.chars(20, ALNUM) + "_" + ctx.chars(59, ALNUM),
              lambda: "glpat-" + ctx.chars(20, ALNUM + "_-"), lambda: "hf_" + ctx.chars(34, ALNUM),
              lambda: f"xoxb-{ctx.digits(12)}-{ctx.digits(13)}-{ctx.chars(24, ALNUM)}",
              lambda: "AIza" + ctx.chars(35, ALNUM + "_-"), lambda: "sk_live_" + ctx.chars(24, ALNUM),
              lambda: "rk_live_" + ctx.chars(24, ALNUM),
              lambda: "SG." + ctx.chars(22, ALNUM + "_-") + "." + ctx.chars(43, ALNUM + "_-"))
    return ctx.pick(shapes)()


def aws_key(ctx: Ctx) -> str:
    return ctx.pick(("AKIA", "AKIA", "ASIA")) + ctx.chars(16, string.ascii_uppercase + "234567")


def aws_secret(ctx: Ctx) -> str:
    return ctx.chars(40, ALNUM + "+/")


def aliyun_key(ctx: Ctx) -> str:
    return "LTAI5t" + ctx.chars(18, ALNUM)


def hex_key(ctx: Ctx) -> str:
    return ctx.chars(32, "0123456789abcdef")
