"""Hashed character n-grams, computed with numpy so the cost stays flat for long prompts.

Text is lower-cased, whitespace runs become one space and every ASCII digit becomes ``0``; the
n-grams (orders 1–4) of the code points are hashed into ``2**BITS`` buckets, with a seed per order
and per *block* so that the same n-gram can weigh differently in different places:

- ``BODY``: the whole last user turn;
- ``EDGE_SHORT`` / ``EDGE_LONG``: its first and last ``EDGE`` characters — where the request
  itself usually is — hashed apart for short and long turns, so "summarise this" can mean
  something else before a page of text than before a sentence;
- ``PREVIOUS``: the previous user turn, so a follow-up inherits the task it continues.

Chinese needs no word segmentation this way: character 1–4-grams are its words. A feature's
value is its count divided by the square root of the number of n-grams in the block, so a block
contributes ``sum(w[bucket]) / sqrt(n)``: one gather and one sum per block.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

BITS = 18
ORDERS = 4
EDGE = 150
LONG_AT = 800
MAX_BODY = 8000  # longer turns: their head and tail (6,000 + 2,000 characters) keep the cost flat

BODY, EDGE_SHORT, EDGE_LONG, PREVIOUS = 0, 1, 2, 3
BLOCK_NAMES = ("ng", "edge", "edge_long", "prev")
BLOCK_WEIGHT = (1.0, 1.0, 1.0, 0.5)  # the previous turn counts half

Buckets = npt.NDArray[np.uint64]

_P = np.uint64(1000003)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SHIFT = np.uint64(64 - BITS)
_ZERO = np.uint32(48)
_NINE = np.uint32(57)
_DIGITS = str.maketrans("0123456789", "0000000000")
_SEEDS = [[np.uint64(0x51ED27 * (n + 1) + 0x9E37 * block) for n in range(ORDERS)] for block in range(4)]


def normalise(text: str) -> str:
    return " ".join(text.lower().split())


def _codes(text: str) -> npt.NDArray[np.uint64]:
    c = np.frombuffer(normalise(text).encode("utf-32-le"), dtype=np.uint32)
    return np.where((c >= _ZERO) & (c <= _NINE), _ZERO, c).astype(np.uint64)


def buckets(text: str, block: int) -> Buckets:
    """Bucket of every n-gram of ``text`` (orders 1..ORDERS, in that order, position by position)."""
    c = _codes(text)
    out: list[Buckets] = []
    g = c
    for n in range(ORDERS):
        if n:
            g = g[:-1] * _P + c[n:]
        if g.size == 0:
            break
        out.append(((g ^ _SEEDS[block][n]) * _MIX) >> _SHIFT)
    return np.concatenate(out) if out else np.zeros(0, dtype=np.uint64)


def body(text: str) -> str:
    return text if len(text) <= MAX_BODY else text[:6000] + "\n" + text[-2000:]


def edges(text: str) -> tuple[str, int]:
    """The head and tail of ``text`` and the block they belong to."""
    block = EDGE_LONG if len(text) > LONG_AT else EDGE_SHORT
    if len(text) <= 2 * EDGE:
        return text, block
    return text[:EDGE] + "\n" + text[-EDGE:], block


def blocks(text: str, previous: str | None) -> list[tuple[int, Buckets]]:
    """The (block, buckets) pairs of a conversation's last user turn and previous user turn."""
    edge_text, edge_block = edges(text)
    out = [(BODY, buckets(body(text), BODY)), (edge_block, buckets(edge_text, edge_block))]
    if previous:
        out.append((PREVIOUS, buckets(previous, PREVIOUS)))
    return out


def grams_at(text: str, positions: "npt.NDArray[np.int64]") -> list[str]:
    """The n-grams behind positions of :func:`buckets` for ``text`` (used to name features)."""
    norm = normalise(text).translate(_DIGITS)
    starts = [0]
    for n in range(1, ORDERS + 1):
        starts.append(starts[-1] + max(len(norm) - n + 1, 0))
    out = []
    for index in positions.tolist():
        n = next(k for k in range(1, ORDERS + 1) if index < starts[k])
        offset = index - starts[n - 1]
        out.append(norm[offset:offset + n])
    return out


def block_scale(block: int, size: int) -> float:
    """The value of one n-gram occurrence in a block of ``size`` n-grams."""
    return BLOCK_WEIGHT[block] / math.sqrt(size) if size else 0.0
