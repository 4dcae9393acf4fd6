"""Corpus I: a labelled PII corpus written as a fresh held-out test set, without reading the
detector. Its register is that of data/router/router-dev.jsonl: requests to an assistant, in a
car's head unit, on a phone or a PC or in a chat app, that carry personal data in passing. Draft a
reply, remind me to call, text, share my ETA, navigate to, save a contact, fill this form,
translate this for the landlord, summarise this thread, clean up this config; 帮我给…发个消息,
提醒我…, 导航到…, 把这段翻成英文…, 帮我填一下…; pasted e-mails, chat logs, forms, receipts, lab results,
configs and logs under a request; follow-up turns; voice input without punctuation and with numbers
partly in words; typos, small letters, mixed Chinese and English, Traditional Chinese and
Cantonese. Half English, half Chinese. The values sit at the start, in the middle and at the end,
glued to CJK characters and punctuation; now and then in full-width digits, with a zero-width space
or with no-break spaces inside. New forms of values (``bench/pii_corpus_i_values.py``): names of
many locales (of a woman or a man where the frame says her or his), e-mails with plus tags, dictated phones, typed and estate addresses, Traditional
Taiwan addresses, said and lunar birth dates, typed coordinates, more plates and tokens; the
rest reuses the makers of corpora F, G and H.

Four in ten items are PII-free look-alikes (``bench/pii_corpus_i_lookalikes_en.py``, ``_zh.py``):
requests full of numbers and names that are not personal. Labelling rules are corpus H's
(``bench/pii_corpus_h.py``): seventeen types; full names of private people only (a lone first name
or ``Mr. Smith`` is not labelled; public figures, historical people, fictional characters and
brands named after people are not); passwords and tokens are ``api_key_secret``, placeholders and
documented examples are not; a date is ``date_of_birth`` only when it is a birth date (a lunar one
too); a card is ``credit_card`` only in full (15 or 16 digits), a 19-digit UnionPay debit card is a
``bank_account``; routing, sort, IFSC, BSB and SWIFT codes are never labelled; loopback,
unspecified and RFC 5737 documentation addresses are not IP addresses (private LAN addresses are);
a landmark's coordinates or street address are not personal; labels hold each value exactly as
written. Item format: that of data/router/router-dev.jsonl, ids ``I<part>-<seed>-<00000>``.

Frames are split like corpus H's: ``dev`` (every other frame from the first) and ``test`` (the
rest: measured by type only, never read).

Run: python -m bench.pii_eval --corpus I --part test --seed 1 --n 4000
"""

from __future__ import annotations

from collections.abc import Callable

from bench import pii_corpus_i_values as iv
from bench.pii_corpus_f_values import Ctx
from bench.pii_corpus_h import MODS as H_MODS
from bench.pii_corpus_h import SLOTS as H_SLOTS
from bench.pii_corpus_i_fillers import FILLERS
from bench.pii_corpus_i_frames_en import EN_ASK
from bench.pii_corpus_i_frames_en_paste import EN_PASTE
from bench.pii_corpus_i_frames_zh import ZH_ASK
from bench.pii_corpus_i_frames_zh_paste import ZH_PASTE
from bench.pii_corpus_i_lookalikes_en import LOOKALIKES_EN
from bench.pii_corpus_i_lookalikes_zh import LOOKALIKES_ZH
from bench.pii_corpus_slots import SLOT, Maker, SlotCorpus, fixed, part_of

LOOKALIKE_SHARE = 0.4
FRAMES: dict[str, list[str]] = {"en": EN_ASK + EN_PASTE, "zh": ZH_ASK + ZH_PASTE}
LOOKALIKES: dict[str, list[str]] = {"en": LOOKALIKES_EN, "zh": LOOKALIKES_ZH}
__all__ = ["CORPUS", "FRAMES", "LOOKALIKE_SHARE", "LOOKALIKES", "MODS", "SLOT", "SLOTS", "TYPES", "fill", "generate",
           "part_of"]

# Corpus H's slots, less the two whose cards may be 14 or 19 digits (``card``, ``gcard``).
REUSED: dict[str, tuple[str, Maker]] = {k: v for k, v in H_SLOTS.items() if k not in ("card", "gcard")}
NEW: dict[str, tuple[str, Maker]] = {
    "pname": ("person_name", fixed(iv.latin_name)), "zname": ("person_name", fixed(iv.zh_name)),
    "fname": ("person_name", lambda ctx, lang: iv.latin_name(ctx, True)),
    "mname": ("person_name", lambda ctx, lang: iv.latin_name(ctx, False)),
    "zfname": ("person_name", lambda ctx, lang: iv.zh_name(ctx, True)),
    "zmname": ("person_name", lambda ctx, lang: iv.zh_name(ctx, False)),
    "twname": ("person_name", fixed(iv.tw_name)),
    "pmail": ("email", iv.email_i),
    "vphone": ("phone", fixed(iv.dictated_phone)), "vcnphone": ("phone", fixed(iv.dictated_cn_mobile)),
    "taddr": ("street_address", fixed(iv.typed_address)), "homeaddr": ("street_address", fixed(iv.cn_home_address)),
    "tradaddr": ("street_address", fixed(iv.tw_address_trad)),
    "sdob": ("date_of_birth", iv.said_dob), "sdobkid": ("date_of_birth", lambda ctx, lang: iv.said_dob(ctx, lang, True)),
    "lunardob": ("date_of_birth", fixed(iv.lunar_dob)),
    "pin": ("gps_coordinates", iv.typed_pin),
    "iplate": ("license_plate", fixed(iv.plate_i)),
    "ikey": ("api_key_secret", fixed(iv.key_i)),
}
assert not set(NEW) & set(H_SLOTS) and not set(NEW) & set(FILLERS)
SLOTS: dict[str, tuple[str, Maker]] = {**REUSED, **NEW}
TYPES: tuple[str, ...] = tuple(sorted({typ for typ, _ in SLOTS.values()}))
ZWSP, NBSP, NNBSP = "\u200b", "\u00a0", "\u202f"
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
CN_YAO = "零幺二三四五六七八九"


def _half_said(value: str) -> str:
    """A number whose first group is said and the rest read off: ``four one five 555 0142``."""
    words = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    head, sep, rest = value.partition(" ")
    if not sep:
        head, rest = value[:3], value[3:]
    said = " ".join(words[int(c)] for c in head if c.isdigit())
    return f"{said} {rest}" if said else value


def _cn_half(value: str) -> str:
    """A mainland mobile whose first three digits are said: ``幺三八 1234 5678``."""
    digits = "".join(c for c in value if c.isdigit())
    return "".join(CN_YAO[int(c)] for c in digits[:3]) + " " + digits[3:] if len(digits) > 3 else value


MODS: dict[str, Callable[[str], str]] = {
    **H_MODS, "half": _half_said, "cnhalf": _cn_half, "dash": lambda v: v.replace(" ", "-"),
    "title": lambda v: " ".join(w.capitalize() for w in v.split(" ")),
}
NOISY = ("phone", "credit_card", "bank_account", "cn_resident_id", "iban", "email", "passport", "national_id",
         "medical_record")


def _noise(ctx: Ctx, value: str, typ: str, lang: str) -> str:
    """Now and then a value as pasted or synced text carries it: full-width digits (Chinese text,
    birth dates too), a zero-width space inside, or no-break spaces from a web page or a phone."""
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
        return value.replace(" ", ctx.pick((NBSP, NBSP, NNBSP)))
    return value


CORPUS = SlotCorpus("I", SLOTS, FILLERS, MODS, _noise, FRAMES, LOOKALIKES, LOOKALIKE_SHARE,
                    lambda frame: any(m.group(1).endswith("kid") for m in SLOT.finditer(frame)))
fill = CORPUS.fill
generate = CORPUS.generate
