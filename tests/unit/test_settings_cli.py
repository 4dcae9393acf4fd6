"""Settings come from DUET_* variables and from flags generated from the same fields."""

from __future__ import annotations

from pathlib import Path

import pytest

from duet.app.cli import build_parser, settings_from_args
from duet.core.settings import EdgeSettings, packaged_edge_model


def test_defaults() -> None:
    settings = EdgeSettings()
    assert settings.port == 8080
    assert settings.api_keys == []
    assert settings.edge_model_path is None


def test_environment_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DUET_PORT", "9999")
    monkeypatch.setenv("DUET_API_KEYS", "a, b,,c")
    monkeypatch.setenv("DUET_N_CTX", "1024")
    settings = EdgeSettings()
    assert (settings.port, settings.api_keys, settings.n_ctx) == (9999, ["a", "b", "c"], 1024)


def test_every_setting_is_a_flag_and_flags_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DUET_PORT", "9999")
    parser = build_parser()
    help_text = parser._subparsers._group_actions[0].choices["edge"].format_help()  # type: ignore[union-attr]
    for name in EdgeSettings.model_fields:
        assert "--" + name.replace("_", "-") in help_text
        assert "DUET_" + name.upper() in help_text
    args = parser.parse_args(["edge", "--port", "7000", "--no-metrics-enabled", "--api-keys", "k1,k2"])
    settings = settings_from_args(EdgeSettings, args)
    assert settings.port == 7000
    assert settings.metrics_enabled is False
    assert settings.api_keys == ["k1", "k2"]


def test_unset_flags_fall_back_to_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DUET_EDGE_MODEL_PATH", "/models/x.gguf")
    args = build_parser().parse_args(["edge"])
    assert settings_from_args(EdgeSettings, args).edge_model_path == Path("/models/x.gguf")


def test_packaged_model_is_found() -> None:
    path = packaged_edge_model()
    assert path is not None and path.name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert path.read_bytes()[:4] == b"GGUF"
