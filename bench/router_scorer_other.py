"""Another checkout's difficulty recipe (say the main branch: its own ``router.train.Trainer`` and
``router.features.extract``) retrained on this checkout's data, on the splits of
``router.crossval`` that it can run: the dev set left out of training, trained on the dev set
alone, and the ``heldout-*`` files trained on all. Prints AUC overall and per language and the
cloud share for 95 % recall, next to nothing else: compare with ``python -m duet.router.train``.

Run: python -m bench.router_scorer_other --other /work/main
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
# Runs inside the other checkout, with its own code; the data and the figures' code come from here.
_CHILD = """
import json, sys
from pathlib import Path
from duet.router.features import extract
from duet.router.metrics import roc_auc
from duet.router.train import Trainer, item_messages
data, here = Path(sys.argv[1]), sys.argv[2]
sys.path.insert(0, here)
from bench.router_scorer_other import cost_share_95
def load(p): return [json.loads(line) for line in p.open(encoding="utf-8") if line.strip()]
dev = load(data / "router-dev.jsonl")
others = [it for p in sorted(data.glob("extra-*.jsonl")) for it in load(p)]
held = {p.stem: load(p) for p in sorted(data.glob("heldout-*.jsonl"))}
labels = lambda items: [1 if it["label"] == "cloud" else 0 for it in items]
fit = lambda items: Trainer().fit([extract(item_messages(it)) for it in items], labels(items))
def figures(model, items):
    s, y = [model.score(item_messages(it))[0] for it in items], labels(items)
    out = {"n": len(items), "auc": round(roc_auc(s, y), 4)}
    for lang in ("en", "zh"):
        idx = [i for i, it in enumerate(items) if it["lang"] == lang]
        out["auc_" + lang] = round(roc_auc([s[i] for i in idx], [y[i] for i in idx]), 4)
    out["cloud_share_95"] = cost_share_95(s, y)
    return out
report = {"dev_left_out": figures(fit(others), dev)}
model = fit(dev)
report["dev_only"] = {"written": figures(model, [it for it in others if it.get("source") == "written"]),
                      **{k: figures(model, v) for k, v in held.items()}}
model = fit(dev + others)
report["heldout"] = {k: figures(model, v) for k, v in held.items()}
print(json.dumps(report))
"""


def cost_share_95(scores: list[float], labels: list[int]) -> float:
    """``router.evaluation.cost_curve`` at 95 %, restated so that the other checkout needs no copy."""
    import math

    hard = sorted((s for s, y in zip(scores, labels) if y), reverse=True)
    threshold = hard[max(1, math.ceil(0.95 * len(hard) - 1e-9)) - 1]
    return round(sum(1 for s in scores if s >= threshold) / len(scores), 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--other", required=True, help="path of the other checkout (its own duet/)")
    parser.add_argument("--data", type=Path, default=HERE / "data" / "router")
    args = parser.parse_args()
    done = subprocess.run([sys.executable, "-c", _CHILD, str(args.data.resolve()), str(HERE)],
                          cwd=Path(args.other).resolve(), capture_output=True, text=True, check=True)
    print(json.dumps(json.loads(done.stdout.strip().splitlines()[-1]), indent=1))


if __name__ == "__main__":
    main()
