"""Gateway overhead against a peer: Duet's cloud HTTP gateway (``duet cloud``, one ``openai``
replica) and the LiteLLM proxy, each in front of the same OpenAI-compatible upstream, at 1 and
16 concurrent non-streaming chat completions.

The upstream is ``bench.fake_openai``: a real HTTP server that answers 16 tokens at once, so the
figures are the gateways' cost, not a model's. Added latency = gateway p50 - upstream p50 at the
same concurrency. LiteLLM runs from its own virtualenv (``bench.litellm.INSTALL`` makes it)::

    python -m bench.gateway_vs_litellm [--seconds 8]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from pathlib import Path

from bench import litellm
from bench.load import Result, drive
from bench.report import write_section
from tests.servers import DuetProcess, free_port

MODEL = "bench"
BODY = {"model": MODEL, "messages": [{"role": "user", "content": "Tell me about the moon."}],
        "max_tokens": 16, "temperature": 0}
LITELLM_NAME = f"LiteLLM proxy {litellm.VERSION}"


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
    if not litellm.installed():
        raise SystemExit(f"LiteLLM is not installed: {litellm.INSTALL}")
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp, DuetProcess(
        ["--tokens", "16"], module="bench.fake_openai", ready_path="/v1/models",
        log_name="bench-fake-upstream",
    ) as upstream:
        duet = start_duet(upstream.url, Path(tmp))
        proxy, litellm_url = litellm.start(litellm_config(upstream.url), Path(tmp))
        try:
            targets = [("upstream (direct)", upstream.url), ("Duet cloud gateway", duet.url),
                       (LITELLM_NAME, litellm_url)]
            for concurrency in (1, 16):
                for name, url in targets:
                    results.append(
                        asyncio.run(drive(name, url, concurrency, args.seconds, body, warmup=20))
                    )
        finally:
            duet.stop()
            litellm.stop(proxy)
    text = table(results)
    print(text)
    added = {r.name: r.pct(0.5) for r in results if r.concurrency == 1}
    duet_added = added["Duet cloud gateway"] - added["upstream (direct)"]
    litellm_added = added[LITELLM_NAME] - added["upstream (direct)"]
    verdict = "below" if duet_added < litellm_added else "NOT below"
    write_section(
        "Cloud gateway vs LiteLLM",
        "Non-streaming chat completions (16 tokens) through each gateway to the same upstream, "
        f"{args.seconds:.0f} s per row. The upstream is `bench/fake_openai.py`, a real HTTP server "
        "that answers at once, so the rows measure gateway overhead, not a model. Duet: "
        "`duet cloud` with one `openai` replica, metrics on. LiteLLM: "
        f"`litellm[proxy]=={litellm.VERSION}` in its own virtualenv, one worker, default "
        "settings.\n\n" + text + "\n\n"
        f"At 1 concurrent request Duet adds {duet_added:.2f} ms and LiteLLM {litellm_added:.2f} ms: "
        f"Duet is {verdict} LiteLLM.",
        "python -m bench.gateway_vs_litellm",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
