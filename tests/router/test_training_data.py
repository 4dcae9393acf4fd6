"""The training files hold what the trainer and the out-of-fold figures rely on: labels and
languages it knows, every PII value an exact substring of its prompt, follow-up turns that end
with the prompt, the new files' conversations once and none of them in a held-out file, and a
source for each new file so that leaving one source out leaves the whole file out."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from duet.router.crossval import load_sources

DATA = Path(__file__).resolve().parents[2] / "data" / "router"
OWN_SOURCES = {"extra-terse.jsonl": "terse", "extra-casual.jsonl": "casual",
               "extra-personal.jsonl": "personal", "extra-passages.jsonl": "passages",
               "extra-concrete.jsonl": "concrete", "extra-profiles.jsonl": "profiles",
               "extra-oneclause.jsonl": "oneclause", "extra-snippets.jsonl": "snippets",
               "extra-facts.jsonl": "facts", "extra-judgements.jsonl": "judgements"}


def _rows(name: str) -> list[dict[str, object]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_every_training_row_is_well_formed() -> None:
    training, heldout = load_sources(DATA)
    assert len(training) >= 1500 and heldout
    for row in training:
        assert row["label"] in ("local", "cloud") and row["lang"] in ("en", "zh"), row["id"]
        prompt = str(row["prompt"])
        for span in row["pii"]:
            assert span["value"] in prompt, (row["id"], span)
        if "messages" in row:
            assert row["messages"][-1] == {"role": "user", "content": prompt}, row["id"]


def test_new_files_have_their_own_source_and_both_labels_in_both_languages() -> None:
    for name, source in OWN_SOURCES.items():
        rows = _rows(name)
        assert {r["source"] for r in rows} == {source}, name
        counts = Counter((r["lang"], r["label"]) for r in rows)
        assert all(counts[(lang, label)] >= 5 for lang in ("en", "zh") for label in ("local", "cloud")), name
    training, _ = load_sources(DATA)
    assert set(OWN_SOURCES.values()) <= {str(r["source"]) for r in training}


def _key(row: dict[str, object]) -> str:
    """The whole conversation, spacing and case aside (the same follow-up may close two)."""
    turns = row.get("messages") or [{"content": row["prompt"]}]
    assert isinstance(turns, list)
    return " / ".join(" ".join(str(t["content"]).split()).lower() for t in turns)


def test_new_prompts_appear_once_and_held_out_prompts_are_never_trained_on() -> None:
    training, heldout = load_sources(DATA)
    trained = Counter(_key(r) for r in training)
    new = [_key(r) for r in training if r["source"] in OWN_SOURCES.values()]
    assert new and all(trained[k] == 1 for k in new), [k for k in new if trained[k] > 1][:5]
    assert not {_key(r) for r in heldout} & set(new)
