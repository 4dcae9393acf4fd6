"""Detectors for PII recognised by the words around it rather than by a format of its own.

Street addresses live in addresses.py (with addresses_eu.py and addresses_zh.py) and person names
in names.py, called by the detector after everything else (they use the other detections as
anchors). The keyed numbers that used to be here (passport and medical record numbers, bank
accounts, dates of birth) are in keyed.py.
"""

from __future__ import annotations

from duet.router.privacy.addresses import find_addresses

CONTEXT_DETECTORS = (find_addresses,)
