"""Corpus G: a labelled PII corpus written as a fresh held-out test set, without reading the
detector. Half English, half Chinese (Simplified, some Traditional and Cantonese), with mixed
items. The frames are contexts no earlier corpus has: loan, rental, tax, payroll and Gift Aid
forms, pharmacy labels, vaccination and school records, obituaries, wedding invitations, dating
profiles, classifieds, lost-and-found posts, ride and delivery receipts, voicemail and meeting
transcripts, OCR'd scans, Jira and GitHub issues, curl and raw HTTP, Postman, HL7 and FHIR,
MT940 and SEPA XML, WireGuard, Ansible, Helm, GitHub Actions, psql and Mongo output; 快递面单,
外卖备注, 租房合同, 工资条, 挂号单, 微博/小红书/闲鱼 posts, 家长群, 12306 and 滴滴 records,
社保, 传票, 请柬, 讣告, 征信, MyBatis logs, Nacos, frp and Clash configs, and Taiwan and Hong
Kong papers. Values are written in new ways too (``bench/pii_corpus_g_people.py``,
``_places.py``, ``_values.py``): Minguo dates, spoken Chinese digits, longitude-first points,
HL7 names, URL-encoded values, values split over lines, spaced out by OCR, in full-width
characters or with zero-width and no-break spaces.

Four in ten items are PII-free look-alikes (``bench/pii_corpus_g_lookalikes_en.py``, ``_zh.py``).
Labelling rules are corpus F's (``bench/pii_corpus_f.py``): seventeen types; full names of
private people only; passwords and tokens in configs and commands are ``api_key_secret``,
placeholders are not; a date is ``date_of_birth`` only when it is a birth date; Taiwan and Hong
Kong IDs are ``cn_resident_id``; loopback and unspecified addresses and version strings are not
IP addresses. ``national_id`` also holds the Brazilian CPF, Aadhaar, Canadian SIN, codice fiscale
and Dutch BSN. Labels hold each value exactly as written. Item format: that of
data/router/router-dev.jsonl, ids ``G<part>-<seed>-<00000>``.

Frames are split like corpus F's: ``dev`` (every other frame from the first) and ``test`` (the
rest: measured by type only, never read).

Run: python -m bench.pii_eval --corpus G --part test --seed 1 --n 4000
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from typing import Any

from bench import pii_corpus_g_people as gp
from bench import pii_corpus_g_places as gl
from bench import pii_corpus_g_values as gv
from bench.pii_corpus_f import MODS as F_MODS
from bench.pii_corpus_f import SLOTS as F_SLOTS
from bench.pii_corpus_f_values import Ctx, nhs_number
from bench.pii_corpus_g_fillers import FILLERS
from bench.pii_corpus_g_frames_en import EN_DOCS
from bench.pii_corpus_g_frames_en_tech import EN_TECH
from bench.pii_corpus_g_frames_zh import ZH_DOCS
from bench.pii_corpus_g_frames_zh_net import ZH_NET
from bench.pii_corpus_g_lookalikes_en import LOOKALIKES_EN
from bench.pii_corpus_g_lookalikes_zh import LOOKALIKES_ZH

LOOKALIKE_SHARE = 0.4
FRAMES: dict[str, list[str]] = {"en": EN_DOCS + EN_TECH, "zh": ZH_DOCS + ZH_NET}
LOOKALIKES: dict[str, list[str]] = {"en": LOOKALIKES_EN, "zh": LOOKALIKES_ZH}
SLOT = re.compile(r"\{([a-z][a-z0-9]*)(?:_(\d))?(?::([a-z]+))?\}")  # {slot}, {slot_2}, {slot:mod}
Maker = Callable[[Ctx, str], str]


def _fixed(maker: Callable[[Ctx], str]) -> Maker:
    return lambda ctx, lang: maker(ctx)


def _each(typ: str, maker: Callable[[Ctx, str], str], prefix: str, kinds: str) -> dict[str, tuple[str, Maker]]:
    """Slots ``<kind><prefix>`` for each kind, e.g. ``auphone``: ``maker(ctx, kind)``."""
    return {kind + prefix: (typ, (lambda k: lambda ctx, lang: maker(ctx, k))(kind)) for kind in kinds.split()}


# Slot -> (PII type, maker of a value for the item's language): corpus F's slots and new ones.
SLOTS: dict[str, tuple[str, Maker]] = {
    **F_SLOTS,
    "gname": ("person_name", _fixed(gp.new_name)), "iname": ("person_name", _fixed(gp.inverted_name)),
    "gcname": ("person_name", _fixed(gp.cn_name_g)),
    **{f"{k}name": ("person_name", (lambda loc: lambda ctx, lang: gp.locale_name(ctx, loc))(loc))
       for k, loc in (("it", "it_IT"), ("br", "pt_BR"), ("nl", "nl_NL"), ("pl", "pl_PL"), ("au", "en_AU"),
                      ("in", "en_IN"), ("ca", "en_CA"), ("ie", "en_IE"), ("es", "es_ES"), ("us", "en_US"))},
    "gphone": ("phone", _fixed(gp.world_phone)),
    **_each("phone", gp.world_phone, "phone", "au in ca br it nl pl ie ch jp kr"),
    "gcnphone": ("phone", _fixed(gp.cn_mobile_g)), "cnspoken": ("phone", _fixed(gp.cn_mobile_spoken)),
    "gcnland": ("phone", _fixed(gp.cn_landline_g)), "twland": ("phone", _fixed(gp.tw_land)),
    "gemail": ("email", gp.email_g),
    "gcard": ("credit_card", _fixed(gv.card_g)), "giban": ("iban", _fixed(gv.iban_g)),
    **_each("bank_account", gv.account_g, "acct", "uk au in ca br hk tw"),
    "gcnacct": ("bank_account", lambda ctx, lang: gv.account_g(ctx, "cn")),
    "gdob": ("date_of_birth", gp.dob_g), "gdobkid": ("date_of_birth", lambda ctx, lang: gp.dob_g(ctx, lang, True)),
    "rocdob": ("date_of_birth", _fixed(gp.roc_dob)), "isodob": ("date_of_birth", _fixed(gp.iso_dob)),
    "isodobkid": ("date_of_birth", lambda ctx, lang: gp.iso_dob(ctx, True)),
    "compactdob": ("date_of_birth", _fixed(gp.compact_dob)),
    "itaddr": ("street_address", _fixed(gl.it_address)), "braddr": ("street_address", _fixed(gl.br_address)),
    "caaddr": ("street_address", _fixed(gl.ca_address)), "auaddr": ("street_address", _fixed(gl.au_address)),
    "inaddr": ("street_address", _fixed(gl.in_address)), "ieaddr": ("street_address", _fixed(gl.ie_address)),
    "pladdr": ("street_address", _fixed(gl.pl_address)), "gaddr": ("street_address", _fixed(gl.world_address)),
    "gcnaddr": ("street_address", _fixed(gl.cn_address_g)), "gtwaddr": ("street_address", _fixed(gl.tw_address_g)),
    "cpf": ("national_id", _fixed(gv.cpf)), "aadhaar": ("national_id", _fixed(gv.aadhaar)),
    "sin": ("national_id", _fixed(gv.sin)), "cf": ("national_id", _fixed(gv.codice_fiscale)),
    "bsn": ("national_id", _fixed(gv.bsn)),
    "gcnid": ("cn_resident_id", lambda ctx, lang: gv.resident_id(ctx, False)),
    "cnidkid": ("cn_resident_id", lambda ctx, lang: gv.resident_id(ctx, True)),
    "gpassport": ("passport", _fixed(gv.passport_g)),
    **_each("passport", gv.passport_g, "passport", "it br au ca in hk tw nl"),
    **_each("license_plate", gv.plate_g, "plate", "it br au ca pl ch in hk tw gz"),
    "gcnplate": ("license_plate", _fixed(gv.cn_plate_g)),
    "gmrn": ("medical_record", _fixed(gv.mrn_g)), "medicare": ("medical_record", _fixed(gv.medicare)),
    "nhs": ("medical_record", _fixed(nhs_number)),
    "ggps": ("gps_coordinates", gp.gps_g), "lnglat": ("gps_coordinates", _fixed(gp.lng_lat)),
    "lanip": ("ip_address", _fixed(gv.lan_ip)), "gip6": ("ip_address", _fixed(gv.ip6_g)),
    "gkey": ("api_key_secret", _fixed(gv.key_g)), "jwt": ("api_key_secret", _fixed(gv.jwt)),
    "wgkey": ("api_key_secret", _fixed(gv.wg_key)), "tckey": ("api_key_secret", _fixed(gv.tencent_key)),
    "tcid": ("api_key_secret", lambda ctx, lang: "AKID" + gv.tencent_key(ctx)),
    "gpwd": ("api_key_secret", _fixed(gv.password_g)),
    "hookid": ("api_key_secret", lambda ctx, lang: FILLERS["uuid"](ctx)),
    "gvin": ("vin", _fixed(gv.vin_g)),
}
TYPES: tuple[str, ...] = tuple(sorted({typ for typ, _ in SLOTS.values()}))
ZWSP, NBSP = "\u200b", "\u00a0"
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
FULL_ASCII = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}


def _break(value: str) -> str:
    """The value wrapped onto a second line near its middle, at a space if it has one."""
    mid = len(value) // 2
    spaces = [i for i, c in enumerate(value) if c == " "]
    if spaces:
        cut = min(spaces, key=lambda i: abs(i - mid))
        return value[:cut] + "\n" + value[cut + 1:]
    return value[:mid] + "\n" + value[mid:]


def _ocr(value: str) -> str:
    """The value as OCR spaces it out: a stray space at a third and at two thirds."""
    cuts = {len(value) // 3, 2 * len(value) // 3}
    return "".join((" " if i in cuts and c != " " and value[i - 1] != " " else "") + c for i, c in enumerate(value))


MODS: dict[str, Callable[[str], str]] = {
    **F_MODS, "lo": str.lower, "br": _break, "ocr": _ocr, "hl": gp.hl7_name,
    "zw": lambda v: v[:len(v) // 2] + ZWSP + v[len(v) // 2:], "fwa": lambda v: v.translate(FULL_ASCII),
    "url": lambda v: v.replace("+", "%2B").replace("@", "%40").replace(" ", "%20"),
}
NOISY = ("phone", "credit_card", "bank_account", "cn_resident_id", "iban", "email", "passport", "national_id")


def _noise(ctx: Ctx, value: str, typ: str, lang: str) -> str:
    """Now and then a value as pasted text carries it: full-width digits (Chinese text), a
    zero-width space inside, or no-break spaces from a web page."""
    if typ not in NOISY:
        return value
    if lang == "zh" and typ != "email" and ctx.chance(0.05):
        return value.translate(FULL_WIDTH)
    if ctx.chance(0.03) and len(value) > 6:
        cut = ctx.rng.randrange(2, len(value) - 2)
        return value[:cut] + ZWSP + value[cut:]
    if " " in value and ctx.chance(0.04):
        return value.replace(" ", NBSP)
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
    ctx.start_item(kid=any(m.group(1).endswith("kid") for m in SLOT.finditer(frame)))
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
    """The frames of a part: ``dev`` (every other frame, from the first), ``test`` (the rest:
    measured, never read) or ``all``."""
    return frames[0::2] if part == "dev" else frames[1::2] if part == "test" else frames


def generate(n: int, seed: int, part: str = "all") -> Iterator[dict[str, Any]]:
    """``n`` items of corpus G from the frames of ``part``, the same for the same seed."""
    ctx = Ctx(random.Random(seed))
    prefix = "G" if part == "all" else "G" + part
    for i in range(n):
        lang = "en" if ctx.chance(0.5) else "zh"
        pool = part_of(LOOKALIKES[lang] if ctx.chance(LOOKALIKE_SHARE) else FRAMES[lang], part)
        prompt, labels = fill(ctx, ctx.pick(pool), lang)
        yield {"id": f"{prefix}-{seed}-{i:05d}", "prompt": prompt, "lang": lang, "label": "local",
               "category": "pii_corpus_g", "pii": labels}
