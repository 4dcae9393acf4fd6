"""Automatic grading of the on-device model's answers to the calibration set.

Each calibration item names how its answer is graded (``grade``):

======== ====================================================================================
number   the last number in the answer equals ``answer`` (arithmetic, word problems)
exact    the answer, without surrounding spaces, quotes and final punctuation, is one of
         ``answer`` (a string or a list), case-insensitive (extraction)
contains one of ``answer`` occurs in the answer, case-insensitive (translation, facts)
choice   of the ``choices``, exactly one occurs in the answer and it is ``answer``
         (classification)
code     the answer's Python code (its first fenced block, else the whole answer) passes the
         item's ``tests`` (assert statements), run in a separate interpreter with a timeout
======== ====================================================================================
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

GRADES = ("number", "exact", "contains", "choice", "code")
CODE_TIMEOUT_S = 5.0
_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)*")
_FENCE = re.compile(r"```(?:python|py)?\s*\n(.*?)(?:```|$)", re.S)
_EDGES = " \t\n\"'`“”‘’「」《》.。!！?？,，:：;；"


def _answers(item: dict[str, Any]) -> list[str]:
    answer = item["answer"]
    return [str(a) for a in answer] if isinstance(answer, list) else [str(answer)]


def _number(text: str) -> float | None:
    found = _NUMBER.findall(text)
    if not found:
        return None
    try:
        return float(found[-1].replace(",", ""))
    except ValueError:
        return None


def grade_number(answer: str, item: dict[str, Any]) -> bool:
    got = _number(answer)
    return got is not None and any(abs(got - float(a)) < 1e-6 for a in _answers(item))


def grade_exact(answer: str, item: dict[str, Any]) -> bool:
    got = answer.strip(_EDGES).casefold()
    return any(got == a.strip(_EDGES).casefold() for a in _answers(item))


def grade_contains(answer: str, item: dict[str, Any]) -> bool:
    got = answer.casefold()
    return any(a.casefold() in got for a in _answers(item))


def grade_choice(answer: str, item: dict[str, Any]) -> bool:
    got = answer.casefold()
    named = [c for c in item["choices"] if re.search(rf"\b{re.escape(c.casefold())}\b", got)]
    return len(named) == 1 and named[0] == _answers(item)[0]


def code_of(answer: str) -> str:
    """The first fenced code block of an answer, else the answer itself."""
    fenced = _FENCE.search(answer)
    return fenced.group(1) if fenced else answer


def grade_code(answer: str, item: dict[str, Any]) -> bool:
    """Runs the code and the item's tests in ``python -I`` in an empty folder; right when it
    exits 0 within ``CODE_TIMEOUT_S``."""
    program = code_of(answer) + "\n\n" + "\n".join(item["tests"]) + "\n"
    with tempfile.TemporaryDirectory(prefix="duet-grade-") as folder:
        path = Path(folder) / "answer.py"
        path.write_text(program, encoding="utf-8")
        try:
            done = subprocess.run([sys.executable, "-I", str(path)], cwd=folder, capture_output=True,
                                  timeout=CODE_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired:
            return False
    return done.returncode == 0


GRADERS = {"number": grade_number, "exact": grade_exact, "contains": grade_contains,
           "choice": grade_choice, "code": grade_code}


def grade(answer: str, item: dict[str, Any]) -> bool:
    """Whether ``answer`` is right for ``item`` (see the module docstring)."""
    kind = item.get("grade")
    if kind not in GRADERS:
        raise ValueError(f"item {item.get('id')}: grade {kind!r} is not one of {', '.join(GRADES)}")
    return GRADERS[kind](answer, item)
