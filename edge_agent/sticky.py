"""Which tier each conversation started on, so a dialogue does not bounce between models."""

from __future__ import annotations

from collections import OrderedDict

from duet.router import Target


class StickyTiers:
    """A bounded map conversation id → tier; the least recently used entries are dropped."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._tiers: OrderedDict[str, Target] = OrderedDict()

    def get(self, conversation: str | None) -> Target | None:
        if conversation is None:
            return None
        tier = self._tiers.get(conversation)
        if tier is not None:
            self._tiers.move_to_end(conversation)
        return tier

    def remember(self, conversation: str | None, tier: Target, move: bool = False) -> None:
        """The first tier wins and later turns follow it, unless ``move``: a turn that
        overrode the pin (``pinning: up``) pins the conversation where it was answered."""
        if conversation is None or (conversation in self._tiers and not move):
            return
        self._tiers[conversation] = tier
        self._tiers.move_to_end(conversation)
        if len(self._tiers) > self.capacity:
            self._tiers.popitem(last=False)
