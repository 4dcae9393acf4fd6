"""Duet: an edge-cloud LLM serving gateway.

One import package. The rooms live in the repository's top-level folders and install as
``duet.gateway``, ``duet.router``, ``duet.edge_agent`` and ``duet.cloud``; ``duet.core`` is the
ground floor, ``duet.cache`` and ``duet.engines`` are rooms, ``duet.app`` is the roof. See
docs/architecture.md.
"""
