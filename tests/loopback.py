"""A raw-socket HTTP/1.1 server on 127.0.0.1 that misbehaves on demand: the ``loopback`` fixture's engine.

Off-the-shelf test servers (``http.server``, pytest-httpserver) always speak proper HTTP once a
handler returns; the client's promises are about servers that do not. Here a test's handler gets
each request as an ``Exchange`` and decides, byte by byte, what the socket does: answer, send raw
bytes, drip one byte at a time, stall, close early or reset. Keep-alive is honoured (a request
that was answered properly leaves its connection open for the next), and every request records
the connection it came on, so pooling and fork tests can tell connections apart. Stopping the
server releases every drip and stall at once, so no test waits on a slow handler at teardown.
"""

from __future__ import annotations

import contextlib
import json
import select
import socket
import struct
import threading
import time
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Final, Protocol

Handler = Callable[["Exchange"], None]
"""What a test programs: called once per request, it writes (or withholds) the answer."""

_READ_TICK: Final = 0.2
"""Seconds a connection thread waits for bytes before checking whether the server is stopping."""
_MAX_HEAD: Final = 64 * 1024


class ServerStoppedError(Exception):
    """Raised inside a handler's drip or stall when the server stops: the handler just ends."""


class Exchange:
    """One request as the server read it, and the means to answer it on its socket."""

    def __init__(
        self,
        server: LoopbackServer,
        sock: socket.socket,
        *,
        number: int,
        connection: int,
        method: str,
        target: str,
        header_list: list[tuple[str, str]],
        body: bytes,
    ) -> None:
        self._server = server
        self._sock = sock
        self.number = number
        """1-based arrival order of this request at the server."""
        self.connection = connection
        """1-based number of the TCP connection the request came on (a reused connection keeps its number)."""
        self.method = method
        self.target = target
        """The raw request-target, as sent: path and query, still percent-encoded."""
        self.header_list = header_list
        """Every header line in order, names as sent."""
        self.headers = {name.lower(): value for name, value in header_list}
        """Header names lower-cased; the last of a repeated header wins."""
        self.body = body
        self.received_at = time.monotonic()
        """When the whole request had been read, on the monotonic clock."""
        self.open = True
        """False once the handler closed or reset the connection."""

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    def answer(self, status: int = 200, body: bytes = b"{}", headers: Mapping[str, str] | None = None) -> None:
        """A complete answer: status line, the headers given, Content-Length (unless framed otherwise), body."""
        given = dict(headers or {})
        lower = {name.lower() for name in given}
        if "content-type" not in lower:
            given["Content-Type"] = "application/json"
        if "content-length" not in lower and "transfer-encoding" not in lower:
            given["Content-Length"] = str(len(body))
        self.send(head(status, given) + body)

    def echo_headers(self, status: int = 200) -> None:
        """Answers the request's header lines back as JSON: ``{"headers": [[name, value], ...]}``."""
        self.answer(status, json.dumps({"headers": self.header_list}).encode())

    def send(self, data: bytes) -> None:
        """Writes raw bytes as they are (a broken status line, a lying Content-Length...)."""
        self._sock.sendall(data)

    def drip(self, data: bytes, every: float) -> None:
        """Writes ``data`` one byte every ``every`` seconds, until done, the client leaves or the server stops."""
        for index in range(len(data)):
            if self._server.stopping.wait(every):
                raise ServerStoppedError
            self._sock.sendall(data[index : index + 1])

    def stall(self) -> None:
        """Says nothing more, holding the connection open until the server stops."""
        self._server.stopping.wait()
        raise ServerStoppedError

    def close(self) -> None:
        """Closes the connection now (a FIN after whatever was sent): a body cut short, or no answer at all."""
        self.open = False
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)
        self._sock.close()

    def reset(self) -> None:
        """Aborts the connection: an RST, as a crashed server or a middlebox dropping state sends."""
        self.open = False
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self._sock.close()


def head(status: int, headers: Mapping[str, str]) -> bytes:
    """A status line and header block, ready to send."""
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Unknown"
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{name}: {value}" for name, value in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def unused_port() -> int:
    """A port on 127.0.0.1 nobody listens on (it was free a moment ago): connecting to it is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def answer_with(status: int = 200, body: bytes = b"{}", headers: Mapping[str, str] | None = None) -> Handler:
    """A handler answering every request the same way."""
    return lambda exchange: exchange.answer(status, body, headers)


class LoopbackServer:
    """Listens on 127.0.0.1 on a free port; each connection is served by its own thread.

    ``handler`` may be replaced between requests; ``exchanges`` lists every request read, in
    arrival order. A handler's unexpected exception is kept in ``errors`` (the fixture fails the
    test with it); a client that went away mid-answer (``OSError``) is expected and ignored.
    """

    def __init__(self, handler: Handler | None = None) -> None:
        self.handler: Handler = handler or answer_with()
        self.exchanges: list[Exchange] = []
        self.errors: list[BaseException] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._connections = 0
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=128)
        self._listener.settimeout(_READ_TICK)
        self.port: int = self._listener.getsockname()[1]
        self._acceptor = threading.Thread(target=self._accept, name="loopback-accept", daemon=True)
        self._acceptor.start()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        """The Calls base URL on this server (its Chat base is the ``/v3`` sibling)."""
        return f"{self.origin}/v1"

    @property
    def connections(self) -> int:
        """How many TCP connections were accepted so far."""
        return self._connections

    def requests(self, method: str | None = None) -> list[Exchange]:
        with self._lock:
            return [e for e in self.exchanges if method is None or e.method == method]

    def stop(self) -> None:
        """Releases drips and stalls, closes every socket and waits (bounded) for the threads."""
        self.stopping.set()
        self._listener.close()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self._acceptor.join(timeout=5)
        for thread in list(self._threads):
            thread.join(timeout=5)
        for sock in sockets:
            sock.close()

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:  # the listener was closed: stopping
                return
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.settimeout(None)  # writes block (stop() unblocks them); reads poll with select
            with self._lock:
                self._connections += 1
                number = self._connections
                self._sockets.append(sock)
            thread = threading.Thread(target=self._serve, args=(sock, number), name=f"loopback-{number}", daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket, connection: int) -> None:
        buffer = b""
        while not self.stopping.is_set():
            parsed = self._read_request(sock, buffer)
            if parsed is None:
                break
            method, target, header_list, body, buffer = parsed
            with self._lock:
                exchange = Exchange(
                    self,
                    sock,
                    number=len(self.exchanges) + 1,
                    connection=connection,
                    method=method,
                    target=target,
                    header_list=header_list,
                    body=body,
                )
                self.exchanges.append(exchange)
            try:
                self.handler(exchange)
            except (ServerStoppedError, OSError):
                break
            except BaseException as exc:  # a bug in the test's handler: the fixture reports it
                self.errors.append(exc)
                break
            if not exchange.open:
                return
        with contextlib.suppress(OSError):
            sock.close()

    def _read_request(
        self, sock: socket.socket, buffer: bytes
    ) -> tuple[str, str, list[tuple[str, str]], bytes, bytes] | None:
        """The next request on the connection (and the bytes after it); None once the client left."""
        while b"\r\n\r\n" not in buffer:
            chunk = self._recv(sock)
            if not chunk or len(buffer) > _MAX_HEAD:
                return None
            buffer += chunk
        raw_head, buffer = buffer.split(b"\r\n\r\n", 1)
        lines = raw_head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        header_list = [(name, value.strip()) for name, value in (line.split(":", 1) for line in lines[1:])]
        length = int(next((value for name, value in header_list if name.lower() == "content-length"), "0"))
        while len(buffer) < length:
            chunk = self._recv(sock)
            if not chunk:
                return None
            buffer += chunk
        return method, target, header_list, buffer[:length], buffer[length:]

    def _recv(self, sock: socket.socket) -> bytes:
        """The next bytes from the client; empty once it closed or the server stops."""
        while not self.stopping.is_set():
            try:
                readable, _, _ = select.select([sock], [], [], _READ_TICK)
                if readable:
                    return sock.recv(65536)
            except (OSError, ValueError):  # reset by the client, or closed by stop()
                return b""
        return b""


class StartLoopback(Protocol):
    """The ``loopback`` fixture: starts a server (stopped at teardown) with ``handler``, or ``200 {}`` for all."""

    def __call__(self, handler: Handler | None = None) -> LoopbackServer: ...
