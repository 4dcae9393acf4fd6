"""The egress audit log on real files: the chain holds, and every kind of damage is named at the
first bad record; rotation, restarts, threads and processes keep the chain whole."""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import json
import multiprocessing
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from duet.edge_agent.audit import AuditUnavailable, Egress, EgressAudit, egress_for, policy_version
from duet.edge_agent.audit_format import FIELDS, GENESIS, rotated
from duet.edge_agent.audit_verify import tail, verify
from duet.router import PiiAction, PrivacyTag, Router, Signals
from tests.servers import REPO, clean_environ

ROUTER = Router()
# the shipped policy keeps every PII type on the device; this one redacts emails
REDACTING = Router(dataclasses.replace(ROUTER.policy, pii={"email": PiiAction.REDACT}))
PROMPT = "Prove that there are infinitely many primes, canary-prompt-4417."
EMAIL = "canary.person@example.org"


def egress(
    i: int = 0, *, tag: PrivacyTag | None = None, content: str = PROMPT, router: Router = ROUTER
) -> Egress:
    decision = router.decide(Signals([{"role": "user", "content": content}], privacy_tag=tag))
    payload = f"payload {i} {content}".encode()
    return egress_for(f"req-{i}", decision, router.policy, payload,
                      allowed_by_tag=tag == PrivacyTag.ALLOW_CLOUD)


def write_log(path: Path, count: int, **options: object) -> list[dict[str, object]]:
    audit = EgressAudit(path, **options)  # type: ignore[arg-type]  # options: keyword settings
    try:
        return [audit.append(egress(i)) for i in range(count)]
    finally:
        audit.close()


@pytest.fixture
def log(tmp_path: Path) -> Path:
    path = tmp_path / "egress.log"
    write_log(path, 6)
    return path


def test_a_written_log_verifies_and_each_record_commits_to_the_one_before(log: Path) -> None:
    result = verify(log)
    assert result.ok and result.records == 6 and result.files == (log,)
    records = [json.loads(line) for line in log.read_bytes().splitlines()]
    assert [r["seq"] for r in records] == list(range(6))
    assert records[0]["prev"] == GENESIS
    for before, after in zip(records, records[1:]):
        assert after["prev"] == before["hash"]
    assert set(records[0]) == FIELDS
    assert result.head == records[-1]["hash"]


def test_record_holds_the_facts_and_the_payload_digest(tmp_path: Path) -> None:
    audit = EgressAudit(tmp_path / "egress.log")
    facts = egress(7)
    record = audit.append(facts)
    assert record["request_id"] == "req-7" and record["policy"] == "default"
    assert record["policy_version"] == policy_version(ROUTER.policy)
    assert record["reasons"] == list(facts.reasons) and "difficulty_high" in record["reasons"]
    payload = f"payload 7 {PROMPT}".encode()
    assert record["payload_sha256"] == hashlib.sha256(payload).hexdigest()
    assert record["payload_bytes"] == len(payload)
    assert record["time"].endswith("Z") and record["time"][:2] == "20"


@pytest.mark.parametrize(("tag", "router", "action"), [
    (PrivacyTag.REDACT, ROUTER, "redacted"), (PrivacyTag.ALLOW_CLOUD, ROUTER, "allowed"),
    (None, REDACTING, "redacted"), (None, ROUTER, "kept_local"),
], ids=["tag-redact", "tag-allow", "policy-redact", "policy-local-only"])
def test_pii_types_and_what_was_done_with_them(
    tmp_path: Path, tag: PrivacyTag | None, router: Router, action: str
) -> None:
    facts = egress(content=f"Write to {EMAIL} about {PROMPT}", tag=tag, router=router)
    assert dict(facts.pii) == {"email": action}
    record = EgressAudit(tmp_path / "egress.log").append(facts)
    text = json.dumps(record)
    assert EMAIL not in text and "canary-prompt" not in text


def test_no_record_holds_content(tmp_path: Path) -> None:
    path = tmp_path / "egress.log"
    audit = EgressAudit(path)
    for tag in (None, PrivacyTag.REDACT, PrivacyTag.ALLOW_CLOUD):
        audit.append(egress(content=f"My email is {EMAIL}. {PROMPT}", tag=tag))
    raw = path.read_bytes()
    assert EMAIL.encode() not in raw and b"canary" not in raw and b"payload 0" not in raw


def _first_bad(path: Path) -> tuple[int, int | None]:
    result = verify(path)
    assert not result.ok, "damage went unnoticed"
    assert result.bad is not None
    return result.bad.line, result.bad.seq


def test_every_one_byte_change_is_named_at_its_line(log: Path) -> None:
    original = log.read_bytes()
    starts = [0] + [i + 1 for i, b in enumerate(original) if b == ord("\n")][:-1]
    checked = 0
    for offset in range(len(original)):
        line = max(n for n, start in enumerate(starts) if start <= offset)
        damaged = bytearray(original)
        damaged[offset] ^= 0x01 if offset % 2 else 0x20  # a digit, a letter's case, a quote…
        log.write_bytes(bytes(damaged))
        # the first record has no record before it to say which seq belongs there
        assert _first_bad(log) == (line + 1, line or None), offset
        checked += 1
    log.write_bytes(original)
    assert verify(log).ok and checked == len(original)


def test_a_removed_record_is_named(log: Path) -> None:
    lines = log.read_bytes().splitlines(keepends=True)
    for removed in range(len(lines) - 1):
        log.write_bytes(b"".join(lines[:removed] + lines[removed + 1:]))
        # the record now at that place does not fit: seq `removed` was expected there
        assert _first_bad(log) == (removed + 1, removed if removed else 1)
    # the newest record removed leaves a valid, shorter chain: only a head noted earlier shows it
    head = json.loads(lines[-1])["hash"]
    log.write_bytes(b"".join(lines[:-1]))
    assert verify(log).ok
    bad = verify(log, expect_head=head).bad
    assert bad is not None and bad.line == len(lines) and bad.seq == len(lines) - 1
    log.write_bytes(b"".join(lines))
    assert verify(log, expect_head=head).ok


def test_two_swapped_records_are_named(log: Path) -> None:
    lines = log.read_bytes().splitlines(keepends=True)
    for first in range(len(lines) - 1):
        swapped = list(lines)
        swapped[first], swapped[first + 1] = swapped[first + 1], swapped[first]
        log.write_bytes(b"".join(swapped))
        assert _first_bad(log) == (first + 1, first if first else 1)


def test_a_truncated_line_is_named(log: Path) -> None:
    original = log.read_bytes()
    lines = original.splitlines(keepends=True)
    log.write_bytes(original[:-40])  # the last record cut short
    result = verify(log)
    assert result.bad is not None and result.bad.line == 6 and "truncated" in result.bad.problem
    log.write_bytes(b"".join(lines[:2]) + lines[2][:50] + b"".join(lines[3:]))
    assert _first_bad(log) == (3, 2)


def test_rotation_keeps_the_chain_verifiable(tmp_path: Path) -> None:
    path = tmp_path / "egress.log"
    written = write_log(path, 40, max_bytes=2000, keep_files=3)
    files = [rotated(path, 3), rotated(path, 2), rotated(path, 1), path]
    assert all(f.exists() for f in files) and not rotated(path, 4).exists()
    assert all(f.stat().st_size <= 2000 for f in files)
    result = verify(path)
    assert result.ok and result.files == tuple(files)
    assert result.last_seq == 39 and result.first_seq == result.rotated_out > 0
    assert result.records == 40 - result.rotated_out
    for older, newer in zip(files, files[1:]):  # each file's first record commits to the last
        last = json.loads(older.read_bytes().splitlines()[-1])
        first = json.loads(newer.read_bytes().splitlines()[0])
        assert first["prev"] == last["hash"] and first["seq"] == last["seq"] + 1
    assert [r["seq"] for r in tail(path, 12)] == list(range(28, 40))
    assert tail(path, 1)[0]["hash"] == written[-1]["hash"]


def test_damage_in_a_rotated_file_or_a_missing_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "egress.log"
    write_log(path, 40, max_bytes=2000, keep_files=3)
    middle = rotated(path, 2)
    original = middle.read_bytes()
    middle.write_bytes(original.replace(b'"seq":', b'"seQ":', 1))
    result = verify(path)
    assert result.bad is not None and result.bad.file == middle and result.bad.line == 1
    middle.unlink()  # a whole file removed: the next file does not follow on
    result = verify(path)
    assert result.bad is not None and result.bad.file == rotated(path, 1)
    assert result.bad.line == 1 and "out of order" in result.bad.problem


def test_the_oldest_record_removed_from_an_unrotated_log_is_named(log: Path) -> None:
    lines = log.read_bytes().splitlines(keepends=True)
    log.write_bytes(b"".join(lines[1:]))
    assert _first_bad(log) == (1, 1)


def test_a_restarted_writer_continues_the_chain(tmp_path: Path) -> None:
    path = tmp_path / "egress.log"
    first = write_log(path, 3)
    audit = EgressAudit(path)
    assert audit.head == (2, first[-1]["hash"])
    record = audit.append(egress(3))
    assert record["seq"] == 3 and record["prev"] == first[-1]["hash"]
    audit.close()
    result = verify(path)
    assert result.ok and result.records == 4


def test_a_restart_after_rotation_continues_from_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "egress.log"
    written = write_log(path, 5)
    path.rename(rotated(path, 1))  # as if the agent stopped right after rotating the log
    path.write_bytes(b"")
    record = EgressAudit(path).append(egress(5))
    assert record["seq"] == 5 and record["prev"] == written[-1]["hash"]
    result = verify(path)
    assert result.ok and result.records == 6 and len(result.files) == 2


def test_a_torn_last_line_is_named_and_the_chain_goes_on_after_it(tmp_path: Path) -> None:
    path = tmp_path / "egress.log"
    written = write_log(path, 3)
    with path.open("ab") as handle:  # a write cut short by a crash
        handle.write(b'{"hash":"12')
    audit = EgressAudit(path)
    record = audit.append(egress(3))
    assert record["seq"] == 3 and record["prev"] == written[-1]["hash"]
    lines = path.read_bytes().splitlines()
    assert lines[3] == b'{"hash":"12' and json.loads(lines[4])["seq"] == 3
    assert _first_bad(path) == (4, 3)


def test_threads_and_several_writers_on_one_file_keep_one_chain(tmp_path: Path) -> None:
    path = tmp_path / "egress.log"
    writers = [EgressAudit(path, max_bytes=20_000, keep_files=50) for _ in range(2)]

    def work(audit: EgressAudit, base: int) -> None:
        for i in range(60):
            audit.append(egress(base + i))

    threads = [threading.Thread(target=work, args=(writers[i % 2], 1000 * i)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result = verify(path)
    assert result.ok, result.bad
    assert result.records == 360 and result.rotated_out == 0 and len(result.files) > 1


def _append_in_process(path: str, count: int) -> None:
    audit = EgressAudit(path, max_bytes=20_000, keep_files=50)
    for i in range(count):
        audit.append(egress(i))


def test_processes_sharing_the_log_keep_one_chain(tmp_path: Path) -> None:
    path = tmp_path / "egress.log"
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_append_in_process, args=(str(path), 80)) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    result = verify(path)
    assert result.ok, result.bad
    assert result.records == 240


async def test_appends_from_the_event_loop_with_fsync(tmp_path: Path) -> None:
    path = tmp_path / "egress.log"
    audit = EgressAudit(path, fsync=True)
    records = await asyncio.gather(*(audit.arecord(egress(i)) for i in range(30)))
    assert sorted(r["seq"] for r in records) == list(range(30))
    assert verify(path).records == 30


def test_records_are_counted_and_a_log_that_cannot_be_written_refuses(tmp_path: Path) -> None:
    counted: list[int] = []
    audit = EgressAudit(tmp_path / "egress.log", on_append=lambda: counted.append(1))
    audit.append(egress())
    assert counted == [1]
    audit.close()
    with pytest.raises(AuditUnavailable) as err:
        audit.append(egress())
    assert err.value.code == "audit_unavailable" and counted == [1]


def _duet(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "duet.app.cli", "audit", *args], cwd=REPO,
                          text=True, capture_output=True, timeout=60, env=clean_environ())


def test_the_commands_exit_codes(log: Path) -> None:
    ok = _duet("verify", str(log))
    assert ok.returncode == 0 and "6 records over 1 file, seq 0-5" in ok.stdout
    head = ok.stdout.split("head ")[1].split()[0]
    lines = log.read_bytes().splitlines(keepends=True)
    log.write_bytes(b"".join(lines[:-1]))  # the newest record removed
    assert _duet("verify", str(log)).returncode == 0
    missing = _duet("verify", str(log), "--head", head)
    assert missing.returncode == 1 and f"{log} line 6 (seq 5)" in missing.stderr
    assert _duet("verify", str(log.with_name("none.log"))).returncode == 2
    assert _duet("tail", "-n", "0", str(log)).returncode == 2
    shown = _duet("tail", "-n", "2", "--json", str(log))
    assert [json.loads(line)["seq"] for line in shown.stdout.splitlines()] == [3, 4]
