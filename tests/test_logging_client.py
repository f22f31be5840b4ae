"""What the ``sendbird_calls`` logger records for calls made through the public clients.

One INFO record per attempt (method, masked path, status or error class, elapsed time, attempt
number), a WARNING per retry, DEBUG for rate-limit waits; ``SENDBIRD_CALLS_LOG`` prints them to
stderr; no record of any logger ever holds the API token.
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from sendbird_calls import AsyncCallsClient, CallsClient, SendbirdCallsError, ServerError

APP_ID = "6b1e7f40-0c3d-4e5f-8a9b-0c1d2e3f4a5b"
API_TOKEN = "logging-canary-TOKEN-7f3a9c"
SECONDARY_TOKEN = "secondary-canary-TOKEN-1b2c3d"

ROOM = {"room_id": "room-1", "room_type": "small_room_for_video", "state": "open", "created_at": 1_700_000_000_000}
TOO_MANY = httpx.Response(429, json={"message": "Too many requests", "code": 429100}, headers={"Retry-After": "0"})
UNAVAILABLE = httpx.Response(503, text="<html>503</html>", headers={"Retry-After": "0"})
OK_ROOM = httpx.Response(200, json={"room": ROOM})

Handler = Callable[[httpx.Request], httpx.Response]


def scripted(*answers: httpx.Response, then: httpx.Response) -> Handler:
    """A MockTransport handler answering ``answers`` in order, then ``then``; a fresh copy each time."""
    queue = list(answers)

    def handle(_: httpx.Request) -> httpx.Response:
        answer = queue.pop(0) if queue else then
        return httpx.Response(answer.status_code, content=answer.content, headers=answer.headers)

    return handle


def sync_client(handler: Handler, **options: Any) -> CallsClient:
    options.setdefault("rate_limits", None)
    return CallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(handler), **options)


def async_client(handler: Handler, **options: Any) -> AsyncCallsClient:
    options.setdefault("rate_limits", None)
    return AsyncCallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(handler), **options)


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


def extra(record: logging.LogRecord, name: str) -> Any:
    """A structured attribute the package adds to its records (``extra=``)."""
    return getattr(record, name)


def facts(record: logging.LogRecord) -> tuple[object, ...]:
    return tuple(extra(record, name) for name in ("http_method", "log_path", "attempt", "status_code"))


def test_each_attempt_of_a_retried_get_logs_one_record_with_method_path_status_elapsed_and_attempt(
    records: pytest.LogCaptureFixture,
) -> None:
    with sync_client(scripted(TOO_MANY, UNAVAILABLE, then=OK_ROOM)) as client:
        client.rooms.get_room("room-1")

    logged = attempts(records)
    assert [facts(r) for r in logged] == [
        ("GET", "/v1/rooms/room-1", 1, 429),
        ("GET", "/v1/rooms/room-1", 2, 503),
        ("GET", "/v1/rooms/room-1", 3, 200),
    ]
    assert all(r.levelno == logging.INFO for r in logged)
    assert all(isinstance(extra(r, "elapsed_ms"), float) and extra(r, "elapsed_ms") >= 0 for r in logged)
    assert logged[0].getMessage().startswith("GET /v1/rooms/room-1 attempt 1 -> 429 in ")
    assert logged[2].getMessage().endswith(" ms")
    retries = [r for r in records.records if r.name == "sendbird_calls" and r.levelno == logging.WARNING]
    assert [(extra(r, "attempt"), extra(r, "retry_delay")) for r in retries] == [(1, 0.0), (2, 0.0)]


async def test_async_each_attempt_logs_one_record(records: pytest.LogCaptureFixture) -> None:
    async with async_client(scripted(TOO_MANY, then=OK_ROOM)) as client:
        await client.rooms.get_room("room-1")

    assert [facts(r) for r in attempts(records)] == [
        ("GET", "/v1/rooms/room-1", 1, 429),
        ("GET", "/v1/rooms/room-1", 2, 200),
    ]


def test_a_post_answered_500_logs_exactly_one_attempt_and_no_retry(records: pytest.LogCaptureFixture) -> None:
    client = sync_client(scripted(then=httpx.Response(500, json={"code": 500999, "message": "x"})))
    with client, pytest.raises(ServerError):
        client.rooms.create_room(body={"type": "small_room_for_video"})

    assert [facts(r) for r in attempts(records)] == [("POST", "/v1/rooms", 1, 500)]
    assert not [r for r in records.records if r.name == "sendbird_calls" and r.levelno >= logging.WARNING]


def test_an_attempt_that_failed_in_transport_is_logged_with_its_error_class(records: pytest.LogCaptureFixture) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with sync_client(refuse, max_retries=0) as client, pytest.raises(SendbirdCallsError):
        client.rooms.get_room("room-1")

    (record,) = attempts(records)
    assert facts(record) == ("GET", "/v1/rooms/room-1", 1, None)
    assert extra(record, "error_type") == "ConnectError"
    assert "attempt 1 -> ConnectError" in record.getMessage()


def test_a_rate_limit_wait_is_logged_at_debug(records: pytest.LogCaptureFixture) -> None:
    with sync_client(scripted(then=OK_ROOM), rate_limits={"GET": 1.99}) as client:
        client.rooms.get_room("room-1")
        client.rooms.get_room("room-1")

    waits = [r for r in records.records if r.name == "sendbird_calls" and r.levelno == logging.DEBUG]
    assert len(waits) == 1
    assert extra(waits[0], "log_path") == "/v1/rooms/room-1"
    assert 0 < extra(waits[0], "wait_seconds") <= 0.6


# --- the token never appears ------------------------------------------------------------------------------------


def everything_in(record: logging.LogRecord) -> str:
    """All a handler could print of a record: its message, its arguments, every attribute, any traceback."""
    shown = [record.getMessage(), repr(record.args), repr(vars(record))]
    if record.exc_info:
        shown.append(logging.Formatter().formatException(record.exc_info))
    return "\n".join(shown)


def noisy_handler(request: httpx.Request) -> httpx.Response:
    """Answers by path: retries, errors and successes, so every kind of record gets written."""
    path = request.url.path
    if path.endswith("/retry-me"):
        return httpx.Response(429, json={"code": 429100, "message": "slow down"}, headers={"Retry-After": "0"})
    if path.endswith("/fail-me"):
        return httpx.Response(401, json={"code": 401121, "message": f"bad token {API_TOKEN}"})
    if path.endswith("/drop-me"):
        raise httpx.ReadError(f"reset while sending Api-Token {API_TOKEN}", request=request)
    if "/applications/api_tokens/" in path:
        return httpx.Response(200, json={"token": SECONDARY_TOKEN, "created_at": 1})
    return httpx.Response(200, json={"room": ROOM})


async def test_the_api_token_never_appears_in_any_record_of_any_logger(records: pytest.LogCaptureFixture) -> None:
    with sync_client(noisy_handler, max_retries=1, rate_limits={"GET": 10.0, "DELETE": 5.0}) as client:
        client.rooms.get_room("room-1")
        for room_id in ("retry-me", "fail-me", "drop-me"):
            with pytest.raises(SendbirdCallsError):
                client.rooms.get_room(room_id)
        client.api_tokens.revoke_secondary_api_token(SECONDARY_TOKEN)
    async with async_client(noisy_handler, max_retries=1) as aio:
        await aio.rooms.get_room("room-1")
        with pytest.raises(SendbirdCallsError):
            await aio.rooms.get_room("retry-me")
        await aio.api_tokens.revoke_secondary_api_token(SECONDARY_TOKEN)

    assert len(attempts(records)) >= 10
    assert any(r.name == "httpx" for r in records.records)
    for record in records.records:
        text = everything_in(record)
        assert API_TOKEN not in text, record
        assert SECONDARY_TOKEN not in text, record


# --- SENDBIRD_CALLS_LOG turns output on -------------------------------------------------------------------------

SCRIPT = textwrap.dedent(
    """
    import json, sys
    import httpx
    from sendbird_calls import CallsClient

    room = {"room_id": "room-1", "room_type": "small_room_for_video", "state": "open", "created_at": 1}
    answers = [httpx.Response(503, headers={"Retry-After": "0"}), httpx.Response(200, json={"room": room})]

    def handle(request):
        answer = answers.pop(0)
        return httpx.Response(answer.status_code, content=answer.content, headers=answer.headers)

    with CallsClient(sys.argv[1], sys.argv[2], transport=httpx.MockTransport(handle), rate_limits={"GET": 1.99}) as c:
        c.rooms.get_room("room-1")
    print(json.dumps({"done": True}))
    """
)


STAMP = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ")
"""The ``asctime`` that starts each line of the handler's format."""
ELAPSED = re.compile(r" in \d+\.\d ms$")
WAIT = re.compile(r" waits \d\.\d{3} s ")


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
    lines = [STAMP.sub("", line) for line in result.stderr.splitlines()]
    assert [WAIT.sub(" waits <s> s ", ELAPSED.sub(" in <ms>", line)) for line in lines] == [
        "INFO sendbird_calls: GET /v1/rooms/room-1 attempt 1 -> 503 in <ms>",
        "WARNING sendbird_calls: GET /v1/rooms/room-1 retrying after attempt 1 in 0.000 s",
        "DEBUG sendbird_calls: GET /v1/rooms/room-1 waits <s> s for the client-side rate limit",
        "INFO sendbird_calls: GET /v1/rooms/room-1 attempt 2 -> 200 in <ms>",
    ]
    assert API_TOKEN not in result.stderr


def test_sendbird_calls_log_warning_prints_only_retries() -> None:
    result = run_script("warning")

    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert "WARNING sendbird_calls: GET /v1/rooms/room-1 retrying after attempt 1" in lines[0]


def test_without_sendbird_calls_log_nothing_is_printed_not_even_retry_warnings() -> None:
    result = run_script(None)

    assert json.loads(result.stdout) == {"done": True}
    assert result.stderr == ""
