"""Reading the egress audit log: check its hash chain (``verify``) and show its latest records
(``tail``). Both read the retained files oldest first (``egress.log.N`` … ``egress.log``).

``verify`` recomputes every record's hash and link and names the first record that does not
hold — a changed byte, a removed, reordered or inserted record, a truncated line. Records
rotated out of retention are reported as such: the oldest retained record then commits to a
record no longer kept. Removing records from the very end of the log leaves a shorter, valid
chain; compare the head with one noted earlier (``expect_head``) to rule that out.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from duet.edge_agent.audit_format import (
    FIELDS,
    GENESIS,
    canonical,
    last_lines,
    record_hash,
    retained_files,
)


@dataclasses.dataclass(frozen=True)
class BadRecord:
    """Where the chain first fails. ``seq`` is the seq expected at that place (the one the
    record claims when nothing came before it)."""

    file: Path
    line: int
    seq: int | None
    problem: str

    def __str__(self) -> str:
        seq = f" (seq {self.seq})" if self.seq is not None else ""
        return f"{self.file} line {self.line}{seq}: {self.problem}"


@dataclasses.dataclass(frozen=True)
class Verification:
    files: tuple[Path, ...]
    records: int
    first_seq: int | None
    last_seq: int | None
    head: str | None  # hash of the last record that holds
    rotated_out: int  # records before the first retained one, no longer kept
    bad: BadRecord | None

    @property
    def ok(self) -> bool:
        return self.bad is None


class _Chain:
    """The running state of a verification: the last record that held."""

    def __init__(self, rotated_out_allowed: bool) -> None:
        # records can only have been rotated out when the oldest file kept is a rotated one
        self.rotated_out_allowed = rotated_out_allowed
        self.records = 0
        self.first_seq: int | None = None
        self.seq: int | None = None
        self.head: str | None = None

    def check(self, line: bytes) -> tuple[str | None, int | None]:
        """(problem or None, the seq to report: the one expected at this place, or for the
        first record the one it claims when its hash holds)."""
        expected = None if self.seq is None else self.seq + 1
        record, unreadable = _parse(line)
        if record is None:
            return unreadable, expected
        if canonical(record) + b"\n" != line:
            return "altered: the line is not byte for byte as it was written", expected
        if record["hash"] != record_hash(record):
            return "altered: its hash does not match its content", expected
        seq: int = record["seq"]
        problem = self._link(record, seq, expected)
        if problem is None:
            self.records += 1
            self.first_seq = seq if self.first_seq is None else self.first_seq
            self.seq, self.head = seq, record["hash"]
        return problem, seq if expected is None else expected

    def _link(self, record: dict[str, Any], seq: int, expected: int | None) -> str | None:
        if expected is None:
            if seq == 0 and record["prev"] == GENESIS:
                return None
            if seq > 0 and record["prev"] != GENESIS and self.rotated_out_allowed:
                return None
            return ("the chain does not start here: the records before it were removed "
                    "(none were rotated out)" if seq > 0 else
                    "the chain's first record has a link that does not fit its seq")
        if seq != expected:
            return (f"out of order: seq {seq} where {expected} was expected (a record was "
                    "removed, moved or inserted)")
        if record["prev"] != self.head:
            return "the chain is broken: it does not commit to the record before it"
        return None


def _parse(line: bytes) -> tuple[dict[str, Any] | None, str]:
    if not line.endswith(b"\n"):
        return None, "truncated: the record's line is cut short"
    try:
        record = json.loads(line)
    except ValueError:
        return None, "unreadable: the line is not valid JSON"
    if not isinstance(record, dict) or set(record) != FIELDS:
        return None, "unreadable: the line does not have the audit record's fields"
    seq = record["seq"]
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        return None, "unreadable: its seq is not a number"
    return record, ""


def verify(path: str | Path, expect_head: str | None = None) -> Verification:
    """Check the chain over the log's retained files; stops at the first bad record. With
    ``expect_head`` (a record hash noted earlier, e.g. from a previous verification), the chain
    must also contain that record: records removed from the end are then found too."""
    path = Path(path).expanduser()
    files = tuple(retained_files(path))
    chain = _Chain(rotated_out_allowed=bool(files) and files[0] != path)
    bad: BadRecord | None = None
    seen, where = expect_head is None, (path, 0)
    for file in files:
        with file.open("rb") as handle:
            for number, line in enumerate(handle, 1):
                problem, seq = chain.check(line)
                if problem is not None:
                    bad = BadRecord(file, number, seq, problem)
                    break
                seen, where = seen or chain.head == expect_head, (file, number)
        if bad is not None:
            break
    if bad is None and not seen:
        bad = BadRecord(where[0], where[1] + 1, None if chain.seq is None else chain.seq + 1,
                        f"the record {expect_head} noted earlier is not in the log (records "
                        "were removed from its end, or it was rotated out)")
    return Verification(
        files=files,
        records=chain.records,
        first_seq=chain.first_seq,
        last_seq=chain.seq,
        head=chain.head,
        rotated_out=chain.first_seq or 0,
        bad=bad,
    )


def tail(path: str | Path, count: int) -> list[dict[str, Any]]:
    """The latest ``count`` records, oldest first; a line that is not a record shows as
    ``{"unreadable": true}``."""
    lines: list[bytes] = []
    for file in reversed(retained_files(Path(path).expanduser())):
        if len(lines) >= count:
            break
        lines = last_lines(file, count - len(lines)) + lines
    return [_readable(line) for line in lines]


def _readable(line: bytes) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except ValueError:
        return {"unreadable": True}
    return record if isinstance(record, dict) else {"unreadable": True}


def public_fields(record: dict[str, Any]) -> dict[str, Any]:
    """Only the audit record's own fields: what the live page may show."""
    return {k: v for k, v in record.items() if k in FIELDS or k == "unreadable"}


def describe(record: dict[str, Any]) -> str:
    """One line for people: seq, time, request id, reasons, PII handling, payload digest."""
    if record.get("unreadable") or "seq" not in record:
        return "(unreadable line)"
    pii = ",".join(f"{t}={a}" for t, a in sorted(dict(record.get("pii") or {}).items())) or "-"
    reasons = ",".join(record.get("reasons") or []) or "-"
    return (f"{record['seq']:>6}  {record.get('time', '?')}  {record.get('request_id', '?')}  "
            f"{record.get('policy', '?')}@{record.get('policy_version', '?')}  {reasons}  "
            f"pii:{pii}  sha256:{str(record.get('payload_sha256', '?'))[:16]}  "
            f"{record.get('payload_bytes', '?')} B")
