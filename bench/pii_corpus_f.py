"""Corpus F: a labelled PII corpus written as a fresh held-out test set, without reading the
detector. Half English, half Chinese (Simplified, some Traditional). The frames are new contexts:
support tickets and replies, HR, offer and reference letters, discharge summaries, prescriptions,
lab, dental and vet reports, property listings and viewing requests, school forms, itineraries,
boarding passes, hotel and visa papers, accident and insurance reports, parking and traffic
fines, court papers, bank transfer and courier notices, Taobao/JD orders, WeChat, QQ, DingTalk
and Feishu messages, SMS and WhatsApp with emoji, dictated notes without punctuation, PDF text
with hyphenation, CSV/TSV with headers in several languages, JSON, GraphQL, Protobuf text, YAML,
.env, Terraform, commits, code review and test fixtures in Python, JavaScript, Go and Java.
Some values are written in full-width digits, carry a zero-width space, or follow Chinese
characters with no space; labels hold the value exactly as written.

About three in ten items are PII-free look-alikes (``bench/pii_corpus_f_lookalikes.py``).
Seventeen types: the sixteen of data/router/router-dev.jsonl and ``national_id`` (US SSN, UK NI
number, Singapore NRIC, Spanish DNI/NIE). Labels: full names of private people only (famous
people, companies and places are not labelled); passwords and tokens in configs and commands
are ``api_key_secret``, placeholders are not; a medical record is its number; a date is
``date_of_birth`` only when it is a birth date; Taiwan IDs and Hong Kong identity cards are
``cn_resident_id``; loopback and unspecified addresses and version strings are not IP addresses.
Item format: that of data/router/router-dev.jsonl, ids ``F-<seed>-<00000>``.

Frames are split like corpus E's: ``dev`` (F-dev, read when working on the detector) and
``test`` (F-test, measured by type only, never read).

Run: python -m bench.pii_eval --corpus F --part test --seed 1 --n 4000
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from typing import Any

from bench import pii_corpus_f_contacts as pc
from bench import pii_corpus_f_people as pp
from bench import pii_corpus_f_values as pv
from bench.pii_corpus_f_fillers import FILLERS
from bench.pii_corpus_f_frames_en import EN_DOCS
from bench.pii_corpus_f_frames_en_tech import EN_TECH
from bench.pii_corpus_f_frames_zh import ZH_DOCS
from bench.pii_corpus_f_frames_zh_chat import ZH_CHAT
from bench.pii_corpus_f_lookalikes import LOOKALIKES_EN, LOOKALIKES_ZH
from bench.pii_corpus_f_values import Ctx

LOOKALIKE_SHARE = 0.3
FRAMES: dict[str, list[str]] = {"en": EN_DOCS + EN_TECH, "zh": ZH_DOCS + ZH_CHAT}
LOOKALIKES: dict[str, list[str]] = {"en": LOOKALIKES_EN, "zh": LOOKALIKES_ZH}
SLOT = re.compile(r"\{([a-z][a-z0-9]*)(?:_(\d))?(?::([a-z]+))?\}")
Maker = Callable[[Ctx, str], str]


def _fixed(maker: Callable[[Ctx], str]) -> Maker:
    return lambda ctx, lang: maker(ctx)


# Slot -> (PII type, maker of a value for the item's language).
SLOTS: dict[str, tuple[str, Maker]] = {
    "name": ("person_name", pp.person_name), "ename": ("person_name", _fixed(pp.western_name)),
    "cname": ("person_name", _fixed(pp.chinese_name)), "tname": ("person_name", _fixed(pp.taiwan_name)),
    "hkname": ("person_name", _fixed(pp.hk_name)), "sgname": ("person_name", _fixed(pp.sg_name)),
    "pyname": ("person_name", _fixed(pp.pinyin_name)),
    "addr": ("street_address", pp.street_address), "usaddr": ("street_address", _fixed(pp.us_address)),
    "ukaddr": ("street_address", _fixed(pp.uk_address)), "euaddr": ("street_address", _fixed(pp.eu_address)),
    "deaddr": ("street_address", lambda ctx, lang: pp.eu_address(ctx, "de_DE")),
    "fraddr": ("street_address", lambda ctx, lang: pp.eu_address(ctx, "fr_FR")),
    "esaddr": ("street_address", lambda ctx, lang: pp.eu_address(ctx, "es_ES")),
    "cnaddr": ("street_address", _fixed(pp.cn_address)), "twaddr": ("street_address", _fixed(pp.tw_address)),
    "hkaddr": ("street_address", _fixed(pp.hk_address)), "sgaddr": ("street_address", _fixed(pp.sg_address)),
    "phone": ("phone", pc.phone), "wphone": ("phone", lambda ctx, lang: pc.phone(ctx, "en")),
    "usphone": ("phone", _fixed(pc.us_phone)), "ukphone": ("phone", _fixed(pc.uk_phone)),
    "dephone": ("phone", lambda ctx, lang: pc.eu_phone(ctx, "de_DE")),
    "frphone": ("phone", lambda ctx, lang: pc.eu_phone(ctx, "fr_FR")),
    "esphone": ("phone", lambda ctx, lang: pc.eu_phone(ctx, "es_ES")),
    "cnphone": ("phone", _fixed(pc.cn_mobile)), "cnland": ("phone", _fixed(pc.cn_landline)),
    "hkphone": ("phone", _fixed(pc.hk_phone)), "twphone": ("phone", _fixed(pc.tw_phone)),
    "sgphone": ("phone", _fixed(pc.sg_phone)), "intl": ("phone", _fixed(pc.intl_phone)),
    "email": ("email", pc.email), "qqmail": ("email", lambda ctx, lang: f"{ctx.digits(9, '123456789')}@qq.com"),
    "cnid": ("cn_resident_id", _fixed(pv.cn_resident_id)), "hkid": ("cn_resident_id", _fixed(pv.hk_id)),
    "twid": ("cn_resident_id", _fixed(pv.tw_id)),
    "card": ("credit_card", _fixed(pv.credit_card)),
    "acct": ("bank_account", pv.bank_account), "cnacct": ("bank_account", lambda ctx, lang: pv.bank_account(ctx, "zh")),
    "wacct": ("bank_account", lambda ctx, lang: pv.bank_account(ctx, "en")),
    "iban": ("iban", _fixed(pv.iban)),
    "ip": ("ip_address", _fixed(pc.ip_address)), "ip6": ("ip_address", _fixed(pc.ip6)),
    "key": ("api_key_secret", _fixed(pv.api_key)), "pwd": ("api_key_secret", _fixed(pv.password)),
    "awskey": ("api_key_secret", _fixed(pv.aws_key)), "awssecret": ("api_key_secret", _fixed(pv.aws_secret)),
    "aliak": ("api_key_secret", _fixed(pv.aliyun_key)), "hexkey": ("api_key_secret", _fixed(pv.hex_key)),
    "passport": ("passport", lambda ctx, lang: pv.passport(ctx)),
    "cnpassport": ("passport", lambda ctx, lang: pv.passport(ctx, "cn")),
    "ukpassport": ("passport", lambda ctx, lang: pv.passport(ctx, "gb")),
    "dob": ("date_of_birth", pp.date_of_birth), "dobkid": ("date_of_birth", pp.date_of_birth),
    "plate": ("license_plate", lambda ctx, lang: pv.plate(ctx, "cn" if lang == "zh" or ctx.chance(0.1) else "")),
    **{f"{c}plate": ("license_plate", (lambda c: lambda ctx, lang: pv.plate(ctx, c))(c))
       for c in ("cn", "uk", "de", "fr", "us", "nl", "es")},
    "mrn": ("medical_record", _fixed(pv.medical_record)),
    "ssn": ("national_id", _fixed(pv.us_ssn)), "nino": ("national_id", _fixed(pv.uk_nino)),
    "nric": ("national_id", _fixed(pv.sg_nric)), "dni": ("national_id", _fixed(pv.es_dni)),
    "gps": ("gps_coordinates", _fixed(pp.gps)),
    "vin": ("vin", _fixed(pv.vin)),
}
TYPES: tuple[str, ...] = tuple(sorted({typ for typ, _ in SLOTS.values()}))
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ZWSP = "\u200b"
MODS: dict[str, Callable[[str], str]] = {
    "up": str.upper, "fw": lambda v: v.translate(FULL_WIDTH), "nl": lambda v: v.replace(", ", "\n"),
    "nosp": lambda v: re.sub(r"[\s\-.]", "", v), "bp": pp.boarding_name,
}
NOISY = ("phone", "credit_card", "bank_account", "cn_resident_id", "iban", "email", "passport", "national_id")


def _noise(ctx: Ctx, value: str, typ: str, lang: str) -> str:
    """Now and then a value as pasted text carries it: full-width digits (Chinese text) or a
    zero-width space inside."""
    if typ not in NOISY:
        return value
    if lang == "zh" and typ != "email" and ctx.chance(0.06):
        return value.translate(FULL_WIDTH)
    if ctx.chance(0.025) and len(value) > 6:
        cut = ctx.rng.randrange(2, len(value) - 2)
        return value[:cut] + ZWSP + value[cut:]
    return value


def _value(ctx: Ctx, base: str, lang: str, taken: list[str]) -> str:
    """A fresh value for the slot ``base``, unlike the values this item already holds."""
    for _ in range(8):
        value = (SLOTS[base][1](ctx, lang) if base in SLOTS else FILLERS[base](ctx)).strip()
        if value not in taken:
            break
    return value


def fill(ctx: Ctx, frame: str, lang: str) -> tuple[str, list[dict[str, str]]]:
    """The frame with every slot filled, and the labels of the PII slots (each value once)."""
    ctx.start_item(kid="{dobkid" in frame)
    values: dict[str, str] = {}
    labels: list[dict[str, str]] = []

    def put(match: re.Match[str]) -> str:
        base, index, mod = match.group(1), match.group(2) or "", match.group(3)
        if base + index not in values:
            values[base + index] = _value(ctx, base, lang, list(values.values()))
        text = MODS[mod](values[base + index]) if mod else values[base + index]
        if base in SLOTS:
            typ = SLOTS[base][0]
            text = _noise(ctx, text, typ, lang)
            if {"type": typ, "value": text} not in labels:
                labels.append({"type": typ, "value": text})
        return text

    return SLOT.sub(put, frame), labels


def part_of(frames: list[str], part: str) -> list[str]:
    """The frames of a part: ``dev`` (every other frame, from the first: read when working on
    the detector), ``test`` (the rest: measured, never read) or ``all``."""
    return frames[0::2] if part == "dev" else frames[1::2] if part == "test" else frames


def generate(n: int, seed: int, part: str = "all") -> Iterator[dict[str, Any]]:
    """``n`` items of corpus F from the frames of ``part``, the same for the same seed."""
    ctx = Ctx(random.Random(seed))
    for i in range(n):
        lang = "en" if ctx.chance(0.5) else "zh"
        pool = part_of(LOOKALIKES[lang] if ctx.chance(LOOKALIKE_SHARE) else FRAMES[lang], part)
        prompt, labels = fill(ctx, ctx.pick(pool), lang)
        yield {"id": f"{'F' if part == 'all' else 'F' + part}-{seed}-{i:05d}", "prompt": prompt, "lang": lang, "label": "local",
               "category": "pii_corpus_f", "pii": labels}
