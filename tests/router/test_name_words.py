"""The words of an English name run, read with str.split (name_runs.run_words), must be what the
token regex finds in the run, on random texts built from capitalised words, particles,
apostrophes, hyphens, tabs, Latin-1 capitals and letters of Latin Extended-A."""

from __future__ import annotations

import random

from duet.router.privacy import name_runs

PIECES = ("Ana", "Ruiz", "O'Brien", "McDonald", "Jean-Luc", "van", "der", "de la", "'t", "in 't", "Ærø", "Émile",
          "Øster", "Smith's", "D'Angelo", "x", "Al", "bin", " ", "  ", "\t", ",", ".", "@", "-", "'", "MacArthur",
          "ÀÖ", "Þór", "von", "Zu", "Lee", "\n", "12", "Über", "Łukasz", "Wołoszyk", "ż", "Ćwik", "Ayşe")


def _texts(seed: int, count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) + rng.choice(("", " ", " ", "\t")) for _ in range(rng.randrange(2, 14)))
            for _ in range(count)]


def test_words_of_a_run_are_the_token_matches() -> None:
    runs = 0
    for text in _texts(5) + _texts(6):
        for run in name_runs.runs(text):
            runs += 1
            expected = [m.span() for m in name_runs._TOKEN.finditer(text, run.start(1), run.end(1))]
            assert name_runs.run_words(text, run) == expected, (text, run)
    assert runs > 2000
