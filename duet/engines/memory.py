"""What the on-device model may take of the device's memory, known before the first request.

The bound is the sum of parts each fixed by the settings and the model file: the process as it
was before the model (interpreter, libraries), the weights (the file, mapped), the KV cells of
every sequence (allocated in full when the context is made), llama.cpp's compute and output
buffers for one batch, the host copies of KV cells (``prompt_cache_mb``), and a fixed allowance
for serving requests (HTTP, tokenized prompts, streams).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from duet.core.settings import EngineSettings

if TYPE_CHECKING:
    from duet.engines.kv import KvContext

MIB = 1024 * 1024
SERVING_ALLOWANCE = 64 * MIB
ACTIVATION_FLOATS_PER_TOKEN = 16  # generous: hidden states, norms, FFN for one batch token


def resident_bytes() -> int:
    """This process's resident set size (Linux), 0 where it cannot be read."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


@dataclass(frozen=True)
class MemoryBudget:
    runtime: int
    weights: int
    kv_cells: int
    compute: int
    host_cache: int
    serving: int = SERVING_ALLOWANCE

    @classmethod
    def of(
        cls, settings: EngineSettings, runtime: int, path: Path, kv: "KvContext"
    ) -> "MemoryBudget":
        n_embd = kv.n_embd
        compute = 4 * (
            settings.n_batch * n_embd * ACTIVATION_FLOATS_PER_TOKEN
            + 2 * settings.n_parallel * kv.n_vocab  # logits of one batch, and their copy
        )
        return cls(
            runtime=runtime,
            weights=path.stat().st_size,
            kv_cells=kv.kv_bytes,
            compute=compute,
            host_cache=settings.prompt_cache_mb * MIB,
        )

    @property
    def total(self) -> int:
        return (
            self.runtime + self.weights + self.kv_cells + self.compute + self.host_cache
            + self.serving
        )

    def describe(self) -> str:
        parts = {
            "runtime": self.runtime, "weights": self.weights, "kv": self.kv_cells,
            "compute": self.compute, "prompt cache": self.host_cache, "serving": self.serving,
        }
        listed = ", ".join(f"{name} {size / MIB:.0f}" for name, size in parts.items())
        return f"memory bound {self.total / MIB:.0f} MiB ({listed})"
