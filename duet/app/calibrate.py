"""``duet calibrate``: run the on-device model on the calibration set, grade its answers and
write a routing policy for that model file (see docs/router.md, "Calibration").

The model is the one ``duet edge`` loads (``DUET_EDGE_MODEL_PATH``, else the packaged SmolLM2),
run by the same engine, greedy. Each item's difficulty is the router's own score for it; the
choice of the line is ``duet.router.calibration``. The policy file is the base policy with
``difficulty.local_capability``, ``regret.low_confidence_logprob`` and a ``calibration`` section
(model file name and SHA-256, the figures) filled in.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from duet.app.grading import grade
from duet.core.backend import Finish, GenerationRequest, SamplingParams, TokenDelta
from duet.core.settings import EngineSettings
from duet.router import Router, Signals, default_policy, load_policy
from duet.router.calibration import Graded, calibrate
from duet.router.policy import Policy, policy_from_dict

POLICY_SUFFIX = ".policy.yaml"
DEFAULT_DATASET = Path(__file__).resolve().parents[2] / "data" / "router" / "calibration.jsonl"
DEFAULT_MAX_TOKENS = 48


@dataclass(frozen=True)
class CalibrationRun:
    """What ``duet calibrate`` was asked for."""

    dataset: Path
    out: Path | None = None
    model: Path | None = None
    limit: int | None = None
    target: float = 0.7
    base_policy: Path | None = None
    threads: int | None = None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def calibrated_policy_path(folder: str, model: Path) -> Path | None:
    """Where the calibrated policy of ``model`` lives: ``<folder>/<model file stem>.policy.yaml``
    (None when ``folder`` is empty). Named after the file, not its hash, so that a replaced
    GGUF finds the old policy and the edge can warn that it was made for another file."""
    return Path(folder).expanduser() / f"{model.stem}{POLICY_SUFFIX}" if folder else None


def load_items(path: Path, limit: int | None) -> list[dict[str, Any]]:
    """The calibration items; with ``limit``, that many spread evenly over the file (so a short
    run still spans easy to hard and both languages)."""
    with path.open(encoding="utf-8") as handle:
        items = [json.loads(line) for line in handle if line.strip()]
    if limit is None or limit >= len(items):
        return items
    step = len(items) / max(1, limit)
    return [items[int(i * step)] for i in range(limit)]


async def _answer(engine: Any, item: dict[str, Any]) -> tuple[str, float | None]:
    request = GenerationRequest(
        "calibration", SamplingParams(max_tokens=int(item.get("max_tokens", DEFAULT_MAX_TOKENS)),
                                      temperature=0.0),
        messages=[{"role": "user", "content": item["prompt"]}],
    )
    text, mean = [], None
    async for event in await engine.start(request):
        if isinstance(event, TokenDelta):
            text.append(event.text)
        elif isinstance(event, Finish):
            mean = event.mean_logprob
    return "".join(text), mean


async def grade_items(engine: Any, router: Router, items: list[dict[str, Any]],
                      progress: Callable[[str], None]) -> list[Graded]:
    """Each item answered by the model, graded, with its difficulty score."""
    graded = []
    for item in items:
        decision = router.decide(Signals([{"role": "user", "content": item["prompt"]}]))
        started = time.perf_counter()
        answer, mean = await _answer(engine, item)
        right = grade(answer, item)
        graded.append(Graded(str(item["id"]), str(item["category"]), str(item.get("lang", "")),
                             float(decision.scores["difficulty"]), right, mean))
        progress(f"{item['id']} {item['category']:<20} difficulty {decision.scores['difficulty']:.3f} "
                 f"{'right' if right else 'wrong'} ({time.perf_counter() - started:.1f} s)")
    return graded


def _base_document(path: Path | None) -> dict[str, Any]:
    if path is not None:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    else:
        text = resources.files("duet.router").joinpath("policies", "default.yaml").read_text("utf-8")
        data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a policy mapping")
    return data


def policy_document(base: dict[str, Any], base_policy: Policy, model: Path, digest: str,
                    figures: dict[str, Any]) -> dict[str, Any]:
    """The calibrated policy: the base with the chosen figures in, validated."""
    document = dict(base)
    document["name"] = f"calibrated-{model.stem}".lower()
    difficulty = dict(document.get("difficulty") or {})
    difficulty["local_capability"] = figures["local_capability"]
    document["difficulty"] = difficulty
    document["regret"] = {"low_confidence_logprob": figures["low_confidence_logprob"]}
    document["calibration"] = {"model_name": model.name, "model_sha256": digest, "figures": figures}
    policy = policy_from_dict(document)
    figures["effective_threshold"] = round(policy.effective_threshold(), 4)
    figures["base_threshold"] = base_policy.threshold
    return document


def write_policy(path: Path, document: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    header = ("# Written by `duet calibrate` for the model file named in `calibration`; re-run it\n"
              "# after replacing the model. The method: docs/router.md, \"Calibration\".\n")
    body = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
    path.write_text(header + body, encoding="utf-8")


def run_calibration(run: CalibrationRun, default_out: Callable[[Path], Path | None],
                    progress: Callable[[str], None] = lambda line: print(line, file=sys.stderr)
                    ) -> tuple[Path, dict[str, Any]]:
    """Calibrate, write the policy file, and return its path and the figures."""
    from duet.engines.llama_cpp import LocalEngine
    from duet.engines.model_file import resolve_model_path

    model = resolve_model_path(run.model)
    out = run.out or default_out(model)
    if out is None:
        raise ValueError("give --out FILE (no calibrated_policy_dir is set)")
    base_policy = load_policy(run.base_policy) if run.base_policy else default_policy()
    items = load_items(run.dataset, run.limit)
    progress(f"calibrating {model.name} on {len(items)} items of {run.dataset}")
    digest = file_sha256(model)
    engine = LocalEngine(EngineSettings(edge_model_path=model, n_threads=run.threads, warmup=False))
    started = time.perf_counter()
    try:
        graded = asyncio.run(grade_items(engine, Router(base_policy), items, progress))
    finally:
        engine.close()
    figures = calibrate(graded, base_policy.threshold, base_policy.capability_step, run.target,
                        base_policy.low_confidence_logprob)
    figures["seconds"] = round(time.perf_counter() - started, 1)
    document = policy_document(_base_document(run.base_policy), base_policy, model, digest, figures)
    write_policy(out, document)
    return out, figures
