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

import re
from collections.abc import Callable

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
from bench.pii_corpus_slots import SLOT, Maker, SlotCorpus, fixed, part_of

LOOKALIKE_SHARE = 0.3
FRAMES: dict[str, list[str]] = {"en": EN_DOCS + EN_TECH, "zh": ZH_DOCS + ZH_CHAT}
LOOKALIKES: dict[str, list[str]] = {"en": LOOKALIKES_EN, "zh": LOOKALIKES_ZH}
__all__ = ["CORPUS", "FRAMES", "LOOKALIKES", "MODS", "SLOT", "SLOTS", "TYPES", "fill", "generate", "part_of"]

# Slot -> (PII type, maker of a value for the item's language).
SLOTS: dict[str, tuple[str, Maker]] = {
    "name": ("person_name", pp.person_name), "ename": ("person_name", fixed(pp.western_name)),
    "cname": ("person_name", fixed(pp.chinese_name)), "tname": ("person_name", fixed(pp.taiwan_name)),
    "hkname": ("person_name", fixed(pp.hk_name)), "sgname": ("person_name", fixed(pp.sg_name)),
    "pyname": ("person_name", fixed(pp.pinyin_name)),
    "addr": ("street_address", pp.street_address), "usaddr": ("street_address", fixed(pp.us_address)),
    "ukaddr": ("street_address", fixed(pp.uk_address)), "euaddr": ("street_address", fixed(pp.eu_address)),
    "deaddr": ("street_address", lambda ctx, lang: pp.eu_address(ctx, "de_DE")),
    "fraddr": ("street_address", lambda ctx, lang: pp.eu_address(ctx, "fr_FR")),
    "esaddr": ("street_address", lambda ctx, lang: pp.eu_address(ctx, "es_ES")),
    "cnaddr": ("street_address", fixed(pp.cn_address)), "twaddr": ("street_address", fixed(pp.tw_address)),
    "hkaddr": ("street_address", fixed(pp.hk_address)), "sgaddr": ("street_address", fixed(pp.sg_address)),
    "phone": ("phone", pc.phone), "wphone": ("phone", lambda ctx, lang: pc.phone(ctx, "en")),
    "usphone": ("phone", fixed(pc.us_phone)), "ukphone": ("phone", fixed(pc.uk_phone)),
    "dephone": ("phone", lambda ctx, lang: pc.eu_phone(ctx, "de_DE")),
    "frphone": ("phone", lambda ctx, lang: pc.eu_phone(ctx, "fr_FR")),
    "esphone": ("phone", lambda ctx, lang: pc.eu_phone(ctx, "es_ES")),
    "cnphone": ("phone", fixed(pc.cn_mobile)), "cnland": ("phone", fixed(pc.cn_landline)),
    "hkphone": ("phone", fixed(pc.hk_phone)), "twphone": ("phone", fixed(pc.tw_phone)),
    "sgphone": ("phone", fixed(pc.sg_phone)), "intl": ("phone", fixed(pc.intl_phone)),
    "email": ("email", pc.email), "qqmail": ("email", lambda ctx, lang: f"{ctx.digits(9, '123456789')}@qq.com"),
    "cnid": ("cn_resident_id", fixed(pv.cn_resident_id)), "hkid": ("cn_resident_id", fixed(pv.hk_id)),
    "twid": ("cn_resident_id", fixed(pv.tw_id)),
    "card": ("credit_card", fixed(pv.credit_card)),
    "acct": ("bank_account", pv.bank_account), "cnacct": ("bank_account", lambda ctx, lang: pv.bank_account(ctx, "zh")),
    "wacct": ("bank_account", lambda ctx, lang: pv.bank_account(ctx, "en")),
    "iban": ("iban", fixed(pv.iban)),
    "ip": ("ip_address", fixed(pc.ip_address)), "ip6": ("ip_address", fixed(pc.ip6)),
    "key": ("api_key_secret", fixed(pv.api_key)), "pwd": ("api_key_secret", fixed(pv.password)),
    "awskey": ("api_key_secret", fixed(pv.aws_key)), "awssecret": ("api_key_secret", fixed(pv.aws_secret)),
    "aliak": ("api_key_secret", fixed(pv.aliyun_key)), "hexkey": ("api_key_secret", fixed(pv.hex_key)),
    "passport": ("passport", lambda ctx, lang: pv.passport(ctx)),
    "cnpassport": ("passport", lambda ctx, lang: pv.passport(ctx, "cn")),
    "ukpassport": ("passport", lambda ctx, lang: pv.passport(ctx, "gb")),
    "dob": ("date_of_birth", pp.date_of_birth), "dobkid": ("date_of_birth", pp.date_of_birth),
    "plate": ("license_plate", lambda ctx, lang: pv.plate(ctx, "cn" if lang == "zh" or ctx.chance(0.1) else "")),
    **{f"{c}plate": ("license_plate", (lambda c: lambda ctx, lang: pv.plate(ctx, c))(c))
       for c in ("cn", "uk", "de", "fr", "us", "nl", "es")},
    "mrn": ("medical_record", fixed(pv.medical_record)),
    "ssn": ("national_id", fixed(pv.us_ssn)), "nino": ("national_id", fixed(pv.uk_nino)),
    "nric": ("national_id", fixed(pv.sg_nric)), "dni": ("national_id", fixed(pv.es_dni)),
    "gps": ("gps_coordinates", fixed(pp.gps)),
    "vin": ("vin", fixed(pv.vin)),
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


CORPUS = SlotCorpus("F", SLOTS, FILLERS, MODS, _noise, FRAMES, LOOKALIKES, LOOKALIKE_SHARE,
                    lambda frame: "{dobkid" in frame)
fill = CORPUS.fill
generate = CORPUS.generate
