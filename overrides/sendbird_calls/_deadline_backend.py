"""The sync network backend that clamps every socket operation to the current deadline (``_deadline``).

Its own module because it subclasses httpcore's classes: importing it loads httpcore, which httpx
itself loads only when a transport is built, so ``import sendbird_calls`` stays as cheap as httpx.
"""

from __future__ import annotations

import ssl
import typing
from collections.abc import Iterable

import httpcore
import httpx

from ._deadline import _clamp, _say_deadline


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
