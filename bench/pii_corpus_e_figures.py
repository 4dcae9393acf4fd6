"""False positives of the detector on corpus E by type: how many PII-free items of a part get a
span of each type (an item flagged with two types counts once under each), and the rate over
all PII-free items. Counts only: no prompt and no span is printed, so that E-test stays unread.

Run: python -m bench.pii_corpus_e_figures --part test --seed 1 --n 4000
(the other figures: python -m bench.pii_eval --corpus E --part test --seed 1 --n 4000)
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from typing import Any

from bench.pii_corpus_e import generate
from duet.router.privacy import detect_pii
from duet.router.privacy.lexicon import load_lexicon


def false_positives_by_type(part: str, seed: int, n: int) -> dict[str, Any]:
    by_type: Counter[str] = Counter()
    free = flagged = 0
    for item in generate(n, seed, part):
        if item["pii"]:
            continue
        free += 1
        types = {span.type for span in detect_pii(item["prompt"])}
        flagged += bool(types)
        by_type.update(types)
    rate = round(flagged / free, 4) if free else None
    return {"pii_free_items": free, "flagged": flagged, "false_positive_rate": rate,
            "flagged_by_type": dict(by_type.most_common())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "test"), default="dev")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--n", type=int, default=4000)
    args = parser.parse_args()
    load_lexicon()
    print(json.dumps(false_positives_by_type(args.part, args.seed, args.n), indent=2))


if __name__ == "__main__":
    main()
