"""Fixtures of the cache tests: a real redis-server per test (free port, temp dir, killed at
teardown) and helpers to read everything it holds."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest
import redis

from duet.app.redis_launcher import LocalRedis, redis_server_binary

# Fails (never skips) where redis-server is missing: `make test` installs it.
requires_redis = pytest.mark.usefixtures("redis_installed")


class RedisServer(LocalRedis):
    """A ``LocalRedis`` that tests can kill, freeze, thaw and restart on the same port."""

    def send(self, sig: int) -> None:
        assert self.proc is not None
        os.kill(self.proc.pid, sig)

    def kill9(self) -> None:
        self.send(signal.SIGKILL)
        assert self.proc is not None
        self.proc.wait(5)

    def dump(self) -> dict[bytes, bytes]:
        """Every key and value in the server (SCAN + GET)."""
        client = redis.Redis.from_url(self.url)
        try:
            return {key: client.get(key) or b"" for key in client.scan_iter(count=1000)}
        finally:
            client.close()


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    if redis_server_binary() is None:
        pytest.fail("redis-server is not installed: `make test` installs it")
    server = RedisServer()
    server.start()
    try:
        yield server
    finally:
        server.close()
