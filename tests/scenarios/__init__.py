"""Whole-system fault scenarios and privacy canaries: cloud pool ← fault proxy ← edge agent."""
