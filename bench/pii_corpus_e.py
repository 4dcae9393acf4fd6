"""Corpus E: a labelled PII corpus in styles corpora A-D lack, written without reading the
detector. Chat exports with timestamps and handles (Slack, WhatsApp, WeChat, LINE), forwarded
e-mails with ``>`` quotes and From/To/Cc headers, OCR'd business cards, receipts, letterheads and
shipping labels (odd line breaks, ``O`` for ``0``, stray spaces), URLs, HTML and markdown
(``mailto:``, ``tel:``, ``<td>``), XML/TOML/INI/YAML configs, SQL statements, stack traces and log
lines, vCards and calendar invites, CVs, invoices, bank statements, medical and insurance forms,
rental contracts, delivery notes, voice-assistant transcripts, Hong Kong, Taiwan and Singapore
forms, English requests with German/French/Spanish field words, lists of several people.
About three in ten items are PII-free look-alikes of many kinds (bench/pii_corpus_e_lookalikes.py).

Labels follow data/README.md: full names of private people only, passwords in configs and
connection settings are ``api_key_secret``, placeholders and documented example keys are not,
a medical record is its number; Singapore NRICs, UK NI numbers and Spanish DNI/NIE are
``national_id``; Taiwan IDs (as in corpus C) and Hong Kong identity cards are
``cn_resident_id``. Same JSON-lines format as data/router/router-dev.jsonl. Frames are split:
``dev`` (E-dev, for work on the detector) and ``test`` (E-test, measured by type only, never read).

Run: python -m bench.pii_eval --corpus E --part dev --seed 1 --n 4000
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from typing import Any

from bench import pii_corpus_e_frames as fa
from bench import pii_corpus_e_frames_docs as fb
from bench.pii_corpus_c_frames import part_of
from bench.pii_corpus_c_values import CtxC, labels_in
from bench.pii_corpus_e_lookalikes import LOOKALIKES
from bench.pii_corpus_e_negatives import NEGATIVES
from bench.pii_corpus_e_values import SLOTS, national_id_with_key, ocr_noise, pii_value

SLOT = re.compile(r"\{(\w+)\}")
Label = dict[str, str]
STYLE_FRAMES: dict[str, dict[str, list[str]]] = {
    "chat": fa.CHATS, "email": fa.EMAILS, "ocr": fa.OCR, "markup": fa.MARKUP, "config": fa.CONFIGS, "sql": fa.SQL,
    "log": fb.LOGS, "card": fb.CARDS, "document": fb.DOCUMENTS, "transcript": fb.TRANSCRIPTS,
    "regional": fb.REGIONAL, "foreign": fb.FOREIGN, "list": fb.LISTS,
}
WEIGHTS = (("chat", 0.07), ("email", 0.06), ("ocr", 0.06), ("markup", 0.06), ("config", 0.06), ("sql", 0.05),
           ("log", 0.06), ("card", 0.04), ("document", 0.08), ("transcript", 0.04), ("regional", 0.04),
           ("foreign", 0.04), ("list", 0.04))  # 0.70 in all; the rest: PII-free look-alikes


def _slot_value(ctx: CtxC, slot: str, lang: str, style: str) -> tuple[str, Label | None]:
    """The text for one slot, and its label when it is PII."""
    if slot == "nid":
        key, value = national_id_with_key(ctx)
        return f"{key} {value}", {"type": "national_id", "value": value}
    if slot in SLOTS:
        value = pii_value(ctx, slot, lang).strip()
        if style == "ocr":
            value = ocr_noise(ctx, value)
        return value, {"type": SLOTS[slot], "value": value}
    if slot in LOOKALIKES:
        return LOOKALIKES[slot](ctx), None
    return "{" + slot + "}", None


def fill(ctx: CtxC, frame: str, lang: str, style: str = "") -> tuple[str, list[Label]]:
    """The frame with every slot filled, and the labels of the PII values put in."""
    pieces: list[str] = []
    labels: list[Label] = []
    last = 0
    for match in SLOT.finditer(frame):
        pieces.append(frame[last:match.start()])
        last = match.end()
        text, label = _slot_value(ctx, match.group(1), lang, style)
        if label and label["type"] == "ip_address" and ":" in text and frame[last:last + 1] == ":":
            text = f"[{text}]"  # an IPv6 address before a port is written in brackets, as URLs require
        pieces.append(text)
        if label:
            labels.append(label)
    pieces.append(frame[last:])
    text = "".join(pieces)
    return text, labels_in(text, labels)


def _ocr_lines(ctx: CtxC, frame: str) -> str:
    """What a scan does to the layout of a frame (before its slots are filled, so that no value is
    cut): a line broken after its colon, a double space, all line breaks lost."""
    lines = frame.split("\n")
    out: list[str] = []
    for line in lines:
        roll = ctx.rng.random()
        if roll < 0.1 and ": " in line:
            line = line.replace(": ", ":\n", 1)
        elif roll < 0.2:
            line = line.replace(" ", "  ", 1)
        out.append(line)
    return "\n".join(out) if ctx.rng.random() < 0.8 else " ".join(out)


def one(ctx: CtxC, part: str) -> tuple[str, str, list[Label]]:
    """(prompt, lang, labels) of one item."""
    style = ctx.weighted(WEIGHTS, "negative")
    frames = NEGATIVES if style == "negative" else STYLE_FRAMES[style]
    lang = ctx.pick(sorted(frames))
    frame = ctx.pick(part_of(frames[lang], part))
    if lang == "en" and style in ("chat", "transcript", "negative") and ctx.rng.random() < 0.15:
        frame = frame.lower()
    if style == "ocr":
        frame = _ocr_lines(ctx, frame)
    text, labels = fill(ctx, frame, lang, style)
    return text, "en" if lang == "en" else "zh", labels


def generate(n: int, seed: int, part: str) -> Iterator[dict[str, Any]]:
    """``n`` items of part ``dev`` or ``test``; about three in ten are PII-free."""
    ctx = CtxC(random.Random(f"E-{part}-{seed}"))
    for i in range(n):
        prompt, lang, pii = one(ctx, part)
        yield {"id": f"E{part}-{seed}-{i:05d}", "prompt": prompt, "lang": lang, "label": "local",
               "category": "pii_corpus_e", "pii": pii}
