"""A call's deadline, enforced inside every socket operation of the sync connection pool.

httpx's timeouts bound each socket read, so a server that drips one byte per read holds a sync
request for ever. The transport sets the attempt's deadline in a context variable; the network
backend below clamps every connect, read and write to the time left, and times out once it is
gone. The async client cancels the attempt instead (``anyio.fail_after``), which needs no backend.
"""

from __future__ import annotations

import contextvars
import ssl
import time
import typing
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Final

import httpcore
import httpx

CURRENT_DEADLINE: Final[contextvars.ContextVar[float | None]] = contextvars.ContextVar(
    "sendbird_calls_deadline", default=None
)
"""The ``time.monotonic()`` instant the current attempt must end by; None outside an attempt."""


@contextmanager
def deadline_scope(deadline: float) -> Iterator[None]:
    """Makes ``deadline`` the limit of every socket operation of this thread until the block ends."""
    token = CURRENT_DEADLINE.set(deadline)
    try:
        yield
    finally:
        CURRENT_DEADLINE.reset(token)


_DEADLINE_PASSED: Final = "the call's deadline passed"


def _clamp(timeout: float | None, error: type[Exception]) -> float | None:
    """The socket timeout to use: the phase's own, cut to what is left of the deadline."""
    deadline = CURRENT_DEADLINE.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise error(_DEADLINE_PASSED)
    return remaining if timeout is None else min(timeout, remaining)


def _say_deadline(exc: Exception, timeout: float | None, clamped: float | None) -> Exception:
    """A socket timeout caused by the deadline says so; one of the phase's own stays as it was."""
    if clamped != timeout:
        return type(exc)(_DEADLINE_PASSED)
    return exc


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every operation ends by the current deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        clamped = _clamp(timeout, httpcore.ReadTimeout)
        try:
            return self._inner.read(max_bytes, clamped)
        except httpcore.ReadTimeout as exc:
            raise _say_deadline(exc, timeout, clamped) from None

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        clamped = _clamp(timeout, httpcore.WriteTimeout)
        try:
            self._inner.write(buffer, clamped)
        except httpcore.WriteTimeout as exc:
            raise _say_deadline(exc, timeout, clamped) from None

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(
            self._inner.start_tls(ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout))
        )

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """Wraps a sync network backend so that its streams honour the current deadline."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, _clamp(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(path, _clamp(timeout, httpcore.ConnectTimeout), socket_options)
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def deadline_http_transport() -> httpx.HTTPTransport:
    """httpx's default transport, with its pool's sockets bound by the current deadline.

    httpx does not expose the pool's network backend, so it is swapped on the pool it built; if
    a future httpx moves it, the transport still works and the deadline is checked between body
    chunks only.
    """
    transport = httpx.HTTPTransport()
    pool = getattr(transport, "_pool", None)
    inner = getattr(pool, "_network_backend", None)
    if isinstance(inner, httpcore.NetworkBackend):
        pool._network_backend = DeadlineBackend(inner)  # type: ignore[union-attr]
    return transport
