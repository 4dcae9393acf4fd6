"""The on-device model: llama.cpp (GGUF) answering several requests at once.

Requests are tokenized on the event loop's worker threads and handed to the model thread
(``runner.BatchRunner``), which decodes every answering sequence together in one batch per step
and admits waiting requests between steps, most urgent class first. Closing an event stream
(client gone, deadline passed) is seen by the model thread before its next step, so the sequence
is free again within one step's time. Requests beyond a class's queue limit are turned away with
``LocalBusy`` before anything is streamed, so the edge agent can send them to the cloud instead.
Each sequence has its own sampler: penalties, the grammar of tools and JSON output, and the
``CloseInTime`` processor work per sequence as they would alone.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
from dataclasses import dataclass
from itertools import count
from typing import TYPE_CHECKING, Any, cast

from duet.core.backend import CONTINUE_KEY, GenerationRequest, Priority
from duet.core.errors import ContextLengthExceeded, DuetError, InvalidRequest, RateLimited
from duet.core.settings import EngineSettings
from duet.engines.admission import Admission
from duet.engines.chat_prompt import render_pieces
from duet.engines.grammar import CloseInTime, Closers, find_closers, frequency_penalty
from duet.engines.grammar import json_only, llama_grammar
from duet.engines.memory import MemoryBudget, resident_bytes
from duet.engines.model_file import ModelFileError, resolve_model_path
from duet.engines.prompt_cache import HostKvCache
from duet.engines.sequence import Job
from duet.engines.streams import TokenStream
from duet.engines.tool_prompt import prompt_messages, template_reads_tools, template_tools

if TYPE_CHECKING:
    from llama_cpp.llama_types import ChatCompletionRequestMessage

log = logging.getLogger("duet.engine")
__all__ = ["LocalEngine", "LocalBusy", "LocalGenerationFailed", "ModelFileError", "TokenStream"]


class LocalBusy(RateLimited):
    """The local model's wait queue is full."""


class LocalGenerationFailed(DuetError):
    """llama.cpp failed while generating."""


def queue_limits(settings: EngineSettings) -> dict[Priority, int]:
    """Requests of each priority class that may wait for a sequence."""
    return {
        "interactive": settings.interactive_queue_size,
        "normal": settings.queue_size,
        "background": settings.background_queue_size,
    }


@dataclass
class _Prepared:
    tokens: list[int]
    max_new: int
    capped_by_context: bool
    grammar: Any = None  # a LlamaGrammar for tools and JSON output (duet.engines.grammar)


class LocalEngine:
    """One loaded GGUF model answering up to ``n_parallel`` requests at once."""

    def __init__(
        self, settings: EngineSettings, *, chat_template: str | None = None,
        repeat_penalty: float = 1.0,
    ) -> None:
        """``chat_template`` (Jinja) is used when the GGUF file carries none; ``repeat_penalty``
        (1.0: none) is for base models laid out as a dialogue (``duet.cloud.dialogue``)."""
        from duet.engines.kv import KvContext  # first: it sets how llama.cpp's threads wait
        from duet.engines.runner import BatchRunner
        from duet.engines.vocab import Vocabulary
        from llama_cpp import llama_chat_format  # heavy import, only when serving

        runtime = resident_bytes()
        self.settings = settings
        self.repeat_penalty = repeat_penalty
        self.path = resolve_model_path(settings.edge_model_path)
        self.model_id = settings.edge_model_alias
        self.threads = settings.n_threads or os.cpu_count() or 1
        self.kv = KvContext(settings, self.path, self.threads)
        self.llama = Vocabulary(self.kv.model)  # tokenizer, with Llama's call shapes
        self.n_ctx = self.kv.n_ctx
        template = self.llama.metadata.get("tokenizer.chat_template") or chat_template
        if not template:
            self.kv.close()
            raise ModelFileError(f"{self.path} has no chat template in its metadata")
        self._reads_tools = template_reads_tools(template)
        self.eos_id = self.llama.token_eos()
        self._formatter = llama_chat_format.Jinja2ChatFormatter(
            template=template,
            eos_token=self.llama.token_text(self.eos_id),
            bos_token=self.llama.token_text(self.llama.token_bos()),
        )
        self.admission = Admission(settings.n_parallel, queue_limits(settings))
        self.cache = HostKvCache(settings.prompt_cache_mb * 1024 * 1024)
        self.memory = MemoryBudget.of(settings, runtime, self.path, self.kv)
        self._ids = count()
        self._max_piece_bytes: int | None = None  # longest token, in bytes; found when needed
        self._last_count: tuple[str, list[int]] | None = None  # (request key, tokens)
        self._closers: Closers | None = None  # found when first needed (grammar.CloseInTime)
        if settings.warmup:
            self._warm_up()
        self.runner = BatchRunner(
            self.kv, self.llama, self.admission, self.cache, LocalGenerationFailed
        )
        log.info("local model: %s", self.memory.describe())

    def _warm_up(self) -> None:
        """A one-word chat evaluated on every sequence in one batch, then one token on each,
        before the model thread starts: llama.cpp allocates its buffers, starts its threads,
        touches every sequence's cells and reads the weights from the file before the first
        requests rather than during them (a cold first answer took 0.4-0.8 s more; three
        cold answers decoded together, 2.5 s more). The cells are forgotten afterwards."""
        tokens = self._tokenize_chat([{"role": "user", "content": "Hi"}])
        kv = self.kv
        sequences = range(max(1, min(kv.n_parallel, kv.n_batch // len(tokens))))
        for start, chunk in ((0, tokens), (len(tokens), tokens[-1:])):
            kv.clear_batch()
            for seq in sequences:
                kv.add(chunk, start, seq, logits=True)
            kv.decode()
        for seq in sequences:
            kv.truncate(seq, 0)

    # ---- queue state ---------------------------------------------------------------------

    @property
    def queue_depth(self) -> int:
        """Requests waiting for a sequence of the model."""
        return self.admission.waiting

    @property
    def busy(self) -> bool:
        """Generating or waiting to."""
        return self.admission.inflight > 0

    @property
    def generating(self) -> bool:
        """The model is running a generation right now."""
        return self.admission.generating > 0

    def would_queue_overflow(self, priority: Priority = "normal") -> bool:
        """True when every sequence is taken and the class's queue is full."""
        return self.admission.would_overflow(priority)

    # ---- preparation ---------------------------------------------------------------------

    def render_chat(
        self, messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None = None
    ) -> str:
        try:
            # the gateway has validated the OpenAI chat shape; the template reads roles and content
            chat = cast("list[ChatCompletionRequestMessage]", messages)
            return self._formatter(messages=chat, tools=tools).prompt  # type: ignore[arg-type]  # OpenAI tool dicts, as the formatter's TypedDict
        except Exception as exc:  # jinja raise_exception in templates, e.g. role order
            raise InvalidRequest(f"messages cannot be formatted for this model: {exc}") from exc

    def tokenize(self, request: GenerationRequest) -> list[int]:
        """The prompt's tokens. The last count is kept: the edge counts a prompt near the
        context's limit to route it, and the same prompt answered here is not counted again."""
        key = repr((request.messages, request.prompt, request.tools, request.tool_choice,
                    request.response_format, bool(request.metadata.get(CONTINUE_KEY))))
        last = self._last_count
        if last is not None and last[0] == key:
            return list(last[1])
        tokens = self._tokenize(request)
        self._last_count = (key, tokens)
        return list(tokens)

    def _tokenize(self, request: GenerationRequest) -> list[int]:
        if request.messages is not None:
            go_on = bool(request.metadata.get(CONTINUE_KEY)) and bool(request.messages) and (
                request.messages[-1].get("role") == "assistant"
            )
            tools = template_tools(request) if self._reads_tools else None
            return self._tokenize_chat(prompt_messages(request), tools, continue_last=go_on)
        data = (request.prompt or "").encode("utf-8")
        self._check_fits(data, "prompt")
        return self.llama.tokenize(data, add_bos=True)

    def _tokenize_chat(
        self, messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None = None,
        continue_last: bool = False,
    ) -> list[int]:
        """Template text as special tokens, message text as plain text (see chat_prompt).
        ``continue_last``: end the prompt inside the last message (an assistant answer to go
        on with), without the template's end of turn and new turn after it."""
        pieces = render_pieces(lambda chat: self.render_chat(chat, tools), messages)
        if pieces is None:  # a template that moves content around: no separation possible
            pieces = [(self.render_chat(messages, tools), True)]
        elif continue_last and len(pieces) > 1 and pieces[-1][1]:
            pieces = pieces[:-1]
        encoded = [(text.encode("utf-8"), special) for text, special in pieces]
        self._check_fits(b"".join(data for data, _ in encoded), "messages")
        tokens: list[int] = []
        for data, special in encoded:
            tokens += self.llama.tokenize(data, add_bos=False, special=special)
        return tokens

    def _check_fits(self, data: bytes, param: str) -> None:
        """Reject, without tokenizing, text that cannot fit the context.

        llama.cpp's tokenizer is superlinear in the number of special tokens (50,000 tiny chat
        messages take minutes), and a worker thread cannot be cancelled. No token is longer than
        the longest vocabulary piece, so text longer than ``n_ctx`` such pieces is too long.
        """
        if len(data) <= self.n_ctx:  # at most one token per byte: the bound is not needed
            return
        if self._max_piece_bytes is None:
            detok = self.llama.detokenize
            self._max_piece_bytes = max(
                max(len(detok([i], special=True)), len(detok([i], special=False)))
                for i in range(self.llama.n_vocab())
            )
        if len(data) > self.n_ctx * max(1, self._max_piece_bytes):
            raise ContextLengthExceeded(
                f"This model's maximum context length is {self.n_ctx} tokens; the {param} "
                f"text ({len(data)} bytes) cannot fit in it.",
                param=param,
            )

    def _prepare(self, request: GenerationRequest) -> _Prepared:
        tokens = self.tokenize(request)
        if not tokens:  # an empty prompt: start from BOS, as OpenAI starts from <|endoftext|>
            bos = self.llama.token_bos()
            tokens = [bos if bos >= 0 else self.eos_id]
        room = self.n_ctx - len(tokens)
        if room < 1:
            raise ContextLengthExceeded(
                f"This model's maximum context length is {self.n_ctx} tokens; the prompt has "
                f"{len(tokens)} tokens.",
                param="messages" if request.messages is not None else "prompt",
            )
        wanted = request.params.max_tokens or self.settings.default_max_tokens
        return _Prepared(tokens, min(wanted, room), capped_by_context=wanted > room,
                         grammar=llama_grammar(request))

    # ---- generation ----------------------------------------------------------------------

    async def start(
        self, request: GenerationRequest, deadline: float | None = None
    ) -> TokenStream:
        """Queue a generation and return its event stream.

        Raises ``LocalBusy`` when the request's class has a full wait queue and
        ``ContextLengthExceeded`` when the prompt does not fit, before anything is streamed.
        ``deadline`` (monotonic) ends the generation with finish_reason ``length`` if it is
        reached, also while the request still waits.
        """
        priority = request.priority
        if not self.admission.try_admit(priority):
            raise LocalBusy("The local model is busy; retry shortly", retry_after=1.0)
        try:
            prepared = await asyncio.to_thread(self._prepare, request)  # tokenizing can be long
        except BaseException:
            self.admission.withdraw(priority)
            raise
        params = request.params
        stream = TokenStream(asyncio.get_running_loop())
        seed = params.seed if params.seed is not None else random.getrandbits(31)
        job = Job(
            id=next(self._ids), prompt=prepared.tokens, max_new=prepared.max_new, params=params,
            seed=seed & 0x7FFFFFFF, priority=priority, stream=stream, deadline=deadline,
            grammar=prepared.grammar, processor=self._close_in_time(request, prepared),
            repeat_penalty=self.repeat_penalty, frequency_penalty=frequency_penalty(request),
        )
        self.runner.submit(job)
        return stream

    def _close_in_time(self, request: GenerationRequest, prepared: _Prepared) -> Any:
        """For a JSON-only answer, the processor that closes it before its budget runs out."""
        if prepared.grammar is None or not json_only(request):
            return None
        if self._closers is None:  # the vocabulary's closing pieces, found once
            pieces = [self.llama.piece(i) for i in range(self.llama.n_vocab())]
            self._closers = find_closers(pieces, self.eos_id)
        end_at = len(prepared.tokens) + prepared.max_new
        return CloseInTime(self._closers, self.llama.piece, end_at, prepared.max_new,
                           calls=request.calls_tools)

    def close(self) -> None:
        self.runner.close()
        if not self.runner.alive:  # never free the context under a step still running
            self.kv.close()
