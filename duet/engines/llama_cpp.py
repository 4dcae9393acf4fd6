"""The on-device model: llama.cpp (GGUF) behind a one-at-a-time slot and a bounded wait queue.

Generation runs in a worker thread and hands tokens to the event loop one by one. Closing the
event iterator (client gone, deadline passed) sets a flag the worker checks before every token, so
the model is free again within one token's time. The slot is released by the worker thread's
completion callback, never by an ``await`` in a ``finally`` that cancellation could interrupt.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from duet.core.settings import EngineSettings
from duet.engines.model_file import ModelFileError, resolve_model_path
from duet.engines.chat_prompt import render_pieces
from duet.engines.confidence import TokenConfidence
from duet.engines.grammar import CloseInTime, Closers, find_closers, frequency_penalty
from duet.engines.grammar import json_only, llama_grammar
from duet.engines.tool_prompt import prompt_messages, template_reads_tools, template_tools
from duet.engines.text_stream import StopMatcher, Utf8Decoder
from duet.core.backend import CONTINUE_KEY, Event, Finish, FinishReason, GenerationRequest, TokenDelta, TopLogprob
from duet.core.errors import ContextLengthExceeded, DuetError, InvalidRequest, RateLimited

if TYPE_CHECKING:
    from llama_cpp.llama_types import ChatCompletionRequestMessage

log = logging.getLogger("duet.engine")
__all__ = ["LocalEngine", "LocalBusy", "LocalGenerationFailed", "ModelFileError"]


class LocalBusy(RateLimited):
    """The local model's wait queue is full."""


class LocalGenerationFailed(DuetError):
    """llama.cpp failed while generating."""


class TokenStream:
    """Events from the model thread, consumed on the event loop; ``aclose`` stops generation.

    A plain object rather than an async generator: closing works even if iteration never
    started, and closing never awaits (safe inside cancelled tasks).
    """

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._queue: asyncio.Queue[Event | BaseException] = asyncio.Queue()
        self.cancelled = threading.Event()
        self._done = False

    def emit(self, item: Event | BaseException) -> None:
        """Called from the model thread."""
        self._loop.call_soon_threadsafe(self._queue.put_nowait, item)

    def __aiter__(self) -> "TokenStream":
        return self

    async def __anext__(self) -> Event:
        if self._done:
            raise StopAsyncIteration
        item = await self._queue.get()
        if isinstance(item, BaseException):
            self._done = True
            raise item
        if isinstance(item, Finish):
            self._done = True
        return item

    async def aclose(self) -> None:
        self.close()

    def close(self) -> None:
        self._done = True
        self.cancelled.set()

    def __del__(self) -> None:
        self.cancelled.set()


@dataclass
class _Prepared:
    tokens: list[int]
    max_new: int
    capped_by_context: bool
    grammar: Any = None  # a LlamaGrammar for tools and JSON output (duet.engines.grammar)


class LocalEngine:
    """One loaded GGUF model; at most one generation at a time."""

    def __init__(
        self, settings: EngineSettings, *, chat_template: str | None = None,
        repeat_penalty: float = 1.0,
    ) -> None:
        """``chat_template`` (Jinja) is used when the GGUF file carries none; ``repeat_penalty``
        (1.0: none) is for base models laid out as a dialogue (``duet.cloud.dialogue``)."""
        from llama_cpp import Llama, llama_chat_format  # heavy import, only when serving

        self.settings = settings
        self.repeat_penalty = repeat_penalty
        self.path = resolve_model_path(settings.edge_model_path)
        self.model_id = settings.edge_model_alias
        self.threads = settings.n_threads or os.cpu_count() or 1
        self.llama = Llama(
            model_path=str(self.path),
            n_ctx=settings.n_ctx,
            n_batch=settings.n_batch,
            n_threads=self.threads,
            n_threads_batch=self.threads,
            logits_all=False,
            verbose=False,
        )
        self.n_ctx = self.llama.n_ctx()
        template = self.llama.metadata.get("tokenizer.chat_template") or chat_template
        if not template:
            raise ModelFileError(f"{self.path} has no chat template in its metadata")
        self._reads_tools = template_reads_tools(template)
        model = self.llama._model
        self.eos_id = self.llama.token_eos()
        self._formatter = llama_chat_format.Jinja2ChatFormatter(
            template=template,
            eos_token=model.token_get_text(self.eos_id),
            bos_token=model.token_get_text(self.llama.token_bos()),
        )
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="llama")
        self._slot = asyncio.Semaphore(1)
        self._inflight = 0  # generating + waiting
        self._max_piece_bytes: int | None = None  # longest token, in bytes; found when needed
        self._last_count: tuple[str, list[int]] | None = None  # (request key, tokens)
        self._closers: Closers | None = None  # found when first needed (grammar.CloseInTime)
        if settings.warmup:
            self._executor.submit(self._warm_up).result()

    def _warm_up(self) -> None:
        """A two-token answer to a one-word chat, in the model thread: llama.cpp allocates its
        compute buffers and starts its threads, and the weights are read from the file, before
        the first request rather than during it (a cold first answer took 0.4-0.8 s more)."""
        tokens = self._tokenize_chat([{"role": "user", "content": "Hi"}])
        for produced, _ in enumerate(self.llama.generate(tokens, temp=0.0)):
            if produced >= 1:
                break

    # ---- queue state ---------------------------------------------------------------------

    @property
    def queue_depth(self) -> int:
        """Requests waiting for the model (not counting the one generating)."""
        return max(0, self._inflight - 1)

    @property
    def busy(self) -> bool:
        """Generating or waiting to."""
        return self._inflight > 0

    @property
    def generating(self) -> bool:
        """The model is running a generation right now."""
        return self._slot.locked()

    def would_queue_overflow(self) -> bool:
        """True when one request generates and ``queue_size`` more already wait."""
        return self._inflight > self.settings.queue_size

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
    ) -> "TokenStream":
        """Reserve the model, start generating and return the event stream.

        Raises ``LocalBusy`` when the wait queue is full and ``ContextLengthExceeded`` when the
        prompt does not fit, before anything is streamed. ``deadline`` (monotonic) ends the
        generation with finish_reason ``length`` if it is reached.
        """
        if self.would_queue_overflow():
            raise LocalBusy("The local model is busy; retry shortly", retry_after=1.0)
        self._inflight += 1
        try:
            prepared = await asyncio.to_thread(self._prepare, request)  # tokenizing can be long
            await self._slot.acquire()
        except BaseException:
            self._inflight -= 1
            raise
        loop = asyncio.get_running_loop()
        stream = TokenStream(loop)
        future = loop.run_in_executor(
            self._executor, self._worker, request, prepared, stream, deadline
        )
        future.add_done_callback(self._release)
        return stream

    def _release(self, future: asyncio.Future[None]) -> None:
        self._inflight -= 1
        self._slot.release()
        if not future.cancelled() and future.exception() is not None:
            log.error("generation worker failed: %s", future.exception())

    def _worker(
        self, request: GenerationRequest, prepared: _Prepared, stream: TokenStream, deadline: float | None
    ) -> None:
        """Runs in the model thread: the token loop."""
        try:
            self._generate(request, prepared, stream, deadline)
        except Exception as exc:  # translated at the boundary; the loop side re-raises it
            stream.emit(LocalGenerationFailed(f"local generation failed: {exc}"))

    def _generate(
        self, request: GenerationRequest, prepared: _Prepared, stream: TokenStream, deadline: float | None
    ) -> None:
        import llama_cpp

        params = request.params
        llama = self.llama
        vocab = llama._model.vocab
        seed = params.seed if params.seed is not None else random.getrandbits(31)
        llama.set_seed(seed & 0x7FFFFFFF)
        want_logprobs = params.logprobs
        decoder, stopper = Utf8Decoder(), StopMatcher(params.stop)
        completion_tokens = 0
        finish: FinishReason = "length"
        confidence = TokenConfidence()  # first: it reads the model's own logits
        for token in llama.generate(
            prepared.tokens,
            temp=params.temperature,
            top_p=params.top_p,
            top_k=40,
            min_p=0.05,
            repeat_penalty=self.repeat_penalty,
            presence_penalty=params.presence_penalty,
            frequency_penalty=frequency_penalty(request),
            grammar=prepared.grammar,
            logits_processor=llama_cpp.LogitsProcessorList(
                [confidence, *(self._close_in_time(request, prepared) or ())]),
        ):
            if stream.cancelled.is_set():
                return
            if deadline is not None and time.monotonic() > deadline:
                break
            if llama_cpp.llama_vocab_is_eog(vocab, token):
                finish = "stop"
                break
            completion_tokens += 1
            logprob, tops = self._logprobs(token, params.top_logprobs) if want_logprobs else (None, ())
            text, stopped = stopper.feed(decoder.feed(llama.detokenize([token], special=False)))
            if text or logprob is not None:
                stream.emit(TokenDelta(text=text, logprob=logprob, top_logprobs=tops))
            if stopped:
                finish = "stop"
                break
            if completion_tokens >= prepared.max_new:
                break
        tail = stopper.flush() if finish == "length" else ""
        if tail:
            stream.emit(TokenDelta(text=tail))
        stream.emit(Finish(finish, len(prepared.tokens), completion_tokens, confidence.mean()))

    def _close_in_time(self, request: GenerationRequest, prepared: _Prepared) -> Any:
        """For a JSON-only answer, the processor that closes it before its budget runs out."""
        if prepared.grammar is None or not json_only(request):
            return None
        if self._closers is None:  # the vocabulary's closing pieces, found once
            pieces = [self._bytes(i) for i in range(self.llama.n_vocab())]
            self._closers = find_closers(pieces, self.eos_id)
        end_at = len(prepared.tokens) + prepared.max_new
        return [CloseInTime(self._closers, self._bytes, end_at, prepared.max_new,
                            calls=request.calls_tools)]

    def _bytes(self, token: int) -> bytes:
        return bytes(self.llama.detokenize([token], special=False))

    def _logprobs(self, token: int, top: int) -> tuple[float, tuple[TopLogprob, ...]]:
        """Log-probabilities of the sampled token (and the top alternatives) from the logits
        the sampler just used: the context keeps the last position's logits."""
        import llama_cpp

        pointer = llama_cpp.llama_get_logits_ith(self.llama._ctx.ctx, -1)
        logits = np.ctypeslib.as_array(pointer, shape=(self.llama.n_vocab(),)).astype(np.float64)
        shifted = logits - logits.max()
        logsumexp = np.log(np.exp(shifted).sum())
        logp = shifted - logsumexp
        tops: tuple[TopLogprob, ...] = ()
        if top:
            best = np.argpartition(-logp, top)[:top]
            best = best[np.argsort(-logp[best])]
            tops = tuple(
                TopLogprob(self._piece(int(i)), float(logp[i])) for i in best
            )
        return float(logp[token]), tops

    def _piece(self, token: int) -> str:
        return self.llama.detokenize([token], special=False).decode("utf-8", "replace")

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self.llama.close()
