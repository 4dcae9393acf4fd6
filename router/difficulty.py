"""Difficulty: the probability that a request needs the large cloud model.

A logistic regression over three kinds of features: the named ones of :mod:`router.features`
(structure, lexicon groups), hashed character n-grams of the same windows
(:mod:`router.ngrams`) and the window's vocabulary (English words and Chinese character bigrams,
:func:`router.features.tokens`, present or not). The weights are a JSON file shipped in ``router/weights/``;
:mod:`router.train` writes it. Scoring is a sparse dot product for the named features and one
numpy gather and sum per n-gram block.

Explanations name an n-gram by a *training* n-gram of its bucket (stored with the weights, digits
as ``0``), never by the prompt's own text; n-grams whose bucket has no stored name are summed as
``<block>:*``; the vocabulary's share is always summed as ``words:*``, since a word would be
the prompt's own text.
"""

from __future__ import annotations

import base64
import json
import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from duet.router import ngrams
from duet.router.features import EN_WORD, read, request_part
from duet.router.request import REQUEST_AT

WEIGHTS_FILE = "difficulty.json"

Vector = npt.NDArray[np.float32]


@dataclass(frozen=True, eq=False)
class DifficultyModel:
    bias: float
    weights: dict[str, float]
    meta: dict[str, Any]
    grams: Vector = field(default_factory=lambda: np.zeros(ngrams.SIZE, dtype=np.float32))
    gram_names: dict[int, str] = field(default_factory=dict)
    words: dict[str, float] = field(default_factory=dict)  # "w:word" / "z:bigram" -> weight
    _english: dict[str, float] = field(init=False, repr=False)
    _bigram_codes: npt.NDArray[np.uint64] = field(init=False, repr=False)  # sorted, (first << 32) | second
    _bigram_weights: npt.NDArray[np.float64] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        english = {k[2:]: v for k, v in self.words.items() if k.startswith("w:")}
        chinese = sorted(((ord(k[2]) << 32) | ord(k[3]), v) for k, v in self.words.items()
                         if k.startswith("z:") and len(k) == 4)
        object.__setattr__(self, "_english", english)
        object.__setattr__(self, "_bigram_codes", np.array([c for c, _ in chinese], dtype=np.uint64))
        object.__setattr__(self, "_bigram_weights", np.array([w for _, w in chinese], dtype=np.float64))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DifficultyModel":
        block = data.get("ngrams")
        grams = np.zeros(ngrams.SIZE, dtype=np.float32)
        names: dict[int, str] = {}
        if block:
            if int(block["bits"]) != ngrams.BITS:
                raise ValueError(f"n-gram weights for {block['bits']} bits; this scorer hashes into {ngrams.BITS}")
            raw = np.frombuffer(base64.b64decode(block["float16"]), dtype=np.float16)
            grams = raw.astype(np.float32)
            names = {int(k): str(v) for k, v in block.get("names", {}).items()}
        return cls(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()},
                   dict(data.get("meta", {})), grams, names,
                   {k: float(v) for k, v in data.get("words", {}).items()})

    @classmethod
    def load(cls, path: str | Path) -> "DifficultyModel":
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    @classmethod
    def load_default(cls) -> "DifficultyModel":
        text = resources.files("duet.router").joinpath("weights", WEIGHTS_FILE).read_text(encoding="utf-8")
        return cls.from_dict(json.loads(text))

    def to_dict(self) -> dict[str, Any]:
        data = base64.b64encode(self.grams.astype(np.float16).tobytes()).decode("ascii")
        return {"bias": self.bias, "weights": self.weights, "meta": self.meta, "words": self.words,
                "ngrams": {"bits": ngrams.BITS, "float16": data,
                           "names": {str(k): v for k, v in sorted(self.gram_names.items())}}}

    def score(self, messages: list[dict[str, Any]], top: int = 5) -> tuple[float, list[tuple[str, float]]]:
        """(difficulty in [0, 1], the ``top`` features that moved it most, as (name, contribution)).

        A turn that pastes material under a request (router/request.py) is at least as hard as
        its request read alone: "what's your best theory and what do I check next?" over a page
        of logs is hard whatever the logs read like, while the features of a long paste (its
        length, its many sentences) describe the material more than the task."""
        difficulty, contributions, window, length = self._score(messages, top)
        parts = request_part(window, length) if length >= REQUEST_AT else None
        if parts is not None:
            alone, why = self._score([{"role": "user", "content": parts[0]}], top)[:2]
            if alone > difficulty:
                return alone, [("r:request_alone", round(alone - difficulty, 4))] + why[:max(0, top - 1)]
        return difficulty, contributions

    def _score(self, messages: list[dict[str, Any]], top: int) -> tuple[float, list[tuple[str, float]], str, int]:
        """(difficulty, top contributions, the last user turn's scan window, that turn's length)."""
        feats, window, length, previous = read(messages)
        z = self.bias
        contributions: list[tuple[str, float]] = []
        weight = self.weights.get
        for name, value in feats.items():
            w = weight(name)
            if w is not None and value:
                c = w * value
                z += c
                if top:
                    contributions.append((name, c))
        if self.words:
            total = self._words_total(window)
            z += total
            if top and total:
                contributions.append(("words:*", total))
        grams = self.grams
        for block, text, buckets in ngrams.blocks(window, length, previous):
            if not buckets.size:
                continue
            scale = ngrams.block_scale(block, buckets.size)
            values = grams[buckets]
            total = float(values.sum()) * scale
            z += total
            if top:
                contributions += self._explain_block(block, values, buckets, scale, total)
        z = max(-30.0, min(30.0, z))
        difficulty = 1.0 / (1.0 + math.exp(-z))
        if not top:
            return difficulty, [], window, length
        contributions.sort(key=lambda item: abs(item[1]), reverse=True)
        return difficulty, [(n, round(c, 4)) for n, c in contributions[:top]], window, length

    def _words_total(self, window: str) -> float:
        """The summed weights of the window's distinct vocabulary tokens (:func:`router.features.tokens`):
        English words by a set intersection, Chinese bigrams as code-point pairs looked up with
        numpy (building some 500 two-character strings costs more than the rest of the score)."""
        english = self._english
        total = sum(english[w] for w in english.keys() & set(EN_WORD.findall(window)))
        if window.isascii() or not self._bigram_codes.size:
            return total
        c = np.frombuffer(window.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        cjk = (c >= 0x4E00) & (c <= 0x9FFF)
        pairs = np.unique(((c[:-1] << np.uint64(32)) | c[1:])[cjk[:-1] & cjk[1:]])  # bigrams inside Chinese runs
        at = np.minimum(np.searchsorted(self._bigram_codes, pairs), self._bigram_codes.size - 1)
        found = self._bigram_codes[at] == pairs
        return total + float(self._bigram_weights[at[found]].sum())

    def _explain_block(self, block: int, values: Vector, buckets: ngrams.Buckets, scale: float,
                       total: float) -> list[tuple[str, float]]:
        """The block's strongest raising and lowering n-gram, named by a training n-gram of their
        bucket, and the rest of the block as ``<block>:*``."""
        prefix = ngrams.BLOCK_NAMES[block]
        out: list[tuple[str, float]] = []
        for position in {int(values.argmax()), int(values.argmin())}:
            gram = self.gram_names.get(int(buckets[position]))
            if gram is not None:
                out.append((f"{prefix}:{gram!r}", float(values[position]) * scale))
        rest = total - sum(c for _, c in out)
        if abs(rest) > 1e-6:
            out.append((f"{prefix}:*", rest))
        return out
