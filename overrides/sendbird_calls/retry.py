"""Only the decision "retry or not, and after how long"; the transport carries it out.

Hand-written, not stamina or tenacity: both own the loop (a decorator around a call) and derive
waits from the attempt count alone, while this decision needs the HTTP answer (status, method,
Retry-After) inside sync and async httpx transports. It is forty lines: no dependency pays.

Backoff uses *equal jitter*: the n-th retry waits a random time in [b/2, b], b = initial_delay *
2**(n-1) capped at max_delay. Clients spread apart, yet never retry a 429 at once (full jitter can).
A Retry-After header (seconds or HTTP date) is honoured exactly up to max_retry_after; a longer one
is capped to max_retry_after, so one call never blocks for minutes: if the server still refuses,
the final 429 reaches the caller as RateLimitError with the server's retry_after.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Final

import httpx

from ._constants import DEFAULT_MAX_RETRIES, INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY
from .errors import ConfigurationError, InvalidArgumentTypeError, parse_retry_after

IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
"""Methods that may be resent after any transient failure: repeating them changes nothing."""

RETRYABLE_TRANSPORT_ERRORS: Final = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
"""Transient transport failures, worth another attempt for an idempotent method."""

NOT_SENT_ERRORS: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""Failures before any byte of the request left: safe to retry even a POST."""


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When to retry a request and how long to wait first; pure, so it is tested without a network."""

    max_retries: int = DEFAULT_MAX_RETRIES
    """Retries after the first attempt; 0 disables retrying."""
    initial_delay: float = INITIAL_RETRY_DELAY
    """Backoff before the first retry, in seconds; it doubles with each retry."""
    max_delay: float = MAX_RETRY_DELAY
    """The longest backoff, in seconds."""
    max_retry_after: float = MAX_RETRY_AFTER
    """The longest wait a server's Retry-After can impose, in seconds."""
    jitter: bool = True
    """Randomise backoff within [b/2, b] (equal jitter); False gives exactly b, for tests."""
    retry_every_failure: bool = False
    """Retry every non-2xx answer and every transport error, whatever the method: how Sendbird
    delivers webhooks (the receiver must be idempotent). Off for API calls."""

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ConfigurationError(f"max_retries must be 0 or more, not {self.max_retries}")
        for name in ("initial_delay", "max_delay", "max_retry_after"):
            if not getattr(self, name) >= 0:
                raise ConfigurationError(f"{name} must be 0 or more seconds, not {getattr(self, name)}")

    def delay_for(
        self,
        method: str,
        attempt: int,
        *,
        response: httpx.Response | None = None,
        error: httpx.TransportError | None = None,
    ) -> float | None:
        """Seconds to wait before retrying after attempt number ``attempt`` (1-based) failed.

        Give the ``response`` or the transport ``error`` of that attempt. None means: do not
        retry; return the response or raise the error as it is.
        """
        if (response is None) == (error is None):
            raise InvalidArgumentTypeError("give exactly one of response or error")
        if attempt > self.max_retries:
            return None
        if self.retry_every_failure:
            return None if response is not None and response.is_success else self.backoff(attempt)
        idempotent = method.upper() in IDEMPOTENT_METHODS
        if response is not None:
            status = response.status_code
            if not (status == 429 or (idempotent and 500 <= status <= 599)):
                return None
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is not None:
                return min(retry_after, self.max_retry_after)
            return self.backoff(attempt)
        retryable = RETRYABLE_TRANSPORT_ERRORS if idempotent else NOT_SENT_ERRORS
        return self.backoff(attempt) if isinstance(error, retryable) else None

    def backoff(self, attempt: int) -> float:
        """The wait before retry number ``attempt`` when the server gave no Retry-After."""
        ceiling = min(self.max_delay, self.initial_delay * 2.0 ** min(attempt - 1, 64))
        if not self.jitter:
            return ceiling
        return ceiling / 2 + random.uniform(0, ceiling / 2)  # noqa: S311 - spreading load, not a secret
