"""A TCP proxy that degrades a real link on demand, for fault tests (``tc netem`` is not available).

Put it between two real processes (edge agent → cloud pool, client → Redis) and switch the fault
at run time from ordinary synchronous test code; the proxy runs its own asyncio loop in a daemon
thread, so every method below is thread-safe and returns at once::

    with FaultProxy("127.0.0.1", cloud_port) as proxy:       # listens on 127.0.0.1:proxy.port
        start_edge(cloud_target=proxy.target)
        proxy.latency(0.2, jitter_s=0.05)     # +200 ms ± 50 ms on every chunk, both directions
        proxy.drop(0.3)                       # 30 % of new connections closed at once
        proxy.blackhole()                     # accept, never answer, never forward
        proxy.reset()                         # new connections get a TCP RST
        proxy.cut_after(100)                  # server→client: 100 more bytes, then cut
        proxy.bandwidth(50_000)               # bytes per second, each direction
        proxy.reset_all()                     # RST every open connection (after a switch)
        proxy.passthrough()                   # back to normal
        proxy.stats()                         # Stats(connections=…, bytes_up=…, …)

    with FaultProxy("127.0.0.1", cloud_port, capture=True) as proxy:
        ...
        proxy.captured()                      # Captured(up=b"…", down=b"…"): every byte delivered

Semantics, per mode:

- **latency / jitter**: each chunk is delivered ``latency ± jitter`` seconds after it was read,
  in order (a chunk is never delivered before the one read before it); delays overlap, so a
  stream pays the latency once, not once per chunk.
- **drop**: a share of *new* connections is closed right after ``accept`` (the client sees EOF).
- **blackhole**: new connections are accepted and held open, but nothing is forwarded and nothing
  comes back; data on *existing* connections is silently discarded in both directions, as in a
  partition (the kernel still ACKs, so only the peers' timeouts and keepalives notice).
- **reset**: new connections are answered with an RST (``SO_LINGER`` 0).
- **cut_after(n)**: on every connection, at most ``n`` more server→client bytes are delivered,
  counted from the moment the mode was set (from the start, for connections opened later); then
  both sides are closed (FIN, or RST with ``rst=True``).
- **bandwidth(bps)**: each direction of each connection is paced to ``bps`` bytes per second.

Switching modes changes what happens to new connections and to later chunks on open ones; call
``reset_all()`` to break the open ones as well. Faults combine when given together to ``set``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import random
import socket
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

CHUNK = 65536
_EOF = b""


@dataclass(frozen=True)
class Mode:
    """The faults in force. Replaced as a whole on every switch (an atomic swap)."""

    latency_s: float = 0.0
    jitter_s: float = 0.0
    drop_ratio: float = 0.0
    blackhole: bool = False
    reset: bool = False
    cut_after_bytes: int | None = None
    cut_with_rst: bool = False
    bandwidth_bps: int | None = None

    def __post_init__(self) -> None:
        if self.latency_s < 0 or self.jitter_s < 0:
            raise ValueError("latency and jitter must be >= 0")
        if not 0.0 <= self.drop_ratio <= 1.0:
            raise ValueError("drop_ratio must be within [0, 1]")
        if self.cut_after_bytes is not None and self.cut_after_bytes < 0:
            raise ValueError("cut_after_bytes must be >= 0")
        if self.bandwidth_bps is not None and self.bandwidth_bps <= 0:
            raise ValueError("bandwidth_bps must be > 0")


@dataclass(frozen=True)
class Captured:
    """Every byte that reached the proxy from either side and was delivered or swallowed by the
    blackhole (with ``capture=True``), per direction, all connections concatenated."""

    up: bytes = b""  # client → server
    down: bytes = b""  # server → client

    def count(self, needle: bytes) -> int:
        return self.up.count(needle) + self.down.count(needle)


@dataclass(frozen=True)
class Stats:
    """Counters since start (or the last ``clear_stats``)."""

    connections: int = 0  # accepted from clients
    active: int = 0  # open right now (forwarding or held by the blackhole)
    dropped: int = 0  # closed at accept by ``drop``
    resets: int = 0  # answered with RST by ``reset`` or ``reset_all``
    blackholed: int = 0  # accepted and held by ``blackhole``
    cuts: int = 0  # connections cut by ``cut_after``
    upstream_failures: int = 0  # the target refused or was unreachable
    bytes_up: int = 0  # client → server, delivered
    bytes_down: int = 0  # server → client, delivered
    bytes_discarded: int = 0  # swallowed by the blackhole


def _rst(writer: asyncio.StreamWriter) -> None:
    """Close with a TCP RST rather than a FIN."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
    writer.transport.abort()


class _Conn:
    """One proxied connection: two pumps (up, down) and the state the faults need."""

    def __init__(
        self,
        proxy: FaultProxy,
        client: tuple[asyncio.StreamReader, asyncio.StreamWriter],
        server: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None,
    ) -> None:
        self.proxy = proxy
        self.client_r, self.client_w = client
        self.server_r, self.server_w = server or (None, None)
        self.down_sent = 0
        self.cut_version = -1
        self.cut_base = 0
        self.closed = False

    def abort(self, rst: bool) -> None:
        if self.closed:
            return
        self.closed = True
        for writer in (self.client_w, self.server_w):
            if writer is None:
                continue
            if rst:
                _rst(writer)
            else:
                writer.close()

    async def run(self) -> None:
        assert self.server_r is not None and self.server_w is not None
        up = asyncio.ensure_future(self._pump(self.client_r, self.server_w, down=False))
        down = asyncio.ensure_future(self._pump(self.server_r, self.client_w, down=True))
        try:
            # The server closing ends the connection; the client closing only half-closes.
            await down
        finally:
            up.cancel()
            await asyncio.gather(up, return_exceptions=True)
            self.abort(rst=False)

    async def _pump(
        self, src: asyncio.StreamReader, dst: asyncio.StreamWriter, *, down: bool
    ) -> None:
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue(maxsize=64)
        writer = asyncio.ensure_future(self._deliver(queue, dst, down=down))
        last_due = 0.0
        try:
            while True:
                try:
                    data = await src.read(CHUNK)
                except (ConnectionError, OSError):
                    data = _EOF
                mode = self.proxy.mode
                if data and mode.blackhole:
                    self.proxy._count(bytes_discarded=len(data))
                    self.proxy._capture(data, down=down)  # it left the client all the same
                    continue
                delay = mode.latency_s
                if mode.jitter_s:
                    delay = max(0.0, delay + self.proxy._rng.uniform(-mode.jitter_s, mode.jitter_s))
                last_due = max(time.monotonic() + delay, last_due)
                if writer.done():  # the other side is gone (cut, or the peer stopped reading)
                    break
                await queue.put((last_due, data))
                if not data:
                    break
            await writer
        finally:
            writer.cancel()

    async def _deliver(
        self, queue: asyncio.Queue[tuple[float, bytes]], dst: asyncio.StreamWriter, *, down: bool
    ) -> None:
        while True:
            due, data = await queue.get()
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            if not data:
                if dst.can_write_eof() and not dst.is_closing():
                    try:
                        dst.write_eof()
                    except OSError:
                        pass
                return
            mode = self.proxy.mode
            if down and mode.cut_after_bytes is not None:
                if self.cut_version != self.proxy._version:
                    self.cut_version, self.cut_base = self.proxy._version, self.down_sent
                room = self.cut_base + mode.cut_after_bytes - self.down_sent
                if room < len(data):
                    await self._write(dst, data[: max(room, 0)], mode, down=True)
                    self.proxy._count(cuts=1)
                    self.abort(rst=mode.cut_with_rst)
                    return
            if not await self._write(dst, data, mode, down=down):
                self.abort(rst=False)
                return

    async def _write(
        self, dst: asyncio.StreamWriter, data: bytes, mode: Mode, *, down: bool
    ) -> bool:
        """Deliver ``data`` (paced when a bandwidth is set); False when ``dst`` is gone."""
        step = max(1, len(data))
        if mode.bandwidth_bps:
            step = max(1, mode.bandwidth_bps // 50)  # pace in 20 ms slices
        for start in range(0, len(data), step):
            piece = data[start : start + step]
            if dst.is_closing():
                return False
            dst.write(piece)
            try:
                await dst.drain()
            except (ConnectionError, OSError):
                return False
            if down:
                self.down_sent += len(piece)
                self.proxy._count(bytes_down=len(piece))
            else:
                self.proxy._count(bytes_up=len(piece))
            self.proxy._capture(piece, down=down)
            if mode.bandwidth_bps:
                await asyncio.sleep(len(piece) / mode.bandwidth_bps)
        return True


class FaultProxy:
    """Listens on ``listen_host:port`` (0: a free port) and forwards to ``target_host:target_port``."""

    def __init__(
        self,
        target_host: str,
        target_port: int,
        *,
        listen_host: str = "127.0.0.1",
        listen_port: int = 0,
        seed: int | None = None,
        connect_timeout_s: float = 5.0,
        capture: bool = False,
    ) -> None:
        """``capture``: keep a copy of every byte delivered, per direction (``captured()``)."""
        self._target = (target_host, target_port)
        self._listen = (listen_host, listen_port)
        self._rng = random.Random(seed)
        self._connect_timeout_s = connect_timeout_s
        self.mode = Mode()
        self._version = 0
        self._stats = Stats()
        self._lock = threading.Lock()
        self._capture_on = capture
        self._up = bytearray()
        self._down = bytearray()
        self._activity: list[float] = []
        self._conns: set[_Conn] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.base_events.Server | None = None
        self._sock: socket.socket | None = None

    # ---- lifecycle -----------------------------------------------------------------------

    def start(self) -> FaultProxy:
        """Bind, start the loop thread and return once connections are accepted."""
        if self._thread is not None:
            raise RuntimeError("proxy already started")
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(self._listen)
        self._sock.listen(256)
        self._loop = asyncio.new_event_loop()
        ready = threading.Event()
        self._thread = threading.Thread(
            target=self._run_loop, args=(ready,), name="fault-proxy", daemon=True
        )
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fault proxy did not start")
        return self

    def _run_loop(self, ready: threading.Event) -> None:
        assert self._loop is not None
        asyncio.set_event_loop(self._loop)

        async def serve() -> None:
            self._server = await asyncio.start_server(self._handle, sock=self._sock)
            ready.set()

        self._loop.run_until_complete(serve())
        self._loop.run_forever()
        self._loop.close()

    def stop(self) -> None:
        """Close the listener and every connection, then end the loop thread."""
        if self._loop is None or self._thread is None:
            return

        async def shutdown() -> None:
            if self._server is not None:
                self._server.close()
            for conn in list(self._conns):
                conn.abort(rst=False)
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        if self._thread.is_alive():
            asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
        self._thread = None

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- where it listens ----------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._sock is None:
            raise RuntimeError("proxy not started")
        return int(self._sock.getsockname()[1])

    @property
    def host(self) -> str:
        return self._listen[0]

    @property
    def target(self) -> str:
        """``HOST:PORT`` to give a client instead of the real target."""
        return f"{self.host}:{self.port}"

    def retarget(self, host: str, port: int) -> None:
        """Forward new connections elsewhere (e.g. to a restarted server on a new port)."""
        self._target = (host, port)

    # ---- switching faults ----------------------------------------------------------------

    def set(self, **faults: object) -> None:
        """Replace all faults at once; unnamed ones are off. Keywords are ``Mode`` fields."""
        mode = Mode(**faults)  # type: ignore[arg-type]
        with self._lock:
            self._version += 1
            self.mode = mode

    def passthrough(self) -> None:
        self.set()

    def latency(self, latency_s: float, jitter_s: float = 0.0) -> None:
        self.set(latency_s=latency_s, jitter_s=jitter_s)

    def drop(self, ratio: float) -> None:
        self.set(drop_ratio=ratio)

    def blackhole(self) -> None:
        self.set(blackhole=True)

    def reset(self) -> None:
        self.set(reset=True)

    def cut_after(self, n_bytes: int, *, rst: bool = False) -> None:
        self.set(cut_after_bytes=n_bytes, cut_with_rst=rst)

    def bandwidth(self, bytes_per_s: int) -> None:
        self.set(bandwidth_bps=bytes_per_s)

    @contextmanager
    def fault(self, **faults: object) -> Iterator[FaultProxy]:
        """``with proxy.fault(blackhole=True): …`` — the fault, then pass-through again."""
        self.set(**faults)
        try:
            yield self
        finally:
            self.passthrough()

    def reset_all(self) -> int:
        """Break every open connection with an RST; returns how many there were."""
        if self._loop is None:
            return 0

        async def kill() -> int:
            conns = list(self._conns)
            for conn in conns:
                conn.abort(rst=True)
            return len(conns)

        killed = asyncio.run_coroutine_threadsafe(kill(), self._loop).result(10)
        self._count(resets=killed)
        return killed

    # ---- counters ------------------------------------------------------------------------

    def stats(self) -> Stats:
        with self._lock:
            return dataclasses.replace(self._stats, active=len(self._conns))

    def clear_stats(self) -> None:
        with self._lock:
            self._stats = Stats()

    def captured(self) -> Captured:
        """The bytes delivered so far in each direction (empty unless ``capture=True``)."""
        with self._lock:
            return Captured(up=bytes(self._up), down=bytes(self._down))

    def client_activity(self) -> list[float]:
        """Monotonic times at which a client opened a connection or sent bytes (delivered or
        swallowed): every attempt to reach the target, e.g. to check a breaker sends none."""
        with self._lock:
            return list(self._activity)

    def _capture(self, data: bytes, *, down: bool) -> None:
        if not down:
            with self._lock:
                self._activity.append(time.monotonic())
        if self._capture_on:
            with self._lock:
                (self._down if down else self._up).extend(data)

    def _count(self, **deltas: int) -> None:
        with self._lock:
            values = {k: getattr(self._stats, k) + v for k, v in deltas.items()}
            self._stats = dataclasses.replace(self._stats, **values)

    # ---- connection handling (on the loop thread) ----------------------------------------

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._count(connections=1)
        with self._lock:
            self._activity.append(time.monotonic())
        mode = self.mode
        if mode.reset:
            self._count(resets=1)
            _rst(writer)
            return
        if mode.drop_ratio and self._rng.random() < mode.drop_ratio:
            self._count(dropped=1)
            writer.close()
            return
        if mode.blackhole:
            await self._hold((reader, writer))
            return
        try:
            server = await asyncio.wait_for(
                asyncio.open_connection(*self._target), self._connect_timeout_s
            )
        except (OSError, asyncio.TimeoutError):
            self._count(upstream_failures=1)
            _rst(writer)
            return
        conn = _Conn(self, (reader, writer), server)
        self._conns.add(conn)
        try:
            await conn.run()
        finally:
            self._conns.discard(conn)

    async def _hold(self, client: tuple[asyncio.StreamReader, asyncio.StreamWriter]) -> None:
        """Blackhole: read and discard until the client gives up (or ``reset_all``)."""
        self._count(blackholed=1)
        conn = _Conn(self, client, None)
        self._conns.add(conn)
        try:
            while not conn.closed:
                try:
                    data = await client[0].read(CHUNK)
                except (ConnectionError, OSError):
                    break
                if not data:
                    break
                self._count(bytes_discarded=len(data))
                self._capture(data, down=False)
        finally:
            self._conns.discard(conn)
            conn.abort(rst=False)
