"""What the context-fit and device-state signals cost per request, side by side in one run.

- the router's decision for a 4,000-character prompt without and with the two signals
  (``Signals.context``, ``Signals.device``), alternately, so the ratio compares like with like;
- the edge's context gauge: the estimate (every request) against an exact count on the device
  tokenizer (only near a limit), for 4,000 and 19,000 characters;
- the device state: the router's snapshot (every request) against a sysfs reading (at most every
  ``device_state_refresh_s``, off the request path) of a fixture tree with a battery and a zone.

Run: python -m bench.routing_signals [--runs 1000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from duet.core.backend import GenerationRequest, SamplingParams
from duet.core.settings import EngineSettings
from duet.edge_agent.context_fit import ContextGauge
from duet.edge_agent.device_state import DeviceStateSource, read_sysfs
from duet.engines.llama_cpp import LocalEngine
from duet.router import ContextNeed, DeviceState, Router, Signals
from duet.router.metrics import percentile
from bench.router_decision import EN, _prompt
from tests.edge.sysfs_tree import power_supply, thermal


def _ms(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000.0)
    return out


def _row(name: str, times: list[float]) -> str:
    return f"| {name} | {percentile(times, 50):.3f} | {percentile(times, 99):.3f} |"


def decisions(runs: int) -> list[str]:
    router = Router()
    messages = [{"role": "user", "content": _prompt(EN)}]
    plain = Signals(messages)
    full = Signals(messages, context=ContextNeed(1100, 512, 2048, 8192),
                   device=DeviceState(15, True, ("soc 96.0C >= passive 90.0C",), "sysfs"))
    for _ in range(50):
        router.decide(plain), router.decide(full)
    without, with_signals = [], []
    for _ in range(runs):  # alternately
        without += _ms(lambda: router.decide(plain), 1)
        with_signals += _ms(lambda: router.decide(full), 1)
    ratio = percentile(with_signals, 50) / percentile(without, 50)
    return [_row("decision, 4,000 characters, without the two signals", without),
            _row("decision, 4,000 characters, with context + device", with_signals),
            f"| ratio of medians (with / without) | {ratio:.3f} | |"]


def gauge(runs: int) -> list[str]:
    """Also whether each estimate was close enough to a limit to be counted (2,048-token device,
    64 tokens for the answer, an 8,192-token cloud model)."""
    engine = LocalEngine(EngineSettings(n_threads=1))
    gauge = ContextGauge(engine, engine.settings.default_max_tokens)
    rows = []
    long = GenerationRequest("auto", SamplingParams(), messages=[{"role": "user", "content": "x" * 9000}])
    gauge.counted(long, None)  # once per engine: the longest vocabulary piece (the engine's own bound)
    for size in (4000, 19000):
        request = GenerationRequest("auto", SamplingParams(max_tokens=64),
                                    messages=[{"role": "user", "content": _prompt(EN, size)}])
        close = gauge.estimated(request, 8192)[1]
        rows.append(_row(f"context estimate, {size:,} characters ({'counted' if close else 'not counted'})",
                         _ms(lambda: gauge.estimated(request, 8192), runs)))
        # a different prompt each time: the engine keeps its last count (for the local answer)
        fresh = iter([GenerationRequest("auto", SamplingParams(max_tokens=64), messages=[
            {"role": "user", "content": _prompt(EN, size - 6) + f" {i:05d}"}]) for i in range(runs)])
        rows.append(_row(f"exact count, {size:,} characters", _ms(
            lambda: gauge.counted(next(fresh), 8192), max(10, runs // 50))))
        gauge.counted(request, 8192)  # the edge counted it; the local engine answers it
        rows.append(_row(f"the local engine's count of that prompt, {size:,} characters",
                         _ms(lambda: engine.tokenize(request), runs)))
    return rows


def device(runs: int) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        power, zones = power_supply(root, percent=15), thermal(root, temp_c=96.0)
        source = DeviceStateSource(power, zones, refresh_s=3600.0)
        return [_row("device snapshot (per request)", _ms(source.snapshot, runs)),
                _row("sysfs reading (battery + one zone)", _ms(lambda: read_sysfs(power, zones),
                                                                max(10, runs // 10)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000)
    args = parser.parse_args()
    print("| what | p50 ms | p99 ms |\n|---|---|---|")
    for line in decisions(args.runs) + gauge(args.runs) + device(args.runs):
        print(line, flush=True)


if __name__ == "__main__":
    main()
