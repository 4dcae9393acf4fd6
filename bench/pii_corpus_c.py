"""Corpus C: a labelled PII corpus in another style than corpus A/B, written apart from both and
from the detector. Chat messages, ``key: value`` forms, JSON and YAML snippets, markdown tables,
e-mail signatures, Chinese SMS without spaces, bare values with no keyword, keywords in other
languages, several values in one prompt; values from Faker in sixteen locales, sometimes
full-width or with invisible characters; PII-free look-alikes.

Same JSON-lines format as data/router/router-dev.jsonl. Frames and keywords are split:
``dev`` (C-dev, for fixing the detector) and ``test`` (C-test, measured only at the end).

Run: python -m bench.pii_eval --corpus C --part dev --seed 1 --n 4000
"""

from __future__ import annotations

import json
import random
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from bench import pii_corpus_c_frames as fr
from bench.pii_corpus_c_negatives import negative
from bench.pii_corpus_c_values import MAKERS, NATIONAL_KEYS, CtxC

TYPES = tuple(MAKERS)
INVISIBLE = ("\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e")
Label = dict[str, str]


def _fullwidth(value: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in value)


def _spoil(ctx: CtxC, value: str) -> str:
    """Sometimes type the value full-width or with an invisible character inside."""
    roll = ctx.rng.random()
    if roll < 0.05:
        return _fullwidth(value)
    if roll < 0.10 and len(value) > 3:
        i = ctx.rng.randrange(1, len(value) - 1)
        return value[:i] + ctx.pick(INVISIBLE) + value[i:]
    if roll < 0.12 and " " in value:
        return value.replace(" ", "\u00a0")
    return value


def _keyword(ctx: CtxC, typ: str, lang: str, part: str) -> str:
    if typ == "national_id":  # the keyword of the country whose number was made last
        return ctx.pick(fr.part_of(NATIONAL_KEYS[ctx.kind][0], part))
    words = fr.KEYWORDS[typ]
    pool = lang if ctx.rng.random() < 0.8 else "xx"
    return ctx.pick(fr.part_of(words[pool], part))


def _value(ctx: CtxC, typ: str) -> str:
    return _spoil(ctx, MAKERS[typ](ctx))


def _chat(ctx: CtxC, lang: str, part: str) -> tuple[str, list[Label]]:
    typ = ctx.pick(TYPES)
    value = _value(ctx, typ)
    frame = ctx.pick(fr.part_of(fr.CHAT[lang], part))
    word = _keyword(ctx, typ, lang, part)
    if word[-1].isascii() and word[-1].isalnum():  # nobody glues a Latin word to the value
        frame = frame.replace("{k}{v}", "{k} {v}")
    text = frame.replace("{k}", word).replace("{v}", value)
    return text, [{"type": typ, "value": value}]


def _evident(typ: str, value: str) -> bool:
    """Whether a reader knows the value without a keyword: a Chinese debit card of 19 digits, a
    phone with its country code or a Chinese mobile, a password that is not a random word."""
    digits = "".join(c for c in unicodedata.normalize("NFKC", value) if c.isdigit())
    if typ == "bank_account":
        return len(digits) == 19
    if typ == "phone":
        return value.lstrip("(").startswith(("+", "00")) or (len(digits) == 11 and digits[0] == "1")
    if typ == "api_key_secret":  # 32 hex digits are as often a hash
        return len(value) >= 20 and not all(c in "0123456789abcdef" for c in value)
    if typ == "cn_resident_id":  # a Taiwan ID (a letter and nine digits) needs its keyword
        return len(digits) >= 15
    if typ == "credit_card":  # a bare UnionPay number may as well be a debit card
        return not digits.startswith("62")
    return True


def _bare(ctx: CtxC, lang: str, part: str) -> tuple[str, list[Label]]:
    typ = ctx.pick(fr.SELF_EVIDENT)
    value = _value(ctx, typ)
    while not _evident(typ, value):
        value = _value(ctx, typ)
    frame = ctx.pick(fr.part_of(fr.BARE[lang], part))
    return frame.replace("{v}", value), [{"type": typ, "value": value}]


def _fields(ctx: CtxC, part: str, count: int) -> list[tuple[str, str, str | None]]:
    """``count`` (field name, value, type or None) triples, most of them PII."""
    out: list[tuple[str, str, str | None]] = []
    for _ in range(count):
        if ctx.rng.random() < 0.7:
            typ = ctx.pick(TYPES)
            value = _value(ctx, typ)
            names = NATIONAL_KEYS[ctx.kind][1] if typ == "national_id" else fr.FIELD_NAMES[typ]
            out.append((ctx.pick(fr.part_of(names, part)), value, typ))
        else:
            name = ctx.pick(sorted(fr.PLAIN_FIELDS))
            out.append((name, _plain(ctx, ctx.pick(fr.PLAIN_FIELDS[name])), None))
    return out


def _plain(ctx: CtxC, pattern: str) -> str:
    for slot, n in (("{n1}", 1), ("{n2}", 2), ("{n3}", 3), ("{n6}", 6), ("{n8}", 8)):
        while slot in pattern:
            pattern = pattern.replace(slot, str(ctx.rng.randrange(10 ** (n - 1), 10 ** n)), 1)
    return pattern


def _labels(fields: list[tuple[str, str, str | None]]) -> list[Label]:
    return [{"type": t, "value": v} for _, v, t in fields if t]


def _form(ctx: CtxC, lang: str, part: str) -> tuple[str, list[Label]]:
    fields = _fields(ctx, part, ctx.rng.randrange(2, 6))
    sep = ctx.pick((": ", ":", " = ", "：", "\t"))
    body = "\n".join(f"{k}{sep}{v}" for k, v, _ in fields)
    return f"{ctx.pick(fr.INTROS[lang])}\n{body}".strip(), _labels(fields)


def _json(ctx: CtxC, lang: str, part: str) -> tuple[str, list[Label]]:
    fields = _fields(ctx, part, ctx.rng.randrange(2, 6))
    body = json.dumps({k: v for k, v, _ in fields}, ensure_ascii=False, indent=ctx.pick((None, 2)))
    pii = [p for p in _labels(fields) if p["value"] in body]
    return f"{ctx.pick(fr.INTROS[lang])}\n```json\n{body}\n```".strip(), pii


def _yaml(ctx: CtxC, lang: str, part: str) -> tuple[str, list[Label]]:
    fields = _fields(ctx, part, ctx.rng.randrange(2, 6))
    lines = [f"  {k}: {json.dumps(v, ensure_ascii=False) if ctx.rng.random() < 0.3 else v}" for k, v, _ in fields]
    body = ctx.pick(("user:", "contact:", "customer:", "env:")) + "\n" + "\n".join(lines)
    return f"{ctx.pick(fr.INTROS[lang])}\n{body}".strip(), _labels(fields)


def _cell(ctx: CtxC, name: str, typ: str | None) -> tuple[str, str, str | None]:
    """A cell of a second row: a value of the column's type (a national ID only of the header's
    country, so none), or a plain value."""
    if typ and typ != "national_id":
        return name, _value(ctx, typ), typ
    return name, "n/a" if typ else _plain(ctx, ctx.pick(fr.PLAIN_FIELDS[name])), None


def _table(ctx: CtxC, lang: str, part: str) -> tuple[str, list[Label]]:
    rows = [_fields(ctx, part, 3)]
    names = [k for k, _, _ in rows[0]]
    if ctx.rng.random() < 0.5:  # a second row under the same header, with values of the same kind
        rows.append([_cell(ctx, k, t) for k, _, t in rows[0]])
    lines = ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    lines += ["| " + " | ".join(v for _, v, _ in row) + " |" for row in rows]
    pii = [label for row in rows for label in _labels(row)]
    return f"{ctx.pick(fr.INTROS[lang])}\n" + "\n".join(lines), pii


def _signature(ctx: CtxC, lang: str, part: str) -> tuple[str, list[Label]]:
    types = ["phone", "email"]
    values = [_value(ctx, "phone"), _value(ctx, "email")]
    while not _evident("phone", values[0]):
        values[0] = _value(ctx, "phone")
    frame = ctx.pick(fr.part_of(fr.SIGNATURES, part))
    body = frame.replace("{name}", ctx.pick(fr.NAMES)).replace("{title}", ctx.pick(fr.TITLES))
    body = body.replace("{f1}", values[0]).replace("{f2}", values[1])
    lead = "Please reply to this for me:\n\nHi, thanks for the quote.\n" if lang == "en" else "帮我回复这封邮件：\n\n您好，报价收到。\n"
    return lead + body, [{"type": t, "value": v} for t, v in zip(types, values)]


def _several(ctx: CtxC, lang: str, part: str) -> tuple[str, list[Label]]:
    """Chinese SMS without spaces, or an English run-on message, with two to four values."""
    picks = [ctx.pick(TYPES) for _ in range(ctx.rng.randrange(2, 5))]
    pieces, pii = [], []
    for typ in picks:
        value = _value(ctx, typ)
        word = _keyword(ctx, typ, lang, part)
        glue = ctx.pick(("", "", "：", ":", "是")) if lang == "zh" else ctx.pick((" ", ": ", " is ", " - "))
        if not glue and word[-1].isascii() and word[-1].isalnum():
            glue = ctx.pick((" ", "："))
        pieces.append(f"{word}{glue}{value}")
        pii.append({"type": typ, "value": value})
    joiner = ctx.pick(("，", "；", " ", "。")) if lang == "zh" else ctx.pick((", ", "; ", " and ", "\n"))
    tail = ctx.pick(("到了联系我", "谢谢", "", "急")) if lang == "zh" else ctx.pick(("thx", "", "ASAP pls"))
    return joiner.join(pieces) + ("，" if lang == "zh" and tail else " ") + tail, pii


STYLES: list[tuple[float, Callable[[CtxC, str, str], tuple[str, list[Label]]]]] = [
    (0.30, _chat), (0.10, _bare), (0.10, _form), (0.08, _json), (0.06, _yaml), (0.06, _table),
    (0.05, _signature), (0.10, _several),
]


def generate(n: int, seed: int, part: str) -> Iterator[dict[str, Any]]:
    """``n`` items of part ``dev`` or ``test``; about a quarter are PII-free."""
    ctx = CtxC(random.Random(f"C-{part}-{seed}"))
    for i in range(n):
        lang = "zh" if ctx.rng.random() < 0.5 else "en"
        roll, acc = ctx.rng.random(), 0.0
        prompt, pii = negative(ctx, lang, part), []
        for weight, style in STYLES:
            acc += weight
            if roll < acc:
                prompt, pii = style(ctx, lang, part)
                break
        pii = [p for p in pii if p["value"] in prompt]
        yield {"id": f"C{part}-{seed}-{i:05d}", "prompt": prompt, "lang": lang, "label": "local",
               "category": "pii_corpus_c", "pii": pii}
