"""Per-sequence samplers and log-probabilities.

Each sequence gets its own llama.cpp sampler chain, built as ``Llama.generate`` builds it (so
an answer with a given seed is the one a single-sequence engine gives), and sampled at the
sequence's own row of the batch's logits.
"""

from __future__ import annotations

import ctypes
import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from duet.core.backend import TopLogprob

if TYPE_CHECKING:
    from duet.engines.sequence import Job

PENALTY_LAST_N = 64  # Llama's default last_n_tokens_size
TOP_K, MIN_P = 40, 0.05


def build_sampler(model: Any, n_vocab: int, job: "Job") -> Any:
    """A ``llama_cpp._internals.LlamaSampler`` for the job, in ``Llama._init_sampler``'s
    order: its logits processors (the confidence reading first, then the job's own),
    penalties, grammar, then greedy or the random chain."""
    # llama_cpp's own wrappers are untyped: reached through Any
    internals: Any = importlib.import_module("llama_cpp._internals")
    params = job.params
    sampler = internals.LlamaSampler()
    sampler.add_custom(_custom(job))
    sampler.add_penalties(
        n_vocab, PENALTY_LAST_N, job.repeat_penalty, job.frequency_penalty,
        params.presence_penalty,
    )
    if job.grammar is not None:
        sampler.add_grammar(model, job.grammar)
    if params.temperature == 0:
        sampler.add_greedy()
        return sampler
    sampler.add_top_k(TOP_K)
    sampler.add_typical(1.0, 1)
    sampler.add_top_p(params.top_p, 1)
    sampler.add_min_p(MIN_P, 1)
    sampler.add_temp(params.temperature)
    sampler.add_dist(job.seed)
    return sampler


def _custom(job: "Job") -> Callable[[Any], None]:
    """The sampler step that runs the job's logits processors on the candidates' logits (the
    whole vocabulary in token order: it is the chain's first step), with the tokens so far
    (prompt and answer) as their input, as ``Llama`` does."""
    import llama_cpp

    record = np.dtype([("id", np.intc), ("logit", np.single), ("p", np.single)], align=True)

    def apply(candidates: Any) -> None:
        size = candidates.contents.size
        address = ctypes.addressof(candidates.contents.data.contents)
        buffer = (llama_cpp.llama_token_data * size).from_address(address)
        rows = np.recarray(shape=(size,), dtype=record, buf=buffer)
        tokens = np.asarray(job.tokens, dtype=np.intc)
        job.confidence(tokens, rows.logit)  # reads the logits, changes none
        if job.processor is not None:
            rows.logit[:] = job.processor(tokens, rows.logit)

    return apply


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
