"""Supervision of the child processes ``duet up`` runs: start each, wait until it answers its
ready-check URL, watch them, and stop them in reverse order (SIGTERM, then SIGKILL).

Generic on purpose: any command with an HTTP ready check (or none) can be a child.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("duet.processes")


class ChildFailed(Exception):
    """A child exited early or never became ready; the message says which and why."""


@dataclass
class ChildSpec:
    name: str
    argv: Sequence[str]
    ready_url: str | None = None
    env: Mapping[str, str] | None = None  # added to this process's environment
    ready_timeout_s: float = 180.0
    stop_timeout_s: float = 15.0


@dataclass
class Child:
    spec: ChildSpec
    proc: subprocess.Popen[bytes] = field(init=False)

    def start(self) -> None:
        env = {**os.environ, **(self.spec.env or {})}
        # Own session: a terminal's Ctrl-C reaches only the supervisor, which stops children in
        # order (the edge before the cloud it depends on).
        self.proc = subprocess.Popen(list(self.spec.argv), env=env, start_new_session=True)

    def running(self) -> bool:
        return self.proc.poll() is None

    def wait_ready(self, stopping: threading.Event) -> None:
        if self.spec.ready_url is None:
            return
        deadline = time.monotonic() + self.spec.ready_timeout_s
        while time.monotonic() < deadline and not stopping.is_set():
            if not self.running():
                raise ChildFailed(f"{self.spec.name} exited with code {self.proc.returncode}")
            try:
                if httpx.get(self.spec.ready_url, timeout=1.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            stopping.wait(0.2)
        if not stopping.is_set():
            raise ChildFailed(
                f"{self.spec.name} was not ready at {self.spec.ready_url} "
                f"within {self.spec.ready_timeout_s:.0f}s"
            )

    def stop(self) -> int | None:
        if self.running():
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(self.spec.stop_timeout_s)
            except subprocess.TimeoutExpired:
                log.warning("%s did not stop in time; killing it", self.spec.name)
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode


class Supervisor:
    """Children started in order, stopped in reverse order."""

    def __init__(self) -> None:
        self.children: list[Child] = []
        self.stopping = threading.Event()

    def install_signal_handlers(self) -> None:
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: self.stopping.set())

    def start(self, spec: ChildSpec) -> Child:
        child = Child(spec)
        child.start()
        self.children.append(child)
        child.wait_ready(self.stopping)
        return child

    def wait(self) -> str | None:
        """Block until a stop signal (returns None) or a child exits (returns its name)."""
        while not self.stopping.wait(0.5):
            for child in self.children:
                if not child.running():
                    return child.spec.name
        return None

    def stop_all(self) -> None:
        for child in reversed(self.children):
            child.stop()
