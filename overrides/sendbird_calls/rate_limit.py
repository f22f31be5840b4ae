"""Client-side rate limiting at Sendbird's documented limits, shared by threads and asyncio tasks.

Algorithm: a sliding-window log per (method, operation) bucket, since Sendbird limits each endpoint
of an application. With a limit of n requests per second, a request starts no earlier than
1.1 s (1 s + RATE_LIMIT_HEADROOM) after the n-th request before it: up to n go at once, the next
waits, so no 1-second window at the server sees more than n even with some network jitter.
``reserve`` books a start time under a lock and returns the wait; sync callers ``time.sleep`` it,
async callers ``await`` a sleep, so one limiter serves threads and tasks alike. A cancelled
waiter's slot stays booked: the limiter only errs on the slow side.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from typing import Protocol, TypeAlias

from ._constants import DEFAULT_RATE_LIMITS, RATE_LIMIT_HEADROOM
from .errors import ConfigurationError


class RateLimiter(Protocol):
    """Anything that books a request and says how long to wait before sending it."""

    def reserve(self, method: str, operation: str | None) -> float:
        """Book one request of ``method`` on ``operation``; return the seconds to wait first."""
        ...


RateLimitSetting: TypeAlias = Mapping[str, float] | RateLimiter | None
"""What a client accepts: requests per second by method, a limiter of your own, or None for none."""


class NoRateLimit:
    """A limiter that never waits: for tests, or when a proxy already limits the rate."""

    def reserve(self, method: str, operation: str | None) -> float:
        """Never wait."""
        return 0.0


class SlidingWindowRateLimiter:
    """At most ``rates[method]`` requests start per bucket in any (1 + headroom)-second window.

    Methods absent from ``rates`` are not limited. Requests without an operation share one
    bucket per method, which is stricter, never looser. Safe across threads and asyncio tasks.
    """

    def __init__(
        self,
        rates: Mapping[str, float] = DEFAULT_RATE_LIMITS,
        *,
        headroom: float = RATE_LIMIT_HEADROOM,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not (math.isfinite(headroom) and headroom >= 0):
            raise ConfigurationError(f"rate limit headroom must be 0 or more, not {headroom!r}")
        self._windows = {method.upper(): _window(method, rate, headroom) for method, rate in rates.items()}
        self._starts: dict[tuple[str, str | None], deque[float]] = {}
        self._lock = threading.Lock()
        self._clock = clock

    def reserve(self, method: str, operation: str | None) -> float:
        """Book the earliest start that keeps the bucket within its limit; return the wait."""
        method = method.upper()
        window = self._windows.get(method)
        if window is None:
            return 0.0
        slots, seconds = window
        with self._lock:
            now = self._clock()
            starts = self._starts.setdefault((method, operation), deque(maxlen=slots))
            start = now if len(starts) < slots else max(now, starts[0] + seconds)
            starts.append(start)
        return start - now


def rate_limiter_from(setting: RateLimitSetting) -> RateLimiter:
    """Turn a client's ``rate_limits`` argument into a limiter: a mapping of rates, a limiter, or None."""
    if setting is None:
        return NoRateLimit()
    if isinstance(setting, Mapping):
        return SlidingWindowRateLimiter(setting)
    return setting


def _window(method: str, rate: float, headroom: float) -> tuple[int, float]:
    """Slots and window length for a rate; a fractional rate keeps its average (2.5/s: 2 per 0.88 s)."""
    if not (math.isfinite(rate) and rate > 0):
        raise ConfigurationError(f"the rate limit for {method} must be a positive number, not {rate!r}")
    slots = max(1, math.floor(rate))
    return slots, slots / rate * (1.0 + headroom)
