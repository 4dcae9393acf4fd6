"""Corpus K: a labelled PII corpus written as a fresh held-out test set, without reading the
detector. Its register is the real traffic of an assistant that runs on a car's head unit and on a
PC: in-car voice requests as speech recognition writes them (no punctuation, small letters, numbers
half said as words: ``call one four one five 555 0134``, ``导航到……``), and on the desktop,
material pasted in to be summarised, translated, reformatted or answered: messaging-app chat
exports, customer-support chats, CRM and helpdesk notes, calendar invites, e-mail threads with
their signatures, spreadsheet and CSV rows, JSON, YAML and HTTP request payloads and log lines,
OCR'd receipts, ID cards and forms with OCR noise, résumés and delivery labels; 微信聊天记录, 快递面单,
简历, 病历摘要, 租房合同, 车险报价, 12306 订票, 外卖备注, 家长群通知 and 工单. Half English, half Chinese
(some Traditional), some mixed. Values sit at the start, in the middle and at the end, glued to CJK
characters and punctuation; now and then in full-width digits, with a zero-width space or a
no-break space inside, or with odd separators. New value makers: ``bench/pii_corpus_k_values.py``
(names of many Faker locales, phones valid for ``phonenumbers`` and spoken ones, homes, birth
dates, IP addresses, coordinates, national numbers with their checks); the rest reuses corpora F
and J.

A little over half the items (55 %) are PII-free (``bench/pii_corpus_k_lookalikes_en.py``,
``_zh.py``): about two thirds ordinary requests with no personal data at all (code with sample
data, sums, car and device commands, navigation to public places, translation, writing, recipes,
sport, history, products, public hotlines and offices, famous people and fictional characters,
brands that carry a surname, Chinese text whose common words could pass for names), one third
tricky look-alikes (order, tracking and invoice numbers, hashes, UUIDs, versions, ISBNs, flight
numbers, serial and part numbers, numbers that fail their checks, test cards called tests, example
IBANs, landmarks' coordinates, documentation IP addresses called examples).

Labelling rules are corpus H's (``bench/pii_corpus_h.py``): seventeen types; full names of private
people only (a first name alone, a public figure, a fictional character or a brand is not PII);
passwords and tokens are ``api_key_secret``, placeholders and documented examples are not; a date
is ``date_of_birth`` only when it is a person's birth date; a card is ``credit_card`` only in full
(15 or 16 digits), a 19-digit UnionPay debit card is a ``bank_account``; routing, sort, IFSC, BSB
and SWIFT codes are never labelled; loopback, unspecified and documentation addresses are not IP
addresses (private LAN addresses are); a landmark's or a public office's address or coordinates
are not personal; labels hold each value exactly as written, a substring of the prompt. Values
carry valid check characters where their format has one. Item format: that of
data/router/router-dev.jsonl, ids ``K<part>-<seed>-<00000>``.

Frames are split like corpus J's: ``dev`` (every other frame from the first) and ``test`` (the
rest: measured by type only, never read).

Run: python -m bench.pii_eval --corpus K --part test --seed 1 --n 4000
"""

from __future__ import annotations

from collections.abc import Callable

from bench import pii_corpus_f_values as fv
from bench import pii_corpus_j_ids as ji
from bench import pii_corpus_k_values as kv
from bench.pii_corpus_f_values import Ctx
from bench.pii_corpus_k_fillers import FILLERS
from bench.pii_corpus_k_frames_en import EN_CAR
from bench.pii_corpus_k_frames_en_paste import EN_PASTE
from bench.pii_corpus_k_frames_zh import ZH_CAR
from bench.pii_corpus_k_frames_zh_paste import ZH_PASTE
from bench.pii_corpus_k_lookalikes_en import LOOKALIKES_EN
from bench.pii_corpus_k_lookalikes_zh import LOOKALIKES_ZH
from bench.pii_corpus_slots import SLOT, Maker, SlotCorpus, fixed, part_of

LOOKALIKE_SHARE = 0.55
FRAMES: dict[str, list[str]] = {"en": EN_CAR + EN_PASTE, "zh": ZH_CAR + ZH_PASTE}
LOOKALIKES: dict[str, list[str]] = {"en": LOOKALIKES_EN, "zh": LOOKALIKES_ZH}
__all__ = ["CORPUS", "FRAMES", "LOOKALIKE_SHARE", "LOOKALIKES", "MODS", "SLOT", "SLOTS", "TYPES", "fill", "generate",
           "part_of"]

# Slot -> (PII type, maker of a value for the item's language).
SLOTS: dict[str, tuple[str, Maker]] = {
    "name": ("person_name", fixed(kv.name_en)),
    "fname": ("person_name", lambda ctx, lang: kv.name_en(ctx, True)),
    "mname": ("person_name", lambda ctx, lang: kv.name_en(ctx, False)),
    "sname": ("person_name", fixed(kv.name_script)),
    "zname": ("person_name", fixed(kv.name_zh)),
    "zfname": ("person_name", lambda ctx, lang: kv.name_zh(ctx, True)),
    "zmname": ("person_name", lambda ctx, lang: kv.name_zh(ctx, False)),
    "mail": ("email", kv.email),
    "phone": ("phone", fixed(kv.phone_en)), "zphone": ("phone", fixed(kv.cn_mobile)),
    "sphone": ("phone", kv.phone_spoken),
    "addr": ("street_address", fixed(kv.address_en)), "zaddr": ("street_address", fixed(kv.address_zh)),
    "dob": ("date_of_birth", kv.dob), "dobkid": ("date_of_birth", lambda ctx, lang: kv.dob(ctx, lang, True)),
    "cnid": ("cn_resident_id", fixed(kv.resident_id)),
    "cnidkid": ("cn_resident_id", lambda ctx, lang: kv.resident_id(ctx, True)),
    "card": ("credit_card", fixed(ji.card_j)), "iban": ("iban", fixed(ji.iban_j)),
    "ip": ("ip_address", fixed(kv.ip)), "lanip": ("ip_address", fixed(kv.lan_ip)),
    "key": ("api_key_secret", fixed(kv.secret)), "pwd": ("api_key_secret", fixed(fv.password)),
    "pp": ("passport", fixed(kv.passport)), "acct": ("bank_account", kv.account),
    "plate": ("license_plate", kv.plate), "mrn": ("medical_record", kv.record),
    "nid": ("national_id", fixed(kv.national_id)), "gps": ("gps_coordinates", kv.gps),
    "vin": ("vin", fixed(kv.vin)),
}
assert not set(SLOTS) & set(FILLERS)
TYPES: tuple[str, ...] = tuple(sorted({typ for typ, _ in SLOTS.values()}))
ZWSP, NBSP = "\u200b", "\u00a0"
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

MODS: dict[str, Callable[[str], str]] = {
    "up": str.upper, "low": str.lower,
    "nosp": lambda value: value.replace(" ", "").replace("-", ""),
    "dots": lambda value: value.replace(" ", ".").replace("-", "."),
    "slash": lambda value: value.replace(" ", "/").replace("-", "/"),
}
NOISY = ("phone", "credit_card", "bank_account", "cn_resident_id", "iban", "email", "passport", "national_id",
         "medical_record", "license_plate", "vin")


def _noise(ctx: Ctx, value: str, typ: str, lang: str) -> str:
    """Now and then a value as pasted or recognised text carries it: full-width digits (Chinese
    text, birth dates too), a zero-width space inside, or a no-break space."""
    if typ not in NOISY and typ != "date_of_birth":
        return value
    if lang == "zh" and typ != "email" and ctx.chance(0.07):
        return value.translate(FULL_WIDTH)
    if typ == "date_of_birth":
        return value
    if ctx.chance(0.03) and len(value) > 6:
        cut = ctx.rng.randrange(2, len(value) - 2)
        return value[:cut] + ZWSP + value[cut:]
    if " " in value and ctx.chance(0.04):
        return value.replace(" ", NBSP)
    return value


CORPUS = SlotCorpus("K", SLOTS, FILLERS, MODS, _noise, FRAMES, LOOKALIKES, LOOKALIKE_SHARE,
                    lambda frame: any(m.group(1).endswith("kid") for m in SLOT.finditer(frame)))
fill = CORPUS.fill
generate = CORPUS.generate
