"""Client-side rate limiting at Sendbird's documented limits, shared by threads and asyncio tasks.

Algorithm: batches anchored on answers, in O(1) memory. Each (method, operation) bucket (Sendbird
limits each endpoint of an application) lets up to n requests go (n = the limit per second);
the next n may start only one window (n / rate s + RATE_LIMIT_MARGIN) after the last answer of
the previous n. The server received each request before it answered, so requests of two batches
always arrive more than a window apart: no second at the server ever sees more than n, whatever
the latency, connection set-up or scheduling delays. A bucket is three counters and a time, so a
limit costs the same at any rate. ``reserve`` books under a lock and says how long to sleep
(``time.sleep`` in threads, an awaited sleep in tasks); ``release`` ends the booking, also when
its request failed or was cancelled.

A mapping of rates MERGES with Sendbird's defaults: ``{"GET": 20}`` changes GET and keeps POST,
PUT and DELETE at theirs; ``None`` as a rate leaves that method unlimited; an unknown method
(a typo) is refused.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol, TypeAlias

from ._constants import DEFAULT_RATE_LIMITS, RATE_LIMIT_MARGIN
from .errors import ConfigurationError


@dataclass(frozen=True, slots=True)
class Booking:
    """A limiter's answer: sleep ``wait`` seconds, then send if ``granted``, else ask again."""

    wait: float
    granted: bool = True


_GO = Booking(0.0)
"""The answer "send now", shared: a Booking is immutable, so granting needs no new object."""


class RateLimiter(Protocol):
    """Books a slot before each request is sent and frees it once the answer (or error) is in."""

    def reserve(self, method: str, operation: str | None) -> Booking:
        """Book one request of ``method`` on ``operation``, or say how long until asking again."""
        ...

    def release(self, method: str, operation: str | None) -> None:
        """Free the slot of a granted booking: its request is answered, failed, or abandoned."""
        ...


RateLimitSetting: TypeAlias = Mapping[str, float | None] | RateLimiter | None
"""What a client accepts: requests per second by method (merged with the defaults), a limiter
of your own, or None for none."""


class NoRateLimit:
    """A limiter that never waits: for tests, or when a proxy already limits the rate."""

    def reserve(self, method: str, operation: str | None) -> Booking:
        """Always go now."""
        return _GO

    def release(self, method: str, operation: str | None) -> None:
        """Nothing to free."""


@dataclass(slots=True)
class _Batch:
    """One bucket's state: how many went in the current batch, how many are unanswered, and when it opens."""

    sent: int = 0
    in_flight: int = 0
    opens_at: float = -math.inf
    last_answer: float = -math.inf


class BatchRateLimiter:
    """At most ``n`` requests per bucket reach the server in any window, ``n`` being the rate per second.

    ``rates`` merges with Sendbird's defaults (see the module). Requests without an operation
    share one bucket per method, which is stricter, never looser. Safe across threads and asyncio
    tasks; constant memory per bucket whatever the rate. Pass one instance to several clients to
    share one budget.

    Args:
        rates: Requests per second per HTTP method, each operation its own bucket, merged into
            Sendbird's documented limits (GET 10, POST, PUT and DELETE 5); ``None`` as a rate
            leaves that method unlimited.
        margin: Seconds added to each window, so clock skew never lets a request through early.
        clock: The monotonic clock in seconds (a fake one in tests).

    Raises:
        ConfigurationError: An unknown method, a negative or non-finite margin, or a rate that
            is not positive.
    """

    def __init__(
        self,
        rates: Mapping[str, float | None] = DEFAULT_RATE_LIMITS,
        *,
        margin: float = RATE_LIMIT_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if (
            isinstance(margin, bool)
            or not isinstance(margin, int | float)
            or not (math.isfinite(margin) and margin >= 0)
        ):
            raise ConfigurationError(f"the rate limit margin must be 0 or more seconds, not {margin!r}")
        self._windows = {
            method: _window(rate, margin) for method, rate in merged_rates(rates).items() if rate is not None
        }
        self._batches: dict[tuple[str, str | None], _Batch] = {}
        self._lock = threading.Lock()
        self._clock = clock

    def reserve(self, method: str, operation: str | None) -> Booking:
        """Join the current batch (waiting for it to open), or, if it is full, say when to ask again."""
        method = method.upper()
        window = self._windows.get(method)
        if window is None:
            return _GO
        slots, seconds = window
        key = (method, operation)
        with self._lock:
            batch = self._batches.get(key)
            if batch is None:  # not setdefault: that would build a _Batch on every call
                batch = self._batches[key] = _Batch()
            if batch.sent >= slots:
                if batch.in_flight:  # full, and its last answer (which times the next batch) is not in
                    return Booking(min(seconds, _POLL), granted=False)
                batch.sent, batch.opens_at = 0, batch.last_answer + seconds
            batch.sent += 1
            batch.in_flight += 1
            if batch.opens_at == -math.inf:  # the first batch: open at once, no clock read
                return _GO
            wait = batch.opens_at - self._clock()
            return Booking(wait) if wait > 0 else _GO

    def release(self, method: str, operation: str | None) -> None:
        """The booking's answer is in (or it failed or was abandoned): the next batch times from here."""
        method = method.upper()
        if method not in self._windows:
            return
        with self._lock:
            batch = self._batches.get((method, operation))
            if batch is not None and batch.in_flight > 0:
                batch.in_flight -= 1
                batch.last_answer = max(batch.last_answer, self._clock())


_POLL = 0.05
"""Seconds between asks while a full batch waits for its last answer."""


def _window(rate: float, margin: float) -> tuple[int, float]:
    """Slots and window length for a rate; a fractional rate keeps its average (0.5/s: 1 per 2 s)."""
    slots = max(1, math.floor(rate))
    return slots, slots / rate + margin


def merged_rates(rates: Mapping[str, float | None]) -> dict[str, float | None]:
    """Sendbird's default rates updated with ``rates``; refuses unknown methods and bad rates, naming them."""
    if not isinstance(rates, Mapping):
        raise ConfigurationError(
            f"rate_limits must be a mapping of method to requests per second, not {type(rates).__name__}"
        )
    merged: dict[str, float | None] = dict(DEFAULT_RATE_LIMITS)
    for method, rate in rates.items():
        key = method.upper() if isinstance(method, str) else method
        if key not in DEFAULT_RATE_LIMITS:
            raise ConfigurationError(
                f"rate_limits has an unknown method {method!r}: use {', '.join(DEFAULT_RATE_LIMITS)} "
                "(each merges with the defaults; None leaves a method unlimited)"
            )
        if rate is not None and (
            isinstance(rate, bool) or not isinstance(rate, int | float) or not (math.isfinite(rate) and rate > 0)
        ):
            raise ConfigurationError(f"the rate limit for {key} must be a positive number or None, not {rate!r}")
        merged[key] = None if rate is None else float(rate)
    return merged


def rate_limiter_from(setting: RateLimitSetting) -> RateLimiter:
    """Turn a client's ``rate_limits`` argument into a limiter: a mapping of rates, a limiter, or None."""
    if setting is None:
        return NoRateLimit()
    if isinstance(setting, Mapping):
        return BatchRateLimiter(setting)
    if not (callable(getattr(setting, "reserve", None)) and callable(getattr(setting, "release", None))):
        raise ConfigurationError(
            f"rate_limits must be a mapping of rates, a rate limiter or None, not {type(setting).__name__}"
        )
    return setting
