"""The mock's HTTP server protocol: uvicorn's h11 protocol with the bounds a long-running server needs.

uvicorn alone waits forever for a request's headers, accepts connections until the process runs
out of file descriptors, and answers a head past h11's buffer with a 400 and a close that the
client, still sending, sees as a connection reset. ``guarded_protocol`` adds:

- a deadline: from opening, or from its previous answer, a connection has ``request_timeout``
  seconds to send a whole request (line, headers, body); past it, it gets 408 (if it sent part of
  one) and is closed;
- a connection cap: past it, the connection that has waited longest for its request is closed
  to make room (a slow-header attacker, or an idle keep-alive one); when every connection is busy
  with a request, the newcomer is answered 503;
- 414/431 in Sendbird's error shape for a head too long to buffer, written before a lingering
  close (the rest of the request is read and dropped for a moment) so the client gets the answer.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, ClassVar

import h11
from starlette.types import Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from .errors import BAD_REQUEST, HEADERS_TOO_LARGE, REQUEST_TIMED_OUT, SERVER_BUSY, URI_TOO_LONG, ErrorCode, MockError
from .limits import (
    FD_RESERVE,
    LINGER_BYTES,
    LINGER_SECONDS,
    MAX_CONNECTIONS,
    MAX_HEAD_BYTES,
    MAX_URL_BYTES,
    REQUEST_TIMEOUT,
)

_log = logging.getLogger(__name__)
_WAITING_STATES = (h11.IDLE, h11.SEND_BODY)
"""The client's h11 states in which its request has not fully arrived."""


@dataclass(frozen=True, slots=True)
class ServerLimits:
    """How long a request may take to arrive and how many connections the server holds."""

    request_timeout: float = REQUEST_TIMEOUT
    max_connections: int = MAX_CONNECTIONS

    def __post_init__(self) -> None:
        if not self.request_timeout > 0:
            raise ValueError("request_timeout must be > 0 seconds")
        if self.max_connections < 1:
            raise ValueError("max_connections must be >= 1")

    @property
    def connection_cap(self) -> int:
        """``max_connections``, lowered to half the file descriptors the process can spare."""
        budget = _descriptor_budget()
        return self.max_connections if budget is None else max(1, min(self.max_connections, budget // 2))

    @property
    def accept_backlog(self) -> int:
        """The listen backlog, which is also how many connections asyncio accepts in one go.

        Connections accepted in one go are looked at (and older ones closed to make room) a few
        loop iterations later, and a closed one frees its descriptor one iteration after that:
        up to four bursts can be in flight, so a burst is at most an eighth of the budget, and
        the cap plus four bursts fit in it.
        """
        budget = _descriptor_budget()
        return self.connection_cap if budget is None else max(1, min(self.connection_cap, budget // 8))


def _descriptor_budget() -> int | None:
    """File descriptors the server's connections may use: RLIMIT_NOFILE less ``FD_RESERVE``; None if unlimited."""
    try:
        import resource
    except ImportError:  # Windows: no such limit to respect
        return None
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return None
    return max(0, soft - FD_RESERVE)


def error_response(error: ErrorCode, message: str | None = None) -> bytes:
    """A whole HTTP/1.1 answer in Sendbird's error shape that closes the connection."""
    body = json.dumps(MockError(error, message).body(), separators=(",", ":")).encode()
    reason = HTTPStatus(error.status).phrase
    head = (
        f"HTTP/1.1 {error.status} {reason}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


async def _busy(scope: Scope, receive: Receive, send: Send) -> None:
    """The ASGI app that answers a connection admitted past the cap: 503 in Sendbird's shape, then close."""
    body = json.dumps(MockError(SERVER_BUSY).body(), separators=(",", ":")).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": 503, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a request deadline, a connection cap and 414/431 answers.

    Use ``guarded_protocol(limits)``: it makes a subclass whose class attributes are one server's
    limits and connection registries.
    """

    limits: ClassVar[ServerLimits]
    cap: ClassVar[int]
    open_connections: ClassVar[dict[GuardedH11Protocol, None]]
    """Connections not yet closed by the guard, in the order they opened."""
    closable: ClassVar[dict[GuardedH11Protocol, None]]
    """Connections with no request in progress (waiting for one, or lingering), longest-waiting first."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None
        self._partial = False
        """Bytes of the awaited request have arrived."""
        self._linger_left = -1
        """Bytes still to drop while lingering; -1 when not lingering."""

    # --- the connection's life ------------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.open_connections[self] = None
        self._update()
        while len(self.open_connections) > self.cap:
            victim = next((c for c in self.closable if c is not self), None)
            if victim is None:
                break
            victim._close(evicted=True)
        if len(self.open_connections) > self.cap:
            _log.warning("%d connections are busy: answering a new one 503", len(self.open_connections) - 1)
            self.app = _busy

    def connection_lost(self, exc: Exception | None) -> None:
        self._forget()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._linger_left >= 0:
            self._linger_left -= len(data)
            if self._linger_left < 0:
                self._close()
            return
        if self in self.closable:
            self._partial = True
        super().data_received(data)
        self._update()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._update()

    # --- the deadline and the registry ----------------------------------------------------

    def _update(self) -> None:
        """Wait for a request (deadline armed, closable) exactly while one has not fully arrived."""
        if self.transport.is_closing() or self._linger_left >= 0 or self not in self.open_connections:
            return
        waiting = self.conn.their_state in _WAITING_STATES
        if waiting and self._deadline is None:
            self._partial = self.conn.their_state is h11.SEND_BODY
            self.closable[self] = None
            self._deadline = self.loop.call_later(self.limits.request_timeout, self._on_deadline)
        elif not waiting and self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
            self.closable.pop(self, None)

    def _on_deadline(self) -> None:
        self._deadline = None
        if self._partial and not (self.cycle is not None and self.cycle.response_started):
            seconds = f"{self.limits.request_timeout:g}"
            self._answer(REQUEST_TIMED_OUT, f"The request did not arrive in full within {seconds} s.")
        else:
            self._close()

    def _forget(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        self.open_connections.pop(self, None)
        self.closable.pop(self, None)

    def _close(self, *, evicted: bool = False) -> None:
        """Close now; an evicted connection is reset rather than left to linger."""
        self._forget()
        if self.transport.is_closing():
            return
        if evicted:
            self.transport.abort()
        else:
            self.transport.close()

    # --- answers the app never sees -------------------------------------------------------

    def send_400_response(self, msg: str) -> None:
        """A head h11 refused: 414 or 431 when it outgrew the buffer, else 400, in Sendbird's shape."""
        buffered, _ = self.conn.trailing_data
        if len(buffered) <= MAX_HEAD_BYTES:
            self._answer(BAD_REQUEST, "The request is not valid HTTP/1.1.")
            return
        line_end = buffered.find(b"\n")
        parts = buffered[:line_end].split() if line_end >= 0 else []
        # the path and query, as the app counts them; the whole line when it is not "METHOD TARGET VERSION"
        target = len(parts[1]) if len(parts) == 3 else (line_end if line_end >= 0 else len(buffered))
        if target > MAX_URL_BYTES:
            self._answer(URI_TOO_LONG, f"The request line exceeds {MAX_URL_BYTES} bytes.")
        else:
            self._answer(HEADERS_TOO_LARGE, f"The request's line and headers exceed {MAX_HEAD_BYTES} bytes.")

    def _answer(self, error: ErrorCode, message: str) -> None:
        """Write an error answer, then linger: drop what the client still sends for a moment, then close.

        Closing at once with unread input makes the kernel send a reset, and the client would
        lose the answer. The lingering connection stays closable, so it never holds a slot.
        """
        if self.transport.is_closing():
            return
        self.transport.write(error_response(error, message))
        self._forget()
        self.open_connections[self] = None
        self.closable[self] = None
        self._linger_left = LINGER_BYTES
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self._deadline = self.loop.call_later(LINGER_SECONDS, self._close)


def guarded_protocol(limits: ServerLimits) -> type[GuardedH11Protocol]:
    """A protocol class for one server: its limits and its own connection registries."""
    namespace = {"limits": limits, "cap": limits.connection_cap, "open_connections": {}, "closable": {}}
    # (uvicorn's shutdown closes idle connections; one still receiving a request keeps its deadline)
    return type("MockH11Protocol", (GuardedH11Protocol,), namespace)


def server_config(app: Any, limits: ServerLimits | None = None, **options: Any) -> Any:
    """The ``uvicorn.Config`` of the mock's server: the guarded protocol, h11's buffer at ``MAX_HEAD_BYTES``.

    ``options`` go to ``uvicorn.Config`` (``log_level``, ``access_log``, ...); ``lifespan`` is off.
    """
    import uvicorn

    limits = limits if limits is not None else ServerLimits()
    protocol = guarded_protocol(limits)
    options.setdefault("lifespan", "off")
    return uvicorn.Config(
        app, http=protocol, h11_max_incomplete_event_size=MAX_HEAD_BYTES, backlog=limits.accept_backlog, **options
    )
