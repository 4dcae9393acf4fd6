"""Schemathesis against a real edge: the gateway's own OpenAPI and OpenAI's API description.

Shared by ``tests/hostile/test_schemathesis.py`` (a short run) and ``bench/fuzz_api.py`` (the full
run). Schemathesis runs as its own process (the ``schemathesis`` CLI); its NDJSON event report is
read back to count every request sent and every response status, independently of its summary.

Checks: OpenAI documents only 200 and 429, so against its description the status-code check is off
and what counts is no 5xx, 200 bodies that match OpenAI's response schemas, and the right content
types. Against the gateway's own description the documented status codes are checked too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tests.servers import REPO, DuetProcess

OPENAI_SPEC = Path(__file__).resolve().parent / "openai-openapi-subset.yaml"
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
API_KEY = "sk-fuzz"
COMMON_CHECKS = ["not_a_server_error", "response_schema_conformance", "content_type_conformance"]

# Generation is kept cheap: every answer is at most 2 tokens, whatever max_tokens a case asks for.
EDGE_FLAGS = [
    "edge", "--api-keys", API_KEY, "--default-max-tokens", "2", "--max-tokens-limit", "2",
    "--queue-size", "16", "--log-level", "warning",
]


@dataclass
class FuzzResult:
    """One schemathesis run, counted from its event report."""

    name: str
    returncode: int
    statuses: Counter[tuple[str, int]] = field(default_factory=Counter)
    failed_checks: Counter[str] = field(default_factory=Counter)
    output: str = ""

    @property
    def cases(self) -> int:
        return sum(self.statuses.values())

    @property
    def server_errors(self) -> int:
        return sum(n for (_, status), n in self.statuses.items() if status >= 500)

    def by_status(self) -> dict[int, int]:
        out: Counter[int] = Counter()
        for (_, status), n in self.statuses.items():
            out[status] += n
        return dict(sorted(out.items()))

    def summary(self) -> str:
        return (
            f"{self.name}: {self.cases} cases, {self.server_errors} server errors, "
            f"failed checks {dict(self.failed_checks) or 0}, statuses {self.by_status()}"
        )


def read_report(name: str, path: Path, returncode: int, output: str) -> FuzzResult:
    result = FuzzResult(name, returncode, output=output)
    for line in path.read_text().splitlines():
        event = json.loads(line)
        finished = event.get("ScenarioFinished")
        if not finished:
            continue
        recorder = finished["recorder"]
        for interaction in recorder.get("interactions", {}).values():
            if interaction.get("response"):
                status = interaction["response"]["status_code"]
                result.statuses[(recorder["label"], status)] += 1
        for checks in recorder.get("checks", {}).values():
            for check in checks:
                if check["status"] != "success":
                    result.failed_checks[check["name"]] += 1
    return result


def run_schemathesis(
    name: str,
    location: str,
    *,
    base_url: str | None,
    checks: list[str],
    max_examples: int,
    seed: int,
    report: Path,
    extra: tuple[str, ...] = (),
    timeout_s: float = 1800,
) -> FuzzResult:
    command = [
        str(SCHEMATHESIS), "run", location,
        "--checks", ",".join(checks),
        "--max-examples", str(max_examples),
        "--seed", str(seed),
        "--workers", "1",
        "--header", f"Authorization: Bearer {API_KEY}",
        "--request-timeout", "30",
        "--generation-database", "none",
        "--continue-on-failure",
        "--no-color",
        "--report", "ndjson", "--report-ndjson-path", str(report),
        *(["--url", base_url] if base_url else []),
        *extra,
    ]
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "tests.hostile.st_hooks"}
    done = subprocess.run(
        command, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout_s
    )
    return read_report(name, report, done.returncode, done.stdout + done.stderr)


def fuzz_edge(edge: DuetProcess, *, max_examples: int, seed: int, workdir: Path) -> list[FuzzResult]:
    """Both runs against one edge; ``max_examples`` is per operation and phase."""
    own = run_schemathesis(
        "gateway OpenAPI",
        edge.url + "/openapi.json",
        base_url=None,
        checks=[*COMMON_CHECKS, "status_code_conformance"],
        max_examples=max_examples,
        seed=seed,
        report=workdir / "own.ndjson",
        extra=("--include-path-regex", "^/v1/"),
    )
    openai_spec = run_schemathesis(
        "OpenAI API description",
        str(OPENAI_SPEC),
        base_url=edge.url + "/v1",
        checks=COMMON_CHECKS,
        max_examples=max_examples,
        seed=seed,
        report=workdir / "openai.ndjson",
    )
    return [own, openai_spec]
