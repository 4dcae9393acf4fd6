"""Corpus D: a labelled PII corpus in styles corpora A-C lack: in-car and smart-home commands,
pasted e-mails and chat threads with signatures, CSV/TSV exports and log lines, code and config
snippets (connection strings, env files, curl commands, JSON payloads), forms filled in one
sentence, customer-service messages, Chinese without spaces, mixed Chinese-English, Traditional
Chinese, lower case and typos. All sixteen types (names and street addresses included) plus
national IDs; values from Faker in many locales with valid check digits; PII-free look-alikes
(order, tracking and invoice numbers, versions, hashes, UUIDs, ISBNs, flight numbers,
timestamps, prices, failing checksums, public figures, placeholder keys, loopback addresses).

Labels follow data/README.md: full names of private people only, passwords in connection
strings and env files are ``api_key_secret``, placeholders are not, a medical record is its
number. Same JSON-lines format as data/router/router-dev.jsonl. Frames are split: ``dev``
(D-dev, for fixing the detector) and ``test`` (D-test, measured only, never read).

Run: python -m bench.pii_eval --corpus D --part dev --seed 1 --n 4000
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from typing import Any

from bench.pii_corpus_c_frames import part_of
from bench.pii_corpus_c_values import CtxC, labels_in
from bench.pii_corpus_d_frames import NEGATIVES, STYLE_FRAMES
from bench.pii_corpus_d_values import LOOKALIKES, SLOTS, national_id_with_key, pii_value

SLOT = re.compile(r"\{(\w+)\}")
INVISIBLE = ("\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad")
Label = dict[str, str]
WEIGHTS = (("command", 0.16), ("email", 0.11), ("export", 0.10), ("code", 0.11), ("form", 0.09),
           ("service", 0.09), ("runon", 0.07), ("mixed", 0.04), ("typo", 0.04))  # the rest: look-alikes


def _spoil(ctx: CtxC, value: str) -> str:
    """Rarely: full-width, or an invisible character inside."""
    roll = ctx.rng.random()
    if roll < 0.03:
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in value)
    if roll < 0.06 and len(value) > 3:
        i = ctx.rng.randrange(1, len(value) - 1)
        return value[:i] + ctx.pick(INVISIBLE) + value[i:]
    return value


def fill(ctx: CtxC, frame: str, lang: str) -> tuple[str, list[Label]]:
    """The frame with every slot filled, and the labels of the PII values put in."""
    pieces: list[str] = []
    labels: list[Label] = []
    last = 0
    for match in SLOT.finditer(frame):
        slot = match.group(1)
        pieces.append(frame[last:match.start()])
        last = match.end()
        if slot == "nid":
            key, value = national_id_with_key(ctx)
            pieces.append(f"{key} {value}")
            labels.append({"type": "national_id", "value": value})
        elif slot in SLOTS:
            raw = pii_value(ctx, slot, lang)
            value = _spoil(ctx, raw)
            # an IPv6 address before a port is written in brackets, as URLs require
            pieces.append(f"[{value}]" if slot == "ip" and ":" in raw and frame[last:last + 1] == ":" else value)
            labels.append({"type": SLOTS[slot], "value": value})
        elif slot in LOOKALIKES:
            pieces.append(LOOKALIKES[slot](ctx))
        else:
            pieces.append(match.group(0))
    pieces.append(frame[last:])
    text = "".join(pieces)
    return text, labels_in(text, labels)


def one(ctx: CtxC, part: str) -> tuple[str, str, list[Label]]:
    """(prompt, lang, labels) of one item."""
    style = ctx.weighted(WEIGHTS, "negative")
    frames = NEGATIVES if style == "negative" else STYLE_FRAMES[style]
    lang = ctx.pick(sorted(frames))
    frame = ctx.pick(part_of(frames[lang], part))
    if lang == "en" and ctx.rng.random() < 0.1:
        frame = frame.lower()
    text, labels = fill(ctx, frame, lang)
    return text, "en" if lang == "en" else "zh", labels


def generate(n: int, seed: int, part: str) -> Iterator[dict[str, Any]]:
    """``n`` items of part ``dev`` or ``test``; about a fifth are PII-free."""
    ctx = CtxC(random.Random(f"D-{part}-{seed}"))
    for i in range(n):
        prompt, lang, pii = one(ctx, part)
        yield {"id": f"D{part}-{seed}-{i:05d}", "prompt": prompt, "lang": lang, "label": "local",
               "category": "pii_corpus_d", "pii": pii}
