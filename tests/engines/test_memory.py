"""Resident memory with every sequence full stays within the bound the settings give."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.servers import REPO, clean_environ


@pytest.mark.parametrize("kv_cache_type", ["f16", "q8_0"])
def test_four_full_sequences_stay_within_the_memory_bound(kv_cache_type: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.engines.fill_memory", kv_cache_type], cwd=REPO, env=clean_environ(),
        capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert all(total >= 2000 for total in figures["filled"]), figures
    assert figures["cached_bytes"] > 0, figures  # the host cache holds copies too
    assert figures["rss"] <= figures["bound"], figures
    # the bound's KV share is the size llama.cpp really stores: the host cache's copies, measured
    measured, expected = figures["cached_bytes_per_token"], figures["kv_bytes_per_token"]
    assert 0.95 * expected <= measured <= 1.1 * expected, figures
    if kv_cache_type == "q8_0":  # 34 bytes per 32 values against f16's 64: about half the size
        assert measured < 0.6 * figures["kv_bytes_per_token_f16"], figures
