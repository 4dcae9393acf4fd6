"""Many apps, one model on the device: concurrent streamed answers from `duet edge` with
continuous batching, from `duet edge` with one sequence (answers one after another), and from
`python -m llama_cpp.server` on the same model and threads; an interactive request under
background load; a growing conversation with another app's request between turns, with and
without the prompt cache; greedy agreement of answers batched and alone.

The three servers of the concurrency table run side by side and are measured in turn, level by
level, so that the machine's load weighs on each alike; the other figures use one server at a time.
Usage: .venv/bin/python -m bench.device_concurrency [--threads N] [--levels 1,2,4,8] [--rounds N]
[--no-write]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager

from bench.device_streams import (
    Stream, agreement, conversations, interactive_under_load, run_concurrent, summarize,
)
from bench.report import write_section
from duet.core.settings import packaged_edge_model
from tests.servers import DuetProcess

MAX_TOKENS = 64


@contextmanager
def duet_edge(threads: int, *flags: str) -> Iterator[str]:
    """An edge without its response cache: every request is generated (greedy answers to the
    same prompts would otherwise be cache hits)."""
    with DuetProcess(["edge", "--n-threads", str(threads), "--n-ctx", "2048",
                      "--queue-size", "16", "--log-level", "warning", "--cache-mode", "off",
                      *flags],
                     log_name="bench-concurrency", timeout=120) as proc:
        yield proc.url


@contextmanager
def llama_server(threads: int) -> Iterator[str]:
    with DuetProcess(["--model", str(packaged_edge_model()), "--n_ctx", "2048",
                      "--n_threads", str(threads), "--n_threads_batch", str(threads),
                      "--host", "127.0.0.1", "--interrupt_requests", "False"],
                     module="llama_cpp.server", ready_path="/v1/models",
                     log_name="bench-llama-server", timeout=120,
                     env={"OMP_WAIT_POLICY": os.environ.get("OMP_WAIT_POLICY", "PASSIVE")},
                     ) as proc:
        yield proc.url


def concurrency_rows(servers: dict[str, str], levels: list[int], rounds: int
                     ) -> list[dict[str, float | str]]:
    """Each level on each server in turn, ``rounds`` times (so that a machine whose load
    drifts weighs on all servers alike); medians per server and level."""
    figures: dict[tuple[str, int], list[dict[str, float]]] = {}
    for r in range(rounds):
        for level in levels:
            for name, url in servers.items():
                streams: list[Stream] = asyncio.run(run_concurrent(url, level, MAX_TOKENS))
                figures.setdefault((name, level), []).append(summarize(streams))
                print(f"round {r + 1} {name:18} n={level}: " + ", ".join(
                    f"{k} {v:.3g}" for k, v in figures[(name, level)][-1].items()), flush=True)
    rows: list[dict[str, float | str]] = []
    for (name, level), runs in figures.items():
        medians = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        rows.append({"server": name, "n": level, **medians})
    return sorted(rows, key=lambda row: (list(servers).index(str(row["server"])), row["n"]))


def concurrency_table(rows: list[dict[str, float | str]]) -> str:
    lines = ["| server | concurrent | TTFT p50 (s) | TTFT worst (s) | aggregate tok/s | "
             "per-stream tok/s | total of one answer (s) |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        lines.append(f"| {r['server']} | {r['n']} | {r['ttft_p50']:.2f} | {r['ttft_worst']:.2f} "
                     f"| {r['aggregate_tps']:.1f} | {r['per_stream_tps']:.1f} | "
                     f"{r['total_p50']:.2f} |")
    return "\n".join(lines)


def acceptance(rows: list[dict[str, float | str]], server: str) -> str:
    def row(n: int) -> dict[str, float | str]:
        return next(r for r in rows if r["server"] == server and r["n"] == n)

    one, four = row(1), row(4)
    worst = float(four["ttft_worst"]) / float(one["total_p50"])
    speedup = float(four["aggregate_tps"]) / float(one["aggregate_tps"])
    return (f"{server}, 4 concurrent answers of {MAX_TOKENS} tokens: worst time to first token "
            f"= {worst:.2f} × one answer's total time alone (target ≤ 0.5); aggregate tokens/s "
            f"= {speedup:.2f} × one stream's (target ≥ 1.5).")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--levels", default="1,2,4,8")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    levels = [int(x) for x in args.levels.split(",")]
    load_before = os.getloadavg()[0]
    with duet_edge(args.threads, "--n-parallel", "8") as batched, \
            duet_edge(args.threads, "--n-parallel", "1") as single, \
            llama_server(args.threads) as server:
        servers = {"Duet, 8 sequences": batched, "Duet, 1 sequence": single,
                   "llama_cpp.server": server}
        rows = concurrency_rows(servers, levels, args.rounds)
        agree = asyncio.run(agreement(batched, prompts=20, tokens=32))
    with duet_edge(args.threads, "--n-parallel", "4") as url:  # 4 sequences, prompt cache on
        idle, loaded = asyncio.run(interactive_under_load(url, background=4))
        cached = asyncio.run(conversations(url, turns=10, runs=3))
    with duet_edge(args.threads, "--n-parallel", "1", "--prompt-cache-mb", "0") as url:
        uncached = asyncio.run(conversations(url, turns=10, runs=1))
    body = report(rows, idle, loaded, agree, cached, uncached, args.threads)
    body += (f"\n\nLoad average (1 min) of the machine: {load_before:.1f} at the start of the "
             f"run, {os.getloadavg()[0]:.1f} at its end.")
    print(body)
    if not args.no_write:
        write_section("Many apps, one model on the device", body,
                      "python -m bench.device_concurrency")


def report(rows: list[dict[str, float | str]], idle: list[float], loaded: list[float],
           agree: int, cached: list[tuple[int, float]], uncached: list[tuple[int, float]],
           threads: int) -> str:
    idle_s, loaded_s = statistics.median(idle), statistics.median(loaded)
    turns = {1, 5, 10}
    conv = ["| turn | history tokens | TTFT with prompt cache (s) | TTFT without (s) |",
            "| ---: | ---: | ---: | ---: |"]
    for i, ((tokens, with_s), (_, without_s)) in enumerate(zip(cached, uncached), start=1):
        if i in turns:
            conv.append(f"| {i} | {tokens} | {with_s:.2f} | {without_s:.2f} |")
    growth = cached[-1][1] / cached[0][1]
    growth_without = uncached[-1][1] / uncached[0][1]
    return "\n\n".join([
        f"SmolLM2-135M Q4_1, {threads} threads, streamed chat answers of {MAX_TOKENS} tokens "
        "(temperature 0), each request a different prompt (the same ones on every server). "
        "Duet with 8 sequences (`--n-parallel 8`) decodes them together; Duet with 1 sequence "
        "and llama_cpp.server answer one after another. The three servers run side by side, "
        "each level on each in turn, twice; medians. llama.cpp's threads wait passively "
        "(`OMP_WAIT_POLICY=PASSIVE`, Duet's default) in all three.",
        concurrency_table(rows),
        acceptance(rows, "Duet, 8 sequences"),
        f"Interactive request (`service_tier: priority`) time to first token, median of "
        f"{len(idle)}: idle {idle_s:.2f} s, with 4 background streams (`service_tier: flex`) running "
        f"{loaded_s:.2f} s = {loaded_s / idle_s:.2f} × idle (target ≤ 1.5; 4 "
        "sequences, so a background sequence is paused for it).",
        "A ten-turn conversation with another app's request between every two turns "
        "(4 sequences, prompt cache on, median of 3 conversations, vs `--n-parallel 1 --prompt-cache-mb 0`, "
        "the behaviour before batching, one conversation):",
        "\n".join(conv),
        f"Turn 10 / turn 1 time to first token: {growth:.2f} with the prompt cache (target ≤ "
        f"1.5), {growth_without:.2f} without.",
        f"Greedy agreement, 20 prompts batched (4 at a time) vs alone, first 32 tokens: "
        f"{agree}/20 identical (target ≥ 18).",
    ])


if __name__ == "__main__":
    main()
