"""What corpora F and G share: frames with slots (``{name}``, ``{phone_2}``, ``{card:nosp}``)
filled by value makers, each PII slot labelled with the value exactly as written, frames split
into a ``dev`` and a ``test`` part, and the items in data/router/router-dev.jsonl's format."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from bench.pii_corpus_f_values import Ctx

SLOT = re.compile(r"\{([a-z][a-z0-9]*)(?:_(\d))?(?::([a-z]+))?\}")  # {slot}, {slot_2}, {slot:mod}
Maker = Callable[[Ctx, str], str]


def fixed(maker: Callable[[Ctx], str]) -> Maker:
    """A maker that does not depend on the item's language."""
    return lambda ctx, lang: maker(ctx)


def part_of(frames: list[str], part: str) -> list[str]:
    """The frames of a part: ``dev`` (every other frame, from the first: read when working on
    the detector), ``test`` (the rest: measured, never read) or ``all``."""
    return frames[0::2] if part == "dev" else frames[1::2] if part == "test" else frames


@dataclass(frozen=True)
class SlotCorpus:
    """A corpus: its slots (slot → PII type and maker), fillers (non-PII slots), modifiers of a
    written value, the noise pasted text adds to a value, and its frames and look-alikes."""

    letter: str
    slots: dict[str, tuple[str, Maker]]
    fillers: dict[str, Callable[[Ctx], str]]
    mods: dict[str, Callable[[str], str]]
    noise: Callable[[Ctx, str, str, str], str]
    frames: dict[str, list[str]]
    lookalikes: dict[str, list[str]]
    lookalike_share: float
    is_kid: Callable[[str], bool]  # whether a frame's birth dates are a child's

    def _value(self, ctx: Ctx, base: str, lang: str, taken: list[str]) -> str:
        """A fresh value for the slot ``base``, unlike the values this item already holds."""
        for _ in range(8):
            value = (self.slots[base][1](ctx, lang) if base in self.slots else self.fillers[base](ctx)).strip()
            if value not in taken:
                break
        return value

    def fill(self, ctx: Ctx, frame: str, lang: str) -> tuple[str, list[dict[str, str]]]:
        """The frame with every slot filled, and the labels of the PII slots (each value once)."""
        ctx.start_item(kid=self.is_kid(frame))
        values: dict[str, str] = {}
        labels: list[dict[str, str]] = []

        def put(match: re.Match[str]) -> str:
            base, index, mod = match.group(1), match.group(2) or "", match.group(3)
            if base + index not in values:
                values[base + index] = self._value(ctx, base, lang, list(values.values()))
            text = self.mods[mod](values[base + index]) if mod else values[base + index]
            if base in self.slots:
                typ = self.slots[base][0]
                text = self.noise(ctx, text, typ, lang)
                if {"type": typ, "value": text} not in labels:
                    labels.append({"type": typ, "value": text})
            return text

        return SLOT.sub(put, frame), labels

    def generate(self, n: int, seed: int, part: str = "all") -> Iterator[dict[str, Any]]:
        """``n`` items from the frames of ``part``, the same for the same seed."""
        ctx = Ctx(random.Random(seed))
        prefix = self.letter if part == "all" else self.letter + part
        for i in range(n):
            lang = "en" if ctx.chance(0.5) else "zh"
            pool = part_of(self.lookalikes[lang] if ctx.chance(self.lookalike_share) else self.frames[lang], part)
            prompt, labels = self.fill(ctx, ctx.pick(pool), lang)
            yield {"id": f"{prefix}-{seed}-{i:05d}", "prompt": prompt, "lang": lang, "label": "local",
                   "category": f"pii_corpus_{self.letter.lower()}", "pii": labels}
