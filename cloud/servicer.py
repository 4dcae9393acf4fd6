"""The ``duet.v1.Generation`` gRPC service on top of the pool."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator

import grpc
from grpc import aio

from duet.cloud.auth import TokenCheck
from duet.cloud.batching import batches
from duet.core.grpc_status import status_of
from duet.core.wire import delta_to_pb, events_to_pb, finish_to_pb, request_from_pb
from duet.cloud.pool import Pool, PoolGeneration
from duet.core.metrics import Metrics
from duet.core.v1 import duet_pb2 as pb
from duet.core.v1 import duet_pb2_grpc
from duet.cache import ResponseCache
from duet.core.backend import Finish, Generation, GenerationRequest, RequestContext, Route, TokenDelta
from duet.core.errors import DuetError, RateLimited, UpstreamError

log = logging.getLogger("duet.cloud.grpc")


class GenerationServicer(duet_pb2_grpc.GenerationServicer):
    def __init__(
        self,
        pool: Pool,
        auth: TokenCheck,
        *,
        max_concurrent: int,
        default_timeout_s: float,
        metrics: Metrics | None = None,
        cache: ResponseCache | None = None,
    ) -> None:
        self.pool = pool
        self.cache = cache
        self.auth = auth
        self.max_concurrent = max_concurrent
        self.default_timeout_s = default_timeout_s
        self.metrics = metrics
        self.active = 0

    def _deadline(self, context: aio.ServicerContext) -> float:
        remaining = context.time_remaining()
        budget = self.default_timeout_s if remaining is None else remaining
        return time.monotonic() + budget

    def _count(self, model: str, code: grpc.StatusCode) -> None:
        if self.metrics and self.metrics.enabled:
            self.metrics.pool_requests.labels(model or self.pool.default, code.name).inc()

    async def _abort(self, context: aio.ServicerContext, model: str, exc: DuetError) -> None:
        code, trailers = status_of(exc)
        self._count(model, code)
        if code == grpc.StatusCode.INTERNAL:
            log.error("request failed: %s", exc.message)
        await context.abort(code, exc.message, trailers)

    async def _start(
        self, request: pb.GenerateRequest, context: aio.ServicerContext
    ) -> PoolGeneration:
        """Auth, limits, validation and the first token; aborts the call on any error. On
        success the call counts as active until the caller decrements ``active``."""
        try:
            self.auth.check(context.invocation_metadata())
            if self.active >= self.max_concurrent:
                raise RateLimited(
                    f"the pool serves at most {self.max_concurrent} generations at once",
                    retry_after=1.0,
                )
        except DuetError as exc:
            await self._abort(context, request.model, exc)
        self.active += 1
        try:
            return await self._generate(request, context)
        except DuetError as exc:
            self.active -= 1
            await self._abort(context, request.model, exc)
            raise  # not reached: abort raises
        except BaseException:
            self.active -= 1
            raise

    async def _generate(
        self, message: pb.GenerateRequest, context: aio.ServicerContext
    ) -> PoolGeneration:
        """The pool's generation, through the fleet-wide response cache when there is one.

        Entries are partitioned by the caller's token (the edge fleet) and the tenant the edge
        names; redacted requests are never cached (the contract in duet.proto).
        """
        request = request_from_pb(message)
        deadline = self._deadline(context)
        if self.cache is None:
            return await self.pool.start(request, deadline)

        async def start(req: GenerationRequest, _: RequestContext) -> Generation:
            started = await self.pool.start(req, deadline)
            return Generation(started.model, started.events, Route(replica=started.replica))

        ctx = RequestContext(
            request_id=message.request_id,
            tenant=f"{TokenCheck.identity(context.invocation_metadata())}/{message.tenant}",
            headers={},
            deadline=deadline,
        )
        generation = await self.cache.generate(
            request, ctx, start,
            shared_store_allowed=message.privacy != pb.PRIVACY_REDACTED,
        )
        replica = generation.route.replica or "cache"
        return PoolGeneration(generation.model, replica, generation.events)

    async def GenerateStream(
        self, request: pb.GenerateRequest, context: aio.ServicerContext
    ) -> AsyncIterator[pb.GenerateStreamResponse]:
        started = await self._start(request, context)
        stream = batches(started.events)
        try:
            model = started.model
            async for batch in stream:
                if isinstance(batch[-1], Finish):
                    # counted now: the caller may close the call as soon as it has the finish
                    self._count(started.model, grpc.StatusCode.OK)
                yield events_to_pb(batch, model)
                model = ""
        except DuetError as exc:
            await self._abort(context, started.model, exc)
        finally:
            self.active -= 1
            # the read-ahead task first: it may be inside the events when the caller hangs up
            await stream.aclose()
            await started.events.aclose()

    async def Generate(
        self, request: pb.GenerateRequest, context: aio.ServicerContext
    ) -> pb.GenerateResponse:
        started = await self._start(request, context)
        response = pb.GenerateResponse(model=started.model)
        text: list[str] = []
        try:
            async for event in started.events:
                if isinstance(event, TokenDelta):
                    text.append(event.text)
                    if event.logprob is not None:
                        response.tokens.append(delta_to_pb(event))
                elif isinstance(event, Finish):
                    response.finish.CopyFrom(finish_to_pb(event))
            if not response.HasField("finish"):
                raise UpstreamError("the model ended without finishing")
        except DuetError as exc:
            await self._abort(context, started.model, exc)
        finally:
            self.active -= 1
            await started.events.aclose()
        response.text = "".join(text)
        self._count(started.model, grpc.StatusCode.OK)
        return response

    async def ListModels(
        self, request: pb.ListModelsRequest, context: aio.ServicerContext
    ) -> pb.ListModelsResponse:
        try:
            self.auth.check(context.invocation_metadata())
        except DuetError as exc:
            code, trailers = status_of(exc)
            await context.abort(code, exc.message, trailers)
        return pb.ListModelsResponse(
            models=[
                pb.Model(
                    id=m.name,
                    owned_by=m.owned_by,
                    replicas=len(m.replicas),
                    healthy_replicas=m.healthy_count(),
                    context_length=m.context_length,
                )
                for m in self.pool.models.values()
            ]
        )
