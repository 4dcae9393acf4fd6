"""Fault injection for tests: a TCP proxy that degrades a real network link on demand."""

from tests.faults.proxy import FaultProxy, Mode

__all__ = ["FaultProxy", "Mode"]
