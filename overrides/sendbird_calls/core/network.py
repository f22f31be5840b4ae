"""The client's default sync transport: httpcore's pool, every socket operation bound by the call's deadline.

httpx's timeouts bound each socket read, so a server that drips one byte per read could hold a
sync request for ever. The sending loop puts the attempt's deadline in ``CURRENT_DEADLINE``; the
network backend here clamps every connect, read and write to the time left and times out once it
is gone. Built only on httpcore's public API (``ConnectionPool(network_backend=...)``), so no
private attribute of httpx or httpcore is touched. A transport of your own (``transport=`` or
``http_client=``) keeps the deadline between body chunks and between attempts only.

The pool also survives ``os.fork()``: a child process never sends on its parent's connections,
it opens its own (the parent's sockets are left to the parent, never closed or written by the child).
"""

from __future__ import annotations

import os
import ssl
import time
import typing
from collections.abc import Iterable, Iterator
from typing import Final

import httpcore
import httpx

from .deadline import CURRENT_DEADLINE, DEADLINE_PASSED

_EXCEPTIONS: Final[tuple[tuple[type[Exception], type[httpx.TransportError]], ...]] = (
    # most specific first: the first match wins
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


def _as_httpx(exc: Exception) -> Exception:
    """httpcore's exception as httpx's public one, so callers see one family whichever transport ran."""
    for source, target in _EXCEPTIONS:
        if isinstance(exc, source):
            return target(str(exc))
    return exc


def _clamp(timeout: float | None, error: type[Exception]) -> float | None:
    """The socket timeout to use: the phase's own, cut to what is left of the deadline."""
    deadline = CURRENT_DEADLINE.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise error(DEADLINE_PASSED)
    return remaining if timeout is None else min(timeout, remaining)


def _said(exc: Exception, timeout: float | None, clamped: float | None) -> Exception:
    """A socket timeout caused by the deadline says so; one of the phase's own stays as it was."""
    return type(exc)(DEADLINE_PASSED) if clamped != timeout else exc


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every operation ends by the current deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        clamped = _clamp(timeout, httpcore.ReadTimeout)
        try:
            return self._inner.read(max_bytes, clamped)
        except httpcore.ReadTimeout as exc:
            raise _said(exc, timeout, clamped) from None

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        clamped = _clamp(timeout, httpcore.WriteTimeout)
        try:
            self._inner.write(buffer, clamped)
        except httpcore.WriteTimeout as exc:
            raise _said(exc, timeout, clamped) from None

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(inner)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's sync backend, whose streams honour the current deadline."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        clamped = _clamp(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_tcp(host, port, clamped, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None
    ) -> httpcore.NetworkStream:
        clamped = _clamp(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_unix_socket(path, clamped, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _ResponseStream(httpx.SyncByteStream):
    def __init__(self, inner: Iterable[bytes]) -> None:
        self._inner = inner

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._inner
        except Exception as exc:
            raise _as_httpx(exc) from exc

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close is not None:
            close()


class DeadlineTransport(httpx.BaseTransport):
    """HTTP/1.1 over httpcore's pool with httpx's default limits and TLS, socket operations bound by the deadline."""

    def __init__(self, limits: httpx.Limits | None = None) -> None:
        self._limits = limits or httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)
        self._ssl_context = httpx.create_ssl_context()
        self._pid = os.getpid()
        self._pool = self._new_pool()

    def _new_pool(self) -> httpcore.ConnectionPool:
        return httpcore.ConnectionPool(
            ssl_context=self._ssl_context,
            max_connections=self._limits.max_connections,
            max_keepalive_connections=self._limits.max_keepalive_connections,
            keepalive_expiry=self._limits.keepalive_expiry,
            network_backend=_DeadlineBackend(),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if os.getpid() != self._pid:  # a forked child: the pooled sockets are the parent's, never send on them
            self._pid = os.getpid()
            self._pool = self._new_pool()
        assert isinstance(request.stream, httpx.SyncByteStream)
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        try:
            response = self._pool.handle_request(core_request)
        except Exception as exc:
            raise _as_httpx(exc) from exc
        assert isinstance(response.stream, Iterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseStream(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        if os.getpid() == self._pid:
            self._pool.close()


__all__ = ["DeadlineTransport"]
