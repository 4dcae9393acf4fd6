"""The egress audit log's record format and files, shared by its writer and its verifier.

A record is one line of canonical JSON (sorted keys, no spaces, ASCII only). ``hash`` is the
SHA-256 of the canonical JSON of the record without ``hash``; ``prev`` is the previous record's
``hash`` (``GENESIS`` for the very first record), so every record commits to all before it.
The log is ``egress.log`` plus its rotated files ``egress.log.1`` (newer) … ``egress.log.N``
(older); the chain runs through them oldest first.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

FORMAT = 1
GENESIS = "0" * 64
FIELDS = frozenset({
    "v", "seq", "time", "request_id", "policy", "policy_version", "reasons", "pii",
    "payload_sha256", "payload_bytes", "prev", "hash",
})
PII_ACTIONS = ("kept_local", "redacted", "allowed")
TAIL_BLOCK = 64 * 1024


def canonical(record: Mapping[str, Any]) -> bytes:
    """The one byte form of a record."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def record_hash(record: Mapping[str, Any]) -> str:
    """SHA-256 over the canonical JSON of the record without its ``hash`` field."""
    return hashlib.sha256(canonical({k: v for k, v in record.items() if k != "hash"})).hexdigest()


def parse_head(line: bytes) -> tuple[int, str] | None:
    """(seq, hash) of a complete record line whose hash holds, else None."""
    if not line.endswith(b"\n"):
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict) or not isinstance(record.get("seq"), int):
        return None
    if record.get("hash") != record_hash(record):
        return None
    return record["seq"], record["hash"]


def rotated(path: Path, index: int) -> Path:
    """``egress.log.<index>``: 1 is the newest rotated file."""
    return path.with_name(f"{path.name}.{index}")


def rotated_indexes(path: Path) -> list[int]:
    """Indexes of the rotated files present next to ``path``, ascending."""
    pattern = re.compile(re.escape(path.name) + r"\.([1-9][0-9]{0,5})")
    try:
        names = os.listdir(path.parent)
    except FileNotFoundError:
        return []
    return sorted(int(m.group(1)) for n in names if (m := pattern.fullmatch(n)))


def retained_files(path: Path) -> list[Path]:
    """The log's files in chain order: the oldest rotated file first, ``path`` itself last."""
    files = [rotated(path, i) for i in reversed(rotated_indexes(path))]
    return files + [path] if path.exists() else files


def last_lines(path: Path, count: int) -> list[bytes]:
    """The file's last ``count`` lines (a torn last line included), oldest first, read
    backwards in blocks: cheap however long the file is."""
    if count <= 0:
        return []
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        return []
    with handle:
        start = handle.seek(0, os.SEEK_END)
        data = b""
        while start > 0 and data.count(b"\n") <= count:
            step = min(TAIL_BLOCK, start)
            start -= step
            handle.seek(start)
            data = handle.read(step) + data
    lines = data.splitlines(keepends=True)
    if start > 0:
        lines = lines[1:]  # the first piece may be the end of a longer line
    return lines[-count:]
