"""Cost of metrics: requests/s of two edge agents, one with metrics on (scraped every second, as
an aggressive Prometheus would) and one with ``DUET_METRICS_ENABLED=false``, in interleaved rounds.

Two request paths: ``GET /v1/models`` (no model work: the instrumentation's whole cost shows)
and a chat completion with ``max_tokens: 1`` (the cheapest request that runs the model and every
generation metric). Prints requests/s and the on/off ratio per path; records them in
docs/benchmarks.md. Usage: .venv/bin/python -m bench.metrics_overhead [--rounds N] [--seconds S]
"""

from __future__ import annotations

import argparse
import os
import statistics
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from bench.report import write_section
from tests.servers import DuetProcess

CONCURRENCY = 4
CHAT = {"model": "auto", "max_tokens": 1, "temperature": 0.7,
        "messages": [{"role": "user", "content": "Say yes."}]}

Request = Callable[[httpx.Client], httpx.Response]
PATHS: dict[str, Request] = {
    "GET /v1/models": lambda c: c.get("/v1/models"),
    "chat, max_tokens 1": lambda c: c.post("/v1/chat/completions", json=CHAT),
}


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def window(proc: DuetProcess, request: Request, seconds: float, scrape: bool
           ) -> tuple[float, float]:
    """(requests/s, server CPU microseconds per request) for one measurement window."""
    cpu = cpu_seconds(proc.proc.pid)
    if scrape:
        with Scraper(proc.url):
            rate, count = closed_loop(proc.url, request, seconds)
    else:
        rate, count = closed_loop(proc.url, request, seconds)
    return rate, (cpu_seconds(proc.proc.pid) - cpu) / count * 1e6


def closed_loop(url: str, request: Request, seconds: float) -> tuple[float, int]:
    """Requests/s of ``CONCURRENCY`` clients sending back to back for ``seconds``, and how
    many requests that was."""
    stop = time.perf_counter() + seconds
    counts = [0] * CONCURRENCY

    def client(slot: int) -> None:
        with httpx.Client(base_url=url, timeout=30) as http:
            while time.perf_counter() < stop:
                response = request(http)
                if response.status_code != 200:
                    raise RuntimeError(f"{response.status_code}: {response.text[:200]}")
                counts[slot] += 1

    start = time.perf_counter()
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        list(pool.map(client, range(CONCURRENCY)))
    return sum(counts) / (time.perf_counter() - start), sum(counts)


class Scraper:
    """Fetches /metrics once a second while running, like a Prometheus with a 1 s interval."""

    def __init__(self, url: str) -> None:
        self.url, self.scrapes = url, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        with httpx.Client(timeout=10) as http:
            while not self._stop.wait(1.0):
                assert http.get(self.url + "/metrics").status_code == 200
                self.scrapes += 1

    def __enter__(self) -> "Scraper":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


Results = dict[str, dict[str, list[tuple[float, float]]]]


def measure(rounds: int, seconds: float) -> Results:
    """Per path and side, one (requests/s, CPU µs per request) pair per round."""
    results: Results = {p: {"on": [], "off": []} for p in PATHS}
    common = ["edge", "--queue-size", "64", "--n-threads", "1"]
    with DuetProcess(common, env={"DUET_METRICS_ENABLED": "true"}, log_name="bench-on") as on, \
            DuetProcess(common, env={"DUET_METRICS_ENABLED": "false"},
                        log_name="bench-off") as off:
        assert httpx.get(off.url + "/metrics").status_code == 404
        for request in PATHS.values():  # warm both
            closed_loop(on.url, request, 1.0)
            closed_loop(off.url, request, 1.0)
        for r in range(rounds):
            order = [("on", on), ("off", off)] if r % 2 == 0 else [("off", off), ("on", on)]
            for path, request in PATHS.items():
                for name, proc in order:
                    results[path][name].append(window(proc, request, seconds, name == "on"))
            print(f"round {r + 1}/{rounds}: " + "; ".join(
                f"{p} on {v['on'][-1][0]:.0f} off {v['off'][-1][0]:.0f} req/s"
                for p, v in results.items()), flush=True)
    return results


def report(results: Results, rounds: int, seconds: float) -> str:
    rows = ["| request | metrics on (req/s) | metrics off (req/s) | on / off | requests/s cost "
            "| server CPU per request on / off (µs) | CPU cost |",
            "|---|---|---|---|---|---|---|"]
    for path, runs in results.items():
        on = statistics.median(r for r, _ in runs["on"])
        off = statistics.median(r for r, _ in runs["off"])
        ratio = statistics.median(a[0] / b[0] for a, b in zip(runs["on"], runs["off"], strict=True))
        cpu_on = statistics.median(c for _, c in runs["on"])
        cpu_off = statistics.median(c for _, c in runs["off"])
        rows.append(f"| {path} | {on:.0f} | {off:.0f} | {ratio:.3f} | "
                    f"**{(1 - ratio) * 100:.1f} %** | {cpu_on:.0f} / {cpu_off:.0f} | "
                    f"{(cpu_on / cpu_off - 1) * 100:.1f} % |")
    notes = [
        f"- medians of {rounds} interleaved rounds of {seconds:g} s per request path and side; "
        "on / off is the median of per-round ratios",
        f"- {CONCURRENCY} closed-loop httpx clients on the same machine; both edge agents run "
        "at once with the same settings (1 llama.cpp thread, queue 64)",
        "- metrics on: every request recorded (requests, duration, decision; for the chat also "
        "TTFT, tokens, tokens/s, tokens kept local) and /metrics scraped every second during "
        "the measurement; metrics off: `DUET_METRICS_ENABLED=false` (no recording, no /metrics)",
        "- the live page's ring buffer (/ui) is filled on both sides",
        "- server CPU per request: user + system CPU time of the edge process over the window "
        "(/proc), divided by the requests served; less sensitive to other load on the machine "
        "than requests/s",
    ]
    return "\n".join(rows) + "\n\n" + "\n".join(notes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    results = measure(args.rounds, args.seconds)
    body = report(results, args.rounds, args.seconds)
    body += (f"\n- machine load average at the end (1/5/15 min): "
             f"{' / '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores; "
             "other processes add noise of several percent to single rounds")
    print(body)
    write_section("Metrics overhead", body, ".venv/bin/python -m bench.metrics_overhead")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
