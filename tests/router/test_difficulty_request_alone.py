"""A turn that pastes material under a request is at least as hard as its request read alone
(router/difficulty.py), at run time and in the cross-validated figures (router/crossval.py)."""

from __future__ import annotations

import numpy as np

from duet.router.crossval import out_of_fold_logits
from duet.router.difficulty import DifficultyModel
from duet.router.features import read, request_part

ROWS = "\n".join(f"03/{d:02d}  CARD PURCHASE  {['TESCO STORES', 'SHELL', 'AMAZON MKTPLACE', 'UBER TRIP', 'NETFLIX'][d % 5]}"
                 f"  £{(d * 7.3) % 90:.2f}" for d in range(1, 26))
PASTED = ("Turn these card lines into a monthly budget with categories, and tell me where I am overspending "
          "compared with a typical UK household.\n\n" + ROWS)


def test_a_pasted_turn_scores_as_the_harder_of_itself_and_its_request() -> None:
    model = DifficultyModel.load_default()
    messages = [{"role": "user", "content": PASTED}]
    whole, _, window, length = model._score(messages, 5)
    parts = request_part(window, length)
    assert parts is not None and "overspending" in parts[0]
    alone = model._score([{"role": "user", "content": parts[0]}], 5)[0]
    score, why = model.score(messages)
    assert score == max(whole, alone)
    assert alone > whole, "the example should show the request lifting the score"
    assert why[0][0] == "r:request_alone"


def test_a_turn_without_a_paste_is_scored_as_it_is() -> None:
    model = DifficultyModel.load_default()
    messages = [{"role": "user", "content": "turn the fan up to three"}]
    _, window, length, _ = read(messages)
    assert request_part(window, length) is None
    assert model.score(messages)[0] == model._score(messages, 5)[0]


def test_cross_validation_scores_the_twins_of_test_rows_with_the_same_fold() -> None:
    rng = np.random.default_rng(3)
    x = rng.normal(size=(8, 4))
    k = x @ x.T
    y = np.array([0, 1, 0, 1, 0, 1], dtype=float)
    split = [([0, 1, 2, 3], [4, 5]), ([2, 3, 4, 5], [0, 1])]
    logits = out_of_fold_logits(k, y, split, {4: 6, 1: 7})
    assert set(logits) == {0, 1, 4, 5, 6, 7}  # the test rows, and their twins
    plain = out_of_fold_logits(k, y, split)
    assert all(abs(plain[i] - logits[i]) < 1e-9 for i in plain)
