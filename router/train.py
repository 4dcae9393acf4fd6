"""Train the difficulty model: ``python -m duet.router.train``.

Data (JSON Lines, the ``duet eval-router`` format) come from ``data/router/``:
``router-dev.jsonl`` and every ``extra-*.jsonl`` are training data; every ``heldout-*.jsonl`` is
never trained on. The trainer prints honest figures first (:mod:`router.crossval`: 5-fold,
leave-one-source-out and leave-one-category-out, the held-out files), then fits on all training
data and writes ``router/weights/difficulty.json``.

The fit is an L2-regularised logistic regression by Nesterov-accelerated full-batch gradient
descent over a sparse design matrix (numpy only, a few seconds).
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from duet.router import ngrams
from duet.router.difficulty import DifficultyModel
from duet.router.features import Features, featurize

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / "data" / "router"
DEFAULT_OUT = Path(__file__).resolve().parent / "weights" / "difficulty.json"
HASHED = 1 << ngrams.BITS

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def item_messages(item: dict[str, Any]) -> list[dict[str, Any]]:
    return item.get("messages") or [{"role": "user", "content": item["prompt"]}]


def labels_of(items: list[dict[str, Any]]) -> list[int]:
    return [1 if it["label"] == "cloud" else 0 for it in items]


def _counts(buckets: ngrams.Buckets) -> tuple[IntArray, FloatArray]:
    """Distinct buckets and how often each occurs (a sort, cheaper than np.unique here)."""
    ordered = np.sort(buckets.astype(np.int64))
    starts = np.flatnonzero(np.diff(ordered, prepend=-1))
    counts = np.diff(np.append(starts, ordered.size))
    return ordered[starts], counts.astype(np.float64)


class Design:
    """A sparse design matrix (rows of column ids and values) over hashed and named features."""

    def __init__(self, feats: list[Features], named: dict[str, int]) -> None:
        cols: list[IntArray] = []
        vals: list[FloatArray] = []
        lengths = []
        for f in feats:
            row_cols, row_vals = [], []
            for block, buckets in f.blocks:
                if buckets.size:
                    ids, counts = _counts(buckets)
                    row_cols.append(ids)
                    row_vals.append(counts * ngrams.block_scale(block, buckets.size))
            pairs = [(named[n], v) for n, v in f.named.items() if v and n in named]
            row_cols.append(np.array([HASHED + j for j, _ in pairs], dtype=np.int64))
            row_vals.append(np.array([v for _, v in pairs], dtype=np.float64))
            cols.append(np.concatenate(row_cols))
            vals.append(np.concatenate(row_vals))
            lengths.append(cols[-1].size)
        self.n = len(feats)
        self.col = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
        self.val = np.concatenate(vals) if vals else np.zeros(0)
        self.row = np.repeat(np.arange(self.n), lengths)


class Trainer:
    """Logistic regression with separate L2 strengths for n-grams and named features."""

    def __init__(self, l2_hashed: float = 0.01, l2_named: float = 0.1, steps: int = 400) -> None:
        self.l2_hashed, self.l2_named, self.steps = l2_hashed, l2_named, steps

    def fit(self, feats: list[Features], labels: list[int], names: bool = False) -> DifficultyModel:
        named = {n: j for j, n in enumerate(sorted({n for f in feats for n in f.named}))}
        design = Design(feats, named)
        used, compact = np.unique(design.col, return_inverse=True)
        w = self._solve(compact.astype(np.int64), design, len(used), used, np.asarray(labels, dtype=np.float64))
        hashed = np.zeros(HASHED, dtype=np.float32)
        in_hash = used < HASHED
        hashed[used[in_hash]] = w[:-1][in_hash]
        by_index = {j: n for n, j in named.items()}
        weights = {by_index[int(c) - HASHED]: round(float(v), 5)
                   for c, v in zip(used[~in_hash], w[:-1][~in_hash]) if abs(v) >= 1e-5}
        meta = {"rows": len(labels), "named_features": len(weights), "hashed_buckets": int(np.count_nonzero(hashed)),
                "l2_hashed": self.l2_hashed, "l2_named": self.l2_named}
        model = DifficultyModel(round(float(w[-1]), 5), weights, meta, hashed)
        if names:
            model.names.update(bucket_names(feats, hashed))
        return model

    def _solve(self, col: IntArray, design: Design, dim: int, used: IntArray, y: FloatArray) -> FloatArray:
        """Nesterov-accelerated gradient descent; the last weight is the (barely penalised) bias."""
        col = np.concatenate([col, np.full(design.n, dim)])
        val = np.concatenate([design.val, np.ones(design.n)])
        row = np.concatenate([design.row, np.arange(design.n)])
        dim += 1
        l2 = np.where(used < HASHED, self.l2_hashed, self.l2_named)
        l2 = np.append(l2, 1e-3)

        def xdot(w: FloatArray) -> FloatArray:
            return np.bincount(row, weights=val * w[col], minlength=design.n).astype(np.float64)

        def xtdot(r: FloatArray) -> FloatArray:
            return np.bincount(col, weights=val * r[row], minlength=dim).astype(np.float64)

        v = np.random.default_rng(0).standard_normal(dim)
        for _ in range(20):  # power iteration: the largest eigenvalue of X'X bounds the curvature
            v = xtdot(xdot(v))
            v /= np.linalg.norm(v) or 1.0
        step = 1.0 / (0.25 * float(np.linalg.norm(xtdot(xdot(v)))) + float(l2.max()))
        w = np.zeros(dim)
        ahead = w.copy()
        t = 1.0
        for _ in range(self.steps):
            p = 1.0 / (1.0 + np.exp(-xdot(ahead)))
            w_next = ahead - step * (xtdot(p - y) + l2 * ahead)
            t_next = (1.0 + math.sqrt(1.0 + 4.0 * t * t)) / 2.0
            ahead = w_next + (t - 1.0) / t_next * (w_next - w)
            w, t = w_next, t_next
        return w


def bucket_names(feats: list[Features], hashed: npt.NDArray[np.float32], keep: int = 4000) -> dict[int, str]:
    """The most frequent training n-gram of each of the ``keep`` strongest buckets."""
    strongest = np.argsort(-np.abs(hashed))[:keep]
    strongest = strongest[hashed[strongest] != 0]
    wanted = np.zeros(hashed.size, dtype=bool)
    wanted[strongest] = True
    seen: dict[int, Counter[str]] = {}
    for f in feats:
        for block, buckets in f.blocks:
            hits = np.flatnonzero(wanted[buckets.astype(np.int64)])
            if hits.size:
                for pos, gram in zip(hits, ngrams.grams_at(f.texts[block], hits)):
                    seen.setdefault(int(buckets[pos]), Counter())[gram] += 1
    return {b: c.most_common(1)[0][0] for b, c in seen.items()}


def featurize_items(items: list[dict[str, Any]]) -> list[Features]:
    return [featurize(item_messages(it)) for it in items]


def main(argv: list[str] | None = None) -> int:
    from duet.router import crossval

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the JSONL files")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="weights file to write")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-write", action="store_true", help="print figures only")
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validation (fit and write only)")
    parser.add_argument("--report", type=Path, help="also write the full figures (per category) as JSON here")
    parser.add_argument("--markdown", action="store_true", help="print the figures as Markdown tables too")
    args = parser.parse_args(argv)

    training, heldout = crossval.load_sources(args.data)
    trainer = Trainer()
    feats = featurize_items(training)
    report: dict[str, Any] = {}
    if not args.no_cv:
        report = crossval.full_report(trainer, training, feats, args.seed)
    model = trainer.fit(feats, labels_of(training), names=True)
    report["heldout"] = {name: crossval.score_report(model, items) for name, items in heldout.items()}
    print(json.dumps(crossval.brief(report), indent=2, ensure_ascii=False))
    if args.markdown:
        print(crossval.markdown(report))
    if args.report:
        args.report.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if not args.no_write:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(model.to_dict(), ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({len(model.weights)} named weights, {model.meta['hashed_buckets']} buckets)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
