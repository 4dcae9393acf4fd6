"""Blends of recipes in the out-of-fold report: logits add up, probabilities are their sigmoid,
and the trainer refuses a recipe or blend it does not know before it loads any data."""

from __future__ import annotations

import numpy as np
import pytest

from duet.router import learner
from duet.router.crossval import BLENDS, RECIPES, out_of_fold, out_of_fold_logits
from duet.router.train import main


def _toy() -> tuple[np.ndarray, np.ndarray, list[tuple[list[int], list[int]]]]:
    rng = np.random.default_rng(3)
    x = rng.normal(size=(40, 5))
    y = (x[:, 0] + 0.3 * rng.normal(size=40) > 0).astype(float)
    split = [([i for i in range(40) if i % 4 != f], [i for i in range(40) if i % 4 == f]) for f in range(4)]
    return x @ x.T, y, split


def test_out_of_fold_probabilities_are_the_sigmoid_of_the_logits_and_separate_the_toy_labels() -> None:
    k, y, split = _toy()
    logits = out_of_fold_logits(k, y, split)
    probs = out_of_fold(k, y, split)
    assert sorted(logits) == list(range(40))
    for i, z in logits.items():
        assert probs[i] == pytest.approx(1.0 / (1.0 + np.exp(-z)))
    hard = [z for i, z in logits.items() if y[i]]
    easy = [z for i, z in logits.items() if not y[i]]
    assert np.mean(hard) > 0 > np.mean(easy)
    a = learner.solve(k[np.ix_(split[0][0], split[0][0])], y[split[0][0]])
    assert logits[split[0][1][0]] == pytest.approx(float(learner.predict(k[np.ix_(split[0][1], split[0][0])], a)[0]))


def test_every_blend_is_made_of_known_recipes() -> None:
    assert BLENDS
    for parts in BLENDS.values():
        assert set(parts) <= set(RECIPES) and all(c > 0 for c in parts.values())


def test_trainer_refuses_an_unknown_recipe_before_loading_data(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--no-write", "--recipes", "shipped,no such recipe", "--data", "/nonexistent"])
    assert stop.value.code == 2
    assert "no such recipe" in capsys.readouterr().err
