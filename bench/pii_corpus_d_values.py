"""Values for corpus D (``bench/pii_corpus_d.py``): the sixteen types from corpus C's Faker
makers (many locales, valid check digits), plus full names of private people and street
addresses, which corpus C does not have, and PII-free look-alikes written the way they appear
in logs, exports and shop messages. Each slot name of a frame (``{phone}``, ``{name}``, ...)
maps to one maker here.
"""

from __future__ import annotations

import string
import uuid
from collections.abc import Callable

from bench.pii_corpus_c_negatives import MAKERS as C_LOOKALIKES
from bench.pii_corpus_c_values import MAKERS as C_MAKERS
from bench.pii_corpus_c_values import NATIONAL_KEYS, CtxC

NAME_LOCALES = ("en_US", "en_GB", "en_IN", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL", "en_AU")
ZH_NAME_LOCALES = ("zh_CN", "zh_CN", "zh_TW")


def person_name(ctx: CtxC, lang: str = "en") -> str:
    """A full name: given name and surname (Latin), or surname and given name (Chinese)."""
    if lang in ("zh", "tw") and ctx.rng.random() < 0.85:
        loc = "zh_TW" if lang == "tw" else ctx.pick(ZH_NAME_LOCALES)
        fake = ctx.faker(loc)
        return f"{fake.last_name()}{fake.first_name()}"
    fake = ctx.faker(ctx.pick(NAME_LOCALES))
    name = f"{fake.first_name()} {fake.last_name()}"
    return name.lower() if ctx.rng.random() < 0.08 else name


def street_address(ctx: CtxC, lang: str = "en") -> str:
    """A street address with its house number, in the locale's own order, sometimes with a city."""
    if lang == "zh" and ctx.rng.random() < 0.85:
        fake = ctx.faker("zh_CN")
        tail = ctx.pick(("", f"{ctx.rng.randrange(1, 30)}栋{ctx.rng.randrange(101, 2999)}室",
                         f"{ctx.rng.randrange(1, 9)}单元{ctx.rng.randrange(101, 1999)}"))
        head = ctx.pick((f"{fake.province()}{fake.city()}", f"{fake.city()}", ""))
        return f"{head}{fake.district()}区{fake.street_name()}{ctx.rng.randrange(1, 999)}号{tail}"
    if lang == "tw":
        fake = ctx.faker("zh_TW")
        return f"{fake.city()}{fake.street_address()}"
    loc = ctx.pick(("en_US", "en_US", "en_GB", "en_AU", "en_CA", "de_DE", "fr_FR", "es_ES"))
    fake = ctx.faker(loc)
    street = str(fake.street_address()).replace("\n", ", ")
    roll = ctx.rng.random()
    if roll < 0.4:
        return street
    if roll < 0.8:
        return f"{street}, {fake.city()}"
    return f"{street}, {fake.city()} {fake.postcode()}"


def national_id_with_key(ctx: CtxC) -> tuple[str, str]:
    """A national identity number and a keyword of its country."""
    value = C_MAKERS["national_id"](ctx)
    return ctx.pick(NATIONAL_KEYS[ctx.kind][0]), value


# Slot name -> PII type. ``nid`` is special: the frame gets keyword and value (see the generator).
SLOTS: dict[str, str] = {
    "name": "person_name", "addr": "street_address", "phone": "phone", "email": "email",
    "card": "credit_card", "acct": "bank_account", "iban": "iban", "ip": "ip_address", "vin": "vin",
    "plate": "license_plate", "gps": "gps_coordinates", "dob": "date_of_birth", "passport": "passport",
    "key": "api_key_secret", "id": "cn_resident_id", "mrn": "medical_record", "nid": "national_id",
}


def pii_value(ctx: CtxC, slot: str, lang: str) -> str:
    typ = SLOTS[slot]
    if typ == "person_name":
        return person_name(ctx, lang)
    if typ == "street_address":
        return street_address(ctx, lang)
    return C_MAKERS[typ](ctx)


def _digits(ctx: CtxC, n: int) -> str:
    return "".join(ctx.pick(string.digits) for _ in range(n))


PUBLIC = ["Taylor Swift", "Elon Musk", "Barack Obama", "Lionel Messi", "Serena Williams", "Bill Gates",
          "Angela Merkel", "Jeff Bezos", "Harry Potter", "Sherlock Holmes", "Tim Cook", "Jensen Huang",
          "周杰伦", "马云", "鲁迅", "李白", "孙悟空", "林黛玉", "姚明", "雷军", "蔡依林", "王菲"]


def _lookalike(kind: str) -> Callable[[CtxC], str]:
    return lambda ctx: C_LOOKALIKES[kind][0](ctx)


LOOKALIKES: dict[str, Callable[[CtxC], str]] = {
    "order": _lookalike("order"), "inv": _lookalike("invoice"), "track": _lookalike("tracking"),
    "ver": _lookalike("version"), "hash": _lookalike("hash"), "isbn": _lookalike("isbn"),
    "flight": _lookalike("flight"), "ts": _lookalike("timestamp"), "price": _lookalike("amount"),
    "otp": _lookalike("code"), "badcard": _lookalike("bad_card"), "badid": _lookalike("bad_id"),
    "badiban": _lookalike("bad_iban"), "sku": _lookalike("sku"), "fw": _lookalike("ipver"),
    "uuid": lambda ctx: str(uuid.UUID(int=ctx.rng.getrandbits(128))),
    "public": lambda ctx: ctx.pick(PUBLIC),
    "port": lambda ctx: str(ctx.pick((80, 443, 5432, 6379, 8080, 3306, 27017, 9090))),
    "ms": lambda ctx: str(ctx.rng.randrange(3, 4000)),
    "ticket": lambda ctx: ctx.pick(("CS-", "TKT-", "#", "case ")) + _digits(ctx, ctx.pick((5, 7, 9))),
    "temp": lambda ctx: str(ctx.rng.randrange(16, 30)),
    "time": lambda ctx: f"{ctx.rng.randrange(0, 24):02d}:{ctx.rng.randrange(0, 60):02d}",
    "date": lambda ctx: f"2025-{ctx.rng.randrange(1, 13):02d}-{ctx.rng.randrange(1, 29):02d}",
    "pid": lambda ctx: str(ctx.rng.randrange(100, 99999)),
    "placeholder": lambda ctx: ctx.pick(("sk-...", "<YOUR_API_KEY>", "xxxxxxxx", "${API_KEY}", "changeme",
                                         "your-password-here", "********", "$DB_PASSWORD")),
    "localip": lambda ctx: ctx.pick(("127.0.0.1", "0.0.0.0", "localhost", "::1")),
}
