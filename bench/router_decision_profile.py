"""Where a router decision spends its time: thread CPU per component on the four prompts of
bench.router_decision (normalisation, each PII detector, English and Chinese names, the
difficulty features and n-grams, the whole decision).

With ``--in-turn`` each timed call follows a call of the decision's other half (the difficulty
score before a detector, the PII detection before a part of the score), as in a decision, where
the two halves evict each other's code and data from the core's caches; without it each part runs
again and again on warm caches, which is why the parts add up to less than the decision.

With ``--line-breaks`` the prompts have a line break after every sentence (". " and "。"), as a
pasted e-mail or log has: the table, field-line and record-line readers then have lines to read.

Run: python -m bench.router_decision_profile [--runs 300] [--in-turn] [--line-breaks]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from bench.router_decision import EN, EN_PII, ZH, ZH_PII, _prompt, _with_pii
from duet.router import ConnectivitySnapshot, Router, Signals
from duet.router import ngrams
from duet.router.difficulty import DifficultyModel
from duet.router.features import read
from duet.router.metrics import percentile
from duet.router.privacy import detect_pii, names
from duet.router.privacy.cn_names import find_chinese_names
from duet.router.privacy.detector import DETECTORS
from duet.router.privacy.distant import find_distant_values
from duet.router.privacy.lexicon import lexicon, load_lexicon
from duet.router.privacy.normalize import normalize
from duet.router.privacy.patterns import Hit


def with_line_breaks(text: str) -> str:
    """``text`` with a line break after every sentence: the space of ". " becomes one, and one is
    added after each "。" (the text then cut to its length)."""
    broken = text.replace(". ", ".\n").replace("。", "。\n")
    return broken[:len(text)]


def _cpu_us(fn: Callable[[], object], runs: int, before: Callable[[], object] | None = None) -> tuple[float, float]:
    """(p50, p99) thread CPU time of ``fn`` in microseconds, after a warm-up; ``before``, when
    given, runs (untimed) before each call."""
    for _ in range(20):
        fn()
    times = []
    for _ in range(runs):
        if before is not None:
            before()
        start = time.thread_time_ns()
        fn()
        times.append((time.thread_time_ns() - start) / 1000.0)
    return percentile(times, 50), percentile(times, 99)


def _components(text: str) -> dict[str, Callable[[], object]]:
    folded = normalize(text).text
    messages = [{"role": "user", "content": text}]
    hits: list[Hit] = [h for d in DETECTORS for h in d(folded)]
    hits += find_distant_values(folded, hits)
    anchors = tuple(s for kind, s, _ in hits if kind in names.ANCHOR_TYPES)
    model = DifficultyModel.load_default()
    window, length = read(messages)[1:3]
    router, signals = Router(), Signals(messages, connectivity=ConnectivitySnapshot())
    parts: dict[str, Callable[[], object]] = {"normalize": lambda: normalize(text)}
    for detector in DETECTORS:
        parts[detector.__name__] = lambda d=detector: d(folded)  # type: ignore[misc]  # bound default: one per detector
    parts["find_distant_values"] = lambda: find_distant_values(folded, hits)
    parts["english names"] = lambda: names._english(folded, anchors, bool(hits), lexicon())
    # as find_person_names calls it: only on a text with CJK characters
    parts["chinese names"] = lambda: find_chinese_names(folded, anchors) if not folded.isascii() else None
    parts["features.read"] = lambda: read(messages)
    parts["ngrams.blocks"] = lambda: ngrams.blocks(window, length, None)
    parts["difficulty.score"] = lambda: model.score(messages)
    parts["DECISION"] = lambda: router.decide(signals)
    return parts


_SCORE_PARTS = ("features.read", "ngrams.blocks", "difficulty.score")


def _timed(parts: dict[str, Callable[[], object]], text: str, runs: int,
           in_turn: bool) -> dict[str, tuple[float, float]]:
    """Each part's (p50, p99); ``in_turn``: after the other half of a decision."""
    if not in_turn:
        return {part: _cpu_us(fn, runs) for part, fn in parts.items()}
    model, messages = DifficultyModel.load_default(), [{"role": "user", "content": text}]
    halves = {"detection": lambda: detect_pii(text), "score": lambda: model.score(messages)}
    return {part: _cpu_us(fn, runs, None if part == "DECISION" else
                          halves["detection" if part in _SCORE_PARTS else "score"])
            for part, fn in parts.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--in-turn", action="store_true", help="each part after the decision's other half")
    parser.add_argument("--line-breaks", action="store_true", help="a line break after every sentence")
    args = parser.parse_args()
    load_lexicon(chinese=True)
    prompts = {"en": _prompt(EN), "zh": _prompt(ZH), "en+names": _with_pii(EN, EN_PII), "zh+names": _with_pii(ZH, ZH_PII)}
    if args.line_breaks:
        prompts = {name: with_line_breaks(text) for name, text in prompts.items()}
    table = {name: _timed(_components(text), text, args.runs, args.in_turn) for name, text in prompts.items()}
    parts = list(next(iter(table.values())))
    print(f"{'CPU µs p50 (p99)':<24}" + "".join(f"{name:>18}" for name in prompts))
    for part in parts:
        print(f"{part:<24}" + "".join(f"{table[n][part][0]:>9.0f} ({table[n][part][1]:>5.0f})" for n in prompts))


if __name__ == "__main__":
    main()
