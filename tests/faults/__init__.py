"""Fault injection for tests: a TCP proxy that degrades a real network link on demand."""

from tests.faults.proxy import Captured, FaultProxy, Mode

__all__ = ["Captured", "FaultProxy", "Mode"]
