"""Out-of-fold figures for the difficulty model, measured the way it will be used.

Every split retrains a recipe on some rows and scores only rows it never saw:

- ``dev_left_out``: the dev set scored by a model trained on everything else — the closest
  thing here to a set written by someone else;
- ``dev_5fold``: 5 folds of the dev set, the other sources always in training;
- ``leave_one_source_out``: each source scored by a model trained on the others;
- ``leave_one_category_out``: each task category scored by a model that never saw it;
- ``dev_only``: a model trained on the dev set alone, scoring every other file (the setting in
  which the plain n-gram baseline was measured on the hidden set);
- ``heldout``: the ``heldout-*`` files, never trained on, scored by a model trained on all.

Recipes (:data:`RECIPES`, the L2 strength of each feature group, :mod:`router.learner`): the
n-gram one (n-gram blocks, named features, the window's words), the lexical one the scorer used
before (named features and a word/bigram vocabulary) and a plain character n-gram logistic model
(the window block alone), all on the same splits. Blends (:data:`BLENDS`): a weighted sum of
recipes' logits, each recipe fitted apart on the same fold; ``shipped`` is one of them.
A row's source is its ``source`` field, else ``dev`` for ``router-dev.jsonl`` and ``extra``
for the other files (``extra-conversations`` continues prompts of ``extra-varied``, so they stay
together).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from duet.router import learner
from duet.router.evaluation import summarize
from duet.router.policy import default_policy

Items = list[dict[str, Any]]
Split = list[tuple[list[int], list[int]]]  # (training rows, test rows) per fold
RECIPES: dict[str, dict[str, float]] = {
    "n-grams + named + words": learner.NGRAMS,
    "lexical (before)": learner.LEXICAL,
    "char n-gram baseline": {"window": 0.1},
}
BLENDS: dict[str, dict[str, float]] = {
    # What ships (router.learner.SHIPPED): the first two recipes' logits, weighted.
    "shipped": {name: coef for l2, coef in learner.SHIPPED for name, recipe in RECIPES.items() if recipe is l2},
    # Stacked: the shipped recipe's logit plus half the plain n-gram model's (docs/router.md,
    # "Recipe options for the tail"); scoring it would need the window block hashed as well.
    "stacked (n-grams + 0.5 plain)": {"n-grams + named + words": 1.0, "char n-gram baseline": 0.5},
}


def load_jsonl(path: Path) -> Items:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_sources(folder: Path) -> tuple[Items, Items]:
    """(training rows, held-out rows), each with a ``source`` (held-out: the file's name)."""
    training: Items = []
    for path in [folder / "router-dev.jsonl", *sorted(folder.glob("extra-*.jsonl"))]:
        default = "dev" if path.name == "router-dev.jsonl" else "extra"
        training += [{**it, "source": it.get("source", default)} for it in load_jsonl(path)]
    heldout = [{**it, "source": p.stem} for p in sorted(folder.glob("heldout-*.jsonl")) for it in load_jsonl(p)]
    return training, heldout


def labels_of(items: Items) -> list[int]:
    return [1 if it["label"] == "cloud" else 0 for it in items]


def _groups(rows: list[int], items: Items, key: Callable[[dict[str, Any]], str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i in rows:
        out.setdefault(key(items[i]), []).append(i)
    return out


def splits(items: Items, trainable: list[int], seed: int = 7) -> dict[str, Split]:
    """Row numbers of each split's folds (rows outside ``trainable`` are only ever tested)."""
    train_set = set(trainable)
    dev = [i for i in trainable if items[i]["source"] == "dev"]
    others = [i for i in trainable if items[i]["source"] != "dev"]
    rest = [i for i in range(len(items)) if i not in train_set]
    rng = random.Random(seed)
    folds: list[list[int]] = [[] for _ in range(5)]
    for label in ("local", "cloud"):
        group = [i for i in dev if items[i]["label"] == label]
        rng.shuffle(group)
        for k, i in enumerate(group):
            folds[k % 5].append(i)

    def leave_out(groups: dict[str, list[int]]) -> Split:
        return [_without(trainable, rows) for rows in groups.values()]

    return {
        "dev_left_out": [(others, dev)],
        "dev_5fold": [_without(trainable, f) for f in folds],
        "leave_one_source_out": leave_out(_groups(trainable, items, lambda it: str(it["source"]))),
        "leave_one_category_out": leave_out(_groups(trainable, items, lambda it: str(it.get("category")))),
        "dev_only": [(dev, others + rest)],
        "heldout": [(trainable, rest)],
    }


def _without(rows: list[int], test: list[int]) -> tuple[list[int], list[int]]:
    held = set(test)
    return [i for i in rows if i not in held], test


def out_of_fold(k: np.ndarray[Any, Any], y: np.ndarray[Any, Any], split: Split) -> dict[int, float]:
    """Each test row's difficulty from the fold that did not train on it."""
    return {i: float(1.0 / (1.0 + np.exp(-z))) for i, z in out_of_fold_logits(k, y, split).items()}


def out_of_fold_logits(k: np.ndarray[Any, Any], y: np.ndarray[Any, Any], split: Split,
                       twins: dict[int, int] | None = None) -> dict[int, float]:
    """Each test row's logit from the fold that did not train on it; with ``twins`` (a row: the
    row of its request read alone), the twins of the test rows are scored by the same fold."""
    scores: dict[int, float] = {}
    for train, test in split:
        a = learner.solve(k[np.ix_(train, train)], y[train])
        rows = test + [twins[i] for i in test if i in twins] if twins else test
        z = learner.predict(k[np.ix_(rows, train)], a)
        scores.update({i: float(v) for i, v in zip(rows, z)})
    return scores


def full_report(items: Items, trainable: list[int], design: learner.Design,
                recipes: dict[str, dict[str, float]] | None = None,
                blends: dict[str, dict[str, float]] | None = None,
                twins: dict[int, int] | None = None) -> dict[str, Any]:
    """{recipe or blend: {split: summary (pooled, and per source where a split tests several)}}.
    ``twins``: an item's index to the design row of its request read alone (the rows after the
    items'), for what ships: it scores a pasted turn as the harder of the two, as
    :meth:`router.difficulty.DifficultyModel.score` does."""
    twins = twins or {}
    threshold = default_policy().effective_threshold()
    y = np.asarray(labels_of(items), dtype=float)
    recipes = RECIPES if recipes is None else recipes
    blends = blends or {}
    needed = {**recipes, **{r: RECIPES[r] for b in blends.values() for r in b}}
    grams = {g: design.gram(g) for g in {g for r in needed.values() for g in r}}
    report: dict[str, Any] = {"threshold": round(threshold, 4), "rows": len(items)}
    logits: dict[tuple[str, str], dict[int, float]] = {}
    all_splits = splits(items, trainable)

    def recipe_logits(recipe: str, split_name: str) -> dict[int, float]:
        if (recipe, split_name) not in logits:
            k = learner.kernel(grams, needed[recipe])
            logits[(recipe, split_name)] = out_of_fold_logits(k, y, all_splits[split_name], twins)
        return logits[(recipe, split_name)]

    for name in sorted([*recipes, *blends], key=lambda n: n != "shipped"):  # (what ships first)
        report[name] = {}
        for split_name in all_splits:
            parts = blends.get(name, {name: 1.0})
            z = [recipe_logits(r, split_name) for r in parts]
            rows = sorted(i for i in z[0] if i < len(items))
            blended = {i: sum(c * zr[i] for c, zr in zip(parts.values(), z)) for i in z[0]}
            if name == "shipped":
                blended = {i: max(v, blended[twins[i]]) if i in twins else v for i, v in blended.items()}
            scores = {i: 1.0 / (1.0 + np.exp(-blended[i])) for i in rows}
            report[name][split_name] = _summary(items, rows, scores, threshold, split_name)
    return report


def _summary(items: Items, rows: list[int], scores: dict[int, float], threshold: float,
             split_name: str) -> dict[str, Any]:
    figures = summarize([items[i] for i in rows], [scores[i] for i in rows], threshold)
    if split_name in ("leave_one_source_out", "dev_only", "heldout"):
        by_source = _groups(rows, items, lambda it: str(it["source"]))
        figures["by_source"] = {s: summarize([items[i] for i in r], [scores[i] for i in r], threshold)
                                for s, r in sorted(by_source.items())}
    return figures
