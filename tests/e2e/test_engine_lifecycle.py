"""Generation stops when the client goes away; start-up errors are one clear line."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.servers import REPO, DuetProcess, clean_environ

# Counting continues until max_tokens: about 15 s of generation at this model's speed.
LONG = {"model": "auto", "prompt": "1, 2, 3, 4, 5, 6, 7, 8,", "max_tokens": 1500, "temperature": 0}
LONG_URL = "/v1/completions"
ONE_TOKEN = {"model": "auto", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 1}


@pytest.fixture
def fresh_edge() -> Iterator[DuetProcess]:
    # n_ctx large enough that a full 1500-token answer would take many seconds
    # one model thread leaves a core to the event loop on small machines
    with DuetProcess(["edge", "--n-ctx", "2048", "--n-threads", "1"], log_name="edge-lifecycle") as proc:
        yield proc


def _time_one_token(url: str) -> float:
    started = time.monotonic()
    response = httpx.post(url + "/v1/chat/completions", json=ONE_TOKEN, timeout=60)
    assert response.status_code == 200
    return time.monotonic() - started


def _generating(url: str) -> bool:
    for line in httpx.get(url + "/metrics").text.splitlines():
        if line.startswith("duet_local_busy "):
            return float(line.split()[1]) == 1.0
    raise AssertionError("duet_local_busy is not exported")


def _seconds_until_idle(url: str, limit: float = 30.0) -> float:
    started = time.monotonic()
    while _generating(url):
        assert time.monotonic() - started < limit, "the engine never became free"
        time.sleep(0.01)
    return time.monotonic() - started


def test_stream_disconnect_frees_the_engine(fresh_edge: DuetProcess) -> None:
    with httpx.Client(timeout=60) as http:
        with http.stream("POST", fresh_edge.url + LONG_URL, json={**LONG, "stream": True}) as response:
            assert response.status_code == 200
            lines = response.iter_lines()
            for _ in range(10):
                next(lines)
            assert _generating(fresh_edge.url)
        # leaving the block closes the connection mid-stream
    assert _seconds_until_idle(fresh_edge.url) < 0.5
    assert _time_one_token(fresh_edge.url) < 30  # and it serves again


def test_non_streaming_disconnect_frees_the_engine(fresh_edge: DuetProcess) -> None:
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(fresh_edge.url + LONG_URL, json=LONG, timeout=1.5)
    assert _seconds_until_idle(fresh_edge.url) < 0.5
    assert _time_one_token(fresh_edge.url) < 30


def test_resident_memory_with_the_default_model(fresh_edge: DuetProcess) -> None:
    """Within the bound the engine announces at start (its parts fixed by the settings: four
    sequences of 2,048 tokens by default), and that bound stays modest for a small device."""
    for _ in range(3):
        _time_one_token(fresh_edge.url)
    bound = re.search(r"memory bound (\d+) MiB", fresh_edge.log())
    assert bound is not None, fresh_edge.log()[-2000:]
    assert fresh_edge.rss_bytes() <= int(bound.group(1)) * 1024 * 1024
    assert int(bound.group(1)) < 640


def _start_failure(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "duet.app.cli", "edge", "--port", "0", *args],
        cwd=REPO, env=clean_environ(), capture_output=True, text=True, timeout=60,
    )


def test_missing_model_file_fails_with_one_line(tmp_path: Path) -> None:
    result = _start_failure("--edge-model-path", str(tmp_path / "absent.gguf"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = [l for l in result.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and "not found" in lines[0] and "DUET_EDGE_MODEL_PATH" in lines[0]


def test_non_gguf_file_fails_with_one_line(tmp_path: Path) -> None:
    fake = tmp_path / "model.gguf"
    fake.write_bytes(b"this is not a model")
    result = _start_failure("--edge-model-path", str(fake))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "not a GGUF model file" in result.stderr


def test_bad_setting_fails_with_one_line() -> None:
    result = _start_failure("--n-ctx", "10")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "n_ctx" in result.stderr
