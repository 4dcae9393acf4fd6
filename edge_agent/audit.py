"""The egress audit log's writer: one hash-chained record for every request that leaves the device.

A record holds facts and digests only — the request id, the routing policy and reason codes,
which PII types were found and what was done with each, and the SHA-256 of the exact bytes sent —
never prompt text, PII values or the user field. The format is in ``edge_agent.audit_format``,
the verifier in ``edge_agent.audit_verify``.

Appends are serialised by a thread lock and, across processes sharing the file, by ``flock`` on
a lock file next to it; each record is one ``O_APPEND`` write. The chain's head (last seq and
hash) is kept in memory and read back from the file's tail at start-up, so a restarted agent
continues the chain; a file changed by another process since our last write is noticed by its
size or inode, and the head is read again. Past ``max_bytes`` the file rotates (``egress.log`` →
``egress.log.1`` …, ``keep_files`` kept) and the new file's first record commits to the last
record of the old one.
"""

from __future__ import annotations

import asyncio
import dataclasses
import fcntl
import hashlib
import json
import logging
import os
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from duet.edge_agent.audit_format import (
    FORMAT,
    GENESIS,
    canonical,
    last_lines,
    parse_head,
    record_hash,
    rotated,
    rotated_indexes,
)
from duet.core.errors import ServiceUnavailable
from duet.router import Decision
from duet.router.policy import Policy

log = logging.getLogger("duet.audit")

HEAD_SCAN = 16  # lines read back from the tail to find the chain's head at start-up


class AuditUnavailable(ServiceUnavailable):
    """The record could not be written, so the request does not leave the device."""

    def __init__(self, message: str) -> None:
        super().__init__(message, code="audit_unavailable")


@dataclasses.dataclass(frozen=True)
class Egress:
    """What one escalation released: identifiers, reason codes and digests, never content."""

    request_id: str
    policy: str
    policy_version: str
    reasons: tuple[str, ...]
    pii: Mapping[str, str]  # PII type -> kept_local | redacted | allowed
    payload_sha256: str
    payload_bytes: int


def policy_version(policy: Policy) -> str:
    """A version that changes whenever anything in the policy does: its content's digest."""
    body = json.dumps(dataclasses.asdict(policy), sort_keys=True, default=str)
    return "sha256:" + hashlib.sha256(body.encode()).hexdigest()[:16]


def pii_actions(decision: Decision, allowed_by_tag: bool) -> dict[str, str]:
    """What was done with each PII type found in an escalated request: ``allowed`` out by the
    request's tag, ``redacted`` (placeholders sent instead), or ``kept_local`` (the privacy
    guard checked that none of its values is in what leaves)."""
    if allowed_by_tag:
        action = "allowed"
    elif decision.redacted_messages is not None:
        action = "redacted"
    else:
        action = "kept_local"
    return {t: action for t in sorted({span.type for span in decision.pii})}


_VERSIONS: dict[int, tuple[Policy, str]] = {}


def _cached_version(policy: Policy) -> str:
    known = _VERSIONS.get(id(policy))
    if known is None or known[0] is not policy:
        known = _VERSIONS[id(policy)] = (policy, policy_version(policy))
    return known[1]


def egress_for(
    request_id: str, decision: Decision, policy: Policy, payload: bytes, *, allowed_by_tag: bool
) -> Egress:
    """The audit facts of one escalation, from its routing decision and the bytes sent."""
    return Egress(
        request_id=request_id,
        policy=decision.policy,
        policy_version=_cached_version(policy),
        reasons=tuple(decision.reasons),
        pii=pii_actions(decision, allowed_by_tag),
        payload_sha256=hashlib.sha256(payload).hexdigest(),
        payload_bytes=len(payload),
    )


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class EgressAudit:
    """The append-only, hash-chained log of one device's escalations."""

    def __init__(
        self,
        path: str | Path,
        *,
        max_bytes: int = 10 * 1024 * 1024,
        keep_files: int = 5,
        fsync: bool = False,
        on_append: Callable[[], None] | None = None,
    ) -> None:
        if keep_files < 1:
            raise ValueError("keep_files must be at least 1")
        self.path = Path(path).expanduser()
        self.max_bytes = max_bytes
        self.keep_files = keep_files
        self.fsync = fsync
        self.on_append = on_append
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._lock = threading.Lock()
        lock_path = self.path.with_name(self.path.name + ".lock")
        self._lock_fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        self._fd: int | None = None
        self._inode = -1
        self._end = 0
        self._seq = -1
        self._head = GENESIS
        with self._locked():
            self._sync()

    @property
    def head(self) -> tuple[int, str]:
        """(seq, hash) of the last record written (-1 and ``GENESIS`` for an empty log)."""
        return self._seq, self._head

    def append(self, egress: Egress) -> dict[str, Any]:
        """Write one record; raises ``AuditUnavailable`` when it cannot be written."""
        try:
            with self._locked():
                self._sync()
                record = self._record(egress)
                line = canonical(record) + b"\n"
                if self._end > 0 and self._end + len(line) > self.max_bytes:
                    self._rotate()
                self._write(line)
                self._seq, self._head = record["seq"], record["hash"]
        except OSError as exc:
            log.error("cannot write the egress audit log %s: %s", self.path, exc.strerror or exc)
            raise AuditUnavailable("the egress audit log cannot be written") from exc
        if self.on_append is not None:
            self.on_append()
        return record

    async def arecord(self, egress: Egress) -> dict[str, Any]:
        """``append`` from the event loop: in a worker thread when each record is fsynced (a
        disk flush may take milliseconds), inline otherwise (a few microseconds)."""
        if self.fsync:
            return await asyncio.to_thread(self.append, egress)
        return self.append(egress)

    def close(self) -> None:
        with self._lock:
            for fd in (self._fd, self._lock_fd):
                if fd is not None and fd >= 0:
                    os.close(fd)
            self._fd, self._lock_fd = None, -1

    # ---- inside the lock -------------------------------------------------------------------

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with self._lock:
            if self._lock_fd < 0:
                raise OSError("the egress audit log is closed")
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(self._lock_fd, fcntl.LOCK_UN)

    def _record(self, egress: Egress) -> dict[str, Any]:
        record: dict[str, Any] = {
            "v": FORMAT,
            "seq": self._seq + 1,
            "time": utc_now(),
            "request_id": egress.request_id,
            "policy": egress.policy,
            "policy_version": egress.policy_version,
            "reasons": list(egress.reasons),
            "pii": dict(egress.pii),
            "payload_sha256": egress.payload_sha256,
            "payload_bytes": egress.payload_bytes,
            "prev": self._head,
        }
        record["hash"] = record_hash(record)
        return record

    def _sync(self) -> None:
        """Match the open file and the head to the disk: another process may have appended to
        the log or rotated it since our last write (or this is the first call)."""
        try:
            on_disk: os.stat_result | None = os.stat(self.path)
        except FileNotFoundError:
            on_disk = None
        if self._fd is None or on_disk is None or on_disk.st_ino != self._inode:
            self._open()
            self._load_head()
        elif on_disk.st_size != self._end:
            self._end = on_disk.st_size
            self._load_head()

    def _open(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC
        self._fd = os.open(self.path, flags, 0o600)
        stat = os.fstat(self._fd)
        self._inode, self._end = stat.st_ino, stat.st_size

    def _load_head(self) -> None:
        """The chain's head from the newest intact record in the current or previous file."""
        tail = last_lines(self.path, HEAD_SCAN)
        if tail and not tail[-1].endswith(b"\n"):
            # a write cut short (crash, full disk): the next record starts on its own line,
            # and `duet audit verify` names the torn one
            log.warning("the egress audit log %s ends in a torn record", self.path)
            self._write(b"\n")
        for lines in (tail, last_lines(rotated(self.path, 1), HEAD_SCAN)):
            for line in reversed(lines):
                head = parse_head(line)
                if head is not None:
                    self._seq, self._head = head
                    return
        self._seq, self._head = -1, GENESIS

    def _write(self, data: bytes) -> None:
        assert self._fd is not None
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view):]
        self._end += len(data)
        if self.fsync:
            os.fsync(self._fd)

    def _rotate(self) -> None:
        """``egress.log`` → ``.1`` → ``.2`` …; the file past ``keep_files`` is dropped."""
        for index in rotated_indexes(self.path):
            if index >= self.keep_files:  # would be shifted past the last kept index
                os.unlink(rotated(self.path, index))
        for index in range(self.keep_files - 1, 0, -1):
            if rotated(self.path, index).exists():
                os.replace(rotated(self.path, index), rotated(self.path, index + 1))
        os.replace(self.path, rotated(self.path, 1))
        self._open()
        if self.fsync:
            folder = os.open(self.path.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
