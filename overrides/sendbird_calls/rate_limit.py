"""Client-side rate limiting at Sendbird's documented limits, shared by threads and asyncio tasks.

Algorithm: each (method, operation) bucket has n slots, n being the limit per second (Sendbird
limits each endpoint of an application). A request holds a slot from its booking until one window
(1 s + RATE_LIMIT_MARGIN) after its answer or error arrived. The server received a request before
it answered, so any two requests n apart arrive more than a window apart: no second at the server
ever sees more than n, whatever the latency or connection set-up time. Up to n may go at once.
``reserve`` books under a lock and says how long to sleep (``time.sleep`` in threads, an awaited
sleep in tasks); ``release`` frees the slot, also when a request fails or is cancelled.
"""

from __future__ import annotations

import heapq
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


class RateLimiter(Protocol):
    """Books a slot before each request is sent and frees it once the answer (or error) is in."""

    def reserve(self, method: str, operation: str | None) -> Booking:
        """Book one request of ``method`` on ``operation``, or say how long until asking again."""
        ...

    def release(self, method: str, operation: str | None) -> None:
        """Free the slot of a granted booking: its request is answered, failed, or abandoned."""
        ...


RateLimitSetting: TypeAlias = Mapping[str, float] | RateLimiter | None
"""What a client accepts: requests per second by method, a limiter of your own, or None for none."""


class NoRateLimit:
    """A limiter that never waits: for tests, or when a proxy already limits the rate."""

    def reserve(self, method: str, operation: str | None) -> Booking:
        """Always go now."""
        return Booking(0.0)

    def release(self, method: str, operation: str | None) -> None:
        """Nothing to free."""


class SlidingWindowRateLimiter:
    """At most ``rates[method]`` requests per bucket reach the server in any 1-second window.

    Methods absent from ``rates`` are not limited. Requests without an operation share one
    bucket per method, which is stricter, never looser. Safe across threads and asyncio tasks.
    """

    def __init__(
        self,
        rates: Mapping[str, float] = DEFAULT_RATE_LIMITS,
        *,
        margin: float = RATE_LIMIT_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not (math.isfinite(margin) and margin >= 0):
            raise ConfigurationError(f"the rate limit margin must be 0 or more seconds, not {margin!r}")
        self._windows = {method.upper(): _window(method, rate, margin) for method, rate in rates.items()}
        self._free_at: dict[tuple[str, str | None], list[float]] = {}
        """Per bucket, a heap of the times its unheld slots become free; held slots are absent."""
        self._lock = threading.Lock()
        self._clock = clock

    def reserve(self, method: str, operation: str | None) -> Booking:
        """Book the slot that frees first; if every slot is held, none can free within a window."""
        method = method.upper()
        window = self._windows.get(method)
        if window is None:
            return Booking(0.0)
        slots, seconds = window
        with self._lock:
            free_at = self._free_at.setdefault((method, operation), [-math.inf] * slots)
            if not free_at:
                return Booking(seconds, granted=False)
            start = heapq.heappop(free_at)
            return Booking(max(0.0, start - self._clock()))

    def release(self, method: str, operation: str | None) -> None:
        """The answer is in: the slot frees one window from now."""
        method = method.upper()
        window = self._windows.get(method)
        if window is None:
            return
        slots, seconds = window
        with self._lock:
            free_at = self._free_at.get((method, operation))
            if free_at is not None and len(free_at) < slots:
                heapq.heappush(free_at, self._clock() + seconds)


def rate_limiter_from(setting: RateLimitSetting) -> RateLimiter:
    """Turn a client's ``rate_limits`` argument into a limiter: a mapping of rates, a limiter, or None."""
    if setting is None:
        return NoRateLimit()
    if isinstance(setting, Mapping):
        return SlidingWindowRateLimiter(setting)
    return setting


def _window(method: str, rate: float, margin: float) -> tuple[int, float]:
    """Slots and window length for a rate; a fractional rate keeps its average (0.5/s: 1 per 2 s)."""
    if not (math.isfinite(rate) and rate > 0):
        raise ConfigurationError(f"the rate limit for {method} must be a positive number, not {rate!r}")
    slots = max(1, math.floor(rate))
    return slots, slots / rate + margin
