"""A gRPC relay between an edge agent and a cloud pool that keeps the bytes of every
``GenerateStream`` request it forwards: what really went over the wire."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent import futures
from typing import Any

import grpc

from tests.servers import free_port


class GrpcRelay:
    """Forwards every call to ``upstream`` untouched (no (de)serialization: bytes in, bytes out).
    It is its own generic handler: gRPC asks its ``service`` for every method."""

    def __init__(self, upstream: str) -> None:
        self.channel = grpc.insecure_channel(upstream)
        self.sent: list[bytes] = []
        self._lock = threading.Lock()
        self.port = free_port()
        self.target = f"127.0.0.1:{self.port}"
        self.server = grpc.server(futures.ThreadPoolExecutor(max_workers=8), handlers=[self])
        self.server.add_insecure_port(self.target)
        self.server.start()

    def generations(self) -> list[bytes]:
        with self._lock:
            return list(self.sent)

    def service(self, details: grpc.HandlerCallDetails) -> grpc.RpcMethodHandler:
        method: str = details.method
        if method.endswith("/GenerateStream"):
            return grpc.unary_stream_rpc_method_handler(self._stream(method))
        return grpc.unary_unary_rpc_method_handler(self._unary(method))

    def _stream(self, method: str) -> Callable[[bytes, grpc.ServicerContext], Iterator[bytes]]:
        def forward(request: bytes, context: grpc.ServicerContext) -> Iterator[bytes]:
            with self._lock:
                self.sent.append(request)
            call = self.channel.unary_stream(method)(request, timeout=context.time_remaining())
            try:
                yield from call
            except grpc.RpcError as exc:
                context.abort(exc.code(), exc.details() or "")

        return forward

    def _unary(self, method: str) -> Callable[[bytes, grpc.ServicerContext], Any]:
        def forward(request: bytes, context: grpc.ServicerContext) -> Any:
            try:
                return self.channel.unary_unary(method)(request, timeout=context.time_remaining())
            except grpc.RpcError as exc:
                context.abort(exc.code(), exc.details() or "")

        return forward

    def close(self) -> None:
        self.server.stop(grace=1).wait()
        self.channel.close()
