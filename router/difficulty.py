"""Difficulty: the probability that a request needs the large cloud model.

A logistic regression over :mod:`router.features`. The weights are a small JSON file shipped in
``router/weights/``; :mod:`router.train` writes it. Inference is a sparse dot product in pure
Python, well under a millisecond.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from duet.router.features import extract

WEIGHTS_FILE = "difficulty.json"


@dataclass(frozen=True)
class DifficultyModel:
    bias: float
    weights: dict[str, float]
    meta: dict[str, Any]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DifficultyModel":
        return cls(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()}, dict(data.get("meta", {})))

    @classmethod
    def load(cls, path: str | Path) -> "DifficultyModel":
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    @classmethod
    def load_default(cls) -> "DifficultyModel":
        text = resources.files("duet.router").joinpath("weights", WEIGHTS_FILE).read_text(encoding="utf-8")
        return cls.from_dict(json.loads(text))

    def to_dict(self) -> dict[str, Any]:
        return {"bias": self.bias, "weights": self.weights, "meta": self.meta}

    def score(self, messages: list[dict[str, Any]], top: int = 5) -> tuple[float, list[tuple[str, float]]]:
        """(difficulty in [0, 1], the ``top`` features that moved it most, as (name, contribution))."""
        feats = extract(messages)
        z = self.bias
        contributions: list[tuple[str, float]] = []
        weight = self.weights.get
        for name, value in feats.items():
            w = weight(name)
            if w is not None and value:
                c = w * value
                z += c
                contributions.append((name, c))
        contributions.sort(key=lambda item: abs(item[1]), reverse=True)
        z = max(-30.0, min(30.0, z))
        return 1.0 / (1.0 + math.exp(-z)), [(n, round(c, 4)) for n, c in contributions[:top]]
