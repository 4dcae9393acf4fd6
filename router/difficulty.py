"""Difficulty: the probability that a request needs the large cloud model.

A logistic regression over :mod:`router.features`: named features (structure, lexicon groups)
and hashed character n-grams (:mod:`router.ngrams`). The weights are one JSON file shipped in
``router/weights/``; :mod:`router.train` writes it. Scoring is a few numpy gathers and sums, a
fraction of a millisecond for a 4,000-character prompt.

Explanations name the features that moved the score most: named features, the strongest n-grams
of the request's edges and of the previous turn, and the whole body's total (``ng:*``). An n-gram
is named by a *training*
n-gram that falls in the same bucket (``names`` in the weights file), never by the prompt's own
text, so a trace cannot carry a piece of a private prompt.
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
from duet.router.features import Features, featurize

WEIGHTS_FILE = "difficulty.json"
_CANDIDATES = 8  # strongest n-grams looked at per block when explaining
_STRONG = 0.97  # quantile of |weight| above which an n-gram is a candidate (one comparison per n-gram)


def encode_hashed(weights: npt.NDArray[np.float32]) -> dict[str, Any]:
    """Non-zero bucket weights as base64: gaps between indices (uint32) and float16 values."""
    index = np.flatnonzero(weights).astype(np.uint32)
    gaps = np.diff(index, prepend=np.uint32(0)).astype("<u4")
    values = weights[index].astype("<f2")
    return {"bits": ngrams.BITS, "count": int(index.size),
            "gaps": base64.b64encode(gaps.tobytes()).decode("ascii"),
            "values": base64.b64encode(values.tobytes()).decode("ascii")}


def decode_hashed(data: dict[str, Any] | None) -> npt.NDArray[np.float32]:
    weights = np.zeros(1 << ngrams.BITS, dtype=np.float32)
    if not data:
        return weights
    if int(data["bits"]) != ngrams.BITS:
        raise ValueError(f"weights hashed into 2**{data['bits']} buckets; this build uses 2**{ngrams.BITS}")
    gaps = np.frombuffer(base64.b64decode(data["gaps"]), dtype="<u4")
    values = np.frombuffer(base64.b64decode(data["values"]), dtype="<f2")
    weights[np.cumsum(gaps, dtype=np.int64)] = values.astype(np.float32)
    return weights


@dataclass(frozen=True, eq=False)
class DifficultyModel:
    bias: float
    weights: dict[str, float]
    meta: dict[str, Any]
    hashed: npt.NDArray[np.float32] = field(default_factory=lambda: decode_hashed(None))
    names: dict[int, str] = field(default_factory=dict)
    strong: float = field(init=False, default=0.0)

    def __post_init__(self) -> None:
        nonzero = np.abs(self.hashed[self.hashed != 0])
        object.__setattr__(self, "strong", float(np.quantile(nonzero, _STRONG)) if nonzero.size else 0.0)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DifficultyModel":
        return cls(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()},
                   dict(data.get("meta", {})), decode_hashed(data.get("hashed")),
                   {int(k): str(v) for k, v in data.get("names", {}).items()})

    @classmethod
    def load(cls, path: str | Path) -> "DifficultyModel":
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    @classmethod
    def load_default(cls) -> "DifficultyModel":
        text = resources.files("duet.router").joinpath("weights", WEIGHTS_FILE).read_text(encoding="utf-8")
        return cls.from_dict(json.loads(text))

    def to_dict(self) -> dict[str, Any]:
        return {"bias": self.bias, "weights": self.weights, "meta": self.meta,
                "hashed": encode_hashed(self.hashed), "names": {str(k): v for k, v in sorted(self.names.items())}}

    def score(self, messages: list[dict[str, Any]], top: int = 5) -> tuple[float, list[tuple[str, float]]]:
        """(difficulty in [0, 1], the ``top`` features that moved it most, as (name, contribution))."""
        return self.score_features(featurize(messages), top)

    def score_features(self, feats: Features, top: int = 5) -> tuple[float, list[tuple[str, float]]]:
        z = self.bias
        contributions: list[tuple[str, float]] = []
        for name, value in feats.named.items():
            w = self.weights.get(name)
            if w is not None and value:
                z += w * value
                contributions.append((name, w * value))
        for block, buckets in feats.blocks:
            if buckets.size:
                gathered = self.hashed[buckets]
                scale = ngrams.block_scale(block, buckets.size)
                total = float(gathered.sum()) * scale
                z += total
                if top and block == ngrams.BODY:  # thousands of n-grams: its total (the edges name theirs)
                    contributions.append((f"{ngrams.BLOCK_NAMES[block]}:*", total))
                elif top:
                    contributions += self._strongest(block, buckets, gathered, scale)
        contributions.sort(key=lambda item: abs(item[1]), reverse=True)
        z = max(-30.0, min(30.0, z))
        return 1.0 / (1.0 + math.exp(-z)), [(n, round(c, 4)) for n, c in contributions[:top]]

    def _strongest(self, block: int, buckets: ngrams.Buckets, gathered: npt.NDArray[np.float32],
                   scale: float) -> list[tuple[str, float]]:
        """The block's strongest n-grams, each counted as often as it occurs (all of a strong
        bucket's occurrences are among the candidates, so counting them there is exact)."""
        strong = buckets[(gathered >= self.strong) | (gathered <= -self.strong)].astype(np.int64)
        if not strong.size:
            return []
        strong.sort()
        starts = np.flatnonzero(np.diff(strong, prepend=-1))
        counts = np.diff(np.append(starts, strong.size))
        found = strong[starts]
        contributions = self.hashed[found] * counts * scale
        if found.size > _CANDIDATES:
            keep = np.argpartition(-np.abs(contributions), _CANDIDATES - 1)[:_CANDIDATES]
            found, contributions = found[keep], contributions[keep]
        prefix = ngrams.BLOCK_NAMES[block]
        return [(f"{prefix}:" + (repr(self.names[b]) if b in self.names else f"#{b}"), float(c))
                for b, c in zip(found.tolist(), contributions.tolist())]
