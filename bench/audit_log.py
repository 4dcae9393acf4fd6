"""The egress audit log's costs: one append (fsync off and on), verifying a log, reading its tail.

Run: python -m bench.audit_log [--records 20000] [--write]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench.report import write_section
from duet.edge_agent.audit import EgressAudit, egress_for
from duet.edge_agent.audit_verify import tail, verify
from duet.router import Router, Signals
from duet.router.metrics import percentile

PROMPT = "Prove that there are infinitely many primes of the form 4k+3."


def time_appends(path: Path, runs: int, fsync: bool) -> list[float]:
    router = Router()
    decision = router.decide(Signals([{"role": "user", "content": PROMPT}]))
    audit = EgressAudit(path, fsync=fsync, max_bytes=1 << 30)
    took = []
    for i in range(runs):
        payload = f"{PROMPT} {i}".encode() * 20
        started = time.perf_counter()
        audit.append(egress_for(f"req-{i}", decision, router.policy, payload, allowed_by_tag=False))
        took.append(time.perf_counter() - started)
    audit.close()
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--write", action="store_true", help="write docs/benchmarks.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        plain = time_appends(Path(folder) / "plain.log", args.records, fsync=False)
        synced = time_appends(Path(folder) / "synced.log", min(500, args.records), fsync=True)
        log = Path(folder) / "plain.log"
        started = time.perf_counter()
        result = verify(log)
        verify_s = time.perf_counter() - started
        assert result.ok and result.records == args.records
        started = time.perf_counter()
        for _ in range(100):
            tail(log, 10)
        tail_ms = (time.perf_counter() - started) * 10
        size = log.stat().st_size
    rows = [
        "| measure | value |", "|---|---|",
        f"| append, fsync off: p50 / p99 | {percentile(plain, 50) * 1e6:.0f} µs / "
        f"{percentile(plain, 99) * 1e6:.0f} µs |",
        f"| append, fsync on: p50 / p99 | {percentile(synced, 50) * 1e3:.2f} ms / "
        f"{percentile(synced, 99) * 1e3:.2f} ms |",
        f"| record size | {size / args.records:.0f} bytes |",
        f"| verify {args.records} records | {verify_s:.2f} s "
        f"({args.records / verify_s:,.0f} records/s) |",
        f"| tail of 10 records (the /ui poll) | {tail_ms:.2f} ms |",
    ]
    body = "\n".join(rows)
    print(body)
    if args.write:
        write_section("Egress audit log", body,
                      f"python -m bench.audit_log --records {args.records}")


if __name__ == "__main__":
    main()
