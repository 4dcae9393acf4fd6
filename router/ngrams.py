"""Hashed character n-grams of the windows the named features read, computed with numpy.

The text is lower-cased (by the caller), whitespace runs become one space and every ASCII digit
becomes ``0``; the n-grams (orders 1–4) of its code points are hashed into ``2**BITS`` buckets
with rolling products, one seed per order and per *block*, so that the same n-gram can weigh
differently in different places:

- ``WINDOW``: the scan window of the last user turn (``features._scan_window``: the whole turn,
  or its head and tail when long) — the plain baseline's block, not the shipped model's;
- ``EDGE_SHORT`` / ``EDGE_LONG``: the first and last ``EDGE`` characters of that turn, where the
  request itself usually is, hashed apart for short and long turns ("summarise this" before a
  page of text is not the same request as before a sentence);
- ``PREVIOUS``: the scan window of the previous user turn, so a follow-up inherits its task.

Chinese needs no word segmentation this way: its character 1–4-grams are its words. A block's
value for an n-gram is its count divided by the square root of the block's n-gram count, so a
block contributes ``sum(w[buckets]) * scale``: one gather and one sum, whatever the text.
"""

from __future__ import annotations

import math
import re

import numpy as np
import numpy.typing as npt

BITS = 16
SIZE = 1 << BITS
ORDERS = 4
EDGE = 150
LONG_AT = 800

WINDOW, EDGE_SHORT, EDGE_LONG, PREVIOUS = 0, 1, 2, 3
BLOCK_NAMES = ("ng", "edge", "edge_long", "prev")
BLOCK_WEIGHT = (1.0, 1.0, 1.0, 0.5)  # the previous turn counts half

Buckets = npt.NDArray[np.uint64]

_P = np.uint64(1000003)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SHIFT = np.uint64(64 - BITS)
_DIGITS = str.maketrans("0123456789", "0000000000")
_NONZERO_DIGIT = re.compile("[1-9]")
# A block's buckets are the window's buckets XOR its constant: one hash pass serves every block.
_BLOCK_XOR = tuple(np.uint64((0x2545F491 * block) & (SIZE - 1)) for block in range(4))


def normalise(text: str) -> str:
    """Whitespace runs as one space, ASCII digits as ``0`` (the caller lower-cases)."""
    text = " ".join(text.split())
    # str.translate looks every character up in a dict unless the text is ASCII: 60 µs on 300
    # Chinese characters, where the substitution costs 6.
    return text.translate(_DIGITS) if text.isascii() else _NONZERO_DIGIT.sub("0", text)


def buckets(text: str, block: int = WINDOW) -> Buckets:
    """Bucket of every n-gram of ``text`` (orders 1..ORDERS, in that order, position by position).
    Orders need no seed of their own: an n-gram's rolling value is never that of a shorter one."""
    c = np.frombuffer(normalise(text).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    parts = [c]
    g = c
    for n in range(1, min(ORDERS, c.size)):
        g = g[:-1] * _P + c[n:]
        parts.append(g)
    hashed: Buckets = (np.concatenate(parts) * _MIX) >> _SHIFT
    return hashed ^ _BLOCK_XOR[block] if block else hashed


def blocks(window: str, full_length: int, previous: str | None) -> list[tuple[int, str, Buckets]]:
    """(block, its text, its buckets) that the model scores: the edges of a turn's lower-cased
    scan window (``full_length``: the whole turn's length) and the previous user turn's
    lower-cased scan window. (The window block itself scores no better out of fold once the
    edges are in: it is only the plain baseline's feature, see :mod:`router.learner`.)"""
    edge_block = EDGE_LONG if full_length > LONG_AT else EDGE_SHORT
    edge_text = window[:EDGE] + "\n" + window[-EDGE:] if len(window) > 2 * EDGE else window
    out = [(edge_block, edge_text, buckets(edge_text, edge_block))]
    if previous:
        out.append((PREVIOUS, previous, buckets(previous, PREVIOUS)))
    return out


def block_scale(block: int, size: int) -> float:
    """The value of one n-gram occurrence in a block of ``size`` n-grams."""
    return BLOCK_WEIGHT[block] / math.sqrt(size) if size else 0.0


def grams_at(text: str, positions: list[int]) -> list[str]:
    """The n-grams behind positions of :func:`buckets` for ``text`` (digits as ``0``)."""
    norm = normalise(text)
    starts = [0]
    for n in range(1, ORDERS + 1):
        starts.append(starts[-1] + max(len(norm) - n + 1, 0))
    out = []
    for index in positions:
        n = next(k for k in range(1, ORDERS + 1) if index < starts[k])
        offset = index - starts[n - 1]
        out.append(norm[offset:offset + n])
    return out
