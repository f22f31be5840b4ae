"""httpx transports that rate-limit, retry and log each request: the one seam for that behaviour.

The client wraps its real transport in one of these, so no endpoint knows about retries. Each
attempt waits for a rate-limiter slot, holds it until its answer is in, and is logged; a retryable
answer is drained and closed, and the request is resent after the RetryPolicy's delay. The final
answer is returned as it is (the client turns a non-2xx into an APIError); the last transport
error is re-raised.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import anyio
import httpx

from ._logging import get_logger, log_attempt, log_rate_limit_wait, log_retry
from ._request_context import EXTENSION_KEY, RequestContext
from .rate_limit import Booking, RateLimiter, SlidingWindowRateLimiter
from .retry import RetryPolicy


@dataclass(frozen=True, slots=True)
class _RequestFacts:
    """What one request means for limiting, retrying and logging."""

    method: str
    operation: str | None
    log_path: str
    policy: RetryPolicy


class _AttemptRules:
    """The state and decisions shared by the sync and async transports; they add only the I/O."""

    def __init__(
        self,
        retry_policy: RetryPolicy | None,
        rate_limiter: RateLimiter | None,
        logger: logging.Logger | None,
    ) -> None:
        self.retry_policy = RetryPolicy() if retry_policy is None else retry_policy
        self.rate_limiter = SlidingWindowRateLimiter() if rate_limiter is None else rate_limiter
        self.logger = get_logger() if logger is None else logger

    def facts(self, request: httpx.Request) -> _RequestFacts:
        """Read the client's RequestContext; without one, use the defaults and log the URL path."""
        context = request.extensions.get(EXTENSION_KEY)
        if not isinstance(context, RequestContext):
            return _RequestFacts(request.method, None, request.url.path, self.retry_policy)
        policy = self.retry_policy
        if context.max_retries is not None:
            policy = dataclasses.replace(policy, max_retries=context.max_retries)
        return _RequestFacts(request.method, context.operation, context.log_path, policy)

    def book_slot(self, facts: _RequestFacts) -> Booking:
        """Ask the rate limiter for a slot for this attempt; log when it makes the attempt wait."""
        booking = self.rate_limiter.reserve(facts.method, facts.operation)
        if booking.wait > 0:
            log_rate_limit_wait(self.logger, method=facts.method, path=facts.log_path, wait=booking.wait)
        return booking

    def release_slot(self, facts: _RequestFacts) -> None:
        """Tell the rate limiter the attempt is over: answered, failed, or abandoned."""
        self.rate_limiter.release(facts.method, facts.operation)

    def retry_delay(
        self,
        facts: _RequestFacts,
        attempt: int,
        started: float,
        *,
        response: httpx.Response | None = None,
        error: httpx.TransportError | None = None,
    ) -> float | None:
        """Log the attempt's outcome and decide: None to stop, else seconds before the next one."""
        log_attempt(
            self.logger,
            method=facts.method,
            path=facts.log_path,
            attempt=attempt,
            elapsed_ms=(time.perf_counter() - started) * 1000,
            status_code=None if response is None else response.status_code,
            error=error,
        )
        delay = facts.policy.delay_for(facts.method, attempt, response=response, error=error)
        if delay is not None:
            log_retry(self.logger, method=facts.method, path=facts.log_path, attempt=attempt, delay=delay)
        return delay


class SendbirdTransport(httpx.BaseTransport):
    """Wraps a sync transport with client-side rate limiting, retries and per-attempt logging.

    ``retry_policy`` defaults to RetryPolicy(); ``rate_limiter`` to a SlidingWindowRateLimiter
    at Sendbird's limits (pass NoRateLimit() to turn it off); ``sleep`` is injectable for tests.
    """

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        retry_policy: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
        logger: logging.Logger | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._inner = inner
        self._rules = _AttemptRules(retry_policy, rate_limiter, logger)
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        facts = self._rules.facts(request)
        if facts.policy.max_retries > 0:
            request.read()  # buffer a streamed body once, so every attempt resends it whole
        attempt = 1
        while True:
            self._wait_for_slot(facts)
            started = time.perf_counter()
            try:
                response = self._send_holding_slot(request, facts)
            except httpx.TransportError as exc:
                delay = self._rules.retry_delay(facts, attempt, started, error=exc)
                if delay is None:
                    raise
            else:
                delay = self._rules.retry_delay(facts, attempt, started, response=response)
                if delay is None:
                    return response
                _discard(response)
            self._sleep(delay)
            attempt += 1

    def _wait_for_slot(self, facts: _RequestFacts) -> None:
        """Sleep until the rate limiter grants a slot; the caller must then release it."""
        while True:
            booking = self._rules.book_slot(facts)
            try:
                if booking.wait > 0:
                    self._sleep(booking.wait)
            except BaseException:  # interrupted while waiting: give the slot back
                if booking.granted:
                    self._rules.release_slot(facts)
                raise
            if booking.granted:
                return

    def _send_holding_slot(self, request: httpx.Request, facts: _RequestFacts) -> httpx.Response:
        try:
            return self._inner.handle_request(request)
        finally:
            self._rules.release_slot(facts)

    def close(self) -> None:
        self._inner.close()


class AsyncSendbirdTransport(httpx.AsyncBaseTransport):
    """The async twin of SendbirdTransport; ``sleep`` defaults to anyio.sleep (asyncio and trio)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        retry_policy: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
        logger: logging.Logger | None = None,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        self._inner = inner
        self._rules = _AttemptRules(retry_policy, rate_limiter, logger)
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        facts = self._rules.facts(request)
        if facts.policy.max_retries > 0:
            await request.aread()  # buffer a streamed body once, so every attempt resends it whole
        attempt = 1
        while True:
            await self._wait_for_slot(facts)
            started = time.perf_counter()
            try:
                response = await self._send_holding_slot(request, facts)
            except httpx.TransportError as exc:
                delay = self._rules.retry_delay(facts, attempt, started, error=exc)
                if delay is None:
                    raise
            else:
                delay = self._rules.retry_delay(facts, attempt, started, response=response)
                if delay is None:
                    return response
                await _adiscard(response)
            await self._sleep(delay)
            attempt += 1

    async def _wait_for_slot(self, facts: _RequestFacts) -> None:
        """Sleep until the rate limiter grants a slot; the caller must then release it."""
        while True:
            booking = self._rules.book_slot(facts)
            try:
                if booking.wait > 0:
                    await self._sleep(booking.wait)
            except BaseException:  # cancelled while waiting: give the slot back
                if booking.granted:
                    self._rules.release_slot(facts)
                raise
            if booking.granted:
                return

    async def _send_holding_slot(self, request: httpx.Request, facts: _RequestFacts) -> httpx.Response:
        try:
            return await self._inner.handle_async_request(request)
        finally:
            self._rules.release_slot(facts)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _discard(response: httpx.Response) -> None:
    """Drain and close an answer that will be retried, so its connection can be reused."""
    try:
        response.read()
    except (httpx.HTTPError, httpx.StreamError):
        pass  # a broken body only costs the connection; the retry opens another
    finally:
        response.close()


async def _adiscard(response: httpx.Response) -> None:
    try:
        await response.aread()
    except (httpx.HTTPError, httpx.StreamError):
        pass  # a broken body only costs the connection; the retry opens another
    finally:
        await response.aclose()
