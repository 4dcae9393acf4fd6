"""One llama.cpp context holding several sequences, each with its own KV cells.

The context is made with ``n_seq_max`` = the number of parallel sequences and a separate KV
stream per sequence (``kv_unified`` off), so each sequence has exactly ``n_ctx`` cells of its
own and attends only to them. All KV memory is allocated when the context is made, so its size
is known up front (``kv_bytes``). Runs in the model thread only, except for construction.
"""

from __future__ import annotations

import ctypes
import importlib
import os
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from duet.core.settings import EngineSettings

KV_TYPE_BYTES = {"f16": 2.0, "q8_0": 34 / 32}  # bytes per cached value


class DecodeFailed(Exception):
    """llama_decode reported an error."""


# llama.cpp's CPU threads meet at an OpenMP barrier after every operation of the graph. With
# OpenMP's default policy a thread that arrives first spins; on a small device whose cores also
# run the event loop (and other apps), the spinning thread holds the core the late one needs: a
# 2-thread decode step took 0.45-1.0 s instead of 0.05 s on 2 busy cores. Passive waiting (the
# thread sleeps) avoids that. Read by libgomp when llama.cpp's library loads; the process's own
# OMP_WAIT_POLICY wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


class KvContext:
    def __init__(self, settings: EngineSettings, path: Path, threads: int) -> None:
        import llama_cpp

        # llama_cpp's own wrappers are untyped: reached through Any
        _internals: Any = importlib.import_module("llama_cpp._internals")
        logger: Any = importlib.import_module("llama_cpp._logger")
        logger.set_verbose(False)  # llama.cpp's own log lines: errors only
        self._lib = llama_cpp
        self.n_parallel = settings.n_parallel
        self.model = _internals.LlamaModel(
            path_model=str(path), params=llama_cpp.llama_model_default_params(), verbose=False
        )
        params = llama_cpp.llama_context_default_params()
        params.n_ctx = settings.n_ctx * settings.n_parallel
        params.n_batch = params.n_ubatch = settings.n_batch
        params.n_seq_max = settings.n_parallel
        params.n_outputs_max = settings.n_parallel  # one sampled row per sequence and step
        params.kv_unified = False
        params.n_threads = params.n_threads_batch = threads
        params.no_perf = True
        kv_type = {"f16": llama_cpp.GGML_TYPE_F16, "q8_0": llama_cpp.GGML_TYPE_Q8_0}
        params.type_k = params.type_v = kv_type[settings.kv_cache_type]
        self.context = _internals.LlamaContext(model=self.model, params=params, verbose=False)
        self.ctx = self.context.ctx
        self.memory = self.context.memory
        self.n_ctx = int(llama_cpp.llama_n_ctx_seq(self.ctx))  # cells of one sequence
        self.n_vocab = self.model.n_vocab()
        self.n_embd = int(llama_cpp.llama_model_n_embd(self.model.model))
        self.n_swa = int(llama_cpp.llama_model_n_swa(self.model.model))  # 0: no sliding window
        self.n_batch = settings.n_batch
        self.batch = _internals.LlamaBatch(
            n_tokens=settings.n_batch, embd=0, n_seq_max=1, verbose=False
        )
        self.decodes = 0  # batches evaluated
        self.kv_bytes = int(self.kv_bytes_per_token(settings.kv_cache_type) * params.n_ctx)

    def kv_bytes_per_token(self, kv_type: str) -> float:
        lib, model = self._lib, self.model.model
        n_embd, n_head = lib.llama_model_n_embd(model), lib.llama_model_n_head(model)
        kv_width = n_embd // n_head * lib.llama_model_n_head_kv(model)
        return float(2 * lib.llama_model_n_layer(model) * kv_width * KV_TYPE_BYTES[kv_type])

    # ---- the batch ---------------------------------------------------------------------------

    def clear_batch(self) -> None:
        self.batch.batch.n_tokens = 0

    @property
    def batch_room(self) -> int:
        return self.n_batch - int(self.batch.batch.n_tokens)

    def add(self, tokens: list[int], start: int, seq: int, logits: bool) -> int:
        """Queue tokens of one sequence at positions ``start``…; returns the batch index of
        the last one (whose logits are computed when ``logits``)."""
        b = self.batch.batch
        for offset, token in enumerate(tokens):
            i = b.n_tokens + offset
            b.token[i] = token
            b.pos[i] = start + offset
            b.n_seq_id[i] = 1
            b.seq_id[i][0] = seq
            b.logits[i] = False
        last = int(b.n_tokens) + len(tokens) - 1
        b.logits[last] = logits
        b.n_tokens += len(tokens)
        return last

    def decode(self) -> None:
        code = self._lib.llama_decode(self.ctx, self.batch.batch)
        self.decodes += 1
        if code != 0:
            raise DecodeFailed(f"llama_decode returned {code}")

    def logits(self, index: int) -> npt.NDArray[np.float32]:
        pointer = self._lib.llama_get_logits_ith(self.ctx, index)
        return np.ctypeslib.as_array(pointer, shape=(self.n_vocab,))

    # ---- sequences ---------------------------------------------------------------------------

    def truncate(self, seq: int, keep: int) -> None:
        """Forget the sequence's cells from position ``keep`` on (0: all of them)."""
        self._lib.llama_memory_seq_rm(self.memory, seq, keep, -1)

    def keeps_prefix(self, seq: int, keep: int) -> bool:
        """After ``truncate(seq, keep)``: the cells the next token attends to are all there.
        A sliding-window model drops cells older than its window as a sequence grows, so a
        prefix cut short far behind its end may lack them."""
        if keep == 0:
            return True
        lowest = int(self._lib.llama_memory_seq_pos_min(self.memory, seq))
        needed = max(0, keep - self.n_swa) if self.n_swa > 0 else 0
        return 0 <= lowest <= needed

    def save(self, seq: int) -> bytearray:
        lib = self._lib
        size = lib.llama_state_seq_get_size(self.ctx, seq)
        data = bytearray(size)
        written = lib.llama_state_seq_get_data(self.ctx, _view(data), size, seq)
        del data[written:]
        return data

    def load(self, seq: int, data: bytearray) -> bool:
        self.truncate(seq, 0)
        return bool(self._lib.llama_state_seq_set_data(self.ctx, _view(data), len(data), seq))

    def close(self) -> None:
        self.batch.close()
        self.context.close()
        self.model.close()


def _view(data: bytearray) -> Any:
    return (ctypes.c_uint8 * len(data)).from_buffer(data)
