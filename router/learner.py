"""Fitting the difficulty model: L2-regularised logistic regression solved in its dual.

With far fewer rows (about 1,300) than features (2^18 n-gram buckets plus the named ones), the
weights are ``w = X^T a`` and only ``a`` (one number a row) is fitted, by Newton's method on the
Gram matrix ``K = X X^T`` — a few seconds, exact, and cross-validation only slices ``K``.
Feature groups get their own L2 strength by scaling: ``K = sum_g X_g X_g^T / l2_g``. The bias is
a constant feature with a large scale (practically unregularised).

Feature groups of a row (:func:`featurize`): ``named`` (structure and lexicon groups), ``grams``
(the n-gram blocks the model scores: the turn's edges and the previous turn), ``window`` (the window block alone: a plain character n-gram model, the
baseline) and ``vocab`` (English words and Chinese bigrams of the window, the vocabulary the
scorer used before the n-grams; kept to compare with).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from duet.router import ngrams
from duet.router.difficulty import DifficultyModel
from duet.router.features import read, tokens

Array = npt.NDArray[np.float64]
Row = dict[str, dict[Any, float]]
GROUPS = ("named", "grams", "window", "vocab")
BIAS_SCALE2 = 100.0
# The n-gram recipe: chosen by the dev set left out of training (docs/router.md); the vocabulary
# at the lexical recipe's own strength (0.3 to 1 lie within 0.001 AUC there).
NGRAMS = {"grams": 0.03, "named": 0.05, "vocab": 1.0}
# The scorer's recipe before the n-grams: named features and the vocabulary.
LEXICAL = {"named": 0.05, "vocab": 1.0}
# What ships: the n-gram recipe's logit plus half the lexical one's, each fitted apart — one linear
# model (their weights summed). Ahead of the n-gram recipe alone on every set written elsewhere,
# 0.001 behind it on the dev set left out (docs/router.md, "Figures").
SHIPPED: tuple[tuple[dict[str, float], float], ...] = ((NGRAMS, 1.0), (LEXICAL, 0.5))
MIN_WORD_WEIGHT = 1e-4  # smaller vocabulary weights are left out of the weights file


def item_messages(item: dict[str, Any]) -> list[dict[str, Any]]:
    return item.get("messages") or [{"role": "user", "content": item["prompt"]}]


def featurize(item: dict[str, Any]) -> Row:
    """One row's feature values per group (n-gram groups keyed by bucket)."""
    named, window, length, previous = read(item_messages(item))
    grams: dict[Any, float] = {}
    plain: dict[Any, float] = {}
    for block, _, buckets in ngrams.blocks(window, length, previous):
        _add(grams, buckets, ngrams.block_scale(block, buckets.size))
    body = ngrams.buckets(window)
    _add(plain, body, ngrams.block_scale(ngrams.WINDOW, body.size))
    return {"named": dict(named), "grams": grams, "window": plain, "vocab": dict.fromkeys(tokens(window), 1.0)}


def _add(row: dict[Any, float], buckets: ngrams.Buckets, scale: float) -> None:
    keys, counts = np.unique(buckets, return_counts=True)
    for key, count in zip(keys.tolist(), counts.tolist()):
        row[key] = row.get(key, 0.0) + count * scale


@dataclass
class Design:
    """Feature matrices per group (rows in item order), the named features' and the vocabulary's
    column names."""

    matrices: dict[str, Any]
    names: list[str]
    vocab: list[str]

    @classmethod
    def build(cls, rows: list[Row]) -> "Design":
        names = sorted({n for r in rows for n in r["named"]})
        vocab = sorted({n for r in rows for n in r["vocab"]})
        matrices = {"named": _sparse([r["named"] for r in rows], {n: i for i, n in enumerate(names)}),
                    "vocab": _sparse([r["vocab"] for r in rows], {n: i for i, n in enumerate(vocab)}),
                    "grams": _sparse([r["grams"] for r in rows], None),
                    "window": _sparse([r["window"] for r in rows], None)}
        return cls(matrices, names, vocab)

    def gram(self, group: str) -> Array:
        x = self.matrices[group]
        out: Array = np.asarray((x @ x.T).toarray(), dtype=np.float64)
        return out


def _sparse(rows: list[dict[Any, float]], index: dict[Any, int] | None) -> Any:
    r: list[int] = []
    c: list[int] = []
    v: list[float] = []
    for i, row in enumerate(rows):
        for key, value in row.items():
            r.append(i)
            c.append(int(key) if index is None else index[key])
            v.append(value)
    width = ngrams.SIZE if index is None else max(len(index), 1)
    return sp.csr_matrix((v, (r, c)), shape=(len(rows), width))


def kernel(grams: dict[str, Array], l2: dict[str, float]) -> Array:
    """The Gram matrix of a recipe: its groups, each divided by its L2 strength."""
    out: Array = sum((grams[g] / s for g, s in l2.items()), np.zeros_like(next(iter(grams.values()))))
    return out


def solve(k: Array, y: Array, iterations: int = 40) -> Array:
    """Dual coefficients ``a`` of the logistic regression with kernel ``k`` (plus the bias)."""
    kb = k + BIAS_SCALE2
    a = np.zeros(len(y))
    eye = np.eye(len(y))
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(kb @ a, -30.0, 30.0)))
        step = np.linalg.solve((p * (1.0 - p))[:, None] * kb + eye, p - y + a)
        a -= step
        if float(np.abs(step).max()) < 1e-7:
            break
    return a


def predict(k_test_train: Array, a: Array) -> Array:
    """Scores (logits) of test rows from their kernel rows against the training rows."""
    out: Array = (k_test_train + BIAS_SCALE2) @ a
    return out


def combine(parts: list[tuple[DifficultyModel, float]], meta: dict[str, Any]) -> DifficultyModel:
    """The sum of models' logits, weighted, as one model: its weights are theirs, summed."""
    weights: dict[str, float] = {}
    words: dict[str, float] = {}
    for model, coef in parts:
        for name, w in model.weights.items():
            weights[name] = weights.get(name, 0.0) + coef * w
        for name, w in model.words.items():
            words[name] = words.get(name, 0.0) + coef * w
    grams = sum((coef * m.grams for m, coef in parts), np.zeros_like(parts[0][0].grams))
    bias = sum(coef * m.bias for m, coef in parts)
    return DifficultyModel(round(bias, 5), {k: round(v, 5) for k, v in weights.items() if abs(v) >= 1e-5}, meta,
                           np.asarray(grams, dtype=np.float32),
                           words={k: round(v, 5) for k, v in words.items() if abs(v) >= MIN_WORD_WEIGHT})


def to_model(design: Design, rows: list[int], a: Array, l2: dict[str, float], meta: dict[str, Any]) -> DifficultyModel:
    """The primal weights ``w_g = X_g^T a / l2_g`` of a fit on ``rows`` of ``design``."""
    named = design.matrices["named"][rows].T @ a / l2.get("named", np.inf)
    grams = design.matrices["grams"][rows].T @ a / l2.get("grams", np.inf)
    vocab = design.matrices["vocab"][rows].T @ a / l2.get("vocab", np.inf)
    weights = {n: round(float(w), 5) for n, w in zip(design.names, named) if abs(w) >= 1e-5}
    words = {n: round(float(w), 5) for n, w in zip(design.vocab, vocab) if abs(w) >= MIN_WORD_WEIGHT}
    bias = round(float(BIAS_SCALE2 * a.sum()), 5)
    return DifficultyModel(bias, weights, meta, np.asarray(grams, dtype=np.float32), words=words)


class Trainer:
    """The same logistic regression on any named feature dicts (``bench.router_perplexity`` adds
    a perplexity feature to the named ones): vocabulary names (``w:``, ``z:``) seen in at least
    ``min_df`` rows get L2 ``l2_vocab``, the others ``l2_dense``."""

    def __init__(self, min_df: int = 3, l2_vocab: float = 1.0, l2_dense: float = 0.05) -> None:
        self.min_df, self.l2_vocab, self.l2_dense = min_df, l2_vocab, l2_dense

    def fit(self, feats: list[dict[str, float]], labels: list[int]) -> DifficultyModel:
        df: dict[str, int] = {}
        for f in feats:
            for name in f:
                df[name] = df.get(name, 0) + 1
        names = sorted(n for n, c in df.items() if not n.startswith(("w:", "z:")) or c >= self.min_df)
        x = _sparse([{n: v for n, v in f.items() if n in df and (not n.startswith(("w:", "z:")) or df[n] >= self.min_df)}
                     for f in feats], {n: i for i, n in enumerate(names)})
        root = np.sqrt([self.l2_vocab if n.startswith(("w:", "z:")) else self.l2_dense for n in names])
        xs = x @ sp.diags(1.0 / root)
        a = solve(np.asarray((xs @ xs.T).toarray(), dtype=np.float64), np.asarray(labels, dtype=float))
        w = (xs.T @ a) / root
        weights = {n: round(float(v), 5) for n, v in zip(names, w) if abs(v) >= 1e-5}
        return DifficultyModel(round(float(BIAS_SCALE2 * a.sum()), 5), weights, {"rows": len(labels)})
