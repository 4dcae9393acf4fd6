"""Queue limits per priority class, and the one-sequence engine's limits as before batching."""

from __future__ import annotations

from duet.core.backend import Priority
from duet.engines.admission import Admission


def admitted(admission: Admission, priority: Priority, count: int) -> int:
    return sum(admission.try_admit(priority) for _ in range(count))


def test_one_sequence_admits_one_running_and_the_queue() -> None:
    """As the single-slot engine did: one generating plus queue_size waiting, then refusals."""
    admission = Admission(1, {"interactive": 2, "normal": 2, "background": 2})
    assert admitted(admission, "normal", 5) == 3
    assert admission.would_overflow("normal")
    admission.started("normal")
    assert admission.waiting == 2 and admission.generating == 1
    admission.finished("normal")
    assert not admission.would_overflow("normal")


def test_queue_size_zero_refuses_as_soon_as_the_sequences_are_taken() -> None:
    admission = Admission(2, {"interactive": 0, "normal": 0, "background": 0})
    assert admitted(admission, "normal", 3) == 2


def test_each_class_has_its_own_queue() -> None:
    admission = Admission(1, {"interactive": 1, "normal": 1, "background": 0})
    assert admitted(admission, "background", 2) == 1  # takes the one sequence
    admission.started("background")
    assert admitted(admission, "background", 1) == 0  # its queue holds none
    assert admitted(admission, "normal", 3) == 1
    # interactive work may take the background sequence, and queue one more behind it
    assert admitted(admission, "interactive", 3) == 2


def test_interactive_work_is_owed_sequences_before_normal_work() -> None:
    admission = Admission(2, {"interactive": 4, "normal": 0, "background": 0})
    assert admitted(admission, "interactive", 2) == 2
    assert admitted(admission, "normal", 1) == 0  # both sequences are owed to interactive work
