"""A large labelled PII corpus, generated with Faker: every one of the 16 types in English and
Chinese sentences, forms and lists, hostile spellings, and PII-free look-alikes.

Same JSON-lines format as data/router/router-dev.jsonl (``value`` is an exact substring of
``prompt``; ``label`` is always "local": the corpus is about privacy, not difficulty).
Deterministic for a given seed. Templates are split in two halves: A (even entries) for
developing the detector, B (odd entries) for reporting, so reported figures come from
sentences the detector was never tuned on.

Run: python -m bench.pii_corpus --half B --seed 20261130 --n 6000 --out /tmp/pii-B.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import Any

from bench import pii_corpus_negatives as neg
from bench.pii_corpus_templates import GENERIC, LABELS, NEEDS_LABEL, RECORDS, SPECIFIC
from bench.pii_corpus_values import FORMAT_TYPES, VALUE_MAKERS, Ctx

TYPES = tuple(VALUE_MAKERS)
INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
FILLERS = {
    "en": ["Quick one before my meeting.", "Thanks in advance!", "Sorry for the long message.", "Urgent, please.",
           "Also, keep it short.", "This is for work.", "No rush.", "Answer in English."],
    "zh": ["先说一下背景。", "谢谢！", "比较急，麻烦了。", "回复简短一点。", "这是工作上的事。", "不着急。", "用中文回答。",
           "顺便问一句。"],
}
_GROUPS = {"phone": (3, 4, 4), "credit_card": (4, 4, 4, 4), "bank_account": (4, 4, 4, 4, 3),
           "cn_resident_id": (6, 8, 4)}


def half_of(items: list[str], half: str) -> list[str]:
    """Half A: entries at even positions; half B: odd positions; anything else: all."""
    if half == "A":
        return items[0::2]
    if half == "B":
        return items[1::2]
    return items


def _fullwidth(value: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in value)


def _invisible(ctx: Ctx, value: str) -> str:
    chars = list(value)
    for _ in range(ctx.rng.randint(1, 2)):
        if len(chars) > 2:
            chars.insert(ctx.rng.randint(1, len(chars) - 1), ctx.pick(INVISIBLE))
    return "".join(chars)


def _regroup(ctx: Ctx, typ: str, value: str) -> str | None:
    digits = "".join(c for c in value if c.isalnum())
    sizes = _GROUPS.get(typ)
    if sizes is None or len(digits) < sum(sizes[:-1]) or value.startswith(("+", "0")):
        return None
    sep, parts, i = ctx.pick((" ", "-", " ", ".")), [], 0
    for size in sizes:
        if i < len(digits):
            parts.append(digits[i:i + size])
            i += size
    if i < len(digits):
        parts[-1] += digits[i:]
    return sep.join(parts)


def hostile(ctx: Ctx, typ: str, value: str) -> tuple[str, str]:
    """A hostile spelling of ``value`` and its kind: full-width characters, invisible characters
    inside, other digit separators, or no-break spaces."""
    kind = ctx.pick(("fullwidth", "invisible", "separators", "nbsp"))
    if kind == "separators":
        regrouped = _regroup(ctx, typ, value)
        if regrouped:
            return regrouped, kind
        kind = "invisible"
    if kind == "nbsp" and " " in value:
        return value.replace(" ", ctx.pick(("\u00a0", "\u3000", "\u202f"))), kind
    if kind == "fullwidth":
        return _fullwidth(value), kind
    return _invisible(ctx, value), "invisible"


def _place(template: str, label: str, value: str) -> str:
    return template.replace("{label}", label).replace("{v}", value)


def _wrap(ctx: Ctx, lang: str, half: str, prompt: str) -> str:
    """Sometimes a sentence before or after, so values sit at the start, middle and end."""
    roll = ctx.rng.random()
    filler = ctx.pick(half_of(FILLERS[lang], half))
    sep = "" if lang == "zh" else " "
    if roll < 0.12:
        return f"{filler}{sep}{prompt}"
    if roll < 0.24:
        return f"{prompt}{sep}{filler}"
    return prompt


def _positive(ctx: Ctx, typ: str, lang: str, half: str) -> tuple[str, list[dict[str, str]], str]:
    value = VALUE_MAKERS[typ](ctx, lang)
    key = "password" if typ == "api_key_secret" and not value.startswith(
        ("sk", "AKIA", "ASIA", "ghp_", "xox", "AIza", "glpat")) else typ
    form = "plain"
    if ctx.rng.random() < 0.15:
        value, form = hostile(ctx, typ, value)
    specific = half_of(SPECIFIC.get(key, {}).get(lang, []), half)
    use_specific = specific and (ctx.rng.random() < (0.7 if typ in ("person_name", "street_address") else 0.35))
    if key in NEEDS_LABEL and not specific:
        use_specific = False
    template = ctx.pick(specific) if use_specific else ctx.pick(half_of(GENERIC[lang], half))
    label = ctx.pick(half_of(LABELS[key][lang], half))
    prompt = _wrap(ctx, lang, half, _place(template, label, value))
    return prompt, [{"type": typ, "value": value}], form


def _record(ctx: Ctx, lang: str, half: str) -> tuple[str, list[dict[str, str]]]:
    prompt = ctx.pick(half_of(RECORDS[lang], half))
    pii = []
    for typ in TYPES:
        slot = "{" + typ + "}"
        while slot in prompt:
            value = VALUE_MAKERS[typ](ctx, lang)
            prompt = prompt.replace(slot, value, 1)
            pii.append({"type": typ, "value": value})
    if "\nname," in "\n" + prompt:  # a CSV list: a second row
        extra = [VALUE_MAKERS[t](ctx, lang) for t in ("person_name", "email", "phone")]
        prompt += "\n" + ",".join(extra)
        pii += [{"type": t, "value": v} for t, v in zip(("person_name", "email", "phone"), extra)]
    return prompt, pii


def _negative(ctx: Ctx, lang: str, half: str) -> tuple[str, str]:
    category = ctx.pick(tuple(neg.MAKERS))
    templates = half_of(neg.TEMPLATES[category][lang], half) or neg.TEMPLATES[category][lang]
    template = ctx.pick(templates)
    return _wrap(ctx, lang, half, template.replace("{v}", neg.MAKERS[category](ctx))), category


def generate(n: int, seed: int, half: str = "B") -> Iterator[dict[str, Any]]:
    """``n`` items: 70% one PII value (types in turn), 8% forms and lists, 22% PII-free."""
    ctx = Ctx.seeded(seed)
    for i in range(n):
        lang = "zh" if ctx.rng.random() < 0.5 else "en"
        roll = ctx.rng.random()
        if roll < 0.70:
            typ = TYPES[i % len(TYPES)]
            prompt, pii, form = _positive(ctx, typ, lang, half)
            category = f"pii/{typ}/{form}"
        elif roll < 0.78:
            prompt, pii = _record(ctx, lang, half)
            category = "pii/record"
        else:
            prompt, kind = _negative(ctx, lang, half)
            pii, category = [], f"none/{kind}"
        yield {"id": f"{half}{seed}-{i:05d}", "prompt": prompt, "lang": lang, "label": "local",
               "category": category, "pii": pii}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=6000)
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--half", choices=("A", "B", "all"), default="B")
    parser.add_argument("--out", default="-")
    args = parser.parse_args()
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
    with out:
        for item in generate(args.n, args.seed, args.half):
            out.write(json.dumps(item, ensure_ascii=False) + "\n")


__all__ = ["FORMAT_TYPES", "GENERIC", "TYPES", "generate", "half_of", "hostile"]

if __name__ == "__main__":
    main()
