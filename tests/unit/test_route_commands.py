"""`duet route` and `duet eval-router` as a user runs them: real subprocesses, JSON output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.servers import REPO, clean_environ

DEV = REPO / "data" / "router" / "router-dev.jsonl"


def duet(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "duet.app.cli", *args], cwd=REPO,
                          env=clean_environ(), capture_output=True, text=True, timeout=120)


def test_route_explains_a_decision() -> None:
    result = duet("route", "Prove that there are infinitely many primes, then generalise the proof.")
    decision = json.loads(result.stdout)
    assert decision["target"] == "cloud" and decision["reasons"] == ["difficulty_high"]
    assert decision["scores"]["difficulty"] >= decision["scores"]["threshold"]
    assert any(step["step"] == "difficulty" and step["top_features"] for step in decision["trace"])


def test_route_keeps_pii_local_and_never_prints_its_value() -> None:
    result = duet("route", "Email jane.roe@example.org a full proof of Fermat's last theorem.")
    decision = json.loads(result.stdout)
    assert decision["target"] == "local" and "pii" in decision["reasons"]
    assert "jane.roe@example.org" not in result.stdout


def test_validate_accepts_the_shipped_policy_and_rejects_a_bad_one(tmp_path: Path) -> None:
    ok = duet("route", "--validate", str(REPO / "router" / "policies" / "default.yaml"))
    assert ok.returncode == 0 and "ok" in ok.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\ndifficulty: {threshold: 7}\n")
    result = duet("route", "--validate", str(bad))
    assert result.returncode == 1 and "threshold" in result.stderr


def test_eval_router_prints_the_figures() -> None:
    figures = json.loads(duet("eval-router", str(DEV)).stdout)
    for key in ("n", "auc", "accuracy", "local_share", "cloud_recall", "pii_recall",
                "pii_false_positive_rate", "privacy_leaks", "decision_p99_ms"):
        assert key in figures
    assert figures["n"] == 400
    assert figures["auc"] >= 0.9 and figures["privacy_leaks"] == 0


def test_eval_router_per_item_lines() -> None:
    lines = duet("eval-router", str(DEV), "--per-item").stdout.splitlines()
    assert len(lines) == 400
    first = json.loads(lines[0])
    assert set(first) >= {"id", "difficulty", "target", "reasons", "pii"}


def test_route_explains_the_device_state_given() -> None:
    prompt = "Explain how vaccines train the immune system."  # borderline: 0.42 with the shipped weights
    mains = json.loads(duet("route", prompt).stdout)
    low = json.loads(duet("route", prompt, "--battery", "15", "--discharging").stdout)
    hot = json.loads(duet("route", prompt, "--hot", "soc").stdout)
    assert mains["target"] == "local"
    assert (low["target"], low["reasons"]) == ("cloud", ["difficulty_high", "battery_low"])
    assert (hot["target"], hot["reasons"]) == ("cloud", ["difficulty_high", "thermal"])
    step = next(s for s in low["trace"] if s["step"] == "device")
    assert (step["battery"], step["threshold_shift"], step["source"]) == ("low", -0.15, "given")
