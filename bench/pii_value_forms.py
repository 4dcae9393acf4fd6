"""Format types in the forms Faker writes them for many locales, each put into sentences written
here (not the corpus templates): phones of 15 locales, plates of 14, cards, IBANs and VINs of 10.
Prints recall and the share of values that would leave a character unmasked, per type.

These values and sentences were used while developing the third round of format-type rules (see
docs/privacy.md): the figure shows what changed, it is not a held-out measure.

Run: python -m bench.pii_value_forms [--seed 7] [--per-locale 60]
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Callable, Iterator

from faker import Faker

from duet.router.privacy import detect_pii
from duet.router.privacy.lexicon import load_lexicon

PHONE_FRAMES = ("Call me at {v}", "My number is {v}.", "电话{v}", "手机号：{v}，谢谢", "phone: {v}", "reach Anna on {v} tonight",
                "Please text {v} when you arrive", "联系方式 {v}", "{v} is my cell", "Contact: {v}", '{{"phone": "{v}"}}',
                "给{v}打个电话", "emergency contact {v}", "Update my mobile to {v}", "WhatsApp {v}")
PLATE_FRAMES = ("plate {v}", "My car {v} was towed last night", "{v} is parked in my spot", "车牌{v}", "reg: {v}",
                "tag {v} expired", "The van with plate number {v} hit me", "parking ticket for {v}",
                "license plate: {v}, blue Golf", "我的车牌号是{v}，帮我缴费", "Registration {v} (my car)",
                "Can you check {v}? It's my licence plate", "Plates: {v}", "车辆{v}违章", "{v}（车牌号）",
                "Please add vehicle {v} to my parking permit", "Kennzeichen {v}", "immatriculation {v}", "my rego is {v}")
CARD_FRAMES = ("Charge {v} please", "card {v}", "信用卡{v}", "my visa {v} exp 09/27", "付款卡号：{v}。",
               "Card number: {v}\nExpiry: 12/26", "Dispute the charge on {v}", '{{"card": "{v}"}}', "I paid with {v} yesterday",
               "Update billing to {v}, CVV 123")
IBAN_FRAMES = ("IBAN {v}", "please wire to {v}", "账户{v}", "Überweisung an {v} bitte", '{{"iban":"{v}"}}',
               "Send the refund to {v}.")
VIN_FRAMES = ("VIN {v}", "车架号{v}", "my car's vin is {v}", "Carfax report for {v}", "({v})", "VIN: {v}, 2019 Civic")

PHONE_LOCALES = ("en_US", "en_GB", "en_AU", "en_CA", "en_IN", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "zh_CN", "zh_TW",
                 "ja_JP", "ko_KR", "pt_BR")
PLATE_LOCALES = ("en_US", "en_GB", "en_AU", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "zh_CN", "zh_TW", "pl_PL", "pt_BR",
                 "ru_RU", "ja_JP")
OTHER_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "zh_CN", "pl_PL", "pt_PT")


def _grouped(rng: random.Random, value: str, size: int) -> str:
    return " ".join(value[i:i + size] for i in range(0, len(value), size)) if rng.random() < 0.5 else value


KINDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], Callable[[Faker, random.Random], str]], ...] = (
    ("phone", PHONE_LOCALES, PHONE_FRAMES, lambda f, rng: str(f.phone_number())),
    ("license_plate", PLATE_LOCALES, PLATE_FRAMES, lambda f, rng: str(f.license_plate())),
    ("credit_card", OTHER_LOCALES, CARD_FRAMES,
     lambda f, rng: (lambda v: _grouped(rng, v, 4) if len(v) == 16 else v)(str(f.credit_card_number()))),
    ("iban", OTHER_LOCALES, IBAN_FRAMES, lambda f, rng: _grouped(rng, str(f.iban()), 4)),
    ("vin", OTHER_LOCALES, VIN_FRAMES, lambda f, rng: str(f.vin())),
)


def items(seed: int, per_locale: int) -> Iterator[tuple[str, str, str]]:
    """(type, text, value) for every kind, locale and draw."""
    rng = random.Random(seed)
    for kind, locales, frames, make in KINDS:
        for locale in locales:
            fake = Faker(locale)
            fake.seed_instance(seed)
            for _ in range(per_locale):
                value = make(fake, rng)
                yield kind, rng.choice(frames).format(v=value), value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-locale", type=int, default=60)
    args = parser.parse_args()
    load_lexicon()
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    unmasked: Counter[str] = Counter()
    for kind, text, value in items(args.seed, args.per_locale):
        start = text.index(value)
        spans = detect_pii(text)
        total[kind] += 1
        found[kind] += any(s.type == kind and s.start < start + len(value) and s.end > start for s in spans)
        unmasked[kind] += any(text[i].isalnum() and not any(s.start <= i < s.end for s in spans)
                              for i in range(start, start + len(value)))
    print(json.dumps({kind: {"values": total[kind], "recall": round(found[kind] / total[kind], 3),
                             "unmasked": round(unmasked[kind] / total[kind], 3)} for kind in total}, indent=2))


if __name__ == "__main__":
    main()
