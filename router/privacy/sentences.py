"""The sentence (or clause) around a span, within a reach: where the readers that weigh the words
near a value look ("Stripe's test cards …", "the Eiffel Tower (48.8584° N …)", "the opening
hours of Barclays 0345 …"). ``str.rfind`` and ``str.find`` per mark, no regex scan."""

from __future__ import annotations

SENTENCE_MARKS = ".!?。！？\n"
CLAUSE_MARKS = SENTENCE_MARKS + ";；"


def sentence_start(text: str, start: int, reach: int, marks: str = SENTENCE_MARKS) -> int:
    """Where the sentence holding ``start`` starts: past the last mark before it, and at most
    ``reach`` characters before it."""
    lo = max(0, start - reach)
    return max(lo, max(text.rfind(mark, lo, start) for mark in marks) + 1)


def sentence_end(text: str, end: int, reach: int, marks: str = SENTENCE_MARKS) -> int:
    """Where the sentence holding ``end`` ends: at the first mark from it, at most ``reach``
    characters after it."""
    hi = min(len(text), end + reach)
    return min((at for at in (text.find(mark, end, hi) for mark in marks) if at >= 0), default=hi)
