"""Errors the gateway turns into OpenAI-shaped responses.

The whole tree::

    DuetError                      500 server_error (never raised for bad input)
    ├── InvalidRequest             400 invalid_request_error
    │   └── ContextLengthExceeded  400 invalid_request_error / context_length_exceeded
    ├── AuthenticationFailed       401 authentication_error / invalid_api_key
    ├── ModelNotFound              404 invalid_request_error / model_not_found
    ├── PayloadTooLarge            413 invalid_request_error / request_too_large
    ├── RateLimited                429 rate_limit_exceeded (carries Retry-After)
    ├── UpstreamError              502 upstream_error (the cloud failed mid-way)
    ├── ServiceUnavailable         503 service_unavailable (no tier can answer now)
    └── DeadlineExceeded           504 timeout

Third-party errors (llama.cpp, gRPC, Redis) are translated into these at the boundary where they
occur, with ``raise ... from exc``; the gateway only ever sees this tree.
"""

from __future__ import annotations

from typing import Any


class DuetError(Exception):
    """Base error: carries everything the OpenAI error envelope needs."""

    status_code = 500
    error_type = "server_error"
    default_code: str | None = None

    def __init__(
        self,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        self.code = code if code is not None else self.default_code
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        """The OpenAI error envelope."""
        return error_body(self.message, self.error_type, self.param, self.code)


class InvalidRequest(DuetError):
    status_code = 400
    error_type = "invalid_request_error"


class ContextLengthExceeded(InvalidRequest):
    default_code = "context_length_exceeded"


class AuthenticationFailed(DuetError):
    status_code = 401
    error_type = "authentication_error"
    default_code = "invalid_api_key"


class ModelNotFound(DuetError):
    status_code = 404
    error_type = "invalid_request_error"
    default_code = "model_not_found"


class PayloadTooLarge(DuetError):
    status_code = 413
    error_type = "invalid_request_error"
    default_code = "request_too_large"


class RateLimited(DuetError):
    status_code = 429
    error_type = "rate_limit_exceeded"
    default_code = "rate_limit_exceeded"

    def __init__(self, message: str, *, retry_after: float = 1.0, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after
        self.headers.setdefault("retry-after", str(max(1, round(retry_after))))


class UpstreamError(DuetError):
    status_code = 502
    error_type = "upstream_error"
    default_code = "upstream_error"


class ServiceUnavailable(DuetError):
    status_code = 503
    error_type = "service_unavailable"
    default_code = "service_unavailable"


class DeadlineExceeded(DuetError):
    status_code = 504
    error_type = "timeout"
    default_code = "deadline_exceeded"


def error_body(
    message: str, error_type: str, param: str | None = None, code: str | None = None
) -> dict[str, Any]:
    return {
        "error": {
            "message": _encodable(message),
            "type": error_type,
            "param": None if param is None else _encodable(param),
            "code": code,
        }
    }


def _encodable(text: str) -> str:
    """Messages may quote the client's input (a model name, a field name): a lone surrogate
    from a JSON escape such as ``\\udc00`` would make the error response itself unencodable."""
    return text.encode("utf-8", "replace").decode("utf-8")
