"""Cloud pool resilience at full length (the suite runs shorter versions of both):

1. one of two replicas SIGKILLed under ~5 requests/s for 30 s: requests that had not started
   streaming must not fail (they are retried on the other replica);
2. a 10 s outage of the whole pool: how long the first good call takes once it is back.

Usage: .venv/bin/python -m bench.cloud_resilience [--load-seconds 30] [--outage-seconds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from pathlib import Path

from bench.report import write_section
from tests.cloud.scenarios import pool_outage, replica_killed_under_load


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--load-seconds", type=float, default=30.0)
    parser.add_argument("--rate", type=float, default=5.0)
    parser.add_argument("--outage-seconds", type=float, default=10.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        kill = asyncio.run(replica_killed_under_load(Path(tmp), args.load_seconds, args.rate))
        outage = asyncio.run(pool_outage(Path(tmp), args.outage_seconds))
    body = "\n".join([
        "| scenario | figure |",
        "|---|---|",
        f"| one of two replicas killed at {args.load_seconds / 3:.0f} s, {args.rate:g} req/s for "
        f"{args.load_seconds:g} s | {kill.sent} requests: {dict(kill.outcomes)}; "
        f"**{kill.failed_before_streaming} failed before streaming** |",
        f"| whole pool down for {args.outage_seconds:g} s | calls during the outage failed "
        f"cleanly ({outage.failed_calls}, slowest {outage.slowest_failure_s * 1000:.0f} ms); "
        f"**first good call after it came back: {outage.first_good_call_s * 1000:.0f} ms** |",
    ])
    print(body)
    write_section("Cloud pool resilience", body, ".venv/bin/python -m bench.cloud_resilience")


if __name__ == "__main__":
    main()
