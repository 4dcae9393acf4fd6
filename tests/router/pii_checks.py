"""Checks the hand-case files of the PII detector share: a value found with its type, a
look-alike left alone."""

from __future__ import annotations

from duet.router.privacy.detector import detect_pii


def assert_found(text: str, typ: str, value: str) -> None:
    spans = detect_pii(text)
    assert any(s.type == typ and s.value == value for s in spans), [(s.type, s.value) for s in spans]


def assert_clean(text: str) -> None:
    assert [(s.type, s.value) for s in detect_pii(text)] == []
