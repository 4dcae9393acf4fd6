"""The difficulty model on data it never saw, its n-gram hashing, and its explanations.

The floors sit a little under the figures documented in docs/router.md so that noise does not
trip them, while a real regression (a broken feature, a lost block, a bad trainer) does.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from duet.router import DifficultyModel, ngrams
from duet.router.crossval import load_sources
from duet.router.evaluation import cost_curve, threshold_for_recall
from duet.router.features import featurize
from duet.router.metrics import roc_auc
from duet.router.train import Trainer, featurize_items, item_messages, labels_of

DATA = Path(__file__).resolve().parents[2] / "data" / "router"


@pytest.fixture(scope="module")
def model() -> DifficultyModel:
    return DifficultyModel.load_default()


@pytest.fixture(scope="module")
def written_scores() -> tuple[list[float], list[int], list[str]]:
    """Train on the dev set and the extra files only; score the hand-written prompts in another style."""
    training, _ = load_sources(DATA)
    train = [it for it in training if it["source"] in ("dev", "extra")]
    test = [it for it in training if it["source"] == "written"]
    assert len(train) >= 600 and len(test) >= 380
    fitted = Trainer().fit(featurize_items(train), labels_of(train))
    scores = [fitted.score(item_messages(it), top=0)[0] for it in test]
    return scores, labels_of(test), [it["lang"] for it in test]


def test_out_of_source_auc_floor(written_scores: tuple[list[float], list[int], list[str]]) -> None:
    scores, labels, langs = written_scores
    assert roc_auc(scores, labels) >= 0.95  # 0.979 when written (0.968 English, 0.989 Chinese)
    for lang in ("en", "zh"):
        keep = [i for i, x in enumerate(langs) if x == lang]
        assert roc_auc([scores[i] for i in keep], [labels[i] for i in keep]) >= 0.94, lang


def test_out_of_source_cost_floor(written_scores: tuple[list[float], list[int], list[str]]) -> None:
    scores, labels, _ = written_scores
    curve = cost_curve(scores, labels)
    assert curve["95%"]["cloud_share"] <= 0.62  # 0.55 when written
    assert curve["80%"]["cloud_share"] <= curve["90%"]["cloud_share"] <= curve["95%"]["cloud_share"]


def test_shipped_model_on_handwritten_heldout(model: DifficultyModel) -> None:
    items = [json.loads(line) for line in (DATA / "heldout-handwritten.jsonl").open(encoding="utf-8")]
    scores = [model.score(item_messages(it), top=0)[0] for it in items]
    assert roc_auc(scores, labels_of(items)) >= 0.95


def test_shipped_model_on_short_prompts_heldout(model: DifficultyModel) -> None:
    """The known weak spot (docs/router.md): short hard prompts score low; their ranking must not get worse."""
    items = [json.loads(line) for line in (DATA / "heldout-short.jsonl").open(encoding="utf-8")]
    scores = [model.score(item_messages(it), top=0)[0] for it in items]
    assert roc_auc(scores, labels_of(items)) >= 0.82  # 0.851 when written


def test_cost_curve_arithmetic() -> None:
    scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05]
    labels = [1, 0, 1, 0, 0, 1, 0, 0, 0, 0]
    assert threshold_for_recall(scores, labels, 0.6) == 0.7  # two of three hard prompts
    curve = cost_curve(scores, labels, (0.6, 1.0))
    assert curve["60%"] == {"cloud_share": 0.3, "threshold": 0.7}
    assert curve["100%"] == {"cloud_share": 0.6, "threshold": 0.4}


def test_hashing_is_fixed_across_processes() -> None:
    """The shipped weights are indexed by these buckets: the hash must not depend on the process."""
    b = ngrams.buckets("Ab 12", ngrams.BODY)
    assert b.size == 5 + 4 + 3 + 2
    assert ngrams.buckets("ab 99", ngrams.BODY).tolist() == b.tolist()  # case and digits folded
    assert b[:5].tolist() == [35381, 135511, 52121, 22903, 22903]  # what the shipped weights were trained with
    assert b.tolist() != ngrams.buckets("Ab 12", ngrams.PREVIOUS).tolist()  # blocks hash apart
    assert int(b.max()) < 1 << ngrams.BITS


def test_grams_at_names_positions() -> None:
    text = "Hi  42"
    b = ngrams.buckets(text, ngrams.BODY)
    grams = ngrams.grams_at(text, np.arange(b.size))
    assert grams[:5] == ["h", "i", " ", "0", "0"] and grams[5] == "hi" and grams[-1] == "i 00"


def test_weights_round_trip(model: DifficultyModel) -> None:
    again = DifficultyModel.from_dict(json.loads(json.dumps(model.to_dict())))
    msgs = [{"role": "user", "content": "Why does my Kafka consumer group keep rebalancing?"}]
    assert again.score(msgs)[0] == pytest.approx(model.score(msgs)[0], abs=1e-6)
    assert model.meta["hashed_buckets"] > 10_000 and len(model.names) > 1000


def test_explanations_name_training_ngrams_not_the_prompt(model: DifficultyModel) -> None:
    text = "Qzxvbn Wqplk keeps getting OOMKilled in k8s even though -Xmx is below the limit, why?"
    score, top = model.score([{"role": "user", "content": text}], top=8)
    assert score >= 0.5 and len(top) == 8
    names = [name for name, _ in top]
    assert any(n.startswith(("ng:", "edge:")) for n in names)
    assert not any("qzx" in n or "wqp" in n for n in names)


def test_long_document_summary_vs_lookup(model: DifficultyModel) -> None:
    doc = "\n\n".join(json.loads(line)["prompt"] for line in (DATA / "router-dev.jsonl").open(encoding="utf-8"))[:3000]
    hard = model.score([{"role": "user", "content": "Summarize this for my boss: decisions, risks, open questions.\n\n" + doc}])[0]
    easy = model.score([{"role": "user", "content": "Copy out just the first sentence of the text below.\n\n" + doc}])[0]
    assert hard > easy


def test_follow_up_inherits_the_task(model: DifficultyModel) -> None:
    proof = "证明根号2是无理数，并推广到任意非完全平方数"
    convo = [{"role": "user", "content": proof}, {"role": "assistant", "content": "好的……"},
             {"role": "user", "content": "继续"}]
    chat = [{"role": "user", "content": "讲个冷笑话"}, {"role": "assistant", "content": "好的……"},
            {"role": "user", "content": "继续"}]
    assert model.score(convo)[0] > model.score(chat)[0]
    assert featurize(convo).blocks[-1][0] == ngrams.PREVIOUS
