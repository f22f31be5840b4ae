"""The one request loop: every request of the client, webhook delivery and verify-spec goes through it.

Per attempt: wait for a rate-limiter slot, send through the one ``httpx.Client`` (the client's own,
or yours as ``http_client=``), read the whole body (capped at ``max_response_bytes``, an error body
at ERROR_BODY_BYTES), all by the attempt's deadline; then log the attempt and ask the RetryPolicy
whether and when to try again (never resending a POST that may have arrived). Every decision lives
in ``_Rules`` (no I/O); ``SyncSender`` and ``AsyncSender`` are the two thin shells that sleep, send
and read, so sync and async behave alike by construction.

The token stays home: it is put on the request only while it is being sent and taken off before
the request can reach a caller (``response.request``, an exception's ``request``); a URL holding
a secret (a token to revoke) is replaced by its masked form at the same moment, and httpx's own
INFO log line shows the masked form too.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Awaitable, Callable
from types import ModuleType
from typing import Final

import anyio
import httpx

from .._constants import ERROR_BODY_BYTES
from .._logging import get_logger, log_attempt, log_rate_limit_wait, log_retry
from .._secret import Secret
from ..errors import (
    APIConnectionError,
    ClientClosedError,
    ResponseTooLargeError,
    SendbirdCallsError,
    error_from_transport,
)
from ..rate_limit import BatchRateLimiter, Booking, RateLimiter
from .deadline import CURRENT_DEADLINE, DEADLINE_PASSED
from .options import CallOptions
from .request import Prepared
from .secrets import Secrets

API_TOKEN_HEADER: Final = "Api-Token"


class Answer:
    """An HTTP answer read whole: status, headers, the body's bytes, and the httpx response on demand."""

    __slots__ = ("_full", "content", "headers", "streamed")

    def __init__(self, streamed: httpx.Response, content: bytes, headers: httpx.Headers | None = None) -> None:
        self.streamed = streamed
        """The response as httpx gave it (closed; its body was read into ``content``)."""
        self.content = content
        self.headers = streamed.headers if headers is None else headers
        """The answer's headers (an error answer's scrubbed of the client's secrets)."""
        self._full: httpx.Response | None = None

    @property
    def status_code(self) -> int:
        return self.streamed.status_code

    @property
    def http_response(self) -> httpx.Response:
        """An ``httpx.Response`` holding the body (decoded), built on first use: most calls never need it."""
        if self._full is None:
            headers = self.headers
            if "content-encoding" in headers:  # the body is already decoded
                headers = headers.copy()
                del headers["content-encoding"]
                headers["content-length"] = str(len(self.content))
            self._full = httpx.Response(
                self.streamed.status_code,
                headers=headers,
                content=self.content,
                request=self.streamed.request,
                extensions=self.streamed.extensions,
            )
        return self._full


class _SecretUrls(logging.Filter):
    """Shows httpx's own log line of a request whose URL holds a secret with the masked URL instead."""

    def __init__(self) -> None:
        super().__init__()
        self.in_flight: dict[int, tuple[httpx.URL, str]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if self.in_flight and isinstance(args, tuple):
            record.args = tuple(self._masked(arg) for arg in args)
        return True

    def _masked(self, arg: object) -> object:
        entry = self.in_flight.get(id(arg))
        return entry[1] if entry is not None and entry[0] is arg else arg


_SECRET_URLS: Final = _SecretUrls()
logging.getLogger("httpx").addFilter(_SECRET_URLS)


def _running_asyncio() -> ModuleType | None:
    """The asyncio module when called inside an asyncio task (where ``asyncio.timeout`` works), else None."""
    asyncio = sys.modules.get("asyncio")
    if asyncio is None:
        return None
    try:
        return asyncio if asyncio.current_task() is not None else None
    except RuntimeError:  # no asyncio loop running in this thread (trio)
        return None


class _Rules:
    """The decisions of the loop, free of I/O: the request, the slot, the deadlines, the body's limit, retry or not."""

    def __init__(self, token: Secret | None, rate_limiter: RateLimiter | None, logger: logging.Logger | None) -> None:
        self.token = token
        self.secrets = Secrets(() if token is None else (token.reveal(),))
        """Everything this client must never show: its token, and secrets it sent or read since."""
        self.rate_limiter: RateLimiter = BatchRateLimiter() if rate_limiter is None else rate_limiter
        self.logger = get_logger() if logger is None else logger

    def request(
        self, http: httpx.Client | httpx.AsyncClient, prepared: Prepared, options: CallOptions
    ) -> httpx.Request:
        """The request to send, with the token on it (taken off again by ``scrub``)."""
        named = {name.lower(): (name, value) for name, value in (*prepared.headers, *options.extra_headers)}
        headers = list(named.values())
        if self.token is not None:
            headers.append((API_TOKEN_HEADER, self.token.reveal()))
        request = http.build_request(
            prepared.method, prepared.url, headers=headers, content=prepared.content, timeout=options.timeout
        )
        if prepared.secret_path:
            _SECRET_URLS.in_flight[id(request.url)] = (
                request.url,
                str(request.url.copy_with(raw_path=prepared.log_path.encode("ascii"))),
            )
        return request

    def scrub(self, request: httpx.Request, prepared: Prepared) -> None:
        """Takes the token, and a secret URL, off a request that callers can now reach."""
        if self.token is not None:
            request.headers.pop(API_TOKEN_HEADER, None)
        if prepared.secret_path:
            _SECRET_URLS.in_flight.pop(id(request.url), None)
            request.url = request.url.copy_with(raw_path=prepared.log_path.encode("ascii"))

    def limit_attempt(self, request: httpx.Request, deadline: float, now: float) -> None:
        """Each phase timeout of this attempt, cut to what is left before ``deadline``."""
        timeouts = request.extensions.get("timeout")
        remaining = max(deadline - now, 0.0)
        if isinstance(timeouts, dict):
            request.extensions["timeout"] = {
                phase: remaining if value is None else min(value, remaining) for phase, value in timeouts.items()
            }

    def attempt_budget(self, options: CallOptions) -> float:
        """Seconds one attempt may take: its longest phase timeout, within the call's deadline."""
        t = options.timeout
        phases = [value for value in (t.connect, t.read, t.write, t.pool) if value is not None]
        return min(max(phases), options.deadline) if phases else options.deadline

    def book(self, prepared: Prepared) -> Booking:
        """Asks the rate limiter for a slot for this attempt; logs when it makes the attempt wait."""
        booking = self.rate_limiter.reserve(prepared.method, prepared.operation)
        if booking.wait > 0 and self.logger.isEnabledFor(logging.DEBUG):
            log_rate_limit_wait(self.logger, method=prepared.method, path=prepared.log_path, wait=booking.wait)
        return booking

    def release(self, prepared: Prepared) -> None:
        self.rate_limiter.release(prepared.method, prepared.operation)

    def body_limit(self, status_code: int, options: CallOptions) -> tuple[int, bool]:
        """The most bytes to read of an answer, and whether going past it is an error (else: cut)."""
        if 200 <= status_code < 300:
            return options.max_response_bytes, not options.cut_long_bodies
        return min(ERROR_BODY_BYTES, options.max_response_bytes), False

    def too_large(self, prepared: Prepared, limit: int) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"the response body of {prepared.method} {prepared.log_path} is larger than {limit} bytes "
            "(max_response_bytes); reading stopped there",
            method=prepared.method,
            path=prepared.log_path,
            limit=limit,
        )

    def retry_delay(
        self,
        prepared: Prepared,
        options: CallOptions,
        attempt: int,
        *,
        started: float,
        now: float,
        call_deadline: float,
        answer: Answer | None = None,
        error: httpx.TransportError | None = None,
    ) -> float | None:
        """Logs the attempt's outcome and decides: None to stop, else seconds before the next attempt.

        A retry that could not start before the call's deadline is not made.
        """
        response = None if answer is None else answer.streamed
        if self.logger.isEnabledFor(logging.INFO):
            log_attempt(
                self.logger,
                method=prepared.method,
                path=prepared.log_path,
                attempt=attempt,
                elapsed_ms=(now - started) * 1000,
                status_code=None if response is None else response.status_code,
                error=error,
            )
        delay = options.retry_policy.delay_for(prepared.method, attempt, response=response, error=error)
        if delay is None or now + delay >= call_deadline:
            return None
        log_retry(self.logger, method=prepared.method, path=prepared.log_path, attempt=attempt, delay=delay)
        return delay

    def answer(self, response: httpx.Response, collector: _Collector) -> Answer:
        """The answer read whole; an error answer's body and headers scrubbed of the client's secrets,
        since a server or proxy may echo the request and the text goes into an exception. A body cut
        at its limit also loses a secret's first part at its end, and masks never take it past the limit."""
        content = b"".join(collector.chunks)
        if 200 <= response.status_code < 300:
            return Answer(response, content)
        secrets = self.secrets
        if collector.full:
            content = secrets.cut_tail(content)
        content = secrets.scrub_bytes(content)[: collector.limit]
        return Answer(response, content, secrets.scrub_headers(response.headers))

    def failure(self, exc: Exception, prepared: Prepared) -> SendbirdCallsError:
        """Any failure of the loop as the package's typed error (a timeout is an APITimeoutError)."""
        if isinstance(exc, SendbirdCallsError):
            return exc
        if isinstance(exc, httpx.TransportError):
            error = error_from_transport(exc, method=prepared.method, path=prepared.log_path)
            error.args = tuple(self.secrets.scrub(arg) if isinstance(arg, str) else arg for arg in error.args)
            return error
        error = APIConnectionError(
            f"{type(exc).__name__} on {prepared.method} {prepared.log_path}: the answer could not be read",
            method=prepared.method,
            path=prepared.log_path,
        )
        error.__cause__ = exc
        return error


class _Collector:
    """Collects a body up to a limit: past it, an error (a success body) or a cut (an error body)."""

    __slots__ = ("chunks", "full", "limit", "size", "strict")

    def __init__(self, limit: int, strict: bool) -> None:
        self.limit = limit
        self.strict = strict
        self.chunks: list[bytes] = []
        self.size = 0
        self.full = False

    def add(self, chunk: bytes) -> bool:
        """Keeps ``chunk``; False once the limit is reached (raise if ``strict``)."""
        self.size += len(chunk)
        if self.size > self.limit:
            if self.strict:
                return False
            chunk = chunk[: len(chunk) - (self.size - self.limit)]
            self.full = True
        self.chunks.append(chunk)
        return not self.full


class SyncSender:
    """The loop over a sync ``httpx.Client``; ``sleep`` and ``clock`` are injectable for tests."""

    def __init__(
        self,
        http: httpx.Client,
        *,
        token: Secret | None = None,
        rate_limiter: RateLimiter | None = None,
        logger: logging.Logger | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.http = http
        self._rules = _Rules(token, rate_limiter, logger)
        self._sleep = sleep
        self._clock = clock

    @property
    def secrets(self) -> Secrets:
        """What this sender's client must never show (its token and the secrets it has handled)."""
        return self._rules.secrets

    def send(self, prepared: Prepared, options: CallOptions) -> Answer:
        """Sends ``prepared`` with retries; the final answer read whole, or a typed error."""
        rules, clock = self._rules, self._clock
        if self.http.is_closed:
            raise ClientClosedError(f"{prepared.operation}: the client is closed; create a new one")
        for secret in prepared.secrets:
            rules.secrets.add(secret)
        request = rules.request(self.http, prepared, options)
        try:
            call_deadline = clock() + options.deadline
            budget = rules.attempt_budget(options)
            attempt = 1
            while True:
                self._wait_for_slot(prepared)
                started = clock()
                try:
                    answer = self._attempt(request, prepared, options, min(call_deadline, started + budget), started)
                except httpx.TransportError as exc:
                    delay = rules.retry_delay(
                        prepared, options, attempt, started=started, now=clock(), call_deadline=call_deadline, error=exc
                    )
                    if delay is None:
                        raise
                else:
                    delay = rules.retry_delay(
                        prepared,
                        options,
                        attempt,
                        started=started,
                        now=clock(),
                        call_deadline=call_deadline,
                        answer=answer,
                    )
                    if delay is None:
                        return answer
                self._sleep(delay)
                attempt += 1
        except (httpx.HTTPError, httpx.StreamError) as exc:
            raise rules.failure(exc, prepared) from exc
        except RuntimeError as exc:  # httpx refuses to send on a client closed meanwhile
            if self.http.is_closed:
                raise ClientClosedError(f"{prepared.operation}: the client was closed during the call") from exc
            raise
        finally:
            rules.scrub(request, prepared)

    def _attempt(
        self, request: httpx.Request, prepared: Prepared, options: CallOptions, deadline: float, now: float
    ) -> Answer:
        """Sends once and reads the whole body by ``deadline``; the rate-limiter slot is held throughout."""
        rules = self._rules
        rules.limit_attempt(request, deadline, now)
        scope = CURRENT_DEADLINE.set(deadline)
        try:
            response = self.http.send(request, stream=True, follow_redirects=False)
            try:
                collector = _Collector(*rules.body_limit(response.status_code, options))
                for chunk in response.iter_bytes():
                    if not collector.add(chunk):
                        if collector.strict:
                            raise rules.too_large(prepared, collector.limit)
                        break
                    if self._clock() > deadline:
                        raise httpx.ReadTimeout(DEADLINE_PASSED, request=request)
            finally:
                response.close()
        finally:
            CURRENT_DEADLINE.reset(scope)
            rules.release(prepared)
        return rules.answer(response, collector)

    def _wait_for_slot(self, prepared: Prepared) -> None:
        """Sleeps until the rate limiter grants a slot; the attempt then releases it."""
        while True:
            booking = self._rules.book(prepared)
            try:
                if booking.wait > 0:
                    self._sleep(booking.wait)
            except BaseException:  # interrupted while waiting: give the slot back
                if booking.granted:
                    self._rules.release(prepared)
                raise
            if booking.granted:
                return


class AsyncSender:
    """The loop over an ``httpx.AsyncClient``; each attempt runs under a timer (asyncio, or anyio on trio)."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        token: Secret | None = None,
        rate_limiter: RateLimiter | None = None,
        logger: logging.Logger | None = None,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.http = http
        self._rules = _Rules(token, rate_limiter, logger)
        self._sleep = sleep
        self._clock = clock

    @property
    def secrets(self) -> Secrets:
        """What this sender's client must never show (its token and the secrets it has handled)."""
        return self._rules.secrets

    async def send(self, prepared: Prepared, options: CallOptions) -> Answer:
        """Sends ``prepared`` with retries; the final answer read whole, or a typed error."""
        rules, clock = self._rules, self._clock
        if self.http.is_closed:
            raise ClientClosedError(f"{prepared.operation}: the client is closed; create a new one")
        for secret in prepared.secrets:
            rules.secrets.add(secret)
        request = rules.request(self.http, prepared, options)
        try:
            call_deadline = clock() + options.deadline
            budget = rules.attempt_budget(options)
            attempt = 1
            while True:
                await self._wait_for_slot(prepared)
                started = clock()
                try:
                    answer = await self._attempt(
                        request, prepared, options, min(call_deadline, started + budget), started
                    )
                except httpx.TransportError as exc:
                    delay = rules.retry_delay(
                        prepared, options, attempt, started=started, now=clock(), call_deadline=call_deadline, error=exc
                    )
                    if delay is None:
                        raise
                else:
                    delay = rules.retry_delay(
                        prepared,
                        options,
                        attempt,
                        started=started,
                        now=clock(),
                        call_deadline=call_deadline,
                        answer=answer,
                    )
                    if delay is None:
                        return answer
                await self._sleep(delay)
                attempt += 1
        except (httpx.HTTPError, httpx.StreamError) as exc:
            raise rules.failure(exc, prepared) from exc
        except RuntimeError as exc:  # httpx refuses to send on a client closed meanwhile
            if self.http.is_closed:
                raise ClientClosedError(f"{prepared.operation}: the client was closed during the call") from exc
            raise
        finally:
            rules.scrub(request, prepared)

    async def _attempt(
        self, request: httpx.Request, prepared: Prepared, options: CallOptions, deadline: float, now: float
    ) -> Answer:
        """Sends once and reads the whole body within the time left; the rate-limiter slot is held throughout.

        On asyncio the limit is ``asyncio.timeout`` (a third of ``anyio.fail_after``'s cost); on
        trio, ``anyio.fail_after``. Both raise TimeoutError only for their own expiry, so an outer
        cancellation still propagates as one.
        """
        self._rules.limit_attempt(request, deadline, now)
        seconds = max(deadline - now, 0.0)
        try:
            asyncio = _running_asyncio()
            if asyncio is not None:
                async with asyncio.timeout(seconds):
                    return await self._send_and_read(request, prepared, options)
            with anyio.fail_after(seconds):
                return await self._send_and_read(request, prepared, options)
        except TimeoutError:
            raise httpx.ReadTimeout(DEADLINE_PASSED, request=request) from None
        finally:
            self._rules.release(prepared)

    async def _send_and_read(self, request: httpx.Request, prepared: Prepared, options: CallOptions) -> Answer:
        response = await self.http.send(request, stream=True, follow_redirects=False)
        try:
            collector = _Collector(*self._rules.body_limit(response.status_code, options))
            async for chunk in response.aiter_bytes():
                if not collector.add(chunk):
                    if collector.strict:
                        raise self._rules.too_large(prepared, collector.limit)
                    break
        finally:
            await response.aclose()
        return self._rules.answer(response, collector)

    async def _wait_for_slot(self, prepared: Prepared) -> None:
        """Sleeps until the rate limiter grants a slot; the attempt then releases it."""
        while True:
            booking = self._rules.book(prepared)
            try:
                if booking.wait > 0:
                    await self._sleep(booking.wait)
            except BaseException:  # cancelled while waiting: give the slot back
                if booking.granted:
                    self._rules.release(prepared)
                raise
            if booking.granted:
                return


__all__ = ["API_TOKEN_HEADER", "Answer", "AsyncSender", "SyncSender"]
