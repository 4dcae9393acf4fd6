"""Corpus H: a labelled PII corpus written as a fresh held-out test set, without reading the
detector. Half English, half Chinese (Simplified, some Traditional), with mixed items. Its
frames are contexts no earlier corpus has: bank statements, remittance advice, MT103 and ACH
records, payroll exports, onboarding forms, visa and immigration forms, airline PNRs and APIS
lines, hotel guest profiles, clinical-trial screening logs, insurance claim e-mails, custody
records and court registers, school admission lists, parish and club rolls, property deals and
escrow, car-rental returns and toll notices, gig-work chats, support macros, data-protection
requests, spreadsheet formulas, SQL dumps, CSV with odd delimiters, YAML, TOML, INI, .pgpass,
.netrc, Dockerfiles, CI logs, shell history and connection strings of many databases; 微信群接龙,
报名表, 银行回单, 入职登记表, 签证申请, 病历首页, 保险理赔, 判决书, 跨境物流单, 网约车, 二手车, 房产中介,
学籍表, 达梦 and 人大金仓 configs, Flink DDL, 百度 and 高德 map calls. The values lean on the types
hardest to detect, in forms F and G do not write (``bench/pii_corpus_h_people.py``,
``_places.py``, ``_contacts.py``, ``_ids.py``, ``_money.py``, ``_secrets.py``): accounts with
the codes of their banks beside them, passports of many countries and in small letters, birth
dates written every way (``b. 3/4/85``, ``DOB-19850304``, ``3rd of April 1985``, ``85年生``,
``昭和60年``), cards grouped or not, health numbers, coordinates in degrees-minutes-seconds and
map links, names from many cultures and as registers write them, rural and PO-box addresses.

Four in ten items are PII-free look-alikes (``bench/pii_corpus_h_lookalikes_en.py``, ``_zh.py``).
Labelling rules are corpus F's (``bench/pii_corpus_f.py``): seventeen types; full names of
private people only; passwords and tokens in configs and commands are ``api_key_secret``,
placeholders are not; a date is ``date_of_birth`` only when it is a birth date; Taiwan and Hong
Kong IDs (and the mainland's residence permits for their residents) are ``cn_resident_id``;
loopback and unspecified addresses and version strings are not IP addresses. ``national_id``
also holds Korean resident registration numbers, My Numbers, South African and Emirates IDs,
CURPs, PANs, Thai IDs, T.C. Kimlik, personnummer, CCCD and NIN numbers; ``medical_record`` holds
IHIs, CHI and NHI numbers. A card number is
``credit_card`` only in full (15 or 16 digits); a 19-digit UnionPay debit card is a
``bank_account``; a masked card is nothing. A bank's routing, sort, IFSC, BSB or SWIFT code is
not personal and is never labelled; the account number beside it is. A landmark's coordinates
are not personal; a plus code is not a coordinate. Labels hold each value exactly as written.
Item format: that of data/router/router-dev.jsonl, ids ``H<part>-<seed>-<00000>``.

Frames are split like corpus G's: ``dev`` (every other frame from the first) and ``test`` (the
rest: measured by type only, never read).

Run: python -m bench.pii_eval --corpus H --part test --seed 1 --n 4000
"""

from __future__ import annotations

from collections.abc import Callable

from bench import pii_corpus_h_contacts as hc
from bench import pii_corpus_h_ids as hi
from bench import pii_corpus_h_money as hm
from bench import pii_corpus_h_people as hp
from bench import pii_corpus_h_places as hl
from bench import pii_corpus_h_secrets as hs
from bench.pii_corpus_f_contacts import PUBLIC_FIRST
from bench.pii_corpus_f_values import Ctx
from bench.pii_corpus_g import MODS as G_MODS
from bench.pii_corpus_g import SLOTS as G_SLOTS
from bench.pii_corpus_h_fillers import FILLERS
from bench.pii_corpus_h_frames_en import EN_DOCS
from bench.pii_corpus_h_frames_en_tech import EN_TECH
from bench.pii_corpus_h_frames_zh import ZH_DOCS
from bench.pii_corpus_h_frames_zh_net import ZH_NET
from bench.pii_corpus_h_lookalikes_en import LOOKALIKES_EN
from bench.pii_corpus_h_lookalikes_zh import LOOKALIKES_ZH
from bench.pii_corpus_slots import SLOT, Maker, SlotCorpus, fixed, part_of

LOOKALIKE_SHARE = 0.4
FRAMES: dict[str, list[str]] = {"en": EN_DOCS + EN_TECH, "zh": ZH_DOCS + ZH_NET}
LOOKALIKES: dict[str, list[str]] = {"en": LOOKALIKES_EN, "zh": LOOKALIKES_ZH}
__all__ = ["CORPUS", "FRAMES", "LOOKALIKE_SHARE", "LOOKALIKES", "MODS", "SLOT", "SLOTS", "TYPES", "fill", "generate",
           "part_of"]


def _each(typ: str, maker: Callable[[Ctx, str], str], suffix: str, kinds: str) -> dict[str, tuple[str, Maker]]:
    """Slots ``<kind><suffix>`` for each kind, e.g. ``ngphone``: ``maker(ctx, kind)``."""
    return {kind + suffix: (typ, (lambda k: lambda ctx, lang: maker(ctx, k))(kind)) for kind in kinds.split()}


def _public_ip(ctx: Ctx) -> str:
    r = ctx.rng.randrange
    return f"{ctx.pick(PUBLIC_FIRST)}.{r(0, 256)}.{r(0, 256)}.{r(1, 255)}"


# Slot -> (PII type, maker of a value for the item's language): corpus G's slots and new ones.
SLOTS: dict[str, tuple[str, Maker]] = {
    **G_SLOTS,
    "hname": ("person_name", fixed(hp.world_name)), "indname": ("person_name", fixed(hp.indian_name)),
    "arname": ("person_name", fixed(hp.arabic_name)), "afname": ("person_name", fixed(hp.african_name)),
    "vnname": ("person_name", fixed(hp.vietnamese_name)), "krname": ("person_name", fixed(hp.korean_name)),
    "jpname": ("person_name", fixed(hp.japanese_name)), "dsname": ("person_name", fixed(hp.double_surname)),
    "duname": ("person_name", fixed(hp.dutch_name)), "regname": ("person_name", fixed(hp.register_name)),
    "ininame": ("person_name", fixed(hp.initials_name)),
    "jpkname": ("person_name", lambda ctx, lang: hp.japanese_name(ctx, True)),
    "krhname": ("person_name", lambda ctx, lang: hp.korean_name(ctx, True)),
    "hcname": ("person_name", fixed(hp.chinese_name_h)), "hpyname": ("person_name", fixed(hp.pinyin_name_h)),
    "jpaddr": ("street_address", fixed(hl.jp_address)),
    "jpkaddr": ("street_address", lambda ctx, lang: hl.jp_address(ctx, True)),
    "kraddr": ("street_address", fixed(hl.kr_address)),
    "krhaddr": ("street_address", lambda ctx, lang: hl.kr_address(ctx, True)),
    "hinaddr": ("street_address", fixed(hl.in_address_h)), "hbraddr": ("street_address", fixed(hl.br_address_h)),
    "mxaddr": ("street_address", fixed(hl.mx_address)), "hcaaddr": ("street_address", fixed(hl.ca_address_h)),
    "hauaddr": ("street_address", fixed(hl.au_address_h)), "usrural": ("street_address", fixed(hl.us_rural)),
    "chaddr": ("street_address", fixed(hl.ch_address)), "haddr": ("street_address", fixed(hl.world_address_h)),
    "cnenaddr": ("street_address", fixed(hl.cn_address_en)), "hcnaddr": ("street_address", fixed(hl.cn_address_h)),
    "hkvaddr": ("street_address", fixed(hl.hk_village)), "twtaddr": ("street_address", fixed(hl.tw_township)),
    "vnaddr": ("street_address", fixed(hl.vn_address)),
    "hphone": ("phone", fixed(hc.world_phone_h)),
    **_each("phone", hc.world_phone_h, "phone", "mx ng za ke ae sa vn ph tr id eg"),
    "hcnphone": ("phone", fixed(hc.cn_mobile_h)),
    "hemail": ("email", fixed(hc.email_h)), "obfemail": ("email", fixed(hc.obfuscated_email)),
    "hcnid": ("cn_resident_id", fixed(hi.cn_resident_id_h)),
    "hcnidkid": ("cn_resident_id", lambda ctx, lang: hi.cn_resident_id_h(ctx, True)),
    "gatid": ("cn_resident_id", fixed(hi.gat_permit)), "htwid": ("cn_resident_id", fixed(hi.tw_id_h)),
    "rrn": ("national_id", fixed(hi.korean_rrn)), "mynum": ("national_id", fixed(hi.my_number)),
    "zaid": ("national_id", fixed(hi.za_id)), "curp": ("national_id", fixed(hi.curp)),
    "pan": ("national_id", fixed(hi.pan)), "thid": ("national_id", fixed(hi.thai_id)),
    "tckn": ("national_id", fixed(hi.tc_kimlik)), "seid": ("national_id", fixed(hi.personnummer)),
    "eid": ("national_id", fixed(hi.emirates_id)), "cccd": ("national_id", fixed(hi.vn_citizen_id)),
    "nin": ("national_id", lambda ctx, lang: ctx.digits(11, "123456789")),
    "hpassport": ("passport", fixed(hi.passport_h)),
    **_each("passport", hi.passport_h, "pp", "us mx ru ph ng pk vn id tr za kr es nz ie sg ch jp"),
    "hcard": ("credit_card", fixed(hm.card_h)), "amex": ("credit_card", fixed(hm.amex)),
    "upcard": ("credit_card", fixed(hm.unionpay_credit)),
    "visa": ("credit_card", lambda ctx, lang: hm.card_h(ctx, "4")),
    "rawcard": ("credit_card", fixed(hm.card_number)),
    "hacct": ("bank_account", fixed(hm.account_h)),
    **_each("bank_account", hm.account_h, "ac", "uk us in au ca jp hk tw cn de ch mx ng za"),
    "cndebit": ("bank_account", fixed(hm.cn_debit)),
    "hiban": ("iban", fixed(hm.iban_h)), "aeiban": ("iban", lambda ctx, lang: hm.iban_h(ctx, "AE")),
    "hdob": ("date_of_birth", lambda ctx, lang: hp.dob_h(ctx, lang)),
    "hdobkid": ("date_of_birth", lambda ctx, lang: hp.dob_h(ctx, lang, True)),
    "endob": ("date_of_birth", lambda ctx, lang: hp.dob_en(ctx)),
    "shortdob": ("date_of_birth", fixed(hp.short_dob)), "spokendob": ("date_of_birth", fixed(hp.spoken_dob)),
    "isodtdob": ("date_of_birth", fixed(hp.iso_datetime_dob)), "eudob": ("date_of_birth", fixed(hp.eu_dob)),
    **_each("date_of_birth", hp.eu_dob, "dob", "es fr de"),
    "krdob": ("date_of_birth", fixed(hp.korean_dob)), "boxdob": ("date_of_birth", fixed(hp.boxed_dob)),
    "airdob": ("date_of_birth", fixed(hp.air_dob)),
    "jpdob": ("date_of_birth", fixed(hp.japanese_dob)),
    "jpdobkid": ("date_of_birth", lambda ctx, lang: hp.japanese_dob(ctx, True)),
    "yeardob": ("date_of_birth", fixed(hp.year_dob)), "cnsaydob": ("date_of_birth", fixed(hp.cn_spoken_dob)),
    "hmrn": ("medical_record", fixed(hi.mrn_h)), "ihi": ("medical_record", fixed(hi.ihi)),
    "chi": ("medical_record", fixed(hi.chi_number)), "nhi": ("medical_record", fixed(hi.nhi)),
    "cnmrn": ("medical_record", fixed(hi.cn_mrn)),
    "dms": ("gps_coordinates", hc.dms), "ddm": ("gps_coordinates", hc.ddm), "nmea": ("gps_coordinates", hc.nmea),
    "coord": ("gps_coordinates", hc.coord), "coordenc": ("gps_coordinates", hc.coord_enc),
    "geouri": ("gps_coordinates", hc.geo_uri), "lat": ("gps_coordinates", hc.lat), "lng": ("gps_coordinates", hc.lng),
    "cndms": ("gps_coordinates", fixed(hc.cn_dms)),
    "azkey": ("api_key_secret", fixed(hs.azure_key)), "hkey": ("api_key_secret", fixed(hs.key_h)),
    "cnkey": ("api_key_secret", fixed(hs.cn_key)),
    "hpwd": ("api_key_secret", fixed(hs.password_h)), "urlpwd": ("api_key_secret", fixed(hs.url_password)),
    "pubip": ("ip_address", fixed(_public_ip)),
    **_each("license_plate", hi.plate_h, "plate", "jp kr mx vn za ae ru"),
    "hcnplate": ("license_plate", fixed(hi.cn_plate_h)),
    "hvin": ("vin", fixed(hi.vin_h)),
}
TYPES: tuple[str, ...] = tuple(sorted({typ for typ, _ in SLOTS.values()}))
ZWSP, NBSP = "\u200b", "\u00a0"
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
CN_SPOKEN = "零一二三四五六七八九"


def _surname_first(name: str) -> str:
    """A surname-first name (``Nguyễn Văn Minh``) as a boarding pass prints it: ``NGUYỄN/VĂN MINH``."""
    head, _, rest = name.partition(" ")
    return f"{head}/{rest}".upper()


def _say(value: str) -> str:
    """A number as a call transcript writes it: ``four eight three nine, two zero one one``."""
    words: list[str] = []
    for ch in value:
        if ch.isdigit():
            words.append(WORDS[int(ch)])
        elif ch.isalpha():
            words.append(ch.upper())
        elif words and words[-1] != ",":
            words.append(",")
    return " ".join(words).replace(" ,", ",").rstrip(",")


def _cn_say(value: str) -> str:
    """A number as Chinese speech recognition writes it: ``六二二二零二…``."""
    return "".join(CN_SPOKEN[int(ch)] if ch.isdigit() else ch for ch in value if ch.isalnum())


MODS: dict[str, Callable[[str], str]] = {
    **G_MODS, "bpf": _surname_first, "say": _say, "cnsay": _cn_say, "sp": lambda v: " ".join(v.replace(" ", "")),
}
NOISY = ("phone", "credit_card", "bank_account", "cn_resident_id", "iban", "email", "passport", "national_id",
         "medical_record")


def _noise(ctx: Ctx, value: str, typ: str, lang: str) -> str:
    """Now and then a value as pasted text carries it: full-width digits (Chinese text, birth
    dates too), a zero-width space inside, or no-break spaces from a web page."""
    if typ not in NOISY and typ != "date_of_birth":
        return value
    if lang == "zh" and typ != "email" and ctx.chance(0.05):
        return value.translate(FULL_WIDTH)
    if typ == "date_of_birth":
        return value
    if ctx.chance(0.03) and len(value) > 6:
        cut = ctx.rng.randrange(2, len(value) - 2)
        return value[:cut] + ZWSP + value[cut:]
    if " " in value and ctx.chance(0.04):
        return value.replace(" ", NBSP)
    return value


CORPUS = SlotCorpus("H", SLOTS, FILLERS, MODS, _noise, FRAMES, LOOKALIKES, LOOKALIKE_SHARE,
                    lambda frame: any(m.group(1).endswith("kid") for m in SLOT.finditer(frame)))
fill = CORPUS.fill
generate = CORPUS.generate
