"""Router decision latency for a 4,000-character prompt, and the eval-router figures.

Run: python -m bench.router_decision [--runs 2000]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import time
from typing import Any
from pathlib import Path

from bench.report import DOC, write_section
from duet.router import ConnectivitySnapshot, Router, Signals
from duet.router.commands import evaluate_dataset
from duet.router.metrics import percentile
from duet.router.privacy.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parent.parent

EN = ("Our team runs a fleet of 240 delivery vans across three cities. Each van reports its position every 30 "
      "seconds, and we want to predict late deliveries two hours ahead. Last quarter 7.5% of deliveries were "
      "late, mostly on Fridays between 16:00 and 19:00. We store telemetry in Postgres 15 and have a small data "
      "team of four people. Please compare a gradient-boosted model with a sequence model for this problem, "
      "explain which features matter, how to validate without leaking the future, and how to deploy it. ")
ZH = ("我们公司在三个城市有 240 辆配送车，每辆车每 30 秒上报一次位置，希望提前两小时预测哪些订单会迟到。上个季度迟到率是 "
      "7.5%，主要集中在周五下午四点到七点。数据存放在 Postgres 15 里，数据团队只有四个人。请比较梯度提升树和序列模型在这个问题上的"
      "优缺点，说明哪些特征最重要，如何在不泄露未来信息的前提下做验证，以及怎样部署上线。")


# Names and addresses at the start, a third and two thirds into the same texts (nine names and
# six addresses in 4,000 characters), so that the name and address detectors do their full work.
EN_PII = ("Notes from Friday: Jennifer Alvarez will send the revised contract to 1847 Maple Ridge Drive, Boulder, "
          "CO 80304, and please call Dr. Sabrina Okafor about the schedule; my landlord Rajesh Patel lives at "
          "78 Elm Street, Apt 2. ")
ZH_PII = "会议纪要：请通知张伟明天上午到上海市浦东新区张江路1000弄5号开会，联系人陈晓峰，收件人王芳，地址北京市朝阳区建国路88号。"


def _with_pii(unit: str, pii: str, size: int = 4000) -> str:
    text = _prompt(unit, size)
    third = size // 3
    return (pii + text[:third - len(pii)] + pii + text[third:2 * third - len(pii)] + pii + text[2 * third:])[:size]


def _prompt(unit: str, size: int = 4000) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def time_decisions(router: Router, text: str, runs: int, connectivity: ConnectivitySnapshot) -> dict[str, float]:
    signals = Signals([{"role": "user", "content": text}], connectivity=connectivity)
    for _ in range(50):
        router.decide(signals)
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.thread_time()
        router.decide(signals)
        cpu.append((time.thread_time() - start_cpu) * 1000.0)
        wall.append((time.perf_counter() - start) * 1000.0)
    # Wall time includes preemption by other processes; thread CPU time does not.
    return {"p50_ms": round(percentile(wall, 50), 4), "p99_ms": round(percentile(wall, 99), 4),
            "cpu_p50_ms": round(percentile(cpu, 50), 4), "cpu_p99_ms": round(percentile(cpu, 99), 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2000)
    args = parser.parse_args()
    router = Router()
    start = time.perf_counter()
    load_lexicon(chinese=True)  # loaded once before timing: decisions are timed, not the load
    lexicon_s = time.perf_counter() - start
    up = ConnectivitySnapshot()
    report = {
        "load_average_1m": round(os.getloadavg()[0], 2),  # p99 is wall time: other load inflates it
        "name_and_address_data_load_s": round(lexicon_s, 2),
        "decision_4000_chars": {
            "en": time_decisions(router, _prompt(EN), args.runs, up),
            "zh": time_decisions(router, _prompt(ZH), args.runs, up),
            "en, names and addresses": time_decisions(router, _with_pii(EN, EN_PII), args.runs, up),
            "zh, names and addresses": time_decisions(router, _with_pii(ZH, ZH_PII), args.runs, up),
        },
        "eval_router": {
            name: evaluate_dataset(ROOT / "data" / "router" / name, router.policy)
            for name in ("router-dev.jsonl", "heldout-handwritten.jsonl")
        },
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    write_section("Router decision time", _table(report) + _notes(), ".venv/bin/python -m bench.router_decision")


_NOTES_AFTER = "router-dev.jsonl is part of the training data"


def _notes() -> str:
    """The notes written under the figures in docs/benchmarks.md (side-by-side runs, what changed),
    kept when the figures are rewritten: everything after the paragraph that ends the table."""
    doc = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    section = re.search(r"^## Router decision time\n.*?(?=^## |\Z)", doc, re.S | re.M)
    if section is None or _NOTES_AFTER not in section.group(0):
        return ""
    rest = section.group(0).split(_NOTES_AFTER, 1)[1]
    return "\n\n" + rest.split("\n\n", 1)[1].strip() if "\n\n" in rest else ""


def _table(report: dict[str, Any]) -> str:
    rows = ["| prompt (4,000 characters) | p50 (ms) | p99 (ms) | CPU p99 (ms) |", "|---|---|---|---|"]
    for lang, t in report["decision_4000_chars"].items():
        rows.append(f"| {lang} | {t['p50_ms']:.3f} | **{t['p99_ms']:.3f}** | {t['cpu_p99_ms']:.3f} |")
    rows.append("")
    rows.append(f"Load average during the run: {report['load_average_1m']}. Name and address data (jieba, "
                f"Census names, USPS suffixes) loaded once in {report['name_and_address_data_load_s']} s. "
                "Router figures (`duet eval-router`):")
    rows += ["", "| file | n | AUC | accuracy | PII recall | PII false positives | leaks | "
             "decision p99 (ms) |", "|---|---|---|---|---|---|---|---|"]
    for name, f in report["eval_router"].items():
        rows.append(f"| {name} | {f['n']} | {f['auc']:.4f} | {f['accuracy']:.3f} | "
                    f"{f['pii_recall']['overall']:.3f} | {f['pii_false_positive_rate']:.3f} | "
                    f"{f['privacy_leaks']} | {f['decision_p99_ms']:.3f} |")
    rows += ["", "router-dev.jsonl is part of the training data, so its AUC is in-sample; the "
             "cross-validated and held-out figures are in docs/router.md."]
    return "\n".join(rows)


if __name__ == "__main__":
    main()
