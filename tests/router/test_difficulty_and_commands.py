"""Difficulty model behaviour and the eval/route commands on the shipped data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from duet.router import DifficultyModel, default_policy
from duet.router.commands import evaluate_dataset, evaluate_items, route_text
from duet.router.metrics import roc_auc

DATA = Path(__file__).resolve().parents[2] / "data" / "router"


@pytest.fixture(scope="module")
def model() -> DifficultyModel:
    return DifficultyModel.load_default()


@pytest.mark.parametrize("text", ["打开空调", "Play some jazz", "what's 2+2", "把这句翻译成英文：你好"])
def test_easy_prompts_score_low(model: DifficultyModel, text: str) -> None:
    assert model.score([{"role": "user", "content": text}])[0] < 0.5


@pytest.mark.parametrize("text", [
    "Design a distributed rate limiter with Redis, handle clock skew and failover, and explain the trade-offs.",
    "证明根号2是无理数，并推广到任意非完全平方数",
    "分析一下美联储加息对新兴市场汇率的影响机制，并给出未来两年的情景推演",
])
def test_hard_prompts_score_high(model: DifficultyModel, text: str) -> None:
    assert model.score([{"role": "user", "content": text}])[0] >= 0.5


def test_score_range_and_top_features(model: DifficultyModel) -> None:
    score, top = model.score([{"role": "user", "content": "x" * 5000}])
    assert 0.0 <= score <= 1.0
    score, top = model.score([{"role": "user", "content": "Implement and analyze a lock-free queue"}])
    assert top and all(isinstance(name, str) for name, _ in top)


def test_roc_auc_arithmetic() -> None:
    assert roc_auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]) == 0.75
    assert roc_auc([0.5, 0.5], [0, 1]) == 0.5


def test_eval_router_on_dev_meets_acceptance() -> None:
    report = evaluate_dataset(DATA / "router-dev.jsonl", default_policy())
    assert report["n"] == 400
    assert report["auc"] >= 0.90
    assert report["privacy_leaks"] == 0
    assert report["pii_false_positive_rate"] <= 0.03
    assert report["pii_recall"]["overall"] >= 0.90
    assert set(report) >= {"n", "auc", "accuracy", "local_share", "cloud_recall", "pii_recall",
                           "pii_false_positive_rate", "privacy_leaks", "decision_p99_ms"}


def test_eval_router_on_handwritten_heldout() -> None:
    report = evaluate_dataset(DATA / "heldout-handwritten.jsonl", default_policy())
    assert report["auc"] >= 0.85 and report["privacy_leaks"] == 0


def test_per_item_records(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps({"id": "a", "prompt": "call 415-555-0168", "lang": "en", "label": "local",
                                "category": "x", "pii": [{"type": "phone", "value": "415-555-0168"}]}) + "\n")
    (record,) = list(evaluate_items(path, default_policy()))
    assert record["id"] == "a" and record["target"] == "local" and record["reasons"] == ["pii"]
    assert record["pii"] == [{"type": "phone", "value": "415-555-0168"}]


def test_route_text_is_json_and_hides_values() -> None:
    result = route_text("Email me at z@example.org a proof of Fermat's little theorem", default_policy())
    json.dumps(result)
    assert result["target"] == "local" and result["reasons"] == ["pii"]
    assert "z@example.org" not in json.dumps(result)


def test_eval_router_reports_the_cost_curve() -> None:
    report = evaluate_dataset(DATA / "heldout-handwritten.jsonl", default_policy())
    curve = report["cost_curve"]
    assert list(curve) == ["80%", "90%", "95%"]
    shares = [curve[k]["cloud_share"] for k in curve]
    assert shares == sorted(shares) and 0.0 < shares[0] and shares[-1] <= 0.6
    assert all(0.0 <= curve[k]["threshold"] <= 1.0 for k in curve)


def test_route_explains_with_named_features() -> None:
    result = route_text("Our k8s pods keep getting OOMKilled although -Xmx is under the limit; why, and how to fix?",
                        default_policy())
    step = next(s for s in result["trace"] if s["step"] == "difficulty")
    assert step["score"] >= step["threshold"] and result["target"] == "cloud"
    assert len(step["top_features"]) == 5 and all(f["feature"] for f in step["top_features"])
