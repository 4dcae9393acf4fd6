"""Per-sequence samplers and log-probabilities.

Each sequence gets its own llama.cpp sampler chain, built as ``Llama.generate`` builds it (so
an answer with a given seed is the one a single-sequence engine gives), and sampled at the
sequence's own row of the batch's logits.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt

from duet.core.backend import SamplingParams, TopLogprob

PENALTY_LAST_N = 64  # Llama's default last_n_tokens_size
TOP_K, MIN_P = 40, 0.05


def build_sampler(n_vocab: int, params: SamplingParams, seed: int) -> Any:
    """A ``llama_cpp._internals.LlamaSampler`` for these parameters."""
    # llama_cpp's own wrappers are untyped: reached through Any
    internals: Any = importlib.import_module("llama_cpp._internals")
    sampler = internals.LlamaSampler()
    sampler.add_penalties(
        n_vocab, PENALTY_LAST_N, 1.0, params.frequency_penalty, params.presence_penalty
    )
    if params.temperature == 0:
        sampler.add_greedy()
        return sampler
    sampler.add_top_k(TOP_K)
    sampler.add_typical(1.0, 1)
    sampler.add_top_p(params.top_p, 1)
    sampler.add_min_p(MIN_P, 1)
    sampler.add_temp(params.temperature)
    sampler.add_dist(seed)
    return sampler


def logprobs(
    logits: npt.NDArray[np.float32], token: int, top: int, piece: Callable[[int], str]
) -> tuple[float, tuple[TopLogprob, ...]]:
    """Log-probability of the sampled token, and the ``top`` most likely alternatives, from the
    raw logits the sampler used."""
    wide = logits.astype(np.float64)
    shifted = wide - wide.max()
    logp = shifted - np.log(np.exp(shifted).sum())
    tops: tuple[TopLogprob, ...] = ()
    if top:
        best = np.argpartition(-logp, top)[:top]
        best = best[np.argsort(-logp[best])]
        tops = tuple(TopLogprob(piece(int(i)), float(logp[i])) for i in best)
    return float(logp[token]), tops
