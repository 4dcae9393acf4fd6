"""The one two-way table between Duet errors and gRPC status codes.

The pool turns a ``DuetError`` into a status code and trailers (``status_of``); the edge turns a
failed call back into a ``CloudError`` (``translate``, always used with ``raise ... from exc``).
Status codes are translated here and nowhere else.

The tree (every class is also a ``CloudError``)::

    CloudError
    ├── CloudUnavailable (ServiceUnavailable 503)      UNAVAILABLE, not connected, anything unknown
    │   └── CloudAuthenticationFailed                  UNAUTHENTICATED: the edge's token is wrong
    ├── CloudDeadlineExceeded (DeadlineExceeded 504)   DEADLINE_EXCEEDED
    ├── CloudBusy (RateLimited 429)                    RESOURCE_EXHAUSTED
    ├── CloudRejected (InvalidRequest 400)             INVALID_ARGUMENT
    │   └── CloudContextLengthExceeded                 ... with code context_length_exceeded
    ├── CloudModelNotFound (ModelNotFound 404)         NOT_FOUND
    └── CloudStreamBroken (UpstreamError 502)          any failure after the first token

Before the first token every error is raised by ``CloudClient.generate`` (the edge may still
answer locally); after it, ``CloudStreamBroken`` is raised from the event iterator.
A rejected cloud token is the edge operator's problem, not the app's: it is a 503, not a 401.
"""

from __future__ import annotations

import grpc

from duet.core.errors import (
    AuthenticationFailed,
    ContextLengthExceeded,
    DeadlineExceeded,
    DuetError,
    InvalidRequest,
    ModelNotFound,
    PayloadTooLarge,
    RateLimited,
    ServiceUnavailable,
    UpstreamError,
)


class CloudError(DuetError):
    """Any failed call to the cloud pool."""


class CloudUnavailable(CloudError, ServiceUnavailable):
    default_code = "cloud_unavailable"


class CloudAuthenticationFailed(CloudUnavailable):
    default_code = "cloud_unauthenticated"


class CloudDeadlineExceeded(CloudError, DeadlineExceeded):
    pass


class CloudBusy(CloudError, RateLimited):
    default_code = "cloud_busy"


class CloudRejected(CloudError, InvalidRequest):
    pass


class CloudContextLengthExceeded(CloudRejected, ContextLengthExceeded):
    pass


class CloudRequestTooLarge(CloudError, PayloadTooLarge):
    pass


class CloudModelNotFound(CloudError, ModelNotFound):
    pass


class CloudStreamBroken(CloudError, UpstreamError):
    default_code = "cloud_stream_broken"


def _trailer(exc: grpc.aio.AioRpcError, key: str) -> str | None:
    for k, v in exc.trailing_metadata() or ():
        if k == key:
            return v.decode() if isinstance(v, bytes) else v
    return None


def translate(exc: grpc.aio.AioRpcError, *, started: bool = False) -> CloudError:
    """The gateway error for a failed call; ``started``: tokens were already relayed."""
    code, details = exc.code(), exc.details() or code_name(exc)
    if started:
        return CloudStreamBroken(f"the cloud stream broke after it started: {details}")
    error_code = _trailer(exc, "duet-error-code")
    param = _trailer(exc, "duet-error-param")
    if code == grpc.StatusCode.UNAUTHENTICATED:
        return CloudAuthenticationFailed(
            f"the cloud pool rejected this edge's credentials ({details}); "
            "check DUET_CLOUD_TOKEN"
        )
    if code == grpc.StatusCode.DEADLINE_EXCEEDED:
        return CloudDeadlineExceeded(f"the cloud did not answer in time: {details}")
    if code == grpc.StatusCode.RESOURCE_EXHAUSTED:
        if error_code == "request_too_large" or "larger than max" in details:
            return CloudRequestTooLarge(f"the request is too large for the cloud: {details}")
        retry_ms = _trailer(exc, "retry-after-ms")
        retry = int(retry_ms) / 1000 if retry_ms and retry_ms.isdigit() else 1.0
        return CloudBusy(f"the cloud is busy: {details}", retry_after=retry)
    if code == grpc.StatusCode.INVALID_ARGUMENT:
        kind = CloudContextLengthExceeded if error_code == "context_length_exceeded" else CloudRejected
        return kind(details, param=param, code=error_code)
    if code == grpc.StatusCode.NOT_FOUND:
        return CloudModelNotFound(details, param=param or "model")
    return CloudUnavailable(f"the cloud is unavailable ({code_name(exc)}): {details}")


def code_name(exc: grpc.aio.AioRpcError) -> str:
    return exc.code().name if exc.code() is not None else "UNKNOWN"


# ---- the pool's side: errors -> status code and trailers ----

# Most specific first.
STATUS_OF: list[tuple[type[DuetError], grpc.StatusCode]] = [
    (InvalidRequest, grpc.StatusCode.INVALID_ARGUMENT),
    (ModelNotFound, grpc.StatusCode.NOT_FOUND),
    (AuthenticationFailed, grpc.StatusCode.UNAUTHENTICATED),
    (PayloadTooLarge, grpc.StatusCode.RESOURCE_EXHAUSTED),
    (RateLimited, grpc.StatusCode.RESOURCE_EXHAUSTED),
    (ServiceUnavailable, grpc.StatusCode.UNAVAILABLE),
    (DeadlineExceeded, grpc.StatusCode.DEADLINE_EXCEEDED),
    (UpstreamError, grpc.StatusCode.UNAVAILABLE),
]


def status_of(exc: DuetError) -> tuple[grpc.StatusCode, tuple[tuple[str, str], ...]]:
    """The status code and the trailing metadata (error code, param, retry-after) of an error."""
    code = next((c for kind, c in STATUS_OF if isinstance(exc, kind)), grpc.StatusCode.INTERNAL)
    trailers = []
    if exc.code:
        trailers.append(("duet-error-code", exc.code))
    if exc.param:
        trailers.append(("duet-error-param", exc.param))
    if isinstance(exc, RateLimited):
        trailers.append(("retry-after-ms", str(int(exc.retry_after * 1000))))
    return code, tuple(trailers)
