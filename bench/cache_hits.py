"""Cache hits: Duet's response cache vs the LiteLLM proxy's Redis cache, one run, one Redis.

Both sides get the same warmed prompts (every measured request is a cache hit), the same
non-streaming chat body, the same client and concurrency, and the same redis-server. LiteLLM's
upstream is a Duet edge with its cache off, so its misses (warm-up only) reach the same model.
``redis-benchmark -t get`` on that Redis is printed for reference. Figures go to
docs/benchmarks.md (section "Cache").

Usage: .venv/bin/python -m bench.cache_hits [--seconds S] [--concurrency N ...]
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

from bench import litellm
from bench.load import Result, drive
from bench.report import write_section
from duet.app.redis_launcher import LocalRedis
from tests.servers import DuetProcess

PROMPTS = [f"Give one short fact about the number {i}." for i in range(16)]
MAX_TOKENS = 16


def body(i: int) -> dict[str, object]:
    return {
        "model": "auto",
        "messages": [{"role": "user", "content": PROMPTS[i % len(PROMPTS)]}],
        "max_tokens": MAX_TOKENS,
        "temperature": 0,
    }


def warm(url: str, check_hit: bool) -> None:
    with httpx.Client(base_url=url, timeout=120) as http:
        for i in range(len(PROMPTS)):
            http.post("/v1/chat/completions", json=body(i)).raise_for_status()
        for i in range(len(PROMPTS)):
            response = http.post("/v1/chat/completions", json=body(i))
            response.raise_for_status()
            if check_hit:
                assert response.headers["x-duet-cache"] == "hit", response.headers


def litellm_config(upstream: str, redis_port: int) -> str:
    return (
        "model_list:\n"
        "  - model_name: auto\n"
        "    litellm_params:\n"
        "      model: openai/smollm2-135m-instruct\n"
        f"      api_base: {upstream}/v1\n"
        "      api_key: none\n"
        "litellm_settings:\n"
        "  cache: true\n"
        "  cache_params:\n"
        "    type: redis\n"
        "    host: 127.0.0.1\n"
        f"    port: {redis_port}\n"
        "    ttl: 3600\n"
    )


def redis_get_reference(port: int, concurrency: int) -> str:
    out = subprocess.run(
        ["redis-benchmark", "-p", str(port), "-t", "get", "-n", "100000", "-c",
         str(concurrency), "-d", "400", "-q"],
        capture_output=True, text=True, check=True,
    ).stdout
    line = [ln for ln in out.replace("\r", "\n").splitlines() if ln.startswith("GET")][-1]
    return line.strip()


def table(results: list[Result]) -> str:
    rows = ["| target | concurrency | hits/s | p50 (ms) | p99 (ms) | requests |",
            "|---|---|---|---|---|---|"]
    for r in results:
        rows.append(f"| {r.name} | {r.concurrency} | {r.rps:.0f} | {r.pct(0.5):.2f} | "
                    f"{r.pct(0.99):.2f} | {r.requests} |")
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8])
    args = parser.parse_args()
    if not litellm.installed():
        print(f"LiteLLM is not installed: {litellm.INSTALL}", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="duet-bench-") as tmp, LocalRedis() as redis:
        duet = DuetProcess(["edge"], env={"DUET_REDIS_URL": redis.url}, log_name="bench-duet")
        upstream = DuetProcess(["edge", "--cache-mode", "off"], log_name="bench-upstream")
        proxy, litellm_url = litellm.start(litellm_config(upstream.url, redis.port), Path(tmp))
        try:
            warm(duet.url, check_hit=True)
            warm(litellm_url, check_hit=False)
            results: list[Result] = []
            for concurrency in args.concurrency:
                for name, url in (("Duet edge", duet.url), ("LiteLLM proxy", litellm_url)):
                    asyncio.run(drive(name, url, concurrency, 1.0, body, strict=True))  # settle
                    results.append(
                        asyncio.run(drive(name, url, concurrency, args.seconds, body, strict=True))
                    )
                    print(table(results[-1:]).splitlines()[-1], flush=True)
            reference = redis_get_reference(redis.port, max(args.concurrency))
        finally:
            litellm.stop(proxy)
            duet.stop()
            upstream.stop()

    ratios = []
    for concurrency in args.concurrency:
        ours = next(r for r in results if r.name == "Duet edge" and r.concurrency == concurrency)
        theirs = next(
            r for r in results if r.name == "LiteLLM proxy" and r.concurrency == concurrency
        )
        ratios.append(
            f"- concurrency {concurrency}: Duet / LiteLLM hits/s = **{ours.rps / theirs.rps:.1f}×**, "
            f"p50 {ours.pct(0.5):.2f} ms vs {theirs.pct(0.5):.2f} ms"
        )
    text = (
        table(results) + "\n\n" + "\n".join(ratios) + "\n"
        f"- reference, same Redis: `redis-benchmark -t get -d 400 -c {max(args.concurrency)}`: "
        f"{' '.join(reference.split())}\n"
        f"- cache hits: {len(PROMPTS)} prompts warmed first (Duet: checked `x-duet-cache: hit`), "
        f"non-streaming chat, max_tokens {MAX_TOKENS}, temperature 0, closed-loop httpx clients on the same "
        f"machine, {args.seconds:.0f} s per row; LiteLLM {litellm.VERSION} proxy (1 worker) with "
        "its Redis cache, upstream a Duet edge with the cache off; Duet edge with Redis, metrics on\n"
    )
    print(text)
    write_section("Cache", text, ".venv/bin/python -m bench.cache_hits")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
