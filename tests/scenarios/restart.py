"""Scenario: the edge agent restarted (SIGTERM or SIGKILL) while clients keep asking; it comes
back on the same port. Clients see connection errors (or a clean 503 while it drains), never a
wrong or truncated answer; afterwards nothing is stuck (queue empty, model free)."""

from __future__ import annotations

import signal
import threading
import time
from dataclasses import dataclass, field

import openai

from tests.scenarios.system import EASY, NO_CACHE, System, ask, metric, wait_until


@dataclass
class RestartFigures:
    how: str
    answers: int = 0
    connection_errors: int = 0
    clean_http_errors: int = 0  # OpenAI-shaped 503 while draining
    other: list[str] = field(default_factory=list)
    outage_s: float = 0.0  # signal → first answer from the new process (clients see errors)
    restart_s: float = 0.0  # signal → the new process ready
    queue_depth_after: float = -1.0
    busy_after: float = -1.0

    def summary(self) -> dict[str, object]:
        return {"how": self.how, "answers": self.answers,
                "connection_errors": self.connection_errors,
                "clean_http_errors": self.clean_http_errors, "other_failures": len(self.other),
                "restart_s": round(self.restart_s, 2), "outage_s": round(self.outage_s, 2),
                "queue_depth_after": self.queue_depth_after, "busy_after": self.busy_after}


def run_restart(system: System, how: str, clients: int = 3, after_s: float = 2.0) -> RestartFigures:
    figures = RestartFigures(how)
    stop = threading.Event()
    answered_at: list[float] = []
    lock = threading.Lock()

    def client_loop() -> None:
        api = system.client(timeout=20)
        while not stop.is_set():
            try:
                reply = api.chat.completions.create(
                    model="auto", messages=ask(EASY), max_tokens=8, extra_headers=NO_CACHE)
                ok = bool(reply.choices and reply.choices[0].finish_reason)
                with lock:
                    if ok:
                        figures.answers += 1
                        answered_at.append(time.monotonic())
                    else:
                        figures.other.append("an answer without finish_reason")
            except (openai.APIConnectionError, openai.APITimeoutError):
                with lock:
                    figures.connection_errors += 1
                time.sleep(0.05)
            except openai.APIStatusError as exc:
                body = exc.body if isinstance(exc.body, dict) else {}
                with lock:
                    if exc.status_code == 503 and {"message", "type"} <= set(body):
                        figures.clean_http_errors += 1
                    else:
                        figures.other.append(f"{exc.status_code} {exc.body}")
                time.sleep(0.05)

    threads = [threading.Thread(target=client_loop, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    time.sleep(1.0)
    assert system.edge is not None
    hit = time.monotonic()
    system.edge.signal(signal.SIGTERM if how == "sigterm" else signal.SIGKILL)
    system.edge.stop(timeout=15)
    gone = time.monotonic()  # the old process has exited: later answers are the new one's
    system.edge = system.start_edge()  # same port
    figures.restart_s = time.monotonic() - hit
    wait_until(lambda: any(t > gone for t in answered_at), 10)
    after = [t for t in answered_at if t > gone]
    figures.outage_s = (min(after) - hit) if after else float("inf")
    time.sleep(after_s)
    stop.set()
    for thread in threads:
        thread.join(30)
    time.sleep(0.3)
    figures.queue_depth_after = metric(system.url, "duet_local_queue_depth")
    figures.busy_after = metric(system.url, "duet_local_busy")
    return figures
