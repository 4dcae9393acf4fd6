"""Train the difficulty model: ``python -m duet.router.train``.

Data (JSON Lines, the ``duet eval-router`` format) come from ``data/router/``:
``router-dev.jsonl`` and every ``extra-*.jsonl`` are training data; every ``heldout-*.jsonl`` is
never trained on. The trainer prints the out-of-fold figures of :mod:`router.crossval` first
(the shipped blend next to its two recipes and a plain character n-gram model), then fits the
shipped blend on all training data and writes ``router/weights/difficulty.json``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

from duet.router import learner, ngrams
from duet.router.crossval import BLENDS, RECIPES, full_report, labels_of, load_jsonl, load_sources
from duet.router.difficulty import DifficultyModel
from duet.router.features import read, request_part
from duet.router.learner import Trainer, item_messages
from duet.router.report import brief, markdown
from duet.router.request import REQUEST_AT

__all__ = ["Trainer", "item_messages", "load_jsonl", "main"]

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / "data" / "router"
DEFAULT_OUT = Path(__file__).resolve().parent / "weights" / "difficulty.json"
NAMED_BUCKETS = 6000  # buckets given a training n-gram as their name, strongest first


def fit_shipped(items: list[dict[str, Any]], design: learner.Design, rows: list[int]) -> DifficultyModel:
    """The shipped blend fitted on ``rows`` (each recipe apart, their weights summed), its
    strongest buckets named by training n-grams."""
    groups = {g for l2, _ in learner.SHIPPED for g in l2}
    grams = {g: design.gram(g) for g in groups}
    y = np.asarray(labels_of([items[i] for i in rows]), dtype=float)
    parts = []
    for l2, coef in learner.SHIPPED:
        a = learner.solve(learner.kernel(grams, l2)[np.ix_(rows, rows)], y)
        parts.append((learner.to_model(design, rows, a, l2, {}), coef))
    meta = {"rows": len(rows), "blend": [{"l2": l2, "weight": coef} for l2, coef in learner.SHIPPED],
            "ngram_bits": ngrams.BITS, "orders": ngrams.ORDERS}
    model = learner.combine(parts, meta)
    model.gram_names.update(name_buckets(model, [items[i] for i in rows]))
    return model


def request_twins(items: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """For each item whose last turn pastes material under a request: the request alone, as an
    item of its own (scored, never trained on: see DifficultyModel.score)."""
    twins: dict[int, dict[str, Any]] = {}
    for i, item in enumerate(items):
        _, window, length, _ = read(learner.item_messages(item))
        parts = request_part(window, length) if length >= REQUEST_AT else None
        if parts is not None:
            twins[i] = {"prompt": parts[0], "label": item["label"]}
    return twins


def name_buckets(model: DifficultyModel, items: list[dict[str, Any]]) -> dict[int, str]:
    """A training n-gram (the most frequent one) for each of the strongest buckets."""
    strongest = set(np.argsort(-np.abs(model.grams))[:NAMED_BUCKETS].tolist())
    seen: dict[int, dict[str, int]] = {}
    for item in items:
        _, window, length, previous = read(learner.item_messages(item))
        for _, text, buckets in ngrams.blocks(window, length, previous):
            positions = [p for p, b in enumerate(buckets.tolist()) if b in strongest]
            for p, gram in zip(positions, ngrams.grams_at(text, positions)):
                counts = seen.setdefault(int(buckets[p]), {})
                counts[gram] = counts.get(gram, 0) + 1
    return {b: max(c.items(), key=lambda kv: (kv[1], kv[0]))[0] for b, c in seen.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the JSONL files")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="weights file to write")
    parser.add_argument("--no-write", action="store_true", help="print figures only")
    parser.add_argument("--no-cv", action="store_true", help="fit and write only")
    parser.add_argument("--recipes", default=",".join(["shipped", *RECIPES]),
                        help=f"recipes to report, comma-separated (also the blends: {', '.join(BLENDS)})")
    parser.add_argument("--report", type=Path, help="also write the whole report (per category) as JSON")
    parser.add_argument("--markdown", action="store_true", help="print the docs/router.md tables")
    args = parser.parse_args(argv)
    names = args.recipes.split(",")
    unknown = [n for n in names if n not in RECIPES and n not in BLENDS]
    if unknown:
        parser.error(f"unknown recipes: {unknown}")

    training, heldout = load_sources(args.data)
    items = training + heldout
    trainable = list(range(len(training)))
    requests = request_twins(items)
    twins = {i: len(items) + k for k, i in enumerate(requests)}
    design = learner.Design.build([learner.featurize(it) for it in items + list(requests.values())])
    if not args.no_cv:
        report = full_report(items, trainable, design, {r: RECIPES[r] for r in names if r in RECIPES},
                             {b: BLENDS[b] for b in names if b in BLENDS}, twins)
        print(json.dumps(brief(report), indent=1))
        if args.markdown:
            print(markdown(report))
        if args.report:
            args.report.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    if not args.no_write:
        model = fit_shipped(items, design, trainable)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(model.to_dict(), ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({len(model.weights)} named weights, {len(model.gram_names)} named buckets)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
