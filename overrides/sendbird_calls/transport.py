"""httpx transports that rate-limit, retry, bound and log each request: the one seam for that behaviour.

The client wraps its real transport in one of these, so no endpoint knows about retries. Each
attempt waits for a rate-limiter slot, is sent, has its whole body read (capped at
``max_response_bytes``; a non-2xx body only up to ERROR_BODY_BYTES) and is logged; a failure
anywhere in that exchange, or a retryable answer, is retried after the RetryPolicy's delay. Every
attempt ends by its deadline (the longest phase of its timeout, and never after the call's
``deadline``, which also bounds the waits between attempts). The final answer is returned fully
read (the client turns a non-2xx into an APIError); the last transport error is re-raised.
"""

from __future__ import annotations

import dataclasses
import logging
import sys
import time
from collections.abc import Awaitable, Callable
from types import ModuleType

import anyio
import httpx

from ._constants import DEFAULT_DEADLINE, DEFAULT_MAX_RESPONSE_BYTES, ERROR_BODY_BYTES
from ._deadline import CURRENT_DEADLINE
from ._logging import get_logger, log_attempt, log_rate_limit_wait, log_retry
from ._request_context import EXTENSION_KEY, RequestContext
from .errors import ResponseTooLargeError
from .rate_limit import BatchRateLimiter, Booking, RateLimiter
from .retry import RetryPolicy

_clock = time.monotonic


class _RequestFacts:
    """What one request means for limiting, retrying, bounding and logging (``deadline``: seconds per call).

    A plain slotted class, not a frozen dataclass: it is built once per request, and a frozen
    dataclass pays an ``object.__setattr__`` per field.
    """

    __slots__ = ("deadline", "log_path", "method", "operation", "policy")

    def __init__(self, method: str, operation: str | None, log_path: str, policy: RetryPolicy, deadline: float) -> None:
        self.method = method
        self.operation = operation
        self.log_path = log_path
        self.policy = policy
        self.deadline = deadline


class _AttemptRules:
    """The state and decisions shared by the sync and async transports; they add only the I/O."""

    def __init__(
        self,
        retry_policy: RetryPolicy | None,
        rate_limiter: RateLimiter | None,
        logger: logging.Logger | None,
        deadline: float,
        max_response_bytes: int,
    ) -> None:
        self.retry_policy = RetryPolicy() if retry_policy is None else retry_policy
        self.rate_limiter = BatchRateLimiter() if rate_limiter is None else rate_limiter
        self.logger = get_logger() if logger is None else logger
        self.deadline = deadline
        self.max_response_bytes = max_response_bytes
        self._policies: dict[int, RetryPolicy] = {}

    def facts(self, request: httpx.Request) -> _RequestFacts:
        """Read the client's RequestContext; without one, use the defaults and log the URL path."""
        context = request.extensions.get(EXTENSION_KEY)
        if not isinstance(context, RequestContext):
            return _RequestFacts(request.method, None, request.url.path, self.retry_policy, self.deadline)
        policy = self.retry_policy
        if context.max_retries is not None and context.max_retries != policy.max_retries:
            policy = self._policy_with(context.max_retries)
        deadline = self.deadline if context.deadline is None else context.deadline
        return _RequestFacts(request.method, context.operation, context.log_path, policy, deadline)

    def _policy_with(self, max_retries: int) -> RetryPolicy:
        """The client's policy with another retry budget, built once per budget (a call's request option)."""
        policy = self._policies.get(max_retries)
        if policy is None:
            policy = dataclasses.replace(self.retry_policy, max_retries=max_retries)
            if len(self._policies) < 64:  # a handful of budgets in practice; never an unbounded cache
                self._policies[max_retries] = policy
        return policy

    def attempt_budget(self, request: httpx.Request, facts: _RequestFacts) -> float:
        """Seconds one attempt may take: its longest phase timeout, within the call's deadline."""
        timeouts = request.extensions.get("timeout")
        if not isinstance(timeouts, dict):
            return facts.deadline
        longest = max((value for value in timeouts.values() if value is not None), default=None)
        return facts.deadline if longest is None else min(longest, facts.deadline)

    def book_slot(self, facts: _RequestFacts) -> Booking:
        """Ask the rate limiter for a slot for this attempt; log when it makes the attempt wait."""
        booking = self.rate_limiter.reserve(facts.method, facts.operation)
        if booking.wait > 0 and self.logger.isEnabledFor(logging.DEBUG):
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
        call_deadline: float,
        *,
        response: httpx.Response | None = None,
        error: httpx.TransportError | None = None,
    ) -> float | None:
        """Log the attempt's outcome and decide: None to stop, else seconds before the next one.

        A retry that could not start before the call's deadline is not made.
        """
        now = _clock()
        if self.logger.isEnabledFor(logging.INFO):  # the record's arguments are built only when it is kept
            log_attempt(
                self.logger,
                method=facts.method,
                path=facts.log_path,
                attempt=attempt,
                elapsed_ms=(now - started) * 1000,
                status_code=None if response is None else response.status_code,
                error=error,
            )
        delay = facts.policy.delay_for(facts.method, attempt, response=response, error=error)
        if delay is None or now + delay >= call_deadline:
            return None
        log_retry(self.logger, method=facts.method, path=facts.log_path, attempt=attempt, delay=delay)
        return delay

    def body_limit(self, status_code: int) -> tuple[int, bool]:
        """The most bytes to read of an answer, and whether going past it is an error (else: truncate)."""
        if 200 <= status_code < 300:
            return self.max_response_bytes, True
        return ERROR_BODY_BYTES, False

    def too_large(self, facts: _RequestFacts, limit: int) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"the response body of {facts.method} {facts.log_path} is larger than {limit} bytes "
            "(max_response_bytes); reading stopped there",
            method=facts.method,
            path=facts.log_path,
            limit=limit,
        )


class _BodyReader:
    """Collects an answer's body up to a byte limit, then rebuilds the answer around it."""

    __slots__ = ("_chunks", "_facts", "_limit", "_rules", "_size", "_strict", "full")

    def __init__(self, rules: _AttemptRules, facts: _RequestFacts, status_code: int) -> None:
        self._rules = rules
        self._facts = facts
        self._limit, self._strict = rules.body_limit(status_code)
        self._chunks: list[bytes] = []
        self._size = 0
        self.full = False
        """True once the limit is reached on a body that is truncated rather than refused."""

    def add(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._size > self._limit:
            if self._strict:
                raise self._rules.too_large(self._facts, self._limit)
            chunk = chunk[: len(chunk) - (self._size - self._limit)]
            self.full = True
        self._chunks.append(chunk)

    def response(self, original: httpx.Response) -> httpx.Response:
        """The answer with its body in memory (decoded here when compressed, so the cap holds after decoding)."""
        raw = b"".join(self._chunks)
        headers = original.headers
        if "content-encoding" in headers:
            decoder = httpx.Response(200, headers={"content-encoding": headers["content-encoding"]}, content=raw)
            decoded = _BodyReader(self._rules, self._facts, original.status_code)
            for part in decoder.iter_bytes():
                decoded.add(part)
                if decoded.full:
                    break
            raw = b"".join(decoded._chunks)
            headers = headers.copy()
            del headers["content-encoding"]
            headers["content-length"] = str(len(raw))
        elif self.full:
            headers = headers.copy()
            headers["content-length"] = str(len(raw))
        return httpx.Response(
            original.status_code, headers=headers, stream=httpx.ByteStream(raw), extensions=original.extensions
        )


def _running_asyncio() -> ModuleType | None:
    """The asyncio module when called inside an asyncio task (where ``asyncio.timeout`` works), else None.

    Read from ``sys.modules``: a program that never imported asyncio runs no asyncio task, and
    importing it here would add it to every client's start-up (anyio loads it lazily too).
    """
    asyncio = sys.modules.get("asyncio")
    if asyncio is None:
        return None
    try:
        return asyncio if asyncio.current_task() is not None else None
    except RuntimeError:  # no asyncio loop running in this thread (trio, or sync code)
        return None


def _deadline_passed(request: httpx.Request) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("the call's deadline passed", request=request)


class SendbirdTransport(httpx.BaseTransport):
    """Wraps a sync transport with client-side rate limiting, retries and per-attempt logging.

    ``retry_policy`` defaults to RetryPolicy(); ``rate_limiter`` to a BatchRateLimiter
    at Sendbird's limits (pass NoRateLimit() to turn it off); ``deadline`` (seconds per call) and
    ``max_response_bytes`` apply to requests without a per-call override; ``sleep`` is injectable
    for tests. The sync deadline cuts a socket read short only on a pool built by
    ``deadline_http_transport()`` (the client's default); elsewhere it is checked between chunks.
    """

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        retry_policy: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
        logger: logging.Logger | None = None,
        deadline: float = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._inner = inner
        self._rules = _AttemptRules(retry_policy, rate_limiter, logger, deadline, max_response_bytes)
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        facts = self._rules.facts(request)
        if facts.policy.max_retries > 0:
            request.read()  # buffer a streamed body once, so every attempt resends it whole
        call_deadline = _clock() + facts.deadline
        budget = self._rules.attempt_budget(request, facts)
        attempt = 1
        while True:
            self._wait_for_slot(facts)
            started = _clock()
            try:
                response = self._attempt(request, facts, min(call_deadline, started + budget))
            except httpx.TransportError as exc:
                delay = self._rules.retry_delay(facts, attempt, started, call_deadline, error=exc)
                if delay is None:
                    raise
            else:
                delay = self._rules.retry_delay(facts, attempt, started, call_deadline, response=response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def _attempt(self, request: httpx.Request, facts: _RequestFacts, deadline: float) -> httpx.Response:
        """Send once and read the whole body, by ``deadline``; the rate-limiter slot is held throughout."""
        scope = CURRENT_DEADLINE.set(deadline)  # what deadline_scope does, without a generator per attempt
        try:
            response = self._inner.handle_request(request)
            try:
                reader = _BodyReader(self._rules, facts, response.status_code)
                for chunk in response.stream:  # type: ignore[union-attr]
                    reader.add(chunk)
                    if reader.full:
                        break
                    if _clock() > deadline:
                        raise _deadline_passed(request)
            finally:
                response.close()
        finally:
            CURRENT_DEADLINE.reset(scope)
            self._rules.release_slot(facts)
        return reader.response(response)

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

    def close(self) -> None:
        self._inner.close()


class AsyncSendbirdTransport(httpx.AsyncBaseTransport):
    """The async twin of SendbirdTransport; ``sleep`` defaults to anyio.sleep (asyncio and trio).

    Each attempt runs in ``anyio.fail_after``, so its deadline holds on any inner transport.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        retry_policy: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
        logger: logging.Logger | None = None,
        deadline: float = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        self._inner = inner
        self._rules = _AttemptRules(retry_policy, rate_limiter, logger, deadline, max_response_bytes)
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        facts = self._rules.facts(request)
        if facts.policy.max_retries > 0:
            await request.aread()  # buffer a streamed body once, so every attempt resends it whole
        call_deadline = _clock() + facts.deadline
        budget = self._rules.attempt_budget(request, facts)
        attempt = 1
        while True:
            await self._wait_for_slot(facts)
            started = _clock()
            try:
                response = await self._attempt(request, facts, min(call_deadline, started + budget) - started)
            except httpx.TransportError as exc:
                delay = self._rules.retry_delay(facts, attempt, started, call_deadline, error=exc)
                if delay is None:
                    raise
            else:
                delay = self._rules.retry_delay(facts, attempt, started, call_deadline, response=response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def _attempt(self, request: httpx.Request, facts: _RequestFacts, seconds: float) -> httpx.Response:
        """Send once and read the whole body within ``seconds``; the rate-limiter slot is held throughout.

        On asyncio the limit is ``asyncio.timeout`` (a third of ``anyio.fail_after``'s cost per
        attempt); on any other loop (trio), ``anyio.fail_after``. Both raise TimeoutError only for
        their own expiry, so an outer cancellation still propagates as one.
        """
        try:
            asyncio = _running_asyncio()
            if asyncio is not None:
                async with asyncio.timeout(max(seconds, 0.0)):
                    response, reader = await self._send_and_read(request, facts)
            else:
                with anyio.fail_after(max(seconds, 0.0)):
                    response, reader = await self._send_and_read(request, facts)
        except TimeoutError:
            raise _deadline_passed(request) from None
        finally:
            self._rules.release_slot(facts)
        return reader.response(response)

    async def _send_and_read(self, request: httpx.Request, facts: _RequestFacts) -> tuple[httpx.Response, _BodyReader]:
        response = await self._inner.handle_async_request(request)
        try:
            reader = _BodyReader(self._rules, facts, response.status_code)
            async for chunk in response.stream:  # type: ignore[union-attr]
                reader.add(chunk)
                if reader.full:
                    break
        finally:
            await response.aclose()
        return response, reader

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

    async def aclose(self) -> None:
        await self._inner.aclose()
