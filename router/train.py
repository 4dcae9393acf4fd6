"""Train the difficulty model: ``python -m duet.router.train``.

Data (JSON Lines, the ``duet eval-router`` format) come from ``data/router/``:
``router-dev.jsonl`` and every ``extra-*.jsonl`` are training data; every ``heldout-*.jsonl`` is
never trained on. The trainer prints honest figures first (5-fold cross-validation, a stratified
25 % of the dev set kept out, the held-out files), then fits on all training data and writes
``router/weights/difficulty.json``.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from duet.router.difficulty import DifficultyModel
from duet.router.features import extract
from duet.router.metrics import roc_auc

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / "data" / "router"
DEFAULT_OUT = Path(__file__).resolve().parent / "weights" / "difficulty.json"


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def item_messages(item: dict[str, Any]) -> list[dict[str, Any]]:
    return item.get("messages") or [{"role": "user", "content": item["prompt"]}]


class Trainer:
    """L2-regularised logistic regression by full-batch gradient descent (seconds, numpy only)."""

    def __init__(self, min_df: int = 3, l2_vocab: float = 1.0, l2_dense: float = 0.05,
                 steps: int = 1500, lr: float = 0.5) -> None:
        self.min_df, self.l2_vocab, self.l2_dense, self.steps, self.lr = min_df, l2_vocab, l2_dense, steps, lr

    def fit(self, feats: list[dict[str, float]], labels: list[int]) -> DifficultyModel:
        df = Counter(name for f in feats for name in f)
        names = sorted(n for n, c in df.items() if not n.startswith(("w:", "z:")) or c >= self.min_df)
        index = {n: i for i, n in enumerate(names)}
        x = np.zeros((len(feats), len(names)))
        for r, f in enumerate(feats):
            for n, v in f.items():
                if n in index:
                    x[r, index[n]] = v
        y = np.asarray(labels, dtype=float)
        l2 = np.array([self.l2_vocab if n.startswith(("w:", "z:")) else self.l2_dense for n in names])
        w = np.zeros(len(names))
        b = 0.0
        m_w = np.zeros_like(w)
        m_b = 0.0
        for _ in range(self.steps):
            p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
            g = x.T @ (p - y) / len(y) + l2 * w / len(y)
            gb = float(np.mean(p - y))
            m_w = 0.9 * m_w + g
            m_b = 0.9 * m_b + gb
            w -= self.lr * m_w
            b -= self.lr * m_b
        weights = {n: round(float(v), 5) for n, v in zip(names, w) if abs(v) >= 1e-4}
        return DifficultyModel(round(b, 5), weights, {"features": len(weights), "rows": len(y)})


def _labels(items: list[dict[str, Any]]) -> list[int]:
    return [1 if it["label"] == "cloud" else 0 for it in items]


def _auc(model: DifficultyModel, items: list[dict[str, Any]]) -> float:
    return roc_auc([model.score(item_messages(it))[0] for it in items], _labels(items))


def _stratified_split(
    items: list[dict[str, Any]], share: float, seed: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(seed)
    keep: list[dict[str, Any]] = []
    out: list[dict[str, Any]] = []
    for label in ("local", "cloud"):
        group = [it for it in items if it["label"] == label]
        rng.shuffle(group)
        cut = int(round(len(group) * share))
        out += group[:cut]
        keep += group[cut:]
    return keep, out


def cross_validate(trainer: Trainer, items: list[dict[str, Any]], folds: int, seed: int) -> float:
    rng = random.Random(seed)
    order = items[:]
    rng.shuffle(order)
    scores: list[float] = []
    labels: list[int] = []
    for k in range(folds):
        test = order[k::folds]
        train = [it for i, it in enumerate(order) if i % folds != k]
        model = trainer.fit([extract(item_messages(it)) for it in train], _labels(train))
        scores += [model.score(item_messages(it))[0] for it in test]
        labels += _labels(test)
    return roc_auc(scores, labels)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the JSONL files")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="weights file to write")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-write", action="store_true", help="print figures only")
    args = parser.parse_args(argv)

    dev = load_jsonl(args.data / "router-dev.jsonl")
    extra = [it for p in sorted(args.data.glob("extra-*.jsonl")) for it in load_jsonl(p)]
    heldout = {p.name: load_jsonl(p) for p in sorted(args.data.glob("heldout-*.jsonl"))}
    trainer = Trainer()
    report: dict[str, Any] = {"rows": {"dev": len(dev), "extra": len(extra),
                                       **{k: len(v) for k, v in heldout.items()}}}

    dev_keep, dev_out = _stratified_split(dev, 0.25, args.seed)
    report["cv5_auc_dev_plus_extra"] = round(cross_validate(trainer, dev + extra, 5, args.seed), 4)
    report["cv5_auc_dev_only"] = round(cross_validate(trainer, dev, 5, args.seed), 4)
    partial = trainer.fit([extract(item_messages(it)) for it in dev_keep + extra], _labels(dev_keep + extra))
    report["dev_holdout25_auc"] = round(_auc(partial, dev_out), 4)
    for name, items in heldout.items():
        report[f"{name}_auc_partial_model"] = round(_auc(partial, items), 4)

    full_items = dev + extra
    model = trainer.fit([extract(item_messages(it)) for it in full_items], _labels(full_items))
    report["dev_auc_in_sample"] = round(_auc(model, dev), 4)
    for name, items in heldout.items():
        report[f"{name}_auc"] = round(_auc(model, items), 4)
    print(json.dumps(report, indent=2))
    if not args.no_write:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(model.to_dict(), ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({len(model.weights)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
