"""Property-based fuzzing of the HTTP API: no 5xx, and every 200 matches the published schema.

A short run; ``bench/fuzz_api.py`` runs the full one (over 1,000 cases) and prints the figures.
``DUET_FUZZ_EXAMPLES`` raises the number of examples per operation here too.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.hostile.fuzz import API_KEY, EDGE_FLAGS, FuzzResult, fuzz_edge
from tests.servers import DuetProcess

EXAMPLES = int(os.environ.get("DUET_FUZZ_EXAMPLES", "20"))


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DuetProcess, list[FuzzResult]]]:
    with DuetProcess(EDGE_FLAGS, log_name="edge-fuzz") as edge:
        workdir: Path = tmp_path_factory.mktemp("fuzz")
        yield edge, fuzz_edge(edge, max_examples=EXAMPLES, seed=20240607, workdir=workdir)


@pytest.mark.timeout(300)
def test_no_server_errors_and_no_schema_violations(
    results: tuple[DuetProcess, list[FuzzResult]],
) -> None:
    _, runs = results
    for run in runs:
        print(run.summary())
        assert run.cases > 0, run.output[-3000:]
        assert run.server_errors == 0, run.summary() + "\n" + run.output[-5000:]
        assert not run.failed_checks, run.summary() + "\n" + run.output[-5000:]
        assert run.returncode == 0, run.output[-5000:]
    assert sum(r.cases for r in runs) >= 300


def test_fuzzing_reached_generation(results: tuple[DuetProcess, list[FuzzResult]]) -> None:
    """Not only rejections: some cases were answered by the model (and schema-checked)."""
    _, runs = results
    answered = sum(
        n for r in runs for (label, status), n in r.statuses.items()
        if status == 200 and "completions" in label
    )
    assert answered >= 10, [r.summary() for r in runs]


def test_server_still_answers_after_fuzzing(results: tuple[DuetProcess, list[FuzzResult]]) -> None:
    edge, _ = results
    response = httpx.post(
        edge.url + "/v1/chat/completions",
        headers={"authorization": f"Bearer {API_KEY}"},
        json={"model": "auto", "messages": [{"role": "user", "content": "hi"}]},
        timeout=60,
    )
    assert response.status_code == 200, response.text
    assert "error" not in edge.log().lower() or "Traceback" not in edge.log()
