"""The difficulty scorer out of fold: floors on the honest figures, the cost curve, explanations
that never carry the prompt's own text, and the weights file round trip."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from duet.router import DifficultyModel, default_policy, learner
from duet.router.commands import evaluate_dataset
from duet.router.crossval import BLENDS, RECIPES, labels_of, load_sources, out_of_fold_logits, splits
from duet.router.evaluation import cost_curve, summarize
from duet.router.features import tokens

DATA = Path(__file__).resolve().parents[2] / "data" / "router"


@pytest.fixture(scope="module")
def dev_left_out() -> dict[str, dict[str, Any]]:
    """Each recipe's figures, and the shipped blend's, on the dev set, trained on every other
    training source."""
    training, heldout = load_sources(DATA)
    items = training + heldout
    design = learner.Design.build([learner.featurize(it) for it in items])
    grams = {g: design.gram(g) for g in {g for r in RECIPES.values() for g in r}}
    y = np.asarray(labels_of(items), dtype=float)
    split = splits(items, list(range(len(training))))["dev_left_out"]
    logits = {name: out_of_fold_logits(learner.kernel(grams, l2), y, split) for name, l2 in RECIPES.items()}
    logits["shipped"] = {i: sum(coef * logits[part][i] for part, coef in BLENDS["shipped"].items())
                         for i in logits[next(iter(RECIPES))]}
    out = {}
    for name, z in logits.items():
        rows = sorted(z)
        out[name] = summarize([items[i] for i in rows], [1.0 / (1.0 + np.exp(-z[i])) for i in rows], 0.5)
    return out


def test_dev_set_left_out_of_training_keeps_its_floor(dev_left_out: dict[str, dict[str, Any]]) -> None:
    shipped = dev_left_out["shipped"]
    assert shipped["n"] == 400
    assert shipped["auc"] >= 0.98
    assert shipped["en"]["auc"] >= 0.98 and shipped["zh"]["auc"] >= 0.98
    assert shipped["cost_curve"]["95%"]["cloud_share"] <= 0.50  # 49 % for the shipped blend (docs/router.md)


def test_shipped_recipe_beats_the_lexical_one_and_the_plain_ngram_baseline(
        dev_left_out: dict[str, dict[str, Any]]) -> None:
    # New rows lift the plainer recipes more than the shipped one (docs/router.md, "Figures"):
    # the lead over the lexical recipe was +0.035 before the `terse` rows, +0.017 before the
    # `judgements` rows, +0.012 after them, +0.016 with the vocabulary fitted alongside, +0.015 for
    # the blend with the lexical recipe itself; with the m, n and o pairs in training every recipe
    # gains and the leads narrow to +0.011 and +0.006 (0.992 against 0.981 and 0.986).
    shipped = dev_left_out["shipped"]["auc"]
    assert shipped >= dev_left_out["lexical (before)"]["auc"] + 0.005
    assert shipped >= dev_left_out["char n-gram baseline"]["auc"] + 0.004


def test_cost_curve_arithmetic() -> None:
    scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05]
    labels = [1, 0, 1, 0, 1, 0, 1, 0, 1, 0]
    curve = cost_curve(scores, labels)
    assert curve["80%"] == {"cloud_share": 0.7, "threshold": 0.3}  # 4 of 5 hard: down to 0.3
    assert curve["95%"] == {"cloud_share": 0.9, "threshold": 0.1}  # all 5 hard
    assert cost_curve([0.9, 0.1], [1, 0])["95%"]["cloud_share"] == 0.5


def test_eval_router_reports_the_cost_curve_on_files_never_trained_on() -> None:
    # (the shipped blend, a paste scored as the harder of itself and its request, trained with the
    # m, n, o and r pairs since the twenty-third round: heldout-short 0.990, heldout-l-en 0.988,
    # heldout-l-zh 0.984; the heldout-p pair, 0.876 / 0.939 when first scored, now 0.965 / 0.963
    # (the plain n-gram baseline trained on the dev set: 0.898 / 0.876); the heldout-q pair, scored
    # blind with the scorer of the round's start at 0.953 / 0.965, now 0.979 / 0.988:
    # docs/router.md, "Figures")
    for name, floor in (("heldout-handwritten.jsonl", 0.97), ("heldout-short.jsonl", 0.98),
                        ("heldout-l-en.jsonl", 0.98), ("heldout-l-zh.jsonl", 0.975),
                        ("heldout-p-en.jsonl", 0.96), ("heldout-p-zh.jsonl", 0.955),
                        ("heldout-q-en.jsonl", 0.965), ("heldout-q-zh.jsonl", 0.97)):
        report = evaluate_dataset(DATA / name, default_policy())
        assert report["auc"] >= floor, name
        assert set(report["cost_curve"]) == {"80%", "90%", "95%"}
        shares = [report["cost_curve"][k]["cloud_share"] for k in ("80%", "90%", "95%")]
        assert shares == sorted(shares) and 0 < shares[0] <= 1


def test_explanations_never_carry_the_prompts_own_text() -> None:
    model = DifficultyModel.load_default()
    names = set(model.gram_names.values())
    assert names and not any(re.search(r"[1-9]", gram) for gram in names)
    prompt = "Debug qzxvkj 4417: why does the qzxvkj service crash with exit code 137 under load?"
    score, top = model.score([{"role": "user", "content": prompt}], top=12)
    assert 0.0 <= score <= 1.0 and top
    for feature, _ in top:
        assert "qzxvkj" not in feature and "4417" not in feature and "137" not in feature
        block, _, rest = feature.partition(":")
        if block in ("ng", "edge", "edge_long", "prev") and rest != "*":
            assert rest[1:-1] in names, feature  # a training n-gram of the bucket, not the prompt's


@pytest.mark.parametrize("text", [
    "why does the build fail with exit code 137? it's the pod's memory limit, isn't it",
    "帮我证明根号2是无理数，然后写成latex",
    "請幫我證明這個不等式 a²+b² ≥ 2ab",
    "mixed 中英文 text: debug 这个 k8s deployment，pod一直crashloop",
    "", "12345 !!!", "单",
])
def test_scorer_reads_the_vocabulary_it_was_trained_on(text: str) -> None:
    window = text.lower()
    model = DifficultyModel.load_default()
    expected = sum(model.words.get(token, 0.0) for token in set(tokens(window)))
    assert model._words_total(window) == pytest.approx(expected, abs=1e-9)  # the numpy bigram lookup


def test_vocabulary_moves_the_score_and_is_explained_without_its_words() -> None:
    model = DifficultyModel.load_default()
    assert len(model.words) > 1000
    messages = [{"role": "user", "content": "Prove that the square root of 2 is irrational, rigorously."}]
    score, top = model.score(messages, top=50)
    without = DifficultyModel(model.bias, model.weights, model.meta, model.grams, model.gram_names)
    assert abs(without.score(messages)[0] - score) > 0.01
    shares = [w for f, w in top if f.startswith("words")]
    assert [f for f, _ in top if f.startswith("words")] == ["words:*"] and shares[0] != 0


def test_weights_round_trip(tmp_path: Path) -> None:
    model = DifficultyModel.load_default()
    again = DifficultyModel.from_dict(model.to_dict())
    messages = [{"role": "user", "content": "继续，把第三步的推导写完整"}]
    assert again.score(messages) == model.score(messages)
    assert again.words == model.words
    assert np.array_equal(again.grams, model.grams.astype(np.float16).astype(np.float32))
