"""PII detection and redaction."""

from duet.router.privacy.detector import detect_pii
from duet.router.privacy.redact import Placeholders, redact_messages, redact_text

__all__ = ["Placeholders", "detect_pii", "redact_messages", "redact_text"]
