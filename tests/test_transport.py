"""The transports retry what is safe to retry, resend bodies whole, and log every attempt without secrets."""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import threading
import time
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler

import httpx
import pytest
from sendbird_calls._request_context import EXTENSION_KEY, RequestContext
from sendbird_calls.transport import AsyncSendbirdTransport, SendbirdTransport

from sendbird_calls import transport as transport_module
from sendbird_calls._logging import configure_from_env
from sendbird_calls.rate_limit import Booking, NoRateLimit
from sendbird_calls.retry import RetryPolicy
from tests.spec_examples import serve_in_thread

BASE_URL = "https://api-app.calls.sendbird.com"
CANARY_TOKEN = "canary-token-5f0c2b1e9d"
Outcome = httpx.Response | httpx.TransportError


def context(
    operation: str = "list_rooms", log_path: str = "/v1/rooms", max_retries: int | None = None
) -> dict[str, object]:
    return {EXTENSION_KEY: RequestContext(operation=operation, log_path=log_path, max_retries=max_retries)}


class Script:
    """A MockTransport handler that plays scripted outcomes in order and remembers what it saw."""

    def __init__(self, *outcomes: Outcome) -> None:
        self._outcomes = list(outcomes)
        self.requests: list[httpx.Request] = []
        self.responses: list[httpx.Response] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        outcome = self._outcomes.pop(0) if len(self._outcomes) > 1 else self._outcomes[0]
        if isinstance(outcome, httpx.TransportError):
            raise outcome
        response = httpx.Response(outcome.status_code, headers=outcome.headers, content=b'{"code": 0}')
        self.responses.append(response)
        return response


def status(code: int, retry_after: str | None = None) -> httpx.Response:
    return httpx.Response(code, headers={} if retry_after is None else {"Retry-After": retry_after})


def sync_client(script: Script, sleeps: list[float], retry_policy: RetryPolicy | None = None) -> httpx.Client:
    transport = SendbirdTransport(
        httpx.MockTransport(script), retry_policy=retry_policy, rate_limiter=NoRateLimit(), sleep=sleeps.append
    )
    return httpx.Client(transport=transport, base_url=BASE_URL)


def async_client(script: Script, sleeps: list[float]) -> httpx.AsyncClient:
    async def record_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    transport = AsyncSendbirdTransport(httpx.MockTransport(script), rate_limiter=NoRateLimit(), sleep=record_sleep)
    return httpx.AsyncClient(transport=transport, base_url=BASE_URL)


def test_429_with_retry_after_zero_twice_then_200_succeeds_after_exactly_3_requests() -> None:
    script = Script(status(429, "0"), status(429, "0"), status(200))
    sleeps: list[float] = []

    with sync_client(script, sleeps) as client:
        response = client.get("/v1/rooms", extensions=context())

    assert response.status_code == 200
    assert len(script.requests) == 3
    assert sleeps == [0.0, 0.0]
    assert all(discarded.is_closed for discarded in script.responses[:2])


def test_post_answered_500_is_sent_exactly_once() -> None:
    script = Script(status(500), status(200))
    sleeps: list[float] = []

    with sync_client(script, sleeps) as client:
        response = client.post("/v1/rooms", json={"type": "small_room_for_video"}, extensions=context("create_room"))

    assert response.status_code == 500
    assert len(script.requests) == 1
    assert sleeps == []


def test_post_answered_429_then_200_is_retried() -> None:
    script = Script(status(429), status(200))
    sleeps: list[float] = []

    with sync_client(script, sleeps, RetryPolicy(jitter=False)) as client:
        response = client.post("/v1/rooms", json={"type": "small_room_for_video"}, extensions=context("create_room"))

    assert response.status_code == 200
    assert len(script.requests) == 2
    assert sleeps == [0.5]
    assert script.requests[0].content == script.requests[1].content == b'{"type":"small_room_for_video"}'


def test_post_that_could_not_connect_is_retried() -> None:
    script = Script(httpx.ConnectError("[Errno 111] Connection refused"), status(200))

    with sync_client(script, []) as client:
        response = client.post("/v1/rooms", json={}, extensions=context("create_room"))

    assert response.status_code == 200
    assert len(script.requests) == 2


def test_post_that_timed_out_reading_is_not_retried() -> None:
    script = Script(httpx.ReadTimeout("timed out"), status(200))

    with sync_client(script, []) as client, pytest.raises(httpx.ReadTimeout):
        client.post("/v1/rooms", json={}, extensions=context("create_room"))

    assert len(script.requests) == 1


def test_get_on_503_is_retried_up_to_max_retries_then_the_final_503_is_returned() -> None:
    script = Script(status(503))
    sleeps: list[float] = []

    with sync_client(script, sleeps, RetryPolicy(jitter=False)) as client:
        response = client.get("/v1/rooms", extensions=context())

    assert response.status_code == 503
    assert len(script.requests) == 3
    assert sleeps == [0.5, 1.0]
    assert response.json() == {"code": 0}


def test_the_last_transport_error_is_raised_when_retries_run_out() -> None:
    errors = [httpx.ConnectError("first"), httpx.ConnectError("second"), httpx.ConnectError("third")]
    script = Script(*errors)

    with sync_client(script, []) as client, pytest.raises(httpx.ConnectError, match="third"):
        client.get("/v1/rooms", extensions=context())

    assert len(script.requests) == 3


def test_per_call_max_retries_zero_disables_retrying() -> None:
    script = Script(status(429, "0"), status(200))

    with sync_client(script, []) as client:
        response = client.get("/v1/rooms", extensions=context(max_retries=0))

    assert response.status_code == 429
    assert len(script.requests) == 1


def test_per_call_max_retries_raises_the_budget() -> None:
    script = Script(status(503))

    with sync_client(script, []) as client:
        client.get("/v1/rooms", extensions=context(max_retries=4))

    assert len(script.requests) == 5


def test_a_request_without_context_is_retried_with_the_defaults() -> None:
    script = Script(status(502), status(200))

    with sync_client(script, []) as client:
        assert client.get("/anything").status_code == 200

    assert len(script.requests) == 2


def test_retry_after_as_an_http_date_is_waited() -> None:
    in_four_seconds = email.utils.formatdate(time.time() + 4, usegmt=True)
    script = Script(status(503, in_four_seconds), status(200))
    sleeps: list[float] = []

    with sync_client(script, sleeps) as client:
        client.get("/v1/rooms", extensions=context())

    assert len(sleeps) == 1
    assert 2.0 <= sleeps[0] <= 4.0


def test_a_too_large_retry_after_is_capped_at_60_seconds() -> None:
    script = Script(status(429, "86400"), status(200))
    sleeps: list[float] = []

    with sync_client(script, sleeps) as client:
        assert client.get("/v1/rooms", extensions=context()).status_code == 200

    assert sleeps == [60.0]


def test_backoff_delays_grow_and_are_capped_within_their_jitter_bounds() -> None:
    script = Script(status(503))
    sleeps: list[float] = []

    with sync_client(script, sleeps, RetryPolicy(max_retries=7)) as client:
        client.get("/v1/rooms", extensions=context())

    ceilings = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert len(sleeps) == len(ceilings)
    for delay, ceiling in zip(sleeps, ceilings, strict=True):
        assert ceiling / 2 <= delay <= ceiling


class ScriptedLimiter:
    """Hands out scripted bookings (the last one repeats) and notes each call in a shared event list."""

    def __init__(self, events: list[object], *bookings: Booking) -> None:
        self._events = events
        self._bookings = list(bookings)

    def reserve(self, method: str, operation: str | None) -> Booking:
        self._events.append(("reserve", method, operation))
        return self._bookings.pop(0) if len(self._bookings) > 1 else self._bookings[0]

    def release(self, method: str, operation: str | None) -> None:
        self._events.append(("release", method, operation))


def traced_transport(events: list[object], script: Script, *bookings: Booking) -> SendbirdTransport:
    def send(request: httpx.Request) -> httpx.Response:
        events.append("send")
        return script(request)

    def sleep(seconds: float) -> None:
        events.append(("sleep", seconds))

    return SendbirdTransport(httpx.MockTransport(send), rate_limiter=ScriptedLimiter(events, *bookings), sleep=sleep)


def test_each_attempt_books_a_slot_waits_sends_then_releases_it() -> None:
    events: list[object] = []
    transport = traced_transport(events, Script(status(429, "1"), status(200)), Booking(0.25))

    with httpx.Client(transport=transport, base_url=BASE_URL) as client:
        client.get("/v1/rooms", extensions=context())

    slot = ("GET", "list_rooms")
    assert events == [
        ("reserve", *slot), ("sleep", 0.25), "send", ("release", *slot),
        ("sleep", 1.0),
        ("reserve", *slot), ("sleep", 0.25), "send", ("release", *slot),
    ]  # fmt: skip


def test_an_ungranted_booking_is_asked_again_after_its_wait() -> None:
    events: list[object] = []
    transport = traced_transport(events, Script(status(200)), Booking(1.05, granted=False), Booking(0.0))

    with httpx.Client(transport=transport, base_url=BASE_URL) as client:
        client.get("/v1/rooms", extensions=context())

    slot = ("GET", "list_rooms")
    assert events == [("reserve", *slot), ("sleep", 1.05), ("reserve", *slot), "send", ("release", *slot)]


def test_the_slot_is_released_when_the_send_fails() -> None:
    events: list[object] = []
    transport = traced_transport(events, Script(httpx.ReadTimeout("timed out")), Booking(0.0))

    with httpx.Client(transport=transport, base_url=BASE_URL) as client, pytest.raises(httpx.ReadTimeout):
        client.post("/v1/rooms", json={}, extensions=context("create_room"))

    assert events == [("reserve", "POST", "create_room"), "send", ("release", "POST", "create_room")]


async def test_a_request_cancelled_while_waiting_for_its_slot_gives_the_slot_back() -> None:
    events: list[object] = []

    async def cancelled_sleep(seconds: float) -> None:
        raise asyncio.CancelledError

    transport = AsyncSendbirdTransport(
        httpx.MockTransport(Script(status(200))),
        rate_limiter=ScriptedLimiter(events, Booking(0.5)),
        sleep=cancelled_sleep,
    )

    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
        with pytest.raises(asyncio.CancelledError):
            await client.get("/v1/rooms", extensions=context())

    assert events == [("reserve", "GET", "list_rooms"), ("release", "GET", "list_rooms")]


async def test_async_429_twice_then_200_succeeds_after_exactly_3_requests() -> None:
    script = Script(status(429, "0"), status(429, "0"), status(200))
    sleeps: list[float] = []

    async with async_client(script, sleeps) as client:
        response = await client.get("/v1/rooms", extensions=context())

    assert response.status_code == 200
    assert len(script.requests) == 3
    assert sleeps == [0.0, 0.0]
    assert all(discarded.is_closed for discarded in script.responses[:2])


async def test_async_post_answered_500_is_sent_exactly_once() -> None:
    script = Script(status(500))

    async with async_client(script, []) as client:
        response = await client.post("/v1/rooms", json={}, extensions=context("create_room"))

    assert response.status_code == 500
    assert len(script.requests) == 1


async def test_async_post_with_connect_error_is_retried_and_read_timeout_is_not() -> None:
    retried = Script(httpx.ConnectError("refused"), status(200))
    not_retried = Script(httpx.ReadTimeout("timed out"), status(200))

    async with async_client(retried, []) as client:
        assert (await client.post("/v1/rooms", json={}, extensions=context("create_room"))).status_code == 200
    async with async_client(not_retried, []) as client:
        with pytest.raises(httpx.ReadTimeout):
            await client.post("/v1/rooms", json={}, extensions=context("create_room"))

    assert (len(retried.requests), len(not_retried.requests)) == (2, 1)


# Bodies over real sockets: MockTransport buffers bodies itself, so only a real transport proves
# that a resent request carries its whole body.


@pytest.fixture
def flaky_server() -> Iterator[tuple[str, list[tuple[str, bytes]]]]:
    """A loopback server answering 503 to every first request of a method, then 200; records bodies."""
    received: list[tuple[str, bytes]] = []
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def _answer(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with lock:
                first = all(method != self.command for method, _ in received)
                received.append((self.command, body))
            self.send_response(503 if first else 200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def do_PUT(self) -> None:
            self._answer()

        def do_DELETE(self) -> None:
            self._answer()

        def log_message(self, format: str, *args: object) -> None:
            pass

    with serve_in_thread(Handler) as origin:
        yield origin, received


def test_put_and_delete_json_bodies_are_resent_whole(flaky_server: tuple[str, list[tuple[str, bytes]]]) -> None:
    base_url, received = flaky_server
    update = {"custom_items": {"topic": "launch"}, "mode": "upsert"}
    transport = SendbirdTransport(httpx.HTTPTransport(), rate_limiter=NoRateLimit(), sleep=lambda _: None)

    with httpx.Client(transport=transport, base_url=base_url) as client:
        put = client.put("/v1/rooms/r1/custom_items", json=update, extensions=context("update_room_custom_items"))
        delete = client.request(
            "DELETE",
            "/v1/rooms/r1/custom_items",
            json={"keys": ["topic"]},
            extensions=context("delete_room_custom_items"),
        )

    assert (put.status_code, delete.status_code) == (200, 200)
    assert [method for method, _ in received] == ["PUT", "PUT", "DELETE", "DELETE"]
    assert received[0][1] == received[1][1] == json.dumps(update, separators=(",", ":")).encode()
    assert received[2][1] == received[3][1] == b'{"keys":["topic"]}'


async def test_a_streamed_body_is_buffered_once_and_resent_whole(
    flaky_server: tuple[str, list[tuple[str, bytes]]],
) -> None:
    base_url, received = flaky_server

    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"custom_items": '
        yield b'{"a": "b"}}'

    async def no_sleep(_: float) -> None:
        return None

    transport = AsyncSendbirdTransport(httpx.AsyncHTTPTransport(), rate_limiter=NoRateLimit(), sleep=no_sleep)
    async with httpx.AsyncClient(transport=transport, base_url=base_url) as client:
        response = await client.put(
            "/v1/rooms/r1/custom_items",
            content=chunks(),
            headers={"Content-Length": "28"},
            extensions=context("update_room_custom_items"),
        )

    assert response.status_code == 200
    assert received == [("PUT", b'{"custom_items": {"a": "b"}}')] * 2


# Logging


def facts(record: logging.LogRecord, *names: str) -> tuple[object, ...]:
    return tuple(getattr(record, name) for name in names)


@pytest.fixture
def sendbird_logger() -> Iterator[logging.Logger]:
    """The package logger, restored to its original handlers and level after the test."""
    logger = logging.getLogger("sendbird_calls")
    handlers, level = list(logger.handlers), logger.level
    yield logger
    logger.handlers[:] = handlers
    logger.setLevel(level)


def test_each_attempt_and_each_retry_is_logged_with_its_facts(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="sendbird_calls")
    script = Script(status(503, "0"), status(200))

    with sync_client(script, []) as client:
        client.get("/v1/rooms", extensions=context())

    attempts = [record for record in caplog.records if hasattr(record, "elapsed_ms")]
    retries = [record for record in caplog.records if hasattr(record, "retry_delay")]
    assert [facts(r, "levelno", "attempt", "status_code", "log_path") for r in attempts] == [
        (logging.INFO, 1, 503, "/v1/rooms"),
        (logging.INFO, 2, 200, "/v1/rooms"),
    ]
    assert attempts[0].getMessage().startswith("GET /v1/rooms attempt 1 -> 503 in ")
    assert [facts(r, "levelno", "attempt", "retry_delay") for r in retries] == [(logging.WARNING, 1, 0.0)]


def test_transport_errors_are_logged_by_class(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="sendbird_calls")
    script = Script(httpx.ConnectError("refused"), status(200))

    with sync_client(script, []) as client:
        client.get("/v1/rooms", extensions=context())

    assert "GET /v1/rooms attempt 1 -> ConnectError in " in caplog.records[0].getMessage()


def test_the_token_never_appears_in_any_log_record_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="sendbird_calls")
    script = Script(status(429, "0"), httpx.ConnectError(f"refused {CANARY_TOKEN}"), status(200))
    transport = SendbirdTransport(httpx.MockTransport(script), sleep=lambda _: None)
    revoke = context("revoke_secondary_api_token", log_path="/v3/applications/api_tokens/***")

    with httpx.Client(transport=transport, base_url=BASE_URL, headers={"Api-Token": CANARY_TOKEN}) as client:
        for _ in range(12):  # enough to make the default rate limiter wait and log at DEBUG
            client.delete(f"/v3/applications/api_tokens/{CANARY_TOKEN}", extensions=revoke)

    assert any(record.levelno == logging.DEBUG for record in caplog.records)
    assert len(caplog.records) > 12
    for record in caplog.records:
        assert CANARY_TOKEN not in record.getMessage()
        assert CANARY_TOKEN not in repr(vars(record))


@pytest.mark.usefixtures("sendbird_logger")
@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO), ("warning", 30)])
def test_the_environment_turns_on_one_stream_handler_however_often_it_is_read(value: str, level: int) -> None:
    logger = logging.getLogger("sendbird_calls")
    before = len(logger.handlers)

    configure_from_env({"SENDBIRD_CALLS_LOG": value})
    configure_from_env({"SENDBIRD_CALLS_LOG": value})

    assert len(logger.handlers) == before + 1
    assert isinstance(logger.handlers[-1], logging.StreamHandler)
    assert logger.level == level


@pytest.mark.usefixtures("sendbird_logger")
@pytest.mark.parametrize("environ", [{}, {"SENDBIRD_CALLS_LOG": ""}, {"SENDBIRD_CALLS_LOG": "loud"}])
def test_no_or_an_unknown_level_adds_no_handler(environ: dict[str, str]) -> None:
    logger = logging.getLogger("sendbird_calls")
    before = (list(logger.handlers), logger.level)

    configure_from_env(environ)

    assert (list(logger.handlers), logger.level) == before


def test_transports_close_their_inner_transport() -> None:
    closed: list[str] = []

    class Inner(httpx.BaseTransport, httpx.AsyncBaseTransport):
        def close(self) -> None:
            closed.append("sync")

        async def aclose(self) -> None:
            closed.append("async")

    SendbirdTransport(Inner()).close()
    asyncio.run(AsyncSendbirdTransport(Inner()).aclose())

    assert closed == ["sync", "async"]


class _Hanging(httpx.AsyncBaseTransport):
    """An inner transport whose server never answers."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(3600)
        raise AssertionError("unreachable")


def _hanging_client(deadline: float) -> httpx.AsyncClient:
    transport = AsyncSendbirdTransport(
        _Hanging(), retry_policy=RetryPolicy(max_retries=0), rate_limiter=NoRateLimit(), deadline=deadline
    )
    return httpx.AsyncClient(transport=transport)


@pytest.mark.parametrize("timer", ["asyncio.timeout", "anyio.fail_after"])
async def test_an_async_attempt_ends_by_its_deadline_with_either_timer(
    monkeypatch: pytest.MonkeyPatch, timer: str
) -> None:
    # asyncio tasks use asyncio.timeout; other loops (trio) anyio.fail_after: both must hold the deadline.
    if timer == "anyio.fail_after":
        monkeypatch.setattr(transport_module, "_running_asyncio", lambda: None)
    async with _hanging_client(deadline=0.05) as client:
        with pytest.raises(httpx.ReadTimeout, match="deadline"):
            await client.get(f"{BASE_URL}/v1/rooms")


@pytest.mark.parametrize("timer", ["asyncio.timeout", "anyio.fail_after"])
async def test_an_outer_cancellation_is_not_mistaken_for_the_deadline(
    monkeypatch: pytest.MonkeyPatch, timer: str
) -> None:
    if timer == "anyio.fail_after":
        monkeypatch.setattr(transport_module, "_running_asyncio", lambda: None)
    async with _hanging_client(deadline=60) as client:
        with pytest.raises(TimeoutError):  # the caller's own timeout, not an httpx.ReadTimeout
            async with asyncio.timeout(0.05):
                await client.get(f"{BASE_URL}/v1/rooms")


def test_outside_an_asyncio_task_the_transport_uses_anyio() -> None:
    assert transport_module._running_asyncio() is None


async def test_inside_an_asyncio_task_the_transport_uses_asyncio() -> None:
    assert transport_module._running_asyncio() is asyncio
