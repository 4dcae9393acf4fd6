"""The model thread: continuous batching over the context's sequences.

Each step evaluates one batch holding the next token of every answering sequence and chunks of
the prompts being read, then samples every sequence whose last token was evaluated. Jobs join
a free sequence between steps and leave it when they finish or their client goes away, so a new
request starts within one step instead of after whole answers.

Order of admission: interactive, normal, background, first come first served within a class.
While interactive work runs, background sequences sit out the steps (their cells stay). When no
sequence is free, an interactive job pauses a background one: its KV cells are copied to host
memory and its sequence handed over; it resumes, cells copied back, when one is free again.
A sequence keeps its cells after its job leaves, so the next job is given the sequence holding
the longest prefix of its prompt; cells a job would overwrite are first copied to the host cache
(``prompt_cache``) when they are worth keeping, and copied back for a later prompt they start.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from duet.core.backend import PRIORITIES, Priority
from duet.engines.admission import RANK, Admission
from duet.engines.kv import KvContext
from duet.engines.prompt_cache import HostKvCache, Snapshot, Tokens, as_tokens, common_prefix
from duet.engines.sampling import build_sampler
from duet.engines.sequence import Job
from duet.engines.vocab import Vocabulary

log = logging.getLogger("duet.engine")

DISCARD_WEIGHT = 0.25  # how much a sequence's cells that would be overwritten count against it
COPY_MIN_GAIN = 8  # prefix tokens another copy must add to be worth copying cells in


@dataclass
class Slot:
    seq: int
    job: Job | None = None
    cached: Tokens = field(default_factory=lambda: as_tokens([]))  # tokens its cells hold
    last_used: float = 0.0


class BatchRunner:
    def __init__(
        self, kv: KvContext, vocab: Vocabulary, admission: Admission, cache: HostKvCache,
        on_error: Any,
    ) -> None:
        """``on_error(message) -> BaseException`` makes the error a failed job's stream gets."""
        self.kv, self.vocab, self.admission, self.cache = kv, vocab, admission, cache
        self._on_error = on_error
        self.slots = [Slot(seq) for seq in range(kv.n_parallel)]
        self._waiting: dict[Priority, deque[Job]] = {p: deque() for p in PRIORITIES}
        self._incoming: list[Job] = []
        self._wake = threading.Condition()
        self._stopping = False
        self.steps = 0  # batches evaluated
        self.reused_tokens = 0  # prompt tokens whose cells were reused instead of evaluated
        self.pauses = 0  # background sequences paused for interactive work
        self._thread = threading.Thread(target=self._run, name="llama-batch", daemon=True)
        self._thread.start()

    def submit(self, job: Job) -> None:
        with self._wake:
            self._incoming.append(job)
            self._wake.notify()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def close(self) -> None:
        with self._wake:
            self._stopping = True
            self._wake.notify()
        self._thread.join(timeout=5)

    # ---- the loop ----------------------------------------------------------------------------

    def _has_work(self) -> bool:
        return bool(self._running()) or any(self._waiting.values())

    def _running(self) -> list[Job]:
        return [slot.job for slot in self.slots if slot.job is not None]

    def _run(self) -> None:
        while True:
            with self._wake:
                while not (self._stopping or self._incoming or self._has_work()):
                    self._wake.wait()
                if self._stopping:
                    return
                for job in self._incoming:
                    self._waiting[job.priority].append(job)
                self._incoming.clear()
            try:
                self._drop_gone()
                self._schedule()
                if self._running():
                    self._step()
            except Exception as exc:  # never let the model thread die: fail what ran
                log.exception("batch step failed")
                self._fail_running(exc)

    def _drop_gone(self) -> None:
        """Leave the jobs whose client went away; end waiting ones whose deadline passed."""
        for job in self._running():
            if job.stream.cancelled.is_set() or job.expired():  # also when sitting out
                if not job.stream.cancelled.is_set():
                    job.finish("length")
                job.done = True
                self._release(job)
        for queue in self._waiting.values():
            for job in list(queue):
                if job.stream.cancelled.is_set() or job.expired():
                    if not job.stream.cancelled.is_set():
                        job.finish("length")
                    queue.remove(job)
                    self.cache.discard(job.id)
                    self.admission.withdraw(job.priority)

    # ---- sequences for jobs ------------------------------------------------------------------

    def _schedule(self) -> None:
        for priority in PRIORITIES:
            queue = self._waiting[priority]
            while queue:
                if self._prefix_coming(queue[0]):
                    return  # next step: its prefix is copied in instead of evaluated again
                slot = self._free_slot(queue[0])
                if slot is None and priority == "interactive":
                    slot = self._pause_background()
                if slot is None:
                    return
                job = queue.popleft()
                try:
                    self._place(job, slot)
                except Exception as exc:  # the job fails alone; the sequence starts clean
                    log.exception("could not start a generation")
                    if job.seq is None:
                        self.admission.withdraw(job.priority)
                        job.fail(self._on_error(f"local generation failed: {exc}"))
                    self.kv.truncate(slot.seq, 0)
                    slot.cached = as_tokens([])

    def _prefix_coming(self, job: Job) -> bool:
        """A running job is still reading a prompt that starts as this job's does, further than
        any cells held now: joining after it, this job copies those cells (several apps sending
        the same system prompt, or the same request, at once) instead of evaluating them too."""
        if job.paused or not any(j.prefilling for j in self._running()):
            return False
        prompt = as_tokens(job.prompt)
        held = max([common_prefix(self._cells_of(s), prompt) for s in self.slots]
                   + [self.cache.longest_prefix(prompt)[1]])
        return any(
            common_prefix(as_tokens(j.prompt), prompt) > held + COPY_MIN_GAIN
            for j in self._running() if j.prefilling
        )

    def _free_slot(self, job: Job) -> Slot | None:
        free = [slot for slot in self.slots if slot.job is None]
        if not free:
            return None
        if job.paused:  # its own cells come back: take the least valuable sequence
            return min(free, key=lambda s: (len(s.cached), s.last_used))
        tokens = as_tokens(job.prompt)

        def value(slot: Slot) -> tuple[float, float]:
            shared = common_prefix(slot.cached, tokens)
            return shared - DISCARD_WEIGHT * (len(slot.cached) - shared), -slot.last_used

        return max(free, key=value)

    def _pause_background(self) -> Slot | None:
        running = [j for j in self._running() if j.priority == "background"]
        if not running:
            return None
        job = min(running, key=lambda j: j.in_kv)  # the cheapest to copy out
        assert job.seq is not None
        slot = self.slots[job.seq]
        snapshot = Snapshot(as_tokens(job.tokens[: job.in_kv]), self.kv.save(slot.seq))
        if not self.cache.hold(job.id, snapshot):
            return None
        slot.job, slot.cached, job.seq, job.paused = None, snapshot.tokens, None, True
        self.admission.paused(job.priority)
        self._waiting[job.priority].appendleft(job)
        self.pauses += 1
        log.debug("paused a background sequence (%d tokens) for interactive work", job.in_kv)
        return slot

    def _place(self, job: Job, slot: Slot) -> None:
        if job.paused:
            self._keep_cells(slot, 0)
            snapshot = self.cache.take(job.id)
            if not self.kv.load(slot.seq, snapshot.data):
                self.admission.withdraw(job.priority)
                job.fail(self._on_error("a paused generation could not be resumed"))
                slot.cached = as_tokens([])
                return
            job.paused = False
        else:
            job.in_kv = self._reuse_prefix(slot, as_tokens(job.prompt))
            self.reused_tokens += job.in_kv
            job.sampler = build_sampler(self.kv.model, self.vocab.n_vocab(), job)
        slot.job, job.seq = job, slot.seq
        self.admission.started(job.priority)

    def _reuse_prefix(self, slot: Slot, prompt: Tokens) -> int:
        """Prepare the sequence's cells for the prompt; returns how many prompt tokens they
        hold (at most all but the last, whose logits are needed). The longest prefix may come
        from the sequence itself, from another sequence (running or idle), or from the host
        cache; cells from elsewhere are copied in."""
        shared = common_prefix(slot.cached, prompt)
        best, source = shared, None
        for other in self.slots:
            held = self._cells_of(other)
            if other is not slot and len(held) > best + COPY_MIN_GAIN:
                length = common_prefix(held, prompt)
                if length > best + COPY_MIN_GAIN:
                    best, source = length, other
        key, cached = self.cache.longest_prefix(prompt)
        from_host = key is not None and cached > best + COPY_MIN_GAIN
        self._keep_cells(slot, shared if source is None and not from_host else 0)
        if from_host and key is not None:
            snapshot = self.cache.get(key)
            best, data, held = cached, snapshot.data, snapshot.tokens
        elif source is not None:
            held, data = self._cells_of(source), self.kv.save(source.seq)
        if from_host or source is not None:
            if self.kv.load(slot.seq, data):
                slot.cached, shared = held, best
            else:
                slot.cached, shared = as_tokens([]), 0
        shared = min(shared, len(prompt) - 1)
        self.kv.truncate(slot.seq, shared)
        if not self.kv.keeps_prefix(slot.seq, shared):  # evaluate the whole prompt again
            shared = 0
            self.kv.truncate(slot.seq, 0)
        slot.cached = slot.cached[:shared]
        return shared

    @staticmethod
    def _cells_of(slot: Slot) -> Tokens:
        """The tokens whose KV cells the sequence holds now."""
        job = slot.job
        return slot.cached if job is None else as_tokens(job.tokens[: job.in_kv])

    def _keep_cells(self, slot: Slot, reused: int) -> None:
        """Copy the sequence's cells to the host cache before they are overwritten, when
        enough of them would be lost and no entry holds them yet."""
        lost = len(slot.cached) - min(reused, len(slot.cached))
        if lost >= self.cache.min_tokens and self.cache.worth_keeping(slot.cached):
            self.cache.put(Snapshot(slot.cached, self.kv.save(slot.seq)))

    def _release(self, job: Job) -> None:
        if job.seq is None:
            return
        slot = self.slots[job.seq]
        slot.job, slot.last_used = None, time.monotonic()
        slot.cached = as_tokens(job.tokens[: job.in_kv])
        job.seq = None
        if job.sampler is not None:
            job.sampler.close()
        self.admission.finished(job.priority)

    # ---- one step ----------------------------------------------------------------------------

    def _step(self) -> None:
        kv = self.kv
        kv.clear_batch()
        fed: list[tuple[Job, int, int | None]] = []
        running = self._running()
        if any(job.priority == "interactive" for job in running):
            # background work sits out (cells kept) until the interactive work is done
            running = [job for job in running if job.priority != "background"]
        # answering sequences first (one token each), then prompt chunks, most urgent first
        for job in sorted(running, key=lambda j: (j.prefilling, RANK[j.priority], j.id)):
            if kv.batch_room == 0:
                break
            chunk = job.pending_input(kv.batch_room)
            if not chunk:
                continue
            last = job.in_kv + len(chunk) == job.length
            assert job.seq is not None
            index = kv.add(chunk, job.in_kv, job.seq, logits=last)
            fed.append((job, len(chunk), index if last else None))
        kv.decode()
        self.steps += 1
        for job, count, row in fed:
            job.in_kv += count
            if row is None:
                continue
            token = job.sampler.sample(kv.context, row)
            job.accept(token, self.vocab, kv.logits(row) if job.params.logprobs else None)
            if job.done:
                self._release(job)

    def _fail_running(self, exc: Exception) -> None:
        for job in self._running():
            job.fail(self._on_error(f"local generation failed: {exc}"))
            slot = self.slots[job.seq] if job.seq is not None else None
            self._release(job)
            if slot is not None:  # its cells may be half written
                self.kv.truncate(slot.seq, 0)
                slot.cached = as_tokens([])
