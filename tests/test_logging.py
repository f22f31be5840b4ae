"""What the ``sendbird_calls`` logger records, and how ``SENDBIRD_CALLS_LOG`` turns output on.

One INFO record per attempt (method, masked path, attempt number, status or error class, elapsed
milliseconds, also as ``extra`` attributes), a WARNING per retry, DEBUG for a rate-limit wait; no
query string, header or body. Output is opt-in: a program that configured no logging prints nothing.
That no record of any logger holds a token is proven in ``test_secrets.py``.
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sendbird_calls import SendbirdCallsError, ServerError
from sendbird_calls._logging import _EnvStreamHandler, configure_from_env
from sendbird_calls.rate_limit import BatchRateLimiter
from tests.send_support import MODES, ROOM_ANSWER, FakeClock, Mode, Script, call_client, run_loop, settle, status
from tests.spec_examples import API_TOKEN, APP_ID

TOO_MANY = httpx.Response(429, json={"message": "Too many requests", "code": 429100}, headers={"Retry-After": "0"})
UNAVAILABLE = httpx.Response(503, text="<html>503</html>", headers={"Retry-After": "0"})
OK_ROOM = httpx.Response(200, content=ROOM_ANSWER)


@pytest.fixture
def records(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> pytest.LogCaptureFixture:
    """Every record of every logger at DEBUG, with SENDBIRD_CALLS_LOG unset so no stream handler is added."""
    monkeypatch.delenv("SENDBIRD_CALLS_LOG", raising=False)
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="sendbird_calls")
    return caplog


def attempts(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """The per-attempt records of the ``sendbird_calls`` logger: the ones that carry an elapsed time."""
    return [r for r in caplog.records if r.name == "sendbird_calls" and hasattr(r, "elapsed_ms")]


def ours(caplog: pytest.LogCaptureFixture, level: int) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "sendbird_calls" and r.levelno == level]


def facts(record: logging.LogRecord, *names: str) -> tuple[object, ...]:
    names = names or ("http_method", "log_path", "attempt", "status_code")
    return tuple(getattr(record, name) for name in names)


# --- one record per attempt, one per retry ----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_each_attempt_of_a_retried_get_logs_its_facts_and_each_retry_a_warning(
    mode: Mode, records: pytest.LogCaptureFixture
) -> None:
    transport = httpx.MockTransport(Script(TOO_MANY, UNAVAILABLE, OK_ROOM))

    await call_client(mode, lambda c: c.rooms.retrieve("room-1"), transport=transport)

    logged = attempts(records)
    assert [facts(r) for r in logged] == [
        ("GET", "/v1/rooms/room-1", 1, 429),
        ("GET", "/v1/rooms/room-1", 2, 503),
        ("GET", "/v1/rooms/room-1", 3, 200),
    ]
    assert all(r.levelno == logging.INFO for r in logged)
    assert all(isinstance(r.elapsed_ms, float) and r.elapsed_ms >= 0 for r in logged)
    assert re.fullmatch(r"GET /v1/rooms/room-1 attempt 1 -> 429 in \d+\.\d ms", logged[0].getMessage())
    retries = ours(records, logging.WARNING)
    assert [facts(r, "attempt", "retry_delay") for r in retries] == [(1, 0.0), (2, 0.0)]
    assert retries[0].getMessage() == "GET /v1/rooms/room-1 retrying after attempt 1 in 0.000 s"


@pytest.mark.parametrize("mode", MODES)
async def test_the_elapsed_time_is_the_attempts_own(mode: Mode, records: pytest.LogCaptureFixture) -> None:
    clock = FakeClock()

    await run_loop(mode, Script(status(503, "2"), status(200), clock=clock, latency=0.25), clock=clock)

    assert [facts(r, "attempt", "elapsed_ms") for r in attempts(records)] == [(1, 250.0), (2, 250.0)]  # not the wait


@pytest.mark.parametrize("mode", MODES)
async def test_a_post_answered_500_logs_exactly_one_attempt_and_no_retry(
    mode: Mode, records: pytest.LogCaptureFixture
) -> None:
    transport = httpx.MockTransport(Script(httpx.Response(500, json={"code": 500999, "message": "x"})))

    with pytest.raises(ServerError):
        await call_client(mode, lambda c: c.rooms.create(type="small_room_for_video"), transport=transport)

    assert [facts(r) for r in attempts(records)] == [("POST", "/v1/rooms", 1, 500)]
    assert not [r for r in records.records if r.name == "sendbird_calls" and r.levelno >= logging.WARNING]


@pytest.mark.parametrize("mode", MODES)
async def test_an_attempt_that_failed_in_transport_is_logged_with_its_error_class(
    mode: Mode, records: pytest.LogCaptureFixture
) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(SendbirdCallsError):
        await call_client(
            mode, lambda c: c.rooms.retrieve("room-1"), transport=httpx.MockTransport(refuse), max_retries=0
        )

    (record,) = attempts(records)
    assert facts(record) == ("GET", "/v1/rooms/room-1", 1, None)
    assert record.error_type == "ConnectError"
    assert "attempt 1 -> ConnectError in " in record.getMessage()
    assert "connection refused" not in record.getMessage()  # exception messages are never logged


@pytest.mark.parametrize("mode", MODES)
async def test_a_rate_limit_wait_is_logged_at_debug(mode: Mode, records: pytest.LogCaptureFixture) -> None:
    clock = FakeClock()
    limiter = BatchRateLimiter({"GET": 1.99}, margin=0.0, clock=clock)

    for _ in range(2):
        await run_loop(mode, Script(status(200)), clock=clock, rate_limiter=limiter)

    (wait,) = ours(records, logging.DEBUG)
    assert facts(wait, "log_path", "wait_seconds") == ("/v1/rooms/room-1", pytest.approx(1 / 1.99))
    assert wait.getMessage() == "GET /v1/rooms/room-1 waits 0.503 s for the client-side rate limit"
    assert clock.sleeps == [pytest.approx(1 / 1.99)]


@pytest.mark.parametrize("mode", MODES)
async def test_query_strings_and_bodies_are_never_logged(mode: Mode, records: pytest.LogCaptureFixture) -> None:
    transport = httpx.MockTransport(Script(httpx.Response(200, json={"rooms": []}), OK_ROOM))

    async def calls(client: Any) -> None:
        await settle(client.rooms.list(state="open", room_ids=["private-room-7"]))
        await settle(client.rooms.create(type="small_room_for_video", custom_items={"note": "secret-note"}))

    await call_client(mode, calls, transport=transport)

    assert [r.log_path for r in attempts(records)] == ["/v1/rooms", "/v1/rooms"]
    for record in records.records:
        if record.name.startswith("sendbird_calls"):
            assert "private-room-7" not in record.getMessage()
            assert "secret-note" not in repr(vars(record))


# --- SENDBIRD_CALLS_LOG ---------------------------------------------------------------------------------------------


@pytest.fixture
def sendbird_logger() -> Iterator[logging.Logger]:
    """The package logger without the stream handler an earlier test may have turned on; its own
    handlers and level are restored after the test."""
    logger = logging.getLogger("sendbird_calls")
    handlers, level = list(logger.handlers), logger.level
    logger.handlers[:] = [handler for handler in handlers if not isinstance(handler, _EnvStreamHandler)]
    yield logger
    logger.handlers[:] = handlers
    logger.setLevel(level)


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO), (" warning ", 30)])
def test_the_environment_turns_on_one_stream_handler_however_often_it_is_read(
    value: str, level: int, sendbird_logger: logging.Logger
) -> None:
    before = len(sendbird_logger.handlers)

    configure_from_env({"SENDBIRD_CALLS_LOG": value})
    configure_from_env({"SENDBIRD_CALLS_LOG": value})

    assert len(sendbird_logger.handlers) == before + 1
    assert isinstance(sendbird_logger.handlers[-1], _EnvStreamHandler)
    assert sendbird_logger.level == level


@pytest.mark.parametrize("environ", [{}, {"SENDBIRD_CALLS_LOG": ""}, {"SENDBIRD_CALLS_LOG": "loud"}])
def test_no_or_an_unknown_level_adds_no_handler(environ: dict[str, str], sendbird_logger: logging.Logger) -> None:
    before = (list(sendbird_logger.handlers), sendbird_logger.level)

    configure_from_env(environ)

    assert (list(sendbird_logger.handlers), sendbird_logger.level) == before


SCRIPT = textwrap.dedent(
    """
    import json, sys
    import httpx
    from sendbird_calls import CallsClient
    from sendbird_calls.rate_limit import Booking

    room = {"room_id": "room-1", "room_type": "small_room_for_video", "state": "open", "created_at": 1}
    answers = [httpx.Response(503, headers={"Retry-After": "0"}), httpx.Response(200, json={"room": room})]

    def handle(request):
        answer = answers.pop(0)
        return httpx.Response(answer.status_code, content=answer.content, headers=answer.headers)

    class SecondWaits:
        '''A limiter making the second attempt wait a millisecond, so a DEBUG record is written.'''
        booked = 0

        def reserve(self, method, operation):
            self.booked += 1
            return Booking(0.001 if self.booked == 2 else 0.0)

        def release(self, method, operation):
            pass

    with CallsClient(sys.argv[1], sys.argv[2], transport=httpx.MockTransport(handle), rate_limits=SecondWaits()) as c:
        c.rooms.retrieve("room-1")
    print(json.dumps({"done": True}))
    """
)
STAMP = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ")
"""The ``asctime`` that starts each line of the handler's format."""
ELAPSED = re.compile(r" in \d+\.\d ms$")


def run_script(log_level: str | None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("SENDBIRD_")}
    if log_level is not None:
        env["SENDBIRD_CALLS_LOG"] = log_level
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, APP_ID, API_TOKEN],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )


def test_sendbird_calls_log_debug_prints_every_record_to_stderr() -> None:
    result = run_script("debug")

    assert json.loads(result.stdout) == {"done": True}
    assert [ELAPSED.sub(" in <ms>", STAMP.sub("", line)) for line in result.stderr.splitlines()] == [
        "INFO sendbird_calls: GET /v1/rooms/room-1 attempt 1 -> 503 in <ms>",
        "WARNING sendbird_calls: GET /v1/rooms/room-1 retrying after attempt 1 in 0.000 s",
        "DEBUG sendbird_calls: GET /v1/rooms/room-1 waits 0.001 s for the client-side rate limit",
        "INFO sendbird_calls: GET /v1/rooms/room-1 attempt 2 -> 200 in <ms>",
    ]
    assert API_TOKEN not in result.stderr


def test_sendbird_calls_log_warning_prints_only_retries() -> None:
    result = run_script("warning")

    (line,) = result.stderr.splitlines()
    assert "WARNING sendbird_calls: GET /v1/rooms/room-1 retrying after attempt 1" in line


def test_without_sendbird_calls_log_nothing_is_printed_not_even_retry_warnings() -> None:
    result = run_script(None)

    assert json.loads(result.stdout) == {"done": True}
    assert result.stderr == ""
