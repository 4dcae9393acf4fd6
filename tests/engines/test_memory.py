"""Resident memory with every sequence full stays within the bound the settings give."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.servers import REPO, clean_environ


def test_four_full_sequences_stay_within_the_memory_bound() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.engines.fill_memory"], cwd=REPO, env=clean_environ(),
        capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert all(total >= 2000 for total in figures["filled"]), figures
    assert figures["cached_bytes"] > 0, figures  # the host cache holds copies too
    assert figures["rss"] <= figures["bound"], figures
