"""The calibration arithmetic (router/calibration.py), the graders (duet/app/grading.py) and the
policy file's calibration and regret sections."""

from __future__ import annotations

import pytest

from duet.app import grading
from duet.app.grading import grade
from duet.router import PolicyError, default_policy
from duet.router.calibration import Graded, calibrate, capability_for, choose_line, low_confidence_line
from duet.router.policy import policy_from_dict

import yaml
from importlib import resources


def _item(difficulty: float, correct: bool, logprob: float | None = None, category: str = "c") -> Graded:
    return Graded(f"i{difficulty}", category, "en", difficulty, correct, logprob)


def test_the_line_stops_where_the_devices_answers_stop_being_right() -> None:
    items = [_item(0.05, True), _item(0.1, True), _item(0.2, True), _item(0.3, True),
             _item(0.6, False), _item(0.7, False), _item(0.9, False)]
    line = choose_line(items, target=0.8)
    assert 0.3 < line < 0.6  # between the last right answer and the first wrong one
    # the target is the accuracy of everything below the line: a lower one lets a wrong answer in
    assert 0.6 < choose_line(items, target=0.7) < 0.7
    weaker = [_item(0.05, True), _item(0.1, False), _item(0.2, False), _item(0.3, False)]
    assert choose_line(weaker, target=0.7) < 0.1


def test_a_model_right_on_nothing_gets_the_floor_and_one_right_on_everything_a_line_above_all() -> None:
    assert choose_line([_item(d / 10, False) for d in range(1, 9)], 0.7) == 0.02
    assert choose_line([_item(d / 10, True) for d in range(1, 9)], 0.7) > 0.8


def test_the_capability_moves_the_policys_threshold_onto_the_line() -> None:
    policy = default_policy()
    for line in (0.1, 0.35, 0.8):
        capability = capability_for(line, policy.threshold, policy.capability_step)
        document = yaml.safe_load(resources.files("duet.router").joinpath(
            "policies", "default.yaml").read_text(encoding="utf-8"))
        document["difficulty"]["local_capability"] = capability
        assert policy_from_dict(document).effective_threshold() == pytest.approx(line, abs=1e-3)


def test_the_low_confidence_line_separates_wrong_answers_from_right_ones() -> None:
    items = [_item(0.1, True, -0.2), _item(0.2, True, -0.4), _item(0.3, False, -1.9),
             _item(0.4, False, -2.5), _item(0.5, True, -0.6)]
    cut = low_confidence_line(items, default=-1.5)
    assert -1.9 < cut <= -0.6
    assert low_confidence_line([_item(0.1, True, -0.2)], default=-1.5) == -1.5  # cannot tell


def test_calibrate_reports_per_category_figures() -> None:
    items = [_item(0.1, True, -0.3, "quick_fact"), _item(0.2, False, -2.0, "quick_fact"),
             _item(0.9, False, -2.2, "math_proof")]
    figures = calibrate(items, 0.5, 0.5, 0.6, -1.5)
    assert figures["categories"]["quick_fact"] == {"n": 2, "right": 1, "difficulty": [0.1, 0.2]}
    assert figures["categories"]["math_proof"]["right"] == 0
    assert figures["items"] == 3 and figures["right"] == 1


@pytest.mark.parametrize(("kind", "answer", "item", "right"), [
    ("number", "7 + 5 = 12.", {"answer": "12"}, True),
    ("number", "The answer is 13", {"answer": "12"}, False),
    ("number", "It was 1,932 metres", {"answer": "1932"}, True),
    ("exact", " \"Berlin.\" ", {"answer": "berlin"}, True),
    ("exact", "The city is Berlin", {"answer": "Berlin"}, False),
    ("exact", "王小明。", {"answer": "王小明"}, True),
    ("contains", "Merci beaucoup!", {"answer": "merci"}, True),
    ("choice", "Positive", {"answer": "positive", "choices": ["positive", "negative"]}, True),
    ("choice", "positive or negative", {"answer": "positive", "choices": ["positive", "negative"]}, False),
])
def test_graders(kind: str, answer: str, item: dict[str, object], right: bool) -> None:
    assert grade(answer, {"id": "t", "grade": kind, **item}) is right


def test_code_is_graded_by_its_unit_tests_in_a_subprocess(monkeypatch: pytest.MonkeyPatch) -> None:
    item = {"id": "t", "grade": "code", "tests": ["assert add(2, 3) == 5"]}
    assert grade("```python\ndef add(a, b):\n    return a + b\n```\nDone.", item)
    assert not grade("```python\ndef add(a, b):\n    return a - b\n```", item)
    assert not grade("def add(a, b) return a + b", item)  # not Python
    monkeypatch.setattr(grading, "CODE_TIMEOUT_S", 1.0)
    assert not grade("def add(a, b):\n    while True: pass", item)  # never ends: timed out


def test_policy_files_carry_calibration_and_regret_sections() -> None:
    document = yaml.safe_load(resources.files("duet.router").joinpath(
        "policies", "default.yaml").read_text(encoding="utf-8"))
    document["regret"] = {"low_confidence_logprob": -0.8}
    document["calibration"] = {"model_name": "m.gguf", "model_sha256": "ab" * 32, "figures": {"n": 1}}
    policy = policy_from_dict(document)
    assert policy.low_confidence_logprob == -0.8
    assert policy.calibration is not None and policy.calibration.model_sha256 == "ab" * 32
    document["calibration"]["model_sha256"] = "not-a-digest"
    with pytest.raises(PolicyError, match="calibration.model_sha256"):
        policy_from_dict(document)
    document["calibration"] = None
    document["regret"] = {"low_confidence_logprob": 0.5}
    with pytest.raises(PolicyError, match="regret.low_confidence_logprob"):
        policy_from_dict(document)


def test_duet_calibrate_checks_its_flags_and_reads_the_edges_model_setting(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from duet.app.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["calibrate", "--target", "3"])
    assert exit_info.value.code == 2 and "--target" in capsys.readouterr().err
    monkeypatch.setenv("DUET_EDGE_MODEL_PATH", "/nonexistent/device-model.gguf")
    with pytest.raises(SystemExit):
        main(["calibrate", "--limit", "1"])
    assert "/nonexistent/device-model.gguf" in capsys.readouterr().err  # the model `duet edge` loads
