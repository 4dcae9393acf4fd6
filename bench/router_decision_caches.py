"""Why a decision costs more than its parts: the difficulty score (and the PII detection) timed
right after different work, to tell cache misses from other causes.

Each figure is the thread CPU median (µs) of the score of a bench prompt, each call preceded
(untimed) by: nothing; the PII detection of the same text (as in a decision); a sweep over N MB
of memory touching every cache line (evicts the core's caches, as far as N reaches); a sweep over
the same memory touching one word per 4 KiB page (evicts the TLB, hardly the caches); a loop of
Python and regex work on a few KB for about a millisecond (disturbs branch predictors and the
first-level caches, not the larger ones); the same work on another text (the score or the
detection of the bench prompt without names: the same code, other data). The same for the PII
detection, preceded by the score.
The preceding works are timed in rounds, one after the other, so each sees the same load.

Run: python -m bench.router_decision_caches [--runs 200] [--rounds 2]
"""

from __future__ import annotations

import argparse
import os
import re
import time
from collections.abc import Callable

import numpy as np

from bench.router_decision import EN, EN_PII, ZH, ZH_PII, _prompt, _with_pii
from duet.router import Router
from duet.router.metrics import percentile
from duet.router.privacy import detect_pii
from duet.router.privacy.lexicon import load_lexicon

_MEMORY = np.ones(64 * 1024 * 1024 // 8)  # 64 MB, twice the machine's L3
_SMALL = "The quick brown fox 123 jumps. " * 8
_SMALL_PATTERNS = [re.compile(p) for p in (r"\d+", r"[A-Z]\w+", r"(?:fox|dog)\s", r"\s+", r"[aeiou]{2}")]


def _lines(mb: int) -> Callable[[], object]:
    view = _MEMORY[: mb * 1024 * 1024 // 8]
    return lambda: view.__iadd__(1.0)  # every 64-byte line of it, read and written


def _pages(mb: int) -> Callable[[], object]:
    view = _MEMORY[: mb * 1024 * 1024 // 8][::512]
    return lambda: view.__iadd__(1.0)  # one word per 4 KiB page


def _python_loop() -> object:
    counts: dict[str, int] = {}
    for _ in range(12):
        for pattern in _SMALL_PATTERNS:
            for m in pattern.finditer(_SMALL):
                counts[m.group()] = counts.get(m.group(), 0) + 1
        counts["words"] = sum(len(w) for w in _SMALL.lower().split() if w.isalpha())
    return counts


def _median_after(fn: Callable[[], object], before: Callable[[], object] | None, runs: int) -> float:
    times = []
    for i in range(runs + 20):
        if before is not None:
            before()
        start = time.thread_time_ns()
        fn()
        if i >= 20:
            times.append((time.thread_time_ns() - start) / 1000.0)
    return percentile(times, 50)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    load_lexicon(chinese=True)
    model = Router().model
    print(f"load average {os.getloadavg()[0]:.2f}; thread CPU p50 in µs, one figure per round")
    for name, text, plain in (("en, names and addresses", _with_pii(EN, EN_PII), _prompt(EN)),
                              ("zh, names and addresses", _with_pii(ZH, ZH_PII), _prompt(ZH))):
        messages, plain_messages = [{"role": "user", "content": text}], [{"role": "user", "content": plain}]
        score, detect = (lambda: model.score(messages)), (lambda: detect_pii(text))
        same_work = {score: lambda: model.score(plain_messages), detect: lambda: detect_pii(plain)}
        befores: dict[str, Callable[[], object] | None] = {
            "nothing": None, "lines 4 MB": _lines(4), "lines 16 MB": _lines(16), "lines 64 MB": _lines(64),
            "pages 64 MB": _pages(64), "Python loop": _python_loop}
        for timed, other, other_name in ((score, detect, "PII detection"), (detect, score, "score")):
            table: dict[str, list[float]] = {label: [] for label in [*befores, "same, plain text", other_name]}
            for _ in range(args.rounds):
                for label, before in [*befores.items(), ("same, plain text", same_work[timed]), (other_name, other)]:
                    table[label].append(_median_after(timed, before, args.runs))
            what = "score" if timed is score else "PII detection"
            print(f"{name}, {what} after:")
            for label, figures in table.items():
                print(f"  {label:<16}" + "".join(f"{f:>8.0f}" for f in figures))


if __name__ == "__main__":
    main()
