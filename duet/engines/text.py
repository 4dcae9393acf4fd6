"""Token bytes to safe text: whole UTF-8 characters only, and nothing past a stop string."""

from __future__ import annotations


class Utf8Decoder:
    """Turns token bytes into text without splitting multi-byte characters."""

    def __init__(self) -> None:
        self.pending = b""

    def feed(self, data: bytes) -> str:
        self.pending += data
        for cut in range(len(self.pending), max(len(self.pending) - 4, -1), -1):
            try:
                text = self.pending[:cut].decode("utf-8")
            except UnicodeDecodeError:
                continue
            self.pending = self.pending[cut:]
            return text
        if len(self.pending) > 8:  # not UTF-8 at all: give up on this sequence
            text, self.pending = self.pending.decode("utf-8", "replace"), b""
            return text
        return ""


class StopMatcher:
    """Holds back text that could be the start of a stop string."""

    def __init__(self, stops: tuple[str, ...]) -> None:
        self.stops = stops
        self.buffer = ""

    def feed(self, text: str) -> tuple[str, bool]:
        """Text that is safe to emit, and whether a stop string was reached."""
        self.buffer += text
        if not self.stops:
            out, self.buffer = self.buffer, ""
            return out, False
        hits = [self.buffer.find(s) for s in self.stops if s in self.buffer]
        if hits:
            out, self.buffer = self.buffer[: min(hits)], ""
            return out, True
        hold = 0
        for stop in self.stops:
            for size in range(min(len(stop) - 1, len(self.buffer)), 0, -1):
                if self.buffer.endswith(stop[:size]):
                    hold = max(hold, size)
                    break
        cut = len(self.buffer) - hold
        out, self.buffer = self.buffer[:cut], self.buffer[cut:]
        return out, False

    def flush(self) -> str:
        out, self.buffer = self.buffer, ""
        return out
