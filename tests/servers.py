"""Real Duet processes for tests: started as subprocesses on free ports, driven over sockets."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
# Edge agents started by tests keep their egress audit log and user key here, not in the
# user's home.
TEST_AUDIT_LOG = Path(tempfile.gettempdir()) / f"duet-test-audit-{os.getpid()}" / "egress.log"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def stop_process(proc: subprocess.Popen[bytes], timeout: float = 10.0) -> None:
    """SIGTERM, then SIGKILL if it is still there after ``timeout`` seconds."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout)


def clean_environ(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The test process's environment without any DUET_* setting (but the audit log and the
    user key in a temporary folder, and no device state read from sysfs), plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DUET_")}
    env["DUET_AUDIT_LOG_PATH"] = str(TEST_AUDIT_LOG)
    env["DUET_USER_KEY_FILE"] = str(TEST_AUDIT_LOG.parent / "user.key")
    # the machine's own battery and heat would move borderline decisions: read none unless a
    # test points an edge at a fixture tree (flags win over these)
    env["DUET_DEVICE_POWER_SUPPLY_ROOT"] = ""
    env["DUET_DEVICE_THERMAL_ROOT"] = ""
    # nor a policy `duet calibrate` wrote for the developer's model
    env["DUET_CALIBRATED_POLICY_DIR"] = ""
    env.update(extra or {})
    return env


class DuetProcess:
    """A ``duet`` subcommand running as a real process; ``url`` is its HTTP base URL."""

    def __init__(
        self,
        command: Sequence[str],
        *,
        port: int | None = None,
        env: Mapping[str, str] | None = None,
        ready_path: str = "/readyz",
        timeout: float = 60.0,
        log_name: str = "duet",
        port_flag: str | None = "--port",
        module: str = "duet.app.cli",
    ) -> None:
        """``module`` is the Python module run with ``-m``: ``duet.app.cli``, or another server
        (e.g. ``llama_cpp.server``) that answers ``ready_path`` with 200 once it is ready."""
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = Path(os.environ.get("DUET_TEST_LOGS", "/tmp")) / f"{log_name}-{self.port}.log"
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", module, *command,
             *([port_flag, str(self.port)] if port_flag else [])],
            cwd=REPO,
            env=clean_environ(env),
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.wait_ready(ready_path, timeout)

    def wait_ready(self, path: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"duet exited with {self.proc.returncode}:\n{self.log()}")
            try:
                if httpx.get(self.url + path, timeout=1.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"duet not ready within {timeout}s:\n{self.log()}")

    def log(self) -> str:
        if not self._log.closed:
            self._log.flush()
        return self.log_path.read_text(errors="replace")

    def signal(self, sig: int) -> None:
        os.killpg(self.proc.pid, sig)

    def stop(self, timeout: float = 10.0) -> int | None:
        if self.proc.poll() is None:
            self.signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.signal(signal.SIGKILL)
                self.proc.wait(timeout)
        self._log.close()
        return self.proc.returncode

    def rss_bytes(self) -> int:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
        raise RuntimeError("no VmRSS")

    def __enter__(self) -> "DuetProcess":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
