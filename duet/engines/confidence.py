"""How sure the on-device model was of its answer: the mean log-probability of its tokens.

``TokenConfidence`` is a llama.cpp logits processor. llama.cpp calls it with the raw logits of
each position before sampling; the token chosen from them is the last input id at the next call.
So each call notes the log-sum-exp of the logits (and keeps them), and the next call reads the
chosen token's logit from what was kept: log p(token) = logit(token) - logsumexp(logits). It
changes no logit, so it must run first in the processor list to see the model's own
distribution (grammars and penalties come after it).

An answer that ends with end-of-generation has every token counted (the call that samples the
end token reads the last one); the last token of an answer cut by ``max_tokens``, a stop
sequence or a deadline is not counted. Cost per token: one copy, one max and one comparison over the
vocabulary, and an exp-sum over the logits within 20 of the largest (see docs/router.md, "Regret").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

NEGLIGIBLE = 20.0  # logits this far below the largest are left out of the log-sum-exp


class TokenConfidence:
    """A logits processor that records the log-probability of every chosen token."""

    def __init__(self) -> None:
        self._kept: npt.NDArray[np.float32] | None = None
        self._logsumexp = 0.0
        self.total = 0.0
        self.count = 0

    def __call__(self, input_ids: Sequence[int] | npt.NDArray[Any],
                 scores: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        kept = self._kept
        if kept is not None and len(input_ids):
            token = int(input_ids[-1])
            if 0 <= token < kept.shape[0]:
                self.total += float(kept[token]) - self._logsumexp
                self.count += 1
        kept = self._kept = np.array(scores, dtype=np.float32)  # llama.cpp reuses its buffer
        top = float(kept.max())
        if math.isfinite(top):
            # terms below e^-20 of the largest add < 1e-4 to the sum over 50k tokens: skipped
            near = kept[kept >= top - NEGLIGIBLE]
            self._logsumexp = top + math.log(float(np.exp(near - top).sum()))
        else:  # every token masked: nothing to learn from this position
            self._kept = None
        return scores

    def mean(self) -> float | None:
        """The mean log-probability of the tokens counted so far; None before any."""
        return self.total / self.count if self.count else None
