"""Start the LiteLLM proxy for the comparison benchmarks.

It runs from its own virtualenv, bench/.venv-litellm, pinned to ``VERSION``; ``INSTALL`` is the
command that makes it.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import httpx

from tests.servers import free_port

VERSION = "1.81.0"
LITELLM = Path(__file__).resolve().parent / ".venv-litellm" / "bin" / "litellm"
INSTALL = (
    "python3 -m venv bench/.venv-litellm && "
    f"bench/.venv-litellm/bin/pip install 'litellm[proxy]=={VERSION}'"
)


def installed() -> bool:
    return LITELLM.exists()


def start(config: str, folder: Path, timeout: float = 180) -> tuple[subprocess.Popen[bytes], str]:
    """Run the proxy (one worker) with ``config`` (litellm.yaml text) in ``folder``.

    Returns the process and its base URL once ``/health/liveliness`` answers. The process leads
    its own session so that :func:`stop` ends its children too. DUET_ and LITELLM_ variables are
    not passed on, so neither side's settings leak into the other.
    """
    if not installed():
        raise RuntimeError(f"LiteLLM is not installed: {INSTALL}")
    path = folder / "litellm.yaml"
    path.write_text(config)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DUET_", "LITELLM_"))}
    env["LITELLM_LOG"] = "ERROR"
    log_path = folder / "litellm.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [str(LITELLM), "--config", str(path), "--host", "127.0.0.1", "--port", str(port),
             "--num_workers", "1"],
            stdout=log, stderr=subprocess.STDOUT, env=env, cwd=folder, start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("litellm exited: " + log_path.read_text()[-2000:])
        try:
            if httpx.get(url + "/health/liveliness", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    stop(proc)
    raise RuntimeError(f"litellm not ready within {timeout:.0f} s: " + log_path.read_text()[-2000:])


def stop(proc: subprocess.Popen[bytes], timeout: float = 15) -> None:
    """End the proxy's whole session (SIGTERM, then SIGKILL after ``timeout``)."""
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, 15)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        proc.wait()
