"""Gateway overhead against a peer: Duet's cloud HTTP gateway (``duet cloud``, one ``openai``
replica) and the LiteLLM proxy, each in front of the same OpenAI-compatible upstream, at 1 and
16 concurrent non-streaming chat completions.

The upstream is ``bench.fake_openai``: a real HTTP server that answers 16 tokens at once, so the
figures are the gateways' cost, not a model's. Added latency = gateway p50 - upstream p50 at the
same concurrency. LiteLLM runs from its own virtualenv (``bench.litellm.INSTALL`` makes it)::

    python -m bench.gateway_vs_litellm [--seconds 8] [--alternate-seconds 24] [--print-only]

After the rows (one target at a time), an alternating pass at 1 concurrent request sends one
request to each target in turn, so all three see the same machine load: on a busy machine its
added latencies and their ratio are the figures to compare. It also reports each gateway's
server CPU time per request (user + system, all processes of the gateway, from /proc).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path

import httpx

from bench import litellm
from bench.load import Result, drive
from bench.report import write_section
from tests.servers import DuetProcess, free_port

MODEL = "bench"
BODY = {"model": MODEL, "messages": [{"role": "user", "content": "Tell me about the moon."}],
        "max_tokens": 16, "temperature": 0}
LITELLM_NAME = f"LiteLLM proxy {litellm.VERSION}"
UPSTREAM = "upstream (direct)"
DUET = "Duet cloud gateway"


def body(_: int) -> dict[str, object]:
    return BODY


def litellm_config(upstream: str) -> str:
    return (
        "model_list:\n"
        f"  - model_name: {MODEL}\n"
        "    litellm_params:\n"
        "      model: openai/fake-upstream\n"
        f"      api_base: {upstream}/v1\n"
        "      api_key: none\n"
    )


def start_duet(upstream: str, folder: Path) -> DuetProcess:
    pool = folder / "pool.yaml"
    pool.write_text(
        "health: {probe_interval_s: 60}\n"
        f"models:\n  - name: {MODEL}\n    replicas:\n"
        f"      - {{name: r0, kind: openai, url: '{upstream}/v1'}}\n"
    )
    return DuetProcess(
        # no response cache: both gateways forward every request (LiteLLM runs without one)
        ["cloud", "--pool-file", str(pool), "--grpc-port", str(free_port()),
         "--log-level", "warning", "--cache-mode", "off"],
        port_flag="--http-port", log_name="bench-duet-cloud",
    )


def group_cpu_seconds(pgid: int) -> float:
    """User + system CPU time used so far by every process in process group ``pgid`` (the
    gateways run in their own session, so this counts a worker process too)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        if int(fields[2]) == pgid:
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


async def alternate(
    targets: list[tuple[str, str]], seconds: float, groups: dict[str, int], warmup: int = 20
) -> tuple[list[Result], dict[str, float]]:
    """One request to each target in turn (the first target changes every round), for
    ``seconds``; returns the results and each gateway's server CPU seconds per request."""
    results = [Result(name, 1, seconds) for name, _ in targets]
    clients = [httpx.AsyncClient(base_url=url, timeout=30) for _, url in targets]
    try:
        for client in clients * warmup:
            await client.post("/v1/chat/completions", json=BODY)
        cpu = {name: group_cpu_seconds(pgid) for name, pgid in groups.items()}
        stop, turn = time.perf_counter() + seconds, 0
        while time.perf_counter() < stop:
            turn = (turn + 1) % len(targets)
            for i in [*range(turn, len(targets)), *range(turn)]:
                began = time.perf_counter()
                response = await clients[i].post("/v1/chat/completions", json=BODY)
                if response.status_code == 200:
                    results[i].latencies_ms.append((time.perf_counter() - began) * 1000)
                else:
                    results[i].errors += 1
        served = {r.name: max(1, r.requests) for r in results}
        cpu = {name: (group_cpu_seconds(groups[name]) - used) / served[name]
               for name, used in cpu.items()}
    finally:
        for client in clients:
            await client.aclose()
    return results, cpu


def alternate_table(results: list[Result], cpu: dict[str, float]) -> str:
    base = results[0].pct(0.5)
    lines = [
        "| target (alternating, 1 concurrent) | requests | p50 ms | p99 ms | added p50 ms "
        "| server CPU per request ms |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        added = "—" if r is results[0] else f"**{r.pct(0.5) - base:.2f}**"
        used = f"{cpu[r.name] * 1000:.2f}" if r.name in cpu else "—"
        lines.append(f"| {r.name} | {r.requests} | {r.pct(0.5):.2f} | {r.pct(0.99):.2f} "
                     f"| {added} | {used} |")
    return "\n".join(lines)


def table(results: list[Result]) -> str:
    base = {r.concurrency: r.pct(0.5) for r in results if r.name == UPSTREAM}
    lines = [
        "| target | concurrent | p50 ms | p99 ms | added p50 ms | req/s | errors |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        added = r.pct(0.5) - base[r.concurrency]
        shown = "—" if r.name == UPSTREAM else f"**{added:.2f}**"
        lines.append(f"| {r.name} | {r.concurrency} | {r.pct(0.5):.2f} | {r.pct(0.99):.2f} "
                     f"| {shown} | {r.rps:.0f} | {r.errors} |")
    return "\n".join(lines)


def measure(
    seconds: float, alternate_seconds: float
) -> tuple[list[Result], list[Result], dict[str, float]]:
    """The rows (one target at a time, 1 and 16 concurrent), then the alternating pass."""
    rows: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp, DuetProcess(
        ["--tokens", "16"], module="bench.fake_openai", ready_path="/v1/models",
        log_name="bench-fake-upstream",
    ) as upstream:
        duet = start_duet(upstream.url, Path(tmp))
        proxy, litellm_url = litellm.start(litellm_config(upstream.url), Path(tmp))
        try:
            targets = [(UPSTREAM, upstream.url), (DUET, duet.url), (LITELLM_NAME, litellm_url)]
            for concurrency in (1, 16):
                for name, url in targets:
                    rows.append(asyncio.run(drive(name, url, concurrency, seconds, body, warmup=20)))
            groups = {DUET: duet.proc.pid, LITELLM_NAME: proxy.pid}
            alternating, cpu = asyncio.run(alternate(targets, alternate_seconds, groups))
        finally:
            duet.stop()
            litellm.stop(proxy)
    return rows, alternating, cpu


def added_p50(results: list[Result], name: str) -> float:
    """``name``'s p50 minus the upstream's, at 1 concurrent request."""
    p50 = {r.name: r.pct(0.5) for r in results if r.concurrency == 1}
    return p50[name] - p50[UPSTREAM]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8.0, help="per target and concurrency")
    parser.add_argument("--alternate-seconds", type=float, default=24.0,
                        help="the alternating pass at 1 concurrent request, all targets together")
    parser.add_argument("--print-only", action="store_true", help="do not write docs/benchmarks.md")
    args = parser.parse_args()
    if not litellm.installed():
        raise SystemExit(f"LiteLLM is not installed: {litellm.INSTALL}")
    rows, alternating, cpu = measure(args.seconds, args.alternate_seconds)
    duet_added, litellm_added = added_p50(rows, DUET), added_p50(rows, LITELLM_NAME)
    alt_duet, alt_litellm = added_p50(alternating, DUET), added_p50(alternating, LITELLM_NAME)
    verdict = "below" if duet_added < litellm_added else "NOT below"
    text = (
        table(rows) + "\n\n" + alternate_table(alternating, cpu) + "\n\n"
        f"- 1 concurrent request, rows: Duet adds {duet_added:.2f} ms and LiteLLM "
        f"{litellm_added:.2f} ms: Duet is {verdict} LiteLLM; Duet / LiteLLM added p50 = "
        f"**{duet_added / litellm_added:.2f}**\n"
        f"- alternating: Duet adds {alt_duet:.2f} ms and LiteLLM {alt_litellm:.2f} ms; Duet / "
        f"LiteLLM added p50 = **{alt_duet / alt_litellm:.2f}**; server CPU per request Duet / "
        f"LiteLLM = **{cpu[DUET] / cpu[LITELLM_NAME]:.2f}**\n"
        f"- load average at the end (1/5/15 min): "
        f"{' / '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores"
    )
    print(text)
    if args.print_only:
        return 0
    write_section(
        "Cloud gateway vs LiteLLM",
        "Non-streaming chat completions (16 tokens) through each gateway to the same upstream, "
        f"{args.seconds:.0f} s per row, then {args.alternate_seconds:.0f} s alternating between "
        "the three targets one request at a time. The upstream is `bench/fake_openai.py`, a real "
        "HTTP server that answers at once, so the rows measure gateway overhead, not a model. "
        "Duet: `duet cloud` with one `openai` replica, metrics on. LiteLLM: "
        f"`litellm[proxy]=={litellm.VERSION}` in its own virtualenv, one worker, default "
        "settings.\n\n" + text,
        "python -m bench.gateway_vs_litellm",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
