"""Corpus J: a labelled PII corpus written as a fresh held-out test set, without reading the
detector. Its register is that of data/router/router-dev.jsonl: requests to an assistant, mostly
ordinary everyday and work traffic in which personal data turns up in passing, in settings no
earlier corpus uses. A family organiser (school runs, check-ups, birthdays), a small business owner
(invoices, payroll for three staff, supplier bank details, complaints), an estate agent, a hospital
ward clerk, a recruiter, an immigration lawyer's assistant, a car dealership, a pharmacy, a
university admissions office, a landlord, a travel agent, a gym's front desk, a vet clinic, a
wedding planner; 社区居委会, 物业, 学校班主任, 医院导诊, 4S店, 房产中介, 律所, 跨境电商客服, 银行柜面, 保险代理人 and an
HR office onboarding staff in Shanghai. Summarise, rewrite politely, translate, extract into JSON
or CSV, fill a form, check for errors, draft a reply, work out an age, a due date or a total; short
requests and pasted material up to about 1,500 characters; half English, half Chinese (some
Traditional, some Cantonese), some mixed; small letters, typos and dictation without punctuation
and with numbers partly said. Values sit at the start, in the middle and at the end, glued to CJK
characters and punctuation; now and then in full-width digits or with a zero-width space inside.
New forms of values: ``bench/pii_corpus_j_values.py`` (people, places, contacts, birth dates) and
``bench/pii_corpus_j_ids.py`` (numbers with their checks); the rest reuses corpora F to I.

Four in ten items are PII-free look-alikes (``bench/pii_corpus_j_lookalikes_en.py``, ``_zh.py``),
more than half of them ordinary requests with no personal data (code on sample data, sums, travel,
recipes, products, news, history, sport, tax, hotlines, public offices), the rest tricky (test
cards and example IBANs, hashes, UUIDs, versions, ISBNs, order and tracking numbers, fictional
characters, brands named after people, failing checksums). Labelling rules are corpus H's
(``bench/pii_corpus_h.py``): seventeen types; full names of private people only; passwords and
tokens are ``api_key_secret``, placeholders and documented examples are not; a date is
``date_of_birth`` only when it is a birth date (a person's; a pet's birthday is not); a card is
``credit_card`` only in full (15 or 16 digits), a 19-digit UnionPay debit card is a
``bank_account``; routing, sort, IFSC, BSB and SWIFT codes are never labelled; loopback,
unspecified and documentation addresses are not IP addresses (private LAN addresses are); a
landmark's or a public office's address or coordinates are not personal; labels hold each value
exactly as written. Item format: that of data/router/router-dev.jsonl, ids ``J<part>-<seed>-<00000>``.

Frames are split like corpus I's: ``dev`` (every other frame from the first) and ``test`` (the
rest: measured by type only, never read).

Run: python -m bench.pii_eval --corpus J --part test --seed 1 --n 4000
"""

from __future__ import annotations

from collections.abc import Callable

from bench import pii_corpus_j_ids as ji
from bench import pii_corpus_j_values as jv
from bench.pii_corpus_f_values import Ctx
from bench.pii_corpus_i import MODS as I_MODS
from bench.pii_corpus_i import SLOTS as I_SLOTS
from bench.pii_corpus_j_fillers import FILLERS
from bench.pii_corpus_j_frames_en import EN_ASK
from bench.pii_corpus_j_frames_en_paste import EN_PASTE
from bench.pii_corpus_j_frames_zh import ZH_ASK
from bench.pii_corpus_j_frames_zh_paste import ZH_PASTE
from bench.pii_corpus_j_lookalikes_en import LOOKALIKES_EN
from bench.pii_corpus_j_lookalikes_zh import LOOKALIKES_ZH
from bench.pii_corpus_slots import SLOT, Maker, SlotCorpus, fixed, part_of

LOOKALIKE_SHARE = 0.4
FRAMES: dict[str, list[str]] = {"en": EN_ASK + EN_PASTE, "zh": ZH_ASK + ZH_PASTE}
LOOKALIKES: dict[str, list[str]] = {"en": LOOKALIKES_EN, "zh": LOOKALIKES_ZH}
__all__ = ["CORPUS", "FRAMES", "LOOKALIKE_SHARE", "LOOKALIKES", "MODS", "SLOT", "SLOTS", "TYPES", "fill", "generate",
           "part_of"]

NEW: dict[str, tuple[str, Maker]] = {
    "jname": ("person_name", fixed(jv.name_j)),
    "jfname": ("person_name", lambda ctx, lang: jv.name_j(ctx, True)),
    "jmname": ("person_name", lambda ctx, lang: jv.name_j(ctx, False)),
    "natname": ("person_name", fixed(jv.native_name)),
    "jcname": ("person_name", fixed(jv.cn_name_j)),
    "jcfname": ("person_name", lambda ctx, lang: jv.cn_name_j(ctx, True)),
    "jcmname": ("person_name", lambda ctx, lang: jv.cn_name_j(ctx, False)),
    "wmail": ("email", jv.work_email),
    "jphone": ("phone", fixed(jv.phone_j)), "jcnmob": ("phone", fixed(jv.cn_mobile_j)),
    "jcnland": ("phone", fixed(jv.cn_landline)),
    "jhome": ("street_address", fixed(jv.home_j)), "shlane": ("street_address", lambda ctx, lang: jv.sh_lane(ctx, False)),
    "shlaneen": ("street_address", lambda ctx, lang: jv.sh_lane(ctx, True)),
    "myaddr": ("street_address", fixed(jv.my_address)), "hkest": ("street_address", fixed(jv.hk_estate)),
    "cnflat": ("street_address", fixed(jv.cn_flat)),
    "jdob": ("date_of_birth", jv.dob_j), "jdobkid": ("date_of_birth", lambda ctx, lang: jv.dob_j(ctx, lang, True)),
    "jcnid": ("cn_resident_id", fixed(ji.cn_id_j)),
    "jcnidkid": ("cn_resident_id", lambda ctx, lang: ji.cn_id_j(ctx, True)),
    "jcard": ("credit_card", fixed(ji.card_j)), "jiban": ("iban", fixed(ji.iban_j)), "jvin": ("vin", fixed(ji.vin_j)),
    "jplate": ("license_plate", fixed(ji.plate_j)), "sgplate": ("license_plate", fixed(ji.sg_plate)),
    "nevplate": ("license_plate", lambda ctx, lang: ji.plate_j(ctx, "cn")),
    "myic": ("national_id", fixed(ji.my_ic)), "pps": ("national_id", fixed(ji.pps)),
    "rut": ("national_id", fixed(ji.rut)), "nir": ("national_id", fixed(ji.nir)),
    "wardmrn": ("medical_record", fixed(ji.ward_mrn)), "zyh": ("medical_record", fixed(ji.cn_inpatient)),
    "jpp": ("passport", fixed(ji.passport_j)), "jacct": ("bank_account", fixed(ji.acct_j)),
    "jkey": ("api_key_secret", fixed(ji.key_j)),
}
assert not set(NEW) & set(I_SLOTS) and not set(NEW) & set(FILLERS) and not set(I_SLOTS) & set(FILLERS)
SLOTS: dict[str, tuple[str, Maker]] = {**I_SLOTS, **NEW}
TYPES: tuple[str, ...] = tuple(sorted({typ for typ, _ in SLOTS.values()}))
ZWSP, NBSP = "\u200b", "\u00a0"
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _dots(value: str) -> str:
    """A number with dots where it had spaces or dashes: ``+351.912.345.678``."""
    return value.replace(" ", ".").replace("-", ".")


MODS: dict[str, Callable[[str], str]] = {**I_MODS, "dots": _dots}
NOISY = ("phone", "credit_card", "bank_account", "cn_resident_id", "iban", "email", "passport", "national_id",
         "medical_record", "license_plate")


def _noise(ctx: Ctx, value: str, typ: str, lang: str) -> str:
    """Now and then a value as pasted text carries it: full-width digits (Chinese text, birth
    dates too), a zero-width space inside, or a no-break space from a web form or a PDF."""
    if typ not in NOISY and typ != "date_of_birth":
        return value
    if lang == "zh" and typ != "email" and ctx.chance(0.06):
        return value.translate(FULL_WIDTH)
    if typ == "date_of_birth":
        return value
    if ctx.chance(0.035) and len(value) > 6:
        cut = ctx.rng.randrange(2, len(value) - 2)
        return value[:cut] + ZWSP + value[cut:]
    if " " in value and ctx.chance(0.03):
        return value.replace(" ", NBSP)
    return value


CORPUS = SlotCorpus("J", SLOTS, FILLERS, MODS, _noise, FRAMES, LOOKALIKES, LOOKALIKE_SHARE,
                    lambda frame: any(m.group(1).endswith("kid") for m in SLOT.finditer(frame)))
fill = CORPUS.fill
generate = CORPUS.generate
