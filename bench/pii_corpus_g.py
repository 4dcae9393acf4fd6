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

import re
from collections.abc import Callable

from bench import pii_corpus_g_people as gp
from bench import pii_corpus_g_places as gl
from bench import pii_corpus_g_values as gv
from bench.pii_corpus_f import MODS as F_MODS
from bench.pii_corpus_f import SLOTS as F_SLOTS
from bench.pii_corpus_f_values import Ctx, nhs_number
from bench.pii_corpus_slots import SLOT, Maker, SlotCorpus, fixed, part_of
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
__all__ = ["CORPUS", "FRAMES", "LOOKALIKE_SHARE", "LOOKALIKES", "MODS", "SLOT", "SLOTS", "TYPES", "fill", "generate", "part_of"]


def _each(typ: str, maker: Callable[[Ctx, str], str], prefix: str, kinds: str) -> dict[str, tuple[str, Maker]]:
    """Slots ``<kind><prefix>`` for each kind, e.g. ``auphone``: ``maker(ctx, kind)``."""
    return {kind + prefix: (typ, (lambda k: lambda ctx, lang: maker(ctx, k))(kind)) for kind in kinds.split()}


# Slot -> (PII type, maker of a value for the item's language): corpus F's slots and new ones.
SLOTS: dict[str, tuple[str, Maker]] = {
    **F_SLOTS,
    "gname": ("person_name", fixed(gp.new_name)), "iname": ("person_name", fixed(gp.inverted_name)),
    "gcname": ("person_name", fixed(gp.cn_name_g)),
    **{f"{k}name": ("person_name", (lambda loc: lambda ctx, lang: gp.locale_name(ctx, loc))(loc))
       for k, loc in (("it", "it_IT"), ("br", "pt_BR"), ("nl", "nl_NL"), ("pl", "pl_PL"), ("au", "en_AU"),
                      ("in", "en_IN"), ("ca", "en_CA"), ("ie", "en_IE"), ("es", "es_ES"), ("us", "en_US"))},
    "gphone": ("phone", fixed(gp.world_phone)),
    **_each("phone", gp.world_phone, "phone", "au in ca br it nl pl ie ch jp kr"),
    "gcnphone": ("phone", fixed(gp.cn_mobile_g)), "cnspoken": ("phone", fixed(gp.cn_mobile_spoken)),
    "gcnland": ("phone", fixed(gp.cn_landline_g)), "twland": ("phone", fixed(gp.tw_land)),
    "gemail": ("email", gp.email_g),
    "gcard": ("credit_card", fixed(gv.card_g)), "giban": ("iban", fixed(gv.iban_g)),
    **_each("bank_account", gv.account_g, "acct", "uk au in ca br hk tw"),
    "gcnacct": ("bank_account", lambda ctx, lang: gv.account_g(ctx, "cn")),
    "gdob": ("date_of_birth", gp.dob_g), "gdobkid": ("date_of_birth", lambda ctx, lang: gp.dob_g(ctx, lang, True)),
    "rocdob": ("date_of_birth", fixed(gp.roc_dob)), "isodob": ("date_of_birth", fixed(gp.iso_dob)),
    "isodobkid": ("date_of_birth", lambda ctx, lang: gp.iso_dob(ctx, True)),
    "compactdob": ("date_of_birth", fixed(gp.compact_dob)),
    "itaddr": ("street_address", fixed(gl.it_address)), "braddr": ("street_address", fixed(gl.br_address)),
    "caaddr": ("street_address", fixed(gl.ca_address)), "auaddr": ("street_address", fixed(gl.au_address)),
    "inaddr": ("street_address", fixed(gl.in_address)), "ieaddr": ("street_address", fixed(gl.ie_address)),
    "pladdr": ("street_address", fixed(gl.pl_address)), "gaddr": ("street_address", fixed(gl.world_address)),
    "gcnaddr": ("street_address", fixed(gl.cn_address_g)), "gtwaddr": ("street_address", fixed(gl.tw_address_g)),
    "cpf": ("national_id", fixed(gv.cpf)), "aadhaar": ("national_id", fixed(gv.aadhaar)),
    "sin": ("national_id", fixed(gv.sin)), "cf": ("national_id", fixed(gv.codice_fiscale)),
    "bsn": ("national_id", fixed(gv.bsn)),
    "gcnid": ("cn_resident_id", lambda ctx, lang: gv.resident_id(ctx, False)),
    "cnidkid": ("cn_resident_id", lambda ctx, lang: gv.resident_id(ctx, True)),
    "gpassport": ("passport", fixed(gv.passport_g)),
    **_each("passport", gv.passport_g, "passport", "it br au ca in hk tw nl"),
    **_each("license_plate", gv.plate_g, "plate", "it br au ca pl ch in hk tw gz"),
    "gcnplate": ("license_plate", fixed(gv.cn_plate_g)),
    "gmrn": ("medical_record", fixed(gv.mrn_g)), "medicare": ("medical_record", fixed(gv.medicare)),
    "nhs": ("medical_record", fixed(nhs_number)),
    "ggps": ("gps_coordinates", gp.gps_g), "lnglat": ("gps_coordinates", fixed(gp.lng_lat)),
    "lanip": ("ip_address", fixed(gv.lan_ip)), "gip6": ("ip_address", fixed(gv.ip6_g)),
    "gkey": ("api_key_secret", fixed(gv.key_g)), "jwt": ("api_key_secret", fixed(gv.jwt)),
    "wgkey": ("api_key_secret", fixed(gv.wg_key)), "tckey": ("api_key_secret", fixed(gv.tencent_key)),
    "tcid": ("api_key_secret", lambda ctx, lang: "AKID" + gv.tencent_key(ctx)),
    "gpwd": ("api_key_secret", fixed(gv.password_g)),
    "hookid": ("api_key_secret", lambda ctx, lang: FILLERS["uuid"](ctx)),
    "gvin": ("vin", fixed(gv.vin_g)),
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


CORPUS = SlotCorpus("G", SLOTS, FILLERS, MODS, _noise, FRAMES, LOOKALIKES, LOOKALIKE_SHARE,
                    lambda frame: any(m.group(1).endswith("kid") for m in SLOT.finditer(frame)))
fill = CORPUS.fill
generate = CORPUS.generate
