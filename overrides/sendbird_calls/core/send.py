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
from collections.abc import Awaitable, Callable, Sequence
from types import ModuleType
from typing import Any, Final

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
from .request import BASE_HEADERS, Prepared
from .secrets import Secrets

API_TOKEN_HEADER: Final = "Api-Token"


class Answer:
    """An HTTP answer read whole: status, headers, the body's bytes, and the httpx response on demand."""

    __slots__ = ("_full", "_scrub", "content", "headers", "streamed")

    def __init__(
        self,
        streamed: httpx.Response,
        content: bytes,
        headers: httpx.Headers | None = None,
        scrub: tuple[_Rules, Prepared] | None = None,
    ) -> None:
        self.streamed = streamed
        """The response as httpx gave it (closed; its body was read into ``content``). Its request may
        still carry the token: only ``http_response`` hands the request out, scrubbed."""
        self.content = content
        self.headers = streamed.headers if headers is None else headers
        """The answer's headers (an error answer's scrubbed of the client's secrets)."""
        self._scrub = scrub
        self._full: httpx.Response | None = None

    @property
    def status_code(self) -> int:
        return self.streamed.status_code

    @property
    def http_response(self) -> httpx.Response:
        """An ``httpx.Response`` holding the body (decoded), built on first use: most calls never need it."""
        if self._full is None:
            request = self.streamed.request
            if self._scrub is not None:
                rules, prepared = self._scrub
                rules.scrub(request, prepared)
            headers = self.headers
            if "content-encoding" in headers:  # the body is already decoded
                headers = headers.copy()
                del headers["content-encoding"]
                headers["content-length"] = str(len(self.content))
            self._full = httpx.Response(
                self.streamed.status_code,
                headers=headers,
                content=self.content,
                request=request,
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


class _Expiry:
    """The timer callback of an async attempt: cancels the attempt's task, and remembers that it did."""

    __slots__ = ("fired", "task")

    def __init__(self, task: Any) -> None:
        self.task = task
        self.fired = False

    def __call__(self) -> None:
        self.fired = True
        self.task.cancel()


class _Rules:
    """The decisions of the loop, free of I/O: the request, the slot, the deadlines, the body's limit, retry or not."""

    def __init__(
        self,
        token: Secret | None,
        rate_limiter: RateLimiter | None,
        logger: logging.Logger | None,
        default_headers: Sequence[tuple[str, str]],
        *,
        whole_reads: bool,
    ) -> None:
        self.token = token
        self.secrets = Secrets(() if token is None else (token.reveal(),))
        """Everything this client must never show: its token, and secrets it sent or read since."""
        self.rate_limiter: RateLimiter = BatchRateLimiter() if rate_limiter is None else rate_limiter
        self.logger = get_logger() if logger is None else logger
        self.default_headers = tuple(default_headers)
        """Headers every request adds to the httpx client's own (none when the client already has them)."""
        self.whole_reads = whole_reads
        """Whether a body of a known, allowed size may be read in one go: the deadline then still holds
        inside every socket read (the sync DeadlineTransport) or around the whole attempt (async)."""
        self._fixed_headers = [*self.default_headers, *(() if token is None else ((API_TOKEN_HEADER, token.reveal()),))]

    def request(
        self, http: httpx.Client | httpx.AsyncClient, prepared: Prepared, options: CallOptions
    ) -> httpx.Request:
        """The request to send, with the token on it (taken off by ``scrub`` before the request can reach a caller)."""
        if prepared.headers or options.extra_headers:
            named = {
                name.lower(): (name, value)
                for name, value in (*self.default_headers, *prepared.headers, *options.extra_headers)
            }
            headers = list(named.values())
            if self.token is not None:
                headers.append((API_TOKEN_HEADER, self.token.reveal()))
        else:
            headers = self._fixed_headers
        request = http.build_request(
            prepared.method,
            prepared.url,
            headers=headers,
            content=prepared.content,
            extensions={"timeout": options.timeout_extension},
        )
        if prepared.secret_path:
            _SECRET_URLS.in_flight[id(request.url)] = (
                request.url,
                str(request.url.copy_with(raw_path=prepared.log_path.encode("ascii"))),
            )
        return request

    def scrub(self, request: httpx.Request, prepared: Prepared) -> None:
        """Takes the token, and a secret URL, off a request that callers can now reach (idempotent)."""
        if self.token is not None and API_TOKEN_HEADER in request.headers:
            del request.headers[API_TOKEN_HEADER]
        if prepared.secret_path:
            request.url = request.url.copy_with(raw_path=prepared.log_path.encode("ascii"))

    def done(self, request: httpx.Request, prepared: Prepared) -> None:
        """The call is over: httpx's log lines of a secret URL are masked no more (none can come)."""
        if prepared.secret_path:
            _SECRET_URLS.in_flight.pop(id(request.url), None)
            self.scrub(request, prepared)

    def limit_attempt(self, request: httpx.Request, deadline: float, now: float) -> None:
        """Each phase timeout of this attempt, cut to what is left before ``deadline``."""
        timeouts = request.extensions.get("timeout")
        remaining = max(deadline - now, 0.0)
        if isinstance(timeouts, dict):
            request.extensions["timeout"] = {
                phase: remaining if value is None else min(value, remaining) for phase, value in timeouts.items()
            }

    def book(self, prepared: Prepared) -> Booking:
        """Asks the rate limiter for a slot for this attempt; logs when it makes the attempt wait."""
        booking = self.rate_limiter.reserve(prepared.method, prepared.operation)
        if booking.wait > 0 and self.logger.isEnabledFor(logging.DEBUG):
            log_rate_limit_wait(self.logger, method=prepared.method, path=prepared.log_path, wait=booking.wait)
        return booking

    def release(self, prepared: Prepared) -> None:
        self.rate_limiter.release(prepared.method, prepared.operation)

    def read_whole(self, response: httpx.Response, options: CallOptions) -> bool:
        """Whether this answer may be read in one go: a success whose declared, uncompressed length fits."""
        if not self.whole_reads or not 200 <= response.status_code < 300:
            return False
        headers = response.headers
        length = headers.get("content-length")
        return (
            length is not None
            and length.isdigit()
            and int(length) <= options.max_response_bytes
            and "content-encoding" not in headers
        )

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

    def answer(
        self,
        response: httpx.Response,
        content: bytes,
        prepared: Prepared,
        *,
        limit: int | None = None,
        cut: bool = False,
    ) -> Answer:
        """The answer read whole; an error answer's body and headers scrubbed of the client's secrets,
        since a server or proxy may echo the request and the text goes into an exception. A body ``cut``
        at its ``limit`` also loses a secret's first part at its end, and masks never take it past the limit."""
        if 200 <= response.status_code < 300:
            return Answer(response, content, None, (self, prepared))
        secrets = self.secrets
        if cut:
            content = secrets.cut_tail(content)
        content = secrets.scrub_bytes(content)
        if limit is not None:
            content = content[:limit]
        return Answer(response, content, secrets.scrub_headers(response.headers), (self, prepared))

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
        default_headers: Sequence[tuple[str, str]] = BASE_HEADERS,
        socket_deadline: bool = False,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.http = http
        self._rules = _Rules(token, rate_limiter, logger, default_headers, whole_reads=socket_deadline)
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
            attempt = 1
            while True:
                booking = rules.book(prepared)
                if booking.wait > 0 or not booking.granted:
                    self._wait_for_slot(prepared, booking)
                started = clock()
                attempt_deadline = started + options.attempt_budget
                clamped = call_deadline < attempt_deadline  # the call's deadline cuts this attempt short
                try:
                    answer = self._attempt(
                        request,
                        prepared,
                        options,
                        call_deadline if clamped else attempt_deadline,
                        clamped=clamped,
                        now=started,
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
                self._sleep(delay)
                attempt += 1
        except (httpx.HTTPError, httpx.StreamError) as exc:
            rules.scrub(request, prepared)  # the httpx error, kept as the cause, holds this request
            raise rules.failure(exc, prepared) from exc
        except RuntimeError as exc:  # httpx refuses to send on a client closed meanwhile
            rules.scrub(request, prepared)
            if self.http.is_closed:
                raise ClientClosedError(f"{prepared.operation}: the client was closed during the call") from exc
            raise
        except BaseException:  # the traceback's frames hold the request: scrubbed before it leaves
            rules.scrub(request, prepared)
            raise
        finally:
            rules.done(request, prepared)

    def _attempt(
        self,
        request: httpx.Request,
        prepared: Prepared,
        options: CallOptions,
        deadline: float,
        *,
        clamped: bool,
        now: float,
    ) -> Answer:
        """Sends once and reads the whole body by ``deadline``; the rate-limiter slot is held throughout."""
        rules = self._rules
        if clamped:
            rules.limit_attempt(request, deadline, now)
        scope = CURRENT_DEADLINE.set(deadline)
        try:
            response = self.http.send(request, stream=True, follow_redirects=False)
            if rules.read_whole(response, options):  # h11 reads no more than the declared length
                return rules.answer(response, response.read(), prepared)
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
        return rules.answer(response, b"".join(collector.chunks), prepared, limit=collector.limit, cut=collector.full)

    def _wait_for_slot(self, prepared: Prepared, booking: Booking) -> None:
        """Sleeps until the rate limiter grants a slot (``booking``: its first answer); the attempt then releases it."""
        while True:
            try:
                if booking.wait > 0:
                    self._sleep(booking.wait)
            except BaseException:  # interrupted while waiting: give the slot back
                if booking.granted:
                    self._rules.release(prepared)
                raise
            if booking.granted:
                return
            booking = self._rules.book(prepared)


class AsyncSender:
    """The loop over an ``httpx.AsyncClient``; each attempt runs under a timer (asyncio, or anyio on trio)."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        token: Secret | None = None,
        rate_limiter: RateLimiter | None = None,
        logger: logging.Logger | None = None,
        default_headers: Sequence[tuple[str, str]] = BASE_HEADERS,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.http = http
        self._rules = _Rules(token, rate_limiter, logger, default_headers, whole_reads=True)
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
            attempt = 1
            while True:
                booking = rules.book(prepared)
                if booking.wait > 0 or not booking.granted:
                    await self._wait_for_slot(prepared, booking)
                started = clock()
                attempt_deadline = started + options.attempt_budget
                clamped = call_deadline < attempt_deadline  # the call's deadline cuts this attempt short
                try:
                    answer = await self._attempt(
                        request,
                        prepared,
                        options,
                        call_deadline if clamped else attempt_deadline,
                        clamped=clamped,
                        now=started,
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
            rules.scrub(request, prepared)  # the httpx error, kept as the cause, holds this request
            raise rules.failure(exc, prepared) from exc
        except RuntimeError as exc:  # httpx refuses to send on a client closed meanwhile
            rules.scrub(request, prepared)
            if self.http.is_closed:
                raise ClientClosedError(f"{prepared.operation}: the client was closed during the call") from exc
            raise
        except BaseException:  # the traceback's frames hold the request: scrubbed before it leaves
            rules.scrub(request, prepared)
            raise
        finally:
            rules.done(request, prepared)

    async def _attempt(
        self,
        request: httpx.Request,
        prepared: Prepared,
        options: CallOptions,
        deadline: float,
        *,
        clamped: bool,
        now: float,
    ) -> Answer:
        """Sends once and reads the whole body within the time left; the rate-limiter slot is held throughout.

        On asyncio a timer (``loop.call_later``) cancels the task at the deadline, which is what
        ``asyncio.timeout`` does at a third of its cost per attempt; on trio, ``anyio.fail_after``.
        Only their own expiry becomes a timeout: an outer cancellation still propagates as one.
        """
        if clamped:
            self._rules.limit_attempt(request, deadline, now)
        seconds = max(deadline - now, 0.0)
        try:
            asyncio = _running_asyncio()
            if asyncio is None:
                with anyio.fail_after(seconds):
                    return await self._send_and_read(request, prepared, options)
            task = asyncio.current_task()
            cancelling = task.cancelling()
            expiry = _Expiry(task)
            timer = asyncio.get_running_loop().call_later(seconds, expiry)
            try:
                return await self._send_and_read(request, prepared, options)
            except asyncio.CancelledError:
                if expiry.fired and task.uncancel() <= cancelling:
                    raise TimeoutError from None  # ours, not an outer cancellation
                raise
            finally:
                timer.cancel()
        except TimeoutError:
            raise httpx.ReadTimeout(DEADLINE_PASSED, request=request) from None
        finally:
            self._rules.release(prepared)

    async def _send_and_read(self, request: httpx.Request, prepared: Prepared, options: CallOptions) -> Answer:
        response = await self.http.send(request, stream=True, follow_redirects=False)
        if self._rules.read_whole(response, options):  # the attempt's timer bounds the read
            return self._rules.answer(response, await response.aread(), prepared)
        try:
            collector = _Collector(*self._rules.body_limit(response.status_code, options))
            async for chunk in response.aiter_bytes():
                if not collector.add(chunk):
                    if collector.strict:
                        raise self._rules.too_large(prepared, collector.limit)
                    break
        finally:
            await response.aclose()
        return self._rules.answer(
            response, b"".join(collector.chunks), prepared, limit=collector.limit, cut=collector.full
        )

    async def _wait_for_slot(self, prepared: Prepared, booking: Booking) -> None:
        """Sleeps until the rate limiter grants a slot (``booking``: its first answer); the attempt then releases it."""
        while True:
            try:
                if booking.wait > 0:
                    await self._sleep(booking.wait)
            except BaseException:  # cancelled while waiting: give the slot back
                if booking.granted:
                    self._rules.release(prepared)
                raise
            if booking.granted:
                return
            booking = self._rules.book(prepared)


__all__ = ["API_TOKEN_HEADER", "Answer", "AsyncSender", "SyncSender"]
