"""Each fault of the proxy, proven against real servers over real sockets."""

from __future__ import annotations

import http.server
import socket
import socketserver
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.faults import FaultProxy, Mode


class _Echo(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        while data := self.request.recv(65536):
            self.server.received += len(data)  # type: ignore[attr-defined]
            self.request.sendall(data)


class _Blast(socketserver.BaseRequestHandler):
    """Sends ``size`` bytes (a counting pattern), then closes."""

    size = 200_000

    def handle(self) -> None:
        self.request.sendall(bytes(i % 251 for i in range(self.size)))


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    received = 0


@pytest.fixture
def echo() -> Iterator[_Server]:
    with _Server(("127.0.0.1", 0), _Echo) as server:
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        yield server
        server.shutdown()


@pytest.fixture
def blast() -> Iterator[_Server]:
    with _Server(("127.0.0.1", 0), _Blast) as server:
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        yield server
        server.shutdown()


@pytest.fixture
def proxy_to(request: pytest.FixtureRequest) -> Iterator[FaultProxy]:
    server = request.getfixturevalue(request.param)
    with FaultProxy("127.0.0.1", server.server_address[1], seed=7) as proxy:
        yield proxy


def connect(proxy: FaultProxy, timeout: float = 2.0) -> socket.socket:
    return socket.create_connection(("127.0.0.1", proxy.port), timeout=timeout)


def round_trip(sock: socket.socket, payload: bytes = b"ping") -> float:
    started = time.monotonic()
    sock.sendall(payload)
    got = b""
    while len(got) < len(payload):
        chunk = sock.recv(65536)
        assert chunk, "connection closed during a round trip"
        got += chunk
    assert got == payload
    return time.monotonic() - started


def assert_reset(proxy: FaultProxy) -> None:
    """A new connection is reset (the RST may arrive before ``connect`` even returns)."""
    with pytest.raises(ConnectionResetError):
        with connect(proxy) as sock:
            time.sleep(0.05)
            sock.sendall(b"hi")
            sock.recv(16)


def read_all(sock: socket.socket) -> bytes:
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    return data


@pytest.mark.parametrize("proxy_to", ["echo"], indirect=True)
def test_passthrough_forwards_both_ways_and_counts(proxy_to: FaultProxy, echo: _Server) -> None:
    with connect(proxy_to) as sock:
        for _ in range(5):
            round_trip(sock, b"x" * 1000)
    time.sleep(0.05)
    stats = proxy_to.stats()
    assert stats.connections == 1
    assert stats.bytes_up == stats.bytes_down == 5000
    assert echo.received == 5000


@pytest.mark.parametrize("proxy_to", ["echo"], indirect=True)
def test_latency_is_added_in_each_direction(proxy_to: FaultProxy) -> None:
    with connect(proxy_to) as sock:
        baseline = min(round_trip(sock) for _ in range(3))
        proxy_to.latency(0.1)
        delayed = [round_trip(sock) for _ in range(3)]
    assert baseline < 0.05
    assert all(0.2 <= d < 0.4 for d in delayed), delayed


@pytest.mark.parametrize("proxy_to", ["echo"], indirect=True)
def test_jitter_varies_the_delay_within_its_bounds(proxy_to: FaultProxy) -> None:
    proxy_to.latency(0.05, jitter_s=0.04)
    with connect(proxy_to) as sock:
        times = [round_trip(sock) for _ in range(12)]
    assert all(0.02 <= t < 0.25 for t in times), times
    assert max(times) - min(times) > 0.02, times


@pytest.mark.parametrize("proxy_to", ["blast"], indirect=True)
def test_latency_keeps_order_and_is_paid_once_per_stream(proxy_to: FaultProxy) -> None:
    proxy_to.latency(0.2, jitter_s=0.1)
    started = time.monotonic()
    with connect(proxy_to) as sock:
        data = read_all(sock)
    elapsed = time.monotonic() - started
    assert data == bytes(i % 251 for i in range(_Blast.size))
    assert 0.1 <= elapsed < 1.0, elapsed


@pytest.mark.parametrize("proxy_to", ["echo"], indirect=True)
def test_drop_closes_a_share_of_new_connections(proxy_to: FaultProxy) -> None:
    proxy_to.drop(0.5)
    closed = 0
    for _ in range(40):
        with connect(proxy_to) as sock:
            sock.sendall(b"hi")
            try:
                closed += sock.recv(16) == b""
            except ConnectionResetError:
                closed += 1
    assert 10 <= closed <= 30, closed
    assert proxy_to.stats().dropped == closed
    proxy_to.drop(1.0)
    with connect(proxy_to) as sock:
        assert sock.recv(16) == b""


@pytest.mark.parametrize("proxy_to", ["echo"], indirect=True)
def test_blackhole_accepts_but_never_answers(proxy_to: FaultProxy, echo: _Server) -> None:
    proxy_to.blackhole()
    with connect(proxy_to, timeout=0.5) as sock:  # the connect itself succeeds
        sock.sendall(b"anyone there?")
        with pytest.raises(TimeoutError):
            sock.recv(16)
    assert echo.received == 0
    stats = proxy_to.stats()
    assert stats.blackholed == 1 and stats.bytes_discarded == len(b"anyone there?")


@pytest.mark.parametrize("proxy_to", ["echo"], indirect=True)
def test_blackhole_swallows_traffic_on_open_connections(proxy_to: FaultProxy) -> None:
    with connect(proxy_to, timeout=0.5) as sock:
        round_trip(sock)
        proxy_to.blackhole()
        sock.sendall(b"lost")
        with pytest.raises(TimeoutError):
            sock.recv(16)
        proxy_to.passthrough()
        round_trip(sock, b"back")  # the link heals; what was lost stays lost


@pytest.mark.parametrize("proxy_to", ["echo"], indirect=True)
def test_reset_answers_new_connections_with_rst(proxy_to: FaultProxy) -> None:
    proxy_to.reset()
    assert_reset(proxy_to)
    assert proxy_to.stats().resets == 1


@pytest.mark.parametrize("proxy_to", ["echo"], indirect=True)
def test_reset_all_breaks_open_connections(proxy_to: FaultProxy) -> None:
    socks = [connect(proxy_to) for _ in range(3)]
    for sock in socks:
        round_trip(sock)
    assert proxy_to.reset_all() == 3
    for sock in socks:
        with pytest.raises(ConnectionResetError):
            sock.recv(16)
        sock.close()
    with connect(proxy_to) as sock:  # new connections pass again
        round_trip(sock)


@pytest.mark.parametrize("proxy_to", ["blast"], indirect=True)
@pytest.mark.parametrize("n", [0, 1, 1000, 65537])
def test_cut_after_delivers_exactly_n_bytes(proxy_to: FaultProxy, n: int) -> None:
    proxy_to.cut_after(n)
    with connect(proxy_to) as sock:
        data = read_all(sock)
    assert data == bytes(i % 251 for i in range(_Blast.size))[:n]
    assert proxy_to.stats().cuts == 1


@pytest.mark.parametrize("proxy_to", ["blast"], indirect=True)
def test_cut_with_rst_resets_the_client(proxy_to: FaultProxy) -> None:
    proxy_to.cut_after(100, rst=True)
    received = b""
    with connect(proxy_to) as sock, pytest.raises(ConnectionResetError):
        while chunk := sock.recv(65536):
            received += chunk
    assert len(received) <= 100


@pytest.mark.parametrize("proxy_to", ["echo"], indirect=True)
def test_cut_counts_from_when_it_was_set(proxy_to: FaultProxy) -> None:
    with connect(proxy_to) as sock:
        round_trip(sock, b"a" * 500)  # before the cut: not counted
        proxy_to.cut_after(10)
        sock.sendall(b"b" * 50)
        assert read_all(sock) == b"b" * 10


@pytest.mark.parametrize("proxy_to", ["blast"], indirect=True)
def test_bandwidth_limits_throughput(proxy_to: FaultProxy) -> None:
    started = time.monotonic()
    with connect(proxy_to) as sock:
        assert len(read_all(sock)) == _Blast.size
    fast = time.monotonic() - started
    proxy_to.bandwidth(250_000)  # 200 kB at 250 kB/s: 0.8 s
    started = time.monotonic()
    with connect(proxy_to, timeout=5) as sock:
        assert len(read_all(sock)) == _Blast.size
    slow = time.monotonic() - started
    assert fast < 0.2
    assert 0.7 <= slow < 1.5, slow


def test_unreachable_target_resets_the_client() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead_port = probe.getsockname()[1]
    with FaultProxy("127.0.0.1", dead_port) as proxy:
        assert_reset(proxy)
        assert proxy.stats().upstream_failures == 1


def test_retarget_moves_new_connections(echo: _Server, blast: _Server) -> None:
    with FaultProxy("127.0.0.1", echo.server_address[1]) as proxy:
        with connect(proxy) as sock:
            round_trip(sock)
        proxy.retarget("127.0.0.1", blast.server_address[1])
        with connect(proxy) as sock:
            assert len(read_all(sock)) == _Blast.size


def test_modes_are_validated() -> None:
    for bad in ({"drop_ratio": 1.5}, {"latency_s": -1}, {"bandwidth_bps": 0}, {"cut_after_bytes": -1}):
        with pytest.raises(ValueError):
            Mode(**bad)  # type: ignore[arg-type]


class _Slowish(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        body = b"hello"
        self.send_response(200)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_http_through_the_proxy_with_latency_and_blackhole() -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Slowish)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    try:
        with FaultProxy("127.0.0.1", server.server_address[1]) as proxy:
            url = f"http://{proxy.target}/"
            assert httpx.get(url).text == "hello"
            with proxy.fault(latency_s=0.15):
                started = time.monotonic()
                assert httpx.get(url).text == "hello"
                assert time.monotonic() - started >= 0.3  # request and response each delayed
            proxy.blackhole()
            with pytest.raises(httpx.ReadTimeout):
                httpx.get(url, timeout=httpx.Timeout(0.5))
            proxy.passthrough()
            assert httpx.get(url).text == "hello"
    finally:
        server.shutdown()
        server.server_close()


def test_capture_keeps_every_byte_per_direction(echo: _Server) -> None:
    with FaultProxy("127.0.0.1", echo.server_address[1], capture=True) as proxy:
        with connect(proxy) as sock:
            round_trip(sock, b"secret-one")
            proxy.blackhole()
            sock.sendall(b"secret-two")  # swallowed, but it left the client: captured too
            time.sleep(0.1)
        captured = proxy.captured()
    assert captured.up == b"secret-onesecret-two"
    assert captured.down == b"secret-one"
    assert captured.count(b"secret-one") == 2


def test_capture_is_off_by_default(echo: _Server) -> None:
    with FaultProxy("127.0.0.1", echo.server_address[1]) as proxy:
        with connect(proxy) as sock:
            round_trip(sock, b"hello")
        assert proxy.captured().up == b"" and proxy.captured().down == b""
