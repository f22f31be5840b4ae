"""Hostile and broken servers on 127.0.0.1 against the client's promises (issue 11, 1 and 3 to 5):
the token never follows a redirect, a call ends by its deadline, a body is read only up to its
cap, and an idempotent request survives a connection dropped anywhere in the exchange."""

from __future__ import annotations

import contextlib
import gzip
import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any

import httpx
import pytest

from sendbird_calls import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AsyncCallsClient,
    CallsClient,
    ConfigurationError,
    RedirectError,
    ResponseTooLargeError,
)
from sendbird_calls.webhooks import WebhookDeliveryError, asend_test_event, send_test_event
from tests.spec_examples import API_TOKEN, APP_ID, serve_in_thread, spec_operation_for

ROOM = json.dumps(spec_operation_for("GET", "/v1/rooms/r1").success_example).encode()
Reply = Callable[[BaseHTTPRequestHandler, int], None]
"""Writes one answer: the handler, and the 1-based number of this request at the server."""


class Seen:
    """What a server received: request count and every header set, thread-safe."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.headers: list[dict[str, str]] = []

    def add(self, headers: dict[str, str]) -> int:
        with self.lock:
            self.headers.append(headers)
            return len(self.headers)


def serving(reply: Reply) -> Any:
    """A loopback server whose every request is answered by ``reply``; yields (origin, seen)."""
    seen = Seen()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def _handle(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            number = seen.add({key.lower(): value for key, value in self.headers.items()})
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up, as it should
                reply(self, number)

        do_GET = do_POST = _handle  # noqa: N815

        def log_message(self, format: str, *args: object) -> None:
            pass

    class Running:
        def __enter__(self) -> tuple[str, Seen]:
            self._cm = serve_in_thread(Handler)
            return self._cm.__enter__(), seen

        def __exit__(self, *exc: object) -> None:
            self._cm.__exit__(None, None, None)

    return Running()


def answer(handler: BaseHTTPRequestHandler, status: int, body: bytes, **headers: str) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    if "Content_Length" not in headers and "Transfer_Encoding" not in headers:
        handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)
    handler.wfile.flush()


def client(origin: str, **options: Any) -> CallsClient:
    options.setdefault("rate_limits", None)
    return CallsClient(APP_ID, API_TOKEN, base_url=f"{origin}/v1", **options)


def aclient(origin: str, **options: Any) -> AsyncCallsClient:
    options.setdefault("rate_limits", None)
    return AsyncCallsClient(APP_ID, API_TOKEN, base_url=f"{origin}/v1", **options)


# 1. The token goes only to Sendbird's hosts.


@pytest.fixture
def elsewhere() -> Iterator[tuple[str, Seen]]:
    """Another origin, which must never see the token."""
    with serving(lambda handler, _: answer(handler, 200, ROOM)) as running:
        yield running


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("follow", [True, False])
def test_a_redirect_never_carries_the_token_even_through_a_following_client(
    status: int, follow: bool, elsewhere: tuple[str, Seen]
) -> None:
    other, other_seen = elsewhere
    redirect = lambda handler, _: answer(handler, status, b"", Location=f"{other}/v1/rooms/r1")  # noqa: E731
    with serving(redirect) as (origin, _), httpx.Client(follow_redirects=follow) as own:
        with client(origin, http_client=own) as through_own, pytest.raises(RedirectError) as caught:
            through_own.rooms.get_room("r1")
        with client(origin) as calls, pytest.raises(RedirectError):
            calls.rooms.get_room("r1")

    assert other_seen.headers == []
    assert caught.value.status_code == status
    assert caught.value.location_origin == other
    assert "redirect" in str(caught.value)
    assert API_TOKEN not in str(caught.value)


async def test_an_async_following_client_does_not_follow_either(elsewhere: tuple[str, Seen]) -> None:
    other, other_seen = elsewhere
    redirect = lambda handler, _: answer(handler, 307, b"", Location=f"{other}/v1/rooms/r1")  # noqa: E731
    with serving(redirect) as (origin, _):
        async with httpx.AsyncClient(follow_redirects=True) as own, aclient(origin, http_client=own) as calls:
            with pytest.raises(RedirectError):
                await calls.rooms.get_room("r1")

    assert other_seen.headers == []


# 3. A call has a deadline.


def drip(body: bytes, every: float = 0.5, head_too: bool = False) -> Reply:
    """Answers 200 but sends one byte every ``every`` seconds (the status line and headers too if asked)."""

    def reply(handler: BaseHTTPRequestHandler, _: int) -> None:
        head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode()
        if not head_too:
            handler.wfile.write(head)
            handler.wfile.flush()
        for byte in (head if head_too else b"") + body:
            time.sleep(every)
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()

    return reply


@pytest.mark.parametrize("head_too", [False, True])
def test_a_dripping_server_cannot_hold_a_call_past_its_deadline(head_too: bool) -> None:
    with (
        serving(drip(ROOM, head_too=head_too)) as (origin, seen),
        client(origin, timeout=1, max_retries=0) as calls,
        pytest.raises(APITimeoutError, match="deadline"),
    ):
        calls.rooms.get_room("r1")  # today: answers after len(ROOM) / 2 seconds

    assert len(seen.headers) == 1


@pytest.mark.parametrize("head_too", [False, True])
async def test_a_dripping_server_cannot_hold_an_async_call_past_its_deadline(head_too: bool) -> None:
    with serving(drip(ROOM, head_too=head_too)) as (origin, _):
        async with aclient(origin, timeout=1, max_retries=0) as calls:
            with pytest.raises(APITimeoutError, match="deadline"):
                await calls.rooms.get_room("r1")


def test_the_call_deadline_bounds_retries_too() -> None:
    with (
        serving(drip(ROOM)) as (origin, seen),
        client(origin, timeout=1, max_retries=50) as calls,
        pytest.raises(APITimeoutError),
    ):
        calls.rooms.get_room("r1", request_options={"deadline": 1.5})

    assert len(seen.headers) <= 2  # each attempt lasts its 1 s: a third could not start before 1.5 s


def test_a_retry_after_past_the_deadline_is_not_waited_for() -> None:
    too_long = lambda handler, _: answer(handler, 429, b"{}", Retry_After="30")  # noqa: E731
    with (
        serving(too_long) as (origin, seen),
        client(origin, deadline=5) as calls,
        pytest.raises(APIError) as caught,
    ):
        calls.rooms.get_room("r1")

    assert caught.value.status_code == 429
    assert len(seen.headers) == 1


def test_send_test_event_bounds_each_whole_try() -> None:
    with (
        serving(drip(b'{"ok": true}' * 4)) as (origin, seen),
        pytest.raises(WebhookDeliveryError) as caught,
    ):
        send_test_event(f"{origin}/hook", {"category": "x"}, API_TOKEN, timeout=1, tries=2)

    assert isinstance(caught.value.__cause__, httpx.TimeoutException)
    assert len(seen.headers) == 2


async def test_asend_test_event_bounds_each_whole_try() -> None:
    with (
        serving(drip(b'{"ok": true}' * 4, head_too=True)) as (origin, _),
        pytest.raises(WebhookDeliveryError) as caught,
    ):
        await asend_test_event(f"{origin}/hook", {"category": "x"}, API_TOKEN, timeout=1, tries=1)

    assert isinstance(caught.value.__cause__, httpx.TimeoutException)


@pytest.mark.parametrize(
    "options",
    [
        {"timeout": httpx.Timeout(None)},
        {"timeout": httpx.Timeout(5.0, read=None)},
        {"timeout": float("inf")},
        {"timeout": float("nan")},
        {"timeout": httpx.Timeout(float("nan"))},
        {"deadline": float("inf")},
        {"deadline": float("nan")},
        {"deadline": 0},
        {"max_response_bytes": 0},
        {"max_response_bytes": 1.5},
    ],
)
def test_an_unbounded_wait_or_size_is_refused_at_construction(options: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        CallsClient(APP_ID, API_TOKEN, **options)


# 4. Memory is bounded by the caller, not the server.


def test_a_body_past_the_cap_stops_reading_with_a_clear_error() -> None:
    huge = lambda handler, _: answer(handler, 200, b'{"room": "' + b"x" * 3_000_000 + b'"}')  # noqa: E731
    with (
        serving(huge) as (origin, _),
        client(origin, max_response_bytes=100_000) as calls,
        pytest.raises(ResponseTooLargeError, match="100000 bytes") as caught,
    ):
        calls.rooms.get_room("r1")

    assert caught.value.limit == 100_000


async def test_an_endless_chunked_body_stops_at_the_cap() -> None:
    def endless(handler: BaseHTTPRequestHandler, _: int) -> None:
        handler.send_response(200)
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        chunk = b"x" * 65536
        while True:
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))

    with serving(endless) as (origin, _):
        async with aclient(origin, max_response_bytes=1_000_000) as async_calls:
            with pytest.raises(ResponseTooLargeError):
                await async_calls.rooms.get_room("r1")
        with client(origin, max_response_bytes=1_000_000) as calls, pytest.raises(ResponseTooLargeError):
            calls.rooms.get_room("r1")


def test_a_compressed_body_is_capped_after_decoding() -> None:
    bomb = gzip.compress(b'{"room": "' + b"0" * 20_000_000 + b'"}')
    answer_bomb = lambda handler, _: answer(handler, 200, bomb, Content_Encoding="gzip")  # noqa: E731
    with (
        serving(answer_bomb) as (origin, _),
        client(origin, max_response_bytes=1_000_000) as calls,
        pytest.raises(ResponseTooLargeError),
    ):
        calls.rooms.get_room("r1")


def test_an_error_body_keeps_only_an_excerpt() -> None:
    page = b"<html>" + b"broken " * 1_000_000 + b"</html>"
    proxy_error = lambda handler, _: answer(handler, 502, page, Content_Type="text/html")  # noqa: E731
    with (
        serving(proxy_error) as (origin, _),
        client(origin, max_retries=0) as calls,
        pytest.raises(APIError) as caught,
    ):
        calls.rooms.get_room("r1")

    assert caught.value.status_code == 502
    assert caught.value.response is not None
    assert len(caught.value.response.content) <= 64 * 1024
    assert len(caught.value.body_excerpt) <= 200


# 5. Idempotent requests retry a failure anywhere in the exchange.


def drop_after_headers_once(handler: BaseHTTPRequestHandler, number: int) -> None:
    """The first answer promises a body and closes the connection after a few bytes of it."""
    if number == 1:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(ROOM)))
        handler.end_headers()
        handler.wfile.write(ROOM[:5])
        handler.wfile.flush()
        handler.close_connection = True
        handler.connection.shutdown(2)
        return
    answer(handler, 200, ROOM)


def test_a_get_whose_body_is_cut_off_is_retried() -> None:
    with serving(drop_after_headers_once) as (origin, seen), client(origin) as calls:
        room = calls.rooms.get_room("r1")

    assert room.room is not None
    assert len(seen.headers) == 2


async def test_an_async_get_whose_body_is_cut_off_is_retried() -> None:
    with serving(drop_after_headers_once) as (origin, seen):
        async with aclient(origin) as calls:
            await calls.rooms.get_room("r1")

    assert len(seen.headers) == 2


def test_a_post_whose_body_is_cut_off_is_not_sent_twice() -> None:
    with (
        serving(drop_after_headers_once) as (origin, seen),
        client(origin) as calls,
        pytest.raises(APIConnectionError),
    ):
        calls.rooms.create_room(body={"type": "small_room_for_video"})

    assert len(seen.headers) == 1
