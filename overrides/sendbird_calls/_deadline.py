"""A call's deadline, enforced inside every socket operation of the sync connection pool.

httpx's timeouts bound each socket read, so a server that drips one byte per read holds a sync
request for ever. The transport sets the attempt's deadline in a context variable; the network
backend (``_deadline_backend``) clamps every connect, read and write to the time left, and times out once it is
gone. The async client cancels the attempt instead (``asyncio.timeout`` or ``anyio.fail_after``),
which needs no backend. The backend lives in ``_deadline_backend`` and loads with the first client:
httpx imports httpcore only when it builds a transport, and so does this package.
"""

from __future__ import annotations

import contextvars
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

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


def deadline_http_transport() -> httpx.HTTPTransport:
    """httpx's default transport, with its pool's sockets bound by the current deadline (see ``_deadline_backend``)."""
    from ._deadline_backend import deadline_http_transport as build  # httpcore loads here, not at import

    return build()
