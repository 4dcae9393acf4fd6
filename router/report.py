"""The out-of-fold report of :mod:`router.crossval` in brief (JSON) and as the Markdown tables of
docs/router.md."""

from __future__ import annotations

from typing import Any

SPLITS = ("dev_left_out", "dev_5fold", "leave_one_source_out", "leave_one_category_out", "dev_only", "heldout")
CATEGORY_SPLITS = ("dev_left_out", "leave_one_source_out", "leave_one_category_out")


def _headline(figures: dict[str, Any]) -> dict[str, Any]:
    curve = figures.get("cost_curve", {})
    return {"n": figures["n"], "auc": figures["auc"], "auc_en": figures["en"]["auc"], "auc_zh": figures["zh"]["auc"],
            "cloud_share_for_recall": {k: v["cloud_share"] for k, v in curve.items()},
            "recall_at_threshold": figures["recall_at_threshold"]}


def brief(report: dict[str, Any]) -> dict[str, Any]:
    """AUC overall and per language, the cost curve and recall, per recipe, split and source."""
    out: dict[str, Any] = {k: v for k, v in report.items() if not isinstance(v, dict)}
    for recipe, by_split in ((k, v) for k, v in report.items() if isinstance(v, dict)):
        out[recipe] = {}
        for split, figures in by_split.items():
            entry = _headline(figures)
            if "by_source" in figures:
                entry["by_source"] = {s: _headline(f) for s, f in figures["by_source"].items()}
            out[recipe][split] = entry
    return out


def markdown(report: dict[str, Any]) -> str:
    """One row per split and recipe (and per source where a split tests several), then the shipped
    recipe per category."""
    recipes = [k for k, v in report.items() if isinstance(v, dict)]
    rows = ["| split | recipe | n | AUC | AUC en | AUC zh | cloud share for 80 / 90 / 95 % recall | recall at threshold |",
            "|---|---|---|---|---|---|---|---|"]
    for split in SPLITS:
        for recipe in recipes:
            figures = report[recipe].get(split)
            if figures is None:
                continue
            rows.append(_row(split, recipe, figures))
            for source, sub in figures.get("by_source", {}).items():
                rows.append(_row(f"{split}: {source}", recipe, sub))
    shipped = report[recipes[0]]
    rows += ["", f"Per category, recipe `{recipes[0]}` (AUC; recall of hard / share of easy kept local at the threshold):",
             "", "| category | n | hard | " + " | ".join(CATEGORY_SPLITS) + " |", "|---|---|---|---|---|---|"]
    for category, first in shipped["leave_one_category_out"]["by_category"].items():
        cells = [_cell(shipped[s]["by_category"].get(category)) for s in CATEGORY_SPLITS]
        rows.append(f"| {category} | {first['n']} | {first['hard']} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def _row(split: str, recipe: str, figures: dict[str, Any]) -> str:
    h = _headline(figures)
    shares = " / ".join(_num(v, 2) for v in h["cloud_share_for_recall"].values()) or "–"
    return (f"| {split} | {recipe} | {h['n']} | {_num(h['auc'])} | {_num(h['auc_en'])} | {_num(h['auc_zh'])} | "
            f"{shares} | {_num(h['recall_at_threshold'], 2)} |")


def _cell(figures: dict[str, Any] | None) -> str:
    if not figures:
        return "–"
    return (f"{_num(figures.get('auc'))}; {_num(figures.get('recall_at_threshold'), 2)} / "
            f"{_num(figures.get('local_kept_at_threshold'), 2)}")


def _num(value: Any, digits: int = 3) -> str:
    return "–" if value is None or value != value else f"{value:.{digits}f}"
