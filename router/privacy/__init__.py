"""PII detection and redaction."""

from router.privacy.detector import detect_pii
from router.privacy.redact import Placeholders, redact_messages, redact_text

__all__ = ["Placeholders", "detect_pii", "redact_messages", "redact_text"]
