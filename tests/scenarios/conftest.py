"""Fixtures of the whole-system scenarios: the smol cloud pool file, and a ``System`` per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cloud.conftest import smol_llama_pool


@pytest.fixture(scope="session")
def pool_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return smol_llama_pool(tmp_path_factory.mktemp("scenario-pool"))
