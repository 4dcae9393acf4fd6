"""Out-of-fold figures for the difficulty model, measured the way it will be used.

Three splits, each retraining the shipped recipe per fold and scoring only rows it never saw:

- ``cv5``: stratified 5-fold over all training data;
- ``leave_one_source_out``: each source (the dev set, the ``extra`` files, hand-written prompts in
  another style, generated long documents) is scored by a model trained on the others — the
  closest thing to a set written by someone else;
- ``leave_one_category_out``: each task category is scored by a model that never saw it.

A row's source is its ``source`` field, else ``dev`` for ``router-dev.jsonl`` and ``extra`` for
the other files (``extra-conversations`` continues prompts of ``extra-varied``, so they stay
together).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from duet.router.difficulty import DifficultyModel
from duet.router.evaluation import summarize
from duet.router.features import Features
from duet.router.policy import default_policy
from duet.router.train import Trainer, item_messages, labels_of, load_jsonl

Items = list[dict[str, Any]]


def load_sources(folder: Path) -> tuple[Items, dict[str, Items]]:
    """(training rows with a ``source`` each, {held-out file name: rows})."""
    training: Items = []
    for path in [folder / "router-dev.jsonl", *sorted(folder.glob("extra-*.jsonl"))]:
        default = "dev" if path.name == "router-dev.jsonl" else "extra"
        training += [{**it, "source": it.get("source", default)} for it in load_jsonl(path)]
    heldout = {p.name: load_jsonl(p) for p in sorted(folder.glob("heldout-*.jsonl"))}
    return training, heldout


def stratified_folds(labels: list[int], folds: int, seed: int) -> list[list[int]]:
    """Row numbers of each fold, each label spread evenly over the folds."""
    rng = random.Random(seed)
    out: list[list[int]] = [[] for _ in range(folds)]
    for label in (0, 1):
        rows = [i for i, y in enumerate(labels) if y == label]
        rng.shuffle(rows)
        for k, i in enumerate(rows):
            out[k % folds].append(i)
    return out


def group_folds(items: Items, key: Callable[[dict[str, Any]], str]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for i, it in enumerate(items):
        groups.setdefault(key(it), []).append(i)
    return groups


def out_of_fold(trainer: Trainer, feats: list[Features], labels: list[int], folds: list[list[int]]) -> list[float]:
    """Each row's difficulty from the model trained without its fold."""
    scores = [float("nan")] * len(labels)
    for test in folds:
        held = set(test)
        train = [i for i in range(len(labels)) if i not in held]
        model = trainer.fit([feats[i] for i in train], [labels[i] for i in train])
        for i in test:
            scores[i] = model.score_features(feats[i], top=0)[0]
    return scores


def full_report(trainer: Trainer, items: Items, feats: list[Features], seed: int = 7) -> dict[str, Any]:
    threshold = default_policy().effective_threshold()
    labels = labels_of(items)
    report: dict[str, Any] = {"threshold": round(threshold, 4), "rows": len(items)}
    scores = out_of_fold(trainer, feats, labels, stratified_folds(labels, 5, seed))
    report["cv5"] = summarize(items, scores, threshold)
    by_source = group_folds(items, lambda it: str(it["source"]))
    scores = out_of_fold(trainer, feats, labels, list(by_source.values()))
    report["leave_one_source_out"] = {
        "pooled": summarize(items, scores, threshold),
        **{s: summarize([items[i] for i in rows], [scores[i] for i in rows], threshold)
           for s, rows in sorted(by_source.items())},
    }
    by_category = group_folds(items, lambda it: str(it.get("category")))
    scores = out_of_fold(trainer, feats, labels, list(by_category.values()))
    report["leave_one_category_out"] = summarize(items, scores, threshold)
    return report


def score_report(model: DifficultyModel, items: Items) -> dict[str, Any]:
    scores = [model.score(item_messages(it), top=0)[0] for it in items]
    return summarize(items, scores, default_policy().effective_threshold())


def brief(report: dict[str, Any]) -> dict[str, Any]:
    """The headline figures of a report: AUC overall and per language, the cost curve, recall."""
    if "auc" in report and "n" in report:
        curve = report.get("cost_curve", {})
        return {"n": report["n"], "auc": report["auc"], "auc_en": report["en"]["auc"],
                "auc_zh": report["zh"]["auc"], "recall_at_threshold": report["recall_at_threshold"],
                "cloud_share_for_recall": {k: v["cloud_share"] for k, v in curve.items()}}
    return {k: brief(v) if isinstance(v, dict) else v for k, v in report.items()}


def markdown(report: dict[str, Any]) -> str:
    """The report as the Markdown tables of docs/router.md."""
    rows = ["| split | n | AUC | AUC en | AUC zh | cloud share for 80 / 90 / 95 % recall | recall at threshold |",
            "|---|---|---|---|---|---|---|"]
    splits = [("5-fold", report.get("cv5")), ("leave one category out", report.get("leave_one_category_out")),
              *((f"leave one source out: {k}", v) for k, v in report.get("leave_one_source_out", {}).items()),
              *((f"held out: {k}", v) for k, v in report.get("heldout", {}).items())]
    for name, figures in splits:
        if figures:
            b = brief(figures)
            shares = " / ".join(f"{v:.2f}" for v in b["cloud_share_for_recall"].values())
            rows.append(f"| {name} | {b['n']} | {_num(b['auc'])} | {_num(b['auc_en'])} | {_num(b['auc_zh'])} | "
                        f"{shares} | {_num(b['recall_at_threshold'], 2)} |")
    rows += ["", "| category | n | hard | 5-fold AUC | 5-fold recall / local kept | "
             "left out: AUC | left out: recall / local kept |", "|---|---|---|---|---|---|---|"]
    cv5 = report.get("cv5", {}).get("by_category", {})
    loco = report.get("leave_one_category_out", {}).get("by_category", {})
    for category, a in cv5.items():
        b = loco.get(category, {})
        rows.append(f"| {category} | {a['n']} | {a['hard']} | {_num(a['auc'])} | {_pair(a)} | "
                    f"{_num(b.get('auc'))} | {_pair(b)} |")
    return "\n".join(rows)


def _num(value: Any, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _pair(figures: dict[str, Any]) -> str:
    return f"{_num(figures.get('recall_at_threshold'), 2)} / {_num(figures.get('local_kept_at_threshold'), 2)}"
