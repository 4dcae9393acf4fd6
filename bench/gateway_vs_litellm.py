"""Gateway overhead against a peer: Duet's cloud HTTP gateway (``duet cloud``, one ``openai``
replica) and the LiteLLM proxy, each in front of the same OpenAI-compatible upstream, at 1 and
16 concurrent non-streaming chat completions.

The upstream is ``bench.fake_openai``: a real HTTP server that answers 16 tokens at once, so the
figures are the gateways' cost, not a model's. Added latency = gateway p50 - upstream p50 at the
same concurrency. LiteLLM runs from its own virtualenv::

    python3 -m venv bench/.venv-litellm
    bench/.venv-litellm/bin/pip install 'litellm[proxy]==1.81.0'
    python -m bench.gateway_vs_litellm [--seconds 8]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bench.report import write_section
from tests.servers import REPO, DuetProcess, free_port

LITELLM = REPO / "bench" / ".venv-litellm" / "bin" / "litellm"
MODEL = "bench"
BODY = {"model": MODEL, "messages": [{"role": "user", "content": "Tell me about the moon."}],
        "max_tokens": 16, "temperature": 0}


@dataclass
class Result:
    name: str
    concurrency: int
    seconds: float
    latencies: list[float] = field(default_factory=list)
    errors: int = 0

    def pct(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1e3

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.seconds


async def drive(name: str, url: str, concurrency: int, seconds: float) -> Result:
    result = Result(name, concurrency, seconds)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as http:
        for _ in range(20):  # warm-up: connections, caches, first-request paths
            await http.post("/v1/chat/completions", json=BODY)
        stop = time.perf_counter() + seconds

        async def worker() -> None:
            while time.perf_counter() < stop:
                started = time.perf_counter()
                response = await http.post("/v1/chat/completions", json=BODY)
                if response.status_code == 200:
                    result.latencies.append(time.perf_counter() - started)
                else:
                    result.errors += 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return result


def start_litellm(upstream: str, folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    if not LITELLM.exists():
        raise SystemExit(f"LiteLLM is not installed at {LITELLM}: see this script's docstring")
    config = folder / "litellm.yaml"
    config.write_text(
        "model_list:\n"
        f"  - model_name: {MODEL}\n"
        "    litellm_params:\n"
        "      model: openai/fake-upstream\n"
        f"      api_base: {upstream}/v1\n"
        "      api_key: none\n"
    )
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DUET_", "LITELLM_"))}
    env["LITELLM_LOG"] = "ERROR"
    log = (folder / "litellm.log").open("wb")
    proc = subprocess.Popen(
        [str(LITELLM), "--config", str(config), "--host", "127.0.0.1", "--port", str(port),
         "--num_workers", "1"],
        stdout=log, stderr=subprocess.STDOUT, env=env, cwd=folder, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("litellm exited: " + (folder / "litellm.log").read_text()[-2000:])
        try:
            if httpx.get(url + "/health/liveliness", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    proc.kill()
    raise RuntimeError("litellm not ready within 180 s")


def start_duet(upstream: str, folder: Path) -> DuetProcess:
    pool = folder / "pool.yaml"
    pool.write_text(
        "health: {probe_interval_s: 60}\n"
        f"models:\n  - name: {MODEL}\n    replicas:\n"
        f"      - {{name: r0, kind: openai, url: '{upstream}/v1'}}\n"
    )
    return DuetProcess(
        ["cloud", "--pool-file", str(pool), "--grpc-port", str(free_port()),
         "--log-level", "warning"],
        port_flag="--http-port", log_name="bench-duet-cloud",
    )


def table(results: list[Result]) -> str:
    base = {r.concurrency: r.pct(0.5) for r in results if r.name == "upstream (direct)"}
    lines = [
        "| target | concurrent | p50 ms | p99 ms | added p50 ms | req/s | errors |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        added = r.pct(0.5) - base[r.concurrency]
        shown = "—" if r.name == "upstream (direct)" else f"**{added:.2f}**"
        lines.append(f"| {r.name} | {r.concurrency} | {r.pct(0.5):.2f} | {r.pct(0.99):.2f} "
                     f"| {shown} | {r.rps:.0f} | {r.errors} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8.0, help="per target and concurrency")
    args = parser.parse_args()
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp, DuetProcess(
        ["--tokens", "16"], module="bench.fake_openai", ready_path="/v1/models",
        log_name="bench-fake-upstream",
    ) as upstream:
        duet = start_duet(upstream.url, Path(tmp))
        litellm, litellm_url = start_litellm(upstream.url, Path(tmp))
        try:
            targets = [("upstream (direct)", upstream.url), ("Duet cloud gateway", duet.url),
                       ("LiteLLM proxy 1.81.0", litellm_url)]
            for concurrency in (1, 16):
                for name, url in targets:
                    results.append(asyncio.run(drive(name, url, concurrency, args.seconds)))
        finally:
            duet.stop()
            litellm.terminate()
            litellm.wait(15)
    text = table(results)
    print(text)
    added = {r.name: r.pct(0.5) for r in results if r.concurrency == 1}
    duet_added = added["Duet cloud gateway"] - added["upstream (direct)"]
    litellm_added = added["LiteLLM proxy 1.81.0"] - added["upstream (direct)"]
    verdict = "below" if duet_added < litellm_added else "NOT below"
    write_section(
        "Cloud gateway vs LiteLLM",
        "Non-streaming chat completions (16 tokens) through each gateway to the same upstream, "
        f"{args.seconds:.0f} s per row. The upstream is `bench/fake_openai.py`, a real HTTP server "
        "that answers at once, so the rows measure gateway overhead, not a model. Duet: "
        "`duet cloud` with one `openai` replica, metrics on. LiteLLM: `litellm[proxy]==1.81.0` in "
        "its own virtualenv, one worker, default settings.\n\n" + text + "\n\n"
        f"At 1 concurrent request Duet adds {duet_added:.2f} ms and LiteLLM {litellm_added:.2f} ms: "
        f"Duet is {verdict} LiteLLM.",
        "python -m bench.gateway_vs_litellm",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
