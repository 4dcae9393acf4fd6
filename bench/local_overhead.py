"""Gateway overhead on the device: streamed chat through `duet edge` over HTTP vs the same call on
llama-cpp-python in-process (same model, same parameters, same threads), interleaved rounds.

Prints tokens/s for both, their ratio, and the time-to-first-token difference; records them in
docs/benchmarks.md.  Usage: .venv/bin/python -m bench.local_overhead [--rounds N] [--print-only]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

import httpx

from bench.report import write_section
from duet.core.settings import packaged_edge_model
from tests.servers import DuetProcess

MAX_TOKENS = 64
THREADS = os.cpu_count() or 1


def prompt(i: int) -> list[dict[str, str]]:
    # a different prompt each round, the same for both sides: no prompt-cache advantage
    return [{"role": "user", "content": f"Count from {i} to {i + 100}, separated by commas."}]


def through_duet(http: httpx.Client, i: int) -> tuple[float, float, int]:
    """(time to first token, tokens/s after the first token, tokens) for one streamed call."""
    body = {"model": "auto", "messages": prompt(i), "max_tokens": MAX_TOKENS, "temperature": 0,
            "stream": True, "stream_options": {"include_usage": True}}
    start = time.perf_counter()
    first = last = None
    tokens = 0
    with http.stream("POST", "/v1/chat/completions", json=body) as response:
        for line in response.iter_lines():
            if not line.startswith("data: {"):
                continue
            chunk = json.loads(line[6:])
            if "error" in chunk:  # e.g. the request's time budget ran out on a very busy machine
                raise SystemExit(f"round {i}: the edge answered with an error: {chunk['error']}")
            if chunk["choices"] and chunk["choices"][0]["delta"].get("content"):
                now = time.perf_counter()
                first = first or now
                last = now
            if chunk.get("usage"):
                tokens = chunk["usage"]["completion_tokens"]
    assert first is not None and last is not None
    return first - start, (tokens - 1) / (last - first), tokens


def in_process(llm, i: int) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]  # llama_cpp.Llama, imported lazily in main()
    start = time.perf_counter()
    first = last = None
    tokens = 0
    for chunk in llm.create_chat_completion(
        messages=prompt(i), max_tokens=MAX_TOKENS, temperature=0, stream=True
    ):
        if chunk["choices"][0]["delta"].get("content"):
            now = time.perf_counter()
            first = first or now
            last = now
            tokens += 1
    assert first is not None and last is not None
    return first - start, (tokens - 1) / (last - first), tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--print-only", action="store_true", help="do not write docs/benchmarks.md")
    args = parser.parse_args()

    from llama_cpp import Llama

    llm = Llama(model_path=str(packaged_edge_model()), n_ctx=2048, n_batch=256,
                n_threads=THREADS, n_threads_batch=THREADS, verbose=False)
    started = time.perf_counter()
    with DuetProcess(["edge", "--n-threads", str(THREADS)], log_name="bench-edge") as edge:
        ready_s = time.perf_counter() - started
        rss_mb = edge.rss_bytes() / 2**20
        with httpx.Client(base_url=edge.url, timeout=120) as http:
            through_duet(http, 0), in_process(llm, 0)  # warm-up, not counted
            duet, direct = [], []
            for i in range(1, args.rounds + 1):
                duet.append(through_duet(http, i))
                direct.append(in_process(llm, i))
        rss_after_mb = edge.rss_bytes() / 2**20

    med = statistics.median
    duet_tps, direct_tps = med(d[1] for d in duet), med(d[1] for d in direct)
    duet_ttft, direct_ttft = med(d[0] for d in duet), med(d[0] for d in direct)
    ttft_diffs = [a[0] - b[0] for a, b in zip(duet, direct)]
    # each round pairs the two paths under the same machine conditions
    ratio = med(a[1] / b[1] for a, b in zip(duet, direct))
    table = "\n".join([
        "| path | median tokens/s | median TTFT (ms) | tokens per answer |",
        "|---|---|---|---|",
        f"| `duet edge` over HTTP (SSE) | {duet_tps:.1f} | {duet_ttft * 1000:.1f} | {med(d[2] for d in duet):.0f} |",
        f"| llama-cpp-python in-process | {direct_tps:.1f} | {direct_ttft * 1000:.1f} | {med(d[2] for d in direct):.0f} |",
        "",
        f"- tokens/s ratio (Duet / direct), median of per-round ratios: **{ratio:.3f}**",
        f"- added time to first token, median of per-round differences: "
        f"**{med(ttft_diffs) * 1000:.1f} ms**",
        f"- {args.rounds} interleaved rounds of a {MAX_TOKENS}-token streamed chat completion, "
        f"temperature 0, {THREADS} threads on both sides, a different prompt each round",
        f"- edge agent start to ready (process spawn, model load): {ready_s:.2f} s; resident "
        f"memory {rss_mb:.0f} MB after start, {rss_after_mb:.0f} MB after the run",
    ])
    print(table)
    if not args.print_only:
        write_section("Local gateway overhead", table, ".venv/bin/python -m bench.local_overhead")


if __name__ == "__main__":
    main()
