"""Soak: a real edge and cloud pool driven for minutes with a mixed load while the link between
them is faulted on a cycle; counts the requests the device could have answered that failed, and
watches the edge process for growing memory and leaked file descriptors::

    python -m bench.soak [--minutes 10] [--workers 2] [--phase-s 15] [--warmup-s 60]

Topology (real processes, as in ``tests/scenarios/system.py``): clients → ``duet edge`` →
``FaultProxy`` → ``duet cloud`` (a pool of one llama.cpp replica with SmolLM2-135M).

The load (each worker takes the kinds in turn, ``max_tokens`` 8): a local question (JSON and
streamed), a question forced to the cloud with ``x-duet-route: cloud`` (JSON and streamed; the
device may still answer it), a cacheable question asked again and again (cache hits), a stream
the client closes after its first content chunk (local, then cloud), and a request for the
cloud's own model (``smol-pool``, which only the cloud may answer: its 502/503/504 are counted
apart, they are not failures the device could avoid). Every other request must succeed: a 2xx,
and a stream that ends with a ``finish_reason`` and no error event.

The link cycles through phases of ``--phase-s``: clear, latency (+150 ms ± 50 ms each way),
clear, blackhole (then every open connection reset), clear, cut (every connection cut after
4 kB from the cloud). The edge's RSS (``/proc/PID/status`` VmRSS) and open descriptors
(``/proc/PID/fd``) are sampled every 10 s; the figures compare the sample after ``--warmup-s``
with one taken at the end, after the load stopped and the link has been clear for a few seconds.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import os
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import openai

from tests.cloud.conftest import smol_llama_pool
from tests.scenarios.system import CLOUD_MODEL, EASY, HARD, NO_CACHE, TO_CLOUD, System, ask
from tests.scenarios.system import wait_until

TOKENS = 8
CACHED = "Name a primary colour."


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    ok: collections.Counter[str] = field(default_factory=collections.Counter)
    failed: collections.Counter[str] = field(default_factory=collections.Counter)
    cloud_only_errors: collections.Counter[str] = field(default_factory=collections.Counter)
    cancelled: int = 0
    cache_hits: int = 0
    routes: collections.Counter[str] = field(default_factory=collections.Counter)
    reasons: collections.Counter[str] = field(default_factory=collections.Counter)
    failures: list[str] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    slowest: dict[str, float] = field(default_factory=dict)

    def saw(self, headers: httpx.Headers) -> None:
        with self.lock:
            self.routes[headers.get("x-duet-route", "?")] += 1
            for reason in filter(None, headers.get("x-duet-reasons", "").split(",")):
                self.reasons[reason.strip()] += 1
            if headers.get("x-duet-cache") == "hit":
                self.cache_hits += 1

    def count(self, kind: str, outcome: str, detail: str = "") -> None:
        with self.lock:
            if outcome == "ok":
                self.ok[kind] += 1
            elif outcome == "cancelled":
                self.cancelled += 1
            elif outcome == "cloud_only_error":
                self.cloud_only_errors[detail] += 1
            else:
                self.failed[kind] += 1
                self.failures.append(f"{time.strftime('%H:%M:%S')} {kind}: {detail}"[:300])


class Load:
    """One worker's requests; each returns normally when the request succeeded."""

    def __init__(self, system: System, tally: Tally, worker: int) -> None:
        self.api = system.client(timeout=30)
        self.url = system.url
        self.tally = tally
        self.n = itertools.count()
        self.worker = worker

    def text(self, base: str) -> str:
        return f"{base} ({self.worker}-{next(self.n)})"  # distinct, so no cache hit by chance

    def _json(self, text: str, headers: dict[str, str], model: str = "auto") -> None:
        raw = self.api.chat.completions.with_raw_response.create(
            model=model, messages=ask(text), max_tokens=TOKENS, temperature=0.0,
            extra_headers=headers)
        answer = raw.parse()
        if not answer.choices or answer.choices[0].finish_reason is None:
            raise AssertionError(f"answer without a finish_reason: {answer}")
        self.tally.saw(raw.headers)

    def _stream(self, text: str, headers: dict[str, str]) -> None:
        finish = None
        with self.api.chat.completions.with_streaming_response.create(
            model="auto", messages=ask(text), max_tokens=TOKENS, temperature=0.0, stream=True,
            extra_headers=headers,
        ) as raw:
            for chunk in raw.parse():  # an error event raises openai.APIError
                for choice in chunk.choices:
                    finish = choice.finish_reason or finish
            self.tally.saw(raw.headers)
        if finish is None:
            raise AssertionError("stream ended without a finish_reason")

    def local_json(self) -> None:
        self._json(self.text(EASY), NO_CACHE)

    def local_stream(self) -> None:
        self._stream(self.text(EASY), NO_CACHE)

    def cloud_json(self) -> None:
        self._json(self.text(HARD), TO_CLOUD)

    def cloud_stream(self) -> None:
        self._stream(self.text(HARD), TO_CLOUD)

    def cache_hit(self) -> None:
        self._json(CACHED, {})

    def disconnect(self, headers: dict[str, str]) -> None:
        """A stream the client closes after its first content chunk (a deliberate cancel)."""
        body = {"model": "auto", "messages": ask(self.text(HARD)), "max_tokens": 64,
                "temperature": 0, "stream": True}
        with httpx.stream("POST", self.url + "/v1/chat/completions", json=body,
                          headers=headers, timeout=30) as response:
            if response.status_code != 200:
                raise AssertionError(f"status {response.status_code}: {response.read()[:200]!r}")
            for line in response.iter_lines():
                if '"content"' in line:
                    break  # leaving the block closes the connection mid-stream
                if '"error"' in line:
                    raise AssertionError(f"error event: {line[:200]}")

    def disconnect_local(self) -> None:
        self.disconnect(NO_CACHE)

    def disconnect_cloud(self) -> None:
        self.disconnect(TO_CLOUD)

    def cloud_model(self) -> None:
        self._json(self.text(HARD), NO_CACHE, model=CLOUD_MODEL)

    def kinds(self) -> list[tuple[str, Callable[[], None]]]:
        return [("local_json", self.local_json), ("cloud_json", self.cloud_json),
                ("local_stream", self.local_stream), ("cache_hit", self.cache_hit),
                ("cloud_stream", self.cloud_stream), ("disconnect_local", self.disconnect_local),
                ("cloud_model", self.cloud_model), ("disconnect_cloud", self.disconnect_cloud)]


def work(load: Load, stop: threading.Event) -> None:
    kinds = load.kinds()
    turn = itertools.cycle(kinds[load.worker % len(kinds):] + kinds[:load.worker % len(kinds)])
    while not stop.is_set():
        kind, call = next(turn)
        started = time.monotonic()
        try:
            call()
        except openai.APIStatusError as exc:
            if kind == "cloud_model" and exc.status_code in (502, 503, 504):
                load.tally.count(kind, "cloud_only_error", str(exc.status_code))
            else:
                load.tally.count(kind, "failed", f"{exc.status_code} {exc.message}")
            continue
        except Exception as exc:  # noqa: BLE001 - every other failure is counted, not raised
            if kind == "cloud_model" and isinstance(exc, openai.APIError):
                load.tally.count(kind, "cloud_only_error", type(exc).__name__)
            else:
                load.tally.count(kind, "failed", f"{type(exc).__name__}: {exc}")
            continue
        load.tally.count(kind, "cancelled" if kind.startswith("disconnect") else "ok")
        seconds = time.monotonic() - started
        with load.tally.lock:
            load.tally.seconds.append(seconds)
            load.tally.slowest[kind] = max(seconds, load.tally.slowest.get(kind, 0.0))


PHASES = ("clear", "latency", "clear", "blackhole", "clear", "cut")


def faults(system: System, phase_s: float, stop: threading.Event, log: list[str]) -> None:
    proxy = system.proxy
    for phase in itertools.cycle(PHASES):
        if phase == "latency":
            proxy.latency(0.15, jitter_s=0.05)
        elif phase == "blackhole":
            proxy.blackhole()
        elif phase == "cut":
            proxy.cut_after(4096)
        log.append(f"{time.strftime('%H:%M:%S')} {phase}")
        if stop.wait(phase_s):
            break
        if phase != "clear":
            proxy.passthrough()
            proxy.reset_all()  # connections whose bytes were held or thrown away
    proxy.passthrough()


@dataclass
class Sample:
    at_s: float
    rss_kb: int
    fds: int
    fd_kinds: dict[str, int]


def sample(pid: int, started: float) -> Sample:
    status = Path(f"/proc/{pid}/status").read_text()
    rss = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
    kinds: collections.Counter[str] = collections.Counter()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except FileNotFoundError:
            continue
        kinds[target.split(":")[0] if ":" in target else "file"] += 1
    return Sample(time.monotonic() - started, rss, sum(kinds.values()), dict(kinds))


def watch(pid: int, started: float, stop: threading.Event, samples: list[Sample]) -> None:
    while not stop.wait(10):
        samples.append(sample(pid, started))


def soak(args: argparse.Namespace, folder: Path) -> None:
    system = System(smol_llama_pool(folder), name="soak")
    assert system.edge is not None
    pid = system.edge.proc.pid
    tally = Tally()
    stop, stop_watch = threading.Event(), threading.Event()
    phases: list[str] = []
    samples: list[Sample] = []
    try:
        system.wait_cloud_model_listed()
        started = time.monotonic()
        threads = [threading.Thread(target=work, args=(Load(system, tally, w), stop))
                   for w in range(args.workers)]
        threads.append(threading.Thread(target=faults, args=(system, args.phase_s, stop, phases)))
        threads.append(threading.Thread(target=watch, args=(pid, started, stop_watch, samples)))
        for thread in threads:
            thread.start()
        time.sleep(args.warmup_s)
        warm = sample(pid, started)
        print(f"after warm-up ({args.warmup_s:.0f} s): RSS {warm.rss_kb / 1024:.1f} MiB, "
              f"{warm.fds} fds {warm.fd_kinds}", flush=True)
        end_at = started + args.minutes * 60
        while time.monotonic() < end_at:
            time.sleep(min(60.0, max(0.0, end_at - time.monotonic())))
            last = samples[-1] if samples else warm
            print(f"  {last.at_s:5.0f} s: RSS {last.rss_kb / 1024:.1f} MiB, {last.fds} fds, "
                  f"ok {sum(tally.ok.values())}, failed {sum(tally.failed.values())}", flush=True)
        stop.set()
        for thread in threads[:-1]:
            thread.join(60)
        # the link clear and the load stopped: what is still open now is held, not in use
        wait_until(lambda: system.conn_state() == "up", 15)
        time.sleep(5)
        end = sample(pid, started)
        stop_watch.set()
        threads[-1].join(15)
        report(args, tally, warm, end, samples, phases, system)
    finally:
        stop.set()
        stop_watch.set()
        system.close()


def report(args: argparse.Namespace, tally: Tally, warm: Sample, end: Sample,
           samples: list[Sample], phases: list[str], system: System) -> None:
    assert system.edge is not None
    tracebacks = system.edge.log().count("Traceback")
    cloud_tracebacks = system.cloud.log().count("Traceback") if system.cloud else 0
    growth = (end.rss_kb - warm.rss_kb) / warm.rss_kb
    peak = max(s.rss_kb for s in [*samples, warm, end])
    print(f"soak {args.minutes} min, {args.workers} workers, {len(phases)} link phases of "
          f"{args.phase_s:.0f} s ({', '.join(PHASES)})")
    device = {k: v for k, v in tally.ok.items() if k != "cloud_model"}
    print(f"requests the device could answer: ok {sum(device.values())} {device}, "
          f"FAILED {sum(tally.failed.values())} {dict(tally.failed)}")
    print(f"client disconnects mid-stream: {tally.cancelled}; cache hits: {tally.cache_hits}; "
          f"answered by {dict(tally.routes)}; reasons {dict(tally.reasons)}")
    print(f"cloud-model requests (only the cloud may answer): ok {tally.ok['cloud_model']}, "
          f"refused while the cloud was out of reach {dict(tally.cloud_only_errors)}")
    print(f"link: {system.proxy.stats()}")
    if tally.seconds:
        ordered = sorted(tally.seconds)
        print(f"request seconds: p50 {statistics.median(ordered):.2f}, "
              f"p99 {ordered[int(0.99 * (len(ordered) - 1))]:.2f}, max {ordered[-1]:.2f}; "
              f"slowest by kind {({k: round(v, 2) for k, v in tally.slowest.items()})}")
    print(f"edge RSS: {warm.rss_kb / 1024:.1f} MiB after warm-up → {end.rss_kb / 1024:.1f} MiB at "
          f"the end ({growth:+.1%}), peak {peak / 1024:.1f} MiB")
    print(f"edge fds: {warm.fds} after warm-up {warm.fd_kinds} → {end.fds} at the end "
          f"{end.fd_kinds}; most while running {max(s.fds for s in samples or [end])}")
    print(f"tracebacks in the edge log: {tracebacks}, in the cloud log: {cloud_tracebacks}")
    print("RSS MiB / fds every 10 s: " + " ".join(
        f"{s.rss_kb / 1024:.0f}/{s.fds}" for s in samples))
    for line in tally.failures[:20]:
        print("  failed:", line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--phase-s", type=float, default=15.0)
    parser.add_argument("--warmup-s", type=float, default=60.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        soak(args, Path(folder))


if __name__ == "__main__":
    main()
