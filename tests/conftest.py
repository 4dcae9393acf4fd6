"""Fixtures shared by the whole suite. Tests never read the developer's DUET_* settings."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.servers import DuetProcess


@pytest.fixture(autouse=True)
def _hermetic_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("DUET_") and key != "DUET_TEST_LOGS":
            monkeypatch.delenv(key, raising=False)


@pytest.fixture
def redis_installed() -> None:
    from duet.app.redis_launcher import redis_server_binary

    if redis_server_binary() is None:
        pytest.fail("redis-server is not installed: `make test` installs it")


@pytest.fixture(scope="session")
def edge() -> Iterator[DuetProcess]:
    """One edge agent with the default on-device model, shared by read-only API tests."""
    with DuetProcess(["edge", "--queue-size", "4"], log_name="edge") as proc:
        yield proc
