"""Start and stop a private ``redis-server`` (no persistence) for `duet up` and for tests."""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from duet.cache.build import describe
from duet.core.settings import CacheSettings

S = TypeVar("S", bound=CacheSettings)


class RedisLaunchError(Exception):
    """redis-server could not be started; the message says why."""


def redis_server_binary() -> str | None:
    return shutil.which("redis-server")


def _die_with_parent() -> None:
    """In the child: get SIGTERM when the parent dies, even by SIGKILL (Linux), so a crashed
    `duet up` leaves no redis-server behind."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LocalRedis:
    """A ``redis-server`` child process on 127.0.0.1, in-memory only, in its own temp dir."""

    def __init__(self, port: int = 0, *, binary: str | None = None) -> None:
        self.binary = binary or redis_server_binary()
        if self.binary is None:
            raise RedisLaunchError("redis-server is not installed")
        self.port = port or _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._dir = tempfile.TemporaryDirectory(prefix="duet-redis-")
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def log_path(self) -> Path:
        return Path(self._dir.name) / "redis.log"

    def start(self, timeout_s: float = 10.0) -> "LocalRedis":
        command = [
            str(self.binary), "--port", str(self.port), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "no", "--dir", self._dir.name,
            "--logfile", str(self.log_path), "--daemonize", "no",
        ]
        self.proc = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True, preexec_fn=_die_with_parent,
        )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RedisLaunchError(f"redis-server exited: {self._log_tail()}")
            if self._answers_ping():
                return self
            time.sleep(0.02)
        self.stop()
        raise RedisLaunchError(f"redis-server not ready within {timeout_s}s")

    def _answers_ping(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def _log_tail(self) -> str:
        try:
            return self.log_path.read_text(errors="replace").strip().splitlines()[-1]
        except (OSError, IndexError):
            return "no log"

    def stop(self, timeout_s: float = 5.0) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGCONT)  # a stopped server cannot handle SIGTERM
            self.proc.terminate()
            try:
                self.proc.wait(timeout_s)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout_s)

    def close(self) -> None:
        self.stop()
        self._dir.cleanup()

    def __enter__(self) -> "LocalRedis":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextmanager
def local_cache_redis(settings: S) -> Iterator[S]:
    """For `duet up`: ``settings`` with ``redis_url`` pointing at a redis-server started here
    (stopped on exit), when none is configured and the binary exists; else unchanged.
    Prints one line saying which cache is used."""
    if settings.redis_url or settings.cache_mode == "off" or redis_server_binary() is None:
        reason = "" if settings.redis_url or settings.cache_mode == "off" else (
            " — redis-server is not installed"
        )
        print(describe(settings) + reason, flush=True)
        yield settings
        return
    server = LocalRedis(settings.redis_port)
    try:
        server.start()
    except RedisLaunchError as exc:
        print(f"{describe(settings)} — could not start redis-server: {exc}", flush=True)
        server.close()
        yield settings
        return
    try:
        updated = settings.model_copy(update={"redis_url": server.url})
        print(f"{describe(updated)} (redis-server started by duet up)", flush=True)
        yield updated
    finally:
        server.close()
