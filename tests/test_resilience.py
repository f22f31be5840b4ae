"""Retries, timeouts, refused connections, error mapping and rate limiting, proven through the public
clients against a real HTTP/1.1 server on 127.0.0.1 (or an ``httpx.MockTransport``): nothing private
is patched, every claim is read off the requests the server received.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self

import httpx
import pytest

from sendbird_calls import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AsyncCallsClient,
    CallsClient,
    FreePlanEndedError,
    InvalidParamsError,
    InvalidRoomError,
    MissingParamsError,
    NotAllowedError,
    NotAuthorizedError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
    SendbirdCallsError,
    ServerError,
    UniqueConstraintError,
)

APP_ID = "6b1e7f40-0c3d-4e5f-8a9b-0c1d2e3f4a5b"
API_TOKEN = "resilience-canary-token-0042"

ROOM = {"room_id": "room-1", "room_type": "small_room_for_video", "state": "open", "created_at": 1_700_000_000_000}
ROOM_ANSWER = json.dumps({"room": ROOM}).encode()
PUSH_TOKEN_ANSWER = json.dumps({"token": "fcm-token-1", "type": "fcm_voip"}).encode()
ROOM_BODY = {"type": "small_room_for_video"}
PUSH_TOKEN_BODY = {"token": "fcm-token-1", "is_unique": True}


# --- a loopback server that records every request with its time of receipt ---------------------------------------


@dataclass(frozen=True)
class Received:
    """One request as the server saw it, stamped with ``time.monotonic()`` when its handler started."""

    method: str
    target: str
    body: bytes
    at: float


@dataclass(frozen=True)
class Reply:
    """What the server answers; ``stall`` holds the answer back that many seconds (released at shutdown)."""

    status: int = 200
    body: bytes = b"{}"
    headers: Mapping[str, str] = field(default_factory=dict)
    stall: float = 0.0


Responder = Callable[[Received], Reply]


def scripted(*replies: Reply, then: Reply) -> Responder:
    """Answers ``replies`` in order, one per request, then ``then`` for every later request."""
    queue = list(replies)
    lock = threading.Lock()

    def respond(_: Received) -> Reply:
        with lock:
            return queue.pop(0) if queue else then

    return respond


class LoopbackServer:
    """A ThreadingHTTPServer on 127.0.0.1:0 in a thread; ``received`` lists every request in arrival order."""

    def __init__(self, respond: Responder) -> None:
        self.received: list[Received] = []
        self._respond = respond
        self._lock = threading.Lock()
        self._release = threading.Event()
        self._httpd = _Server(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def arrivals(self, method: str) -> list[float]:
        with self._lock:
            return [request.at for request in self.received if request.method == method]

    def _record(self, request: Received) -> Reply:
        with self._lock:
            self.received.append(request)
        return self._respond(request)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def _handle(self) -> None:
                at = time.monotonic()
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                reply = server._record(Received(self.command, self.path, body, at))
                if reply.stall:
                    server._release.wait(reply.stall)
                try:
                    self.send_response(reply.status)
                    for key, value in {"Content-Type": "application/json", **reply.headers}.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except OSError:  # the client gave up (a timeout test): nobody is left to answer
                    self.close_connection = True

            do_GET = do_POST = do_PUT = do_DELETE = _handle  # noqa: N815 - the names http.server calls

            def log_message(self, format: str, *args: Any) -> None:
                """Silent: tests read ``server.received``."""

        return Handler

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._release.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # many concurrent connects must not overflow the default backlog of 5


@pytest.fixture
def serve() -> Iterator[Callable[[Responder], LoopbackServer]]:
    """``serve(respond)`` starts a loopback server; every server started is stopped after the test."""
    started: list[LoopbackServer] = []

    def start(respond: Responder) -> LoopbackServer:
        server = LoopbackServer(respond).__enter__()
        started.append(server)
        return server

    yield start
    for server in started:
        server.__exit__(None, None, None)


def sync_client(server: LoopbackServer, **options: Any) -> CallsClient:
    return CallsClient(APP_ID, API_TOKEN, base_url=server.base_url, **options)


def async_client(server: LoopbackServer, **options: Any) -> AsyncCallsClient:
    return AsyncCallsClient(APP_ID, API_TOKEN, base_url=server.base_url, **options)


def closed_port_url() -> str:
    """A base URL whose port nobody listens on: connecting to it is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


TOO_MANY = Reply(429, b'{"message": "Too many requests", "code": 429100}', {"Retry-After": "0"})
UNAVAILABLE = Reply(503, b'{"message": "try again", "code": 500999}', {"Retry-After": "0"})
BROKEN = Reply(500, b'{"error": true, "code": 500999, "type": "UNKNOWN_ERROR", "message": "boom"}')


# --- retries ---------------------------------------------------------------------------------------------------


def test_429_with_retry_after_0_twice_then_200_succeeds_after_exactly_3_requests(
    serve: Callable[[Responder], LoopbackServer],
) -> None:
    server = serve(scripted(TOO_MANY, TOO_MANY, then=Reply(body=ROOM_ANSWER)))
    with sync_client(server) as client:
        room = client.rooms.get_room("room-1")

    assert room.room.room_id == "room-1"
    assert [(r.method, r.target) for r in server.received] == 3 * [("GET", "/v1/rooms/room-1")]


async def test_async_429_with_retry_after_0_twice_then_200_succeeds_after_exactly_3_requests(
    serve: Callable[[Responder], LoopbackServer],
) -> None:
    server = serve(scripted(TOO_MANY, TOO_MANY, then=Reply(body=ROOM_ANSWER)))
    async with async_client(server) as client:
        room = await client.rooms.get_room("room-1")

    assert room.room.room_id == "room-1"
    assert [(r.method, r.target) for r in server.received] == 3 * [("GET", "/v1/rooms/room-1")]


def test_create_room_answered_500_is_sent_exactly_once_and_raises_server_error(
    serve: Callable[[Responder], LoopbackServer],
) -> None:
    server = serve(scripted(then=BROKEN))
    with sync_client(server) as client, pytest.raises(ServerError) as caught:
        client.rooms.create_room(body=ROOM_BODY)

    assert [(r.method, r.target) for r in server.received] == [("POST", "/v1/rooms")]
    assert json.loads(server.received[0].body) == ROOM_BODY
    assert (caught.value.status_code, caught.value.code, caught.value.method) == (500, 500999, "POST")


async def test_async_create_room_answered_500_is_sent_exactly_once_and_raises_server_error(
    serve: Callable[[Responder], LoopbackServer],
) -> None:
    server = serve(scripted(then=BROKEN))
    async with async_client(server) as client:
        with pytest.raises(ServerError):
            await client.rooms.create_room(body=ROOM_BODY)

    assert [(r.method, r.target) for r in server.received] == [("POST", "/v1/rooms")]


def test_add_push_token_answered_500_is_sent_exactly_once_and_raises_server_error(
    serve: Callable[[Responder], LoopbackServer],
) -> None:
    server = serve(scripted(then=BROKEN))
    with sync_client(server) as client, pytest.raises(ServerError) as caught:
        client.users.add_push_token("user-1", "fcm_voip", body=PUSH_TOKEN_BODY)

    assert [(r.method, r.target) for r in server.received] == [("POST", "/v1/users/user-1/push/fcm_voip")]
    assert caught.value.path == "/v1/users/user-1/push/fcm_voip"


def test_create_room_answered_429_then_200_is_retried_and_succeeds(
    serve: Callable[[Responder], LoopbackServer],
) -> None:
    server = serve(scripted(TOO_MANY, then=Reply(body=ROOM_ANSWER)))
    with sync_client(server) as client:
        created = client.rooms.create_room(body=ROOM_BODY)

    assert created.room.room_id == "room-1"
    assert [r.method for r in server.received] == ["POST", "POST"]
    assert [json.loads(r.body) for r in server.received] == [ROOM_BODY, ROOM_BODY]


@pytest.mark.parametrize("max_retries", [1, 2, 3])
def test_get_answered_503_is_retried_max_retries_times_then_raises_server_error(
    serve: Callable[[Responder], LoopbackServer], max_retries: int
) -> None:
    server = serve(scripted(then=UNAVAILABLE))
    with sync_client(server, max_retries=max_retries) as client, pytest.raises(ServerError) as caught:
        client.rooms.get_room("room-1")

    assert len(server.received) == 1 + max_retries
    assert caught.value.status_code == 503


def test_get_answered_503_is_retried_twice_by_default(serve: Callable[[Responder], LoopbackServer]) -> None:
    server = serve(scripted(then=UNAVAILABLE))
    with sync_client(server) as client, pytest.raises(ServerError):
        client.rooms.get_room("room-1")

    assert len(server.received) == 3


@pytest.mark.parametrize("answer", [UNAVAILABLE, TOO_MANY], ids=["503", "429"])
def test_max_retries_0_on_the_client_disables_retries(
    serve: Callable[[Responder], LoopbackServer], answer: Reply
) -> None:
    server = serve(scripted(then=answer))
    with sync_client(server, max_retries=0) as client, pytest.raises(APIError) as caught:
        client.rooms.get_room("room-1")

    assert len(server.received) == 1
    assert caught.value.status_code == answer.status


def test_request_options_max_retries_0_disables_retries_for_that_call_only(
    serve: Callable[[Responder], LoopbackServer],
) -> None:
    server = serve(scripted(then=UNAVAILABLE))
    with sync_client(server) as client:
        with pytest.raises(ServerError):
            client.rooms.get_room("room-1", request_options={"max_retries": 0})
        assert len(server.received) == 1

        with pytest.raises(ServerError):
            client.rooms.get_room("room-1")
        assert len(server.received) == 1 + 3


async def test_async_request_options_max_retries_0_disables_retries(
    serve: Callable[[Responder], LoopbackServer],
) -> None:
    server = serve(scripted(then=TOO_MANY))
    async with async_client(server) as client:
        with pytest.raises(RateLimitError):
            await client.rooms.get_room("room-1", request_options={"max_retries": 0})

    assert len(server.received) == 1


# --- connection failures and timeouts -------------------------------------------------------------------------


def test_a_connection_refused_raises_api_connection_error() -> None:
    client = CallsClient(APP_ID, API_TOKEN, base_url=closed_port_url(), max_retries=0)
    with client, pytest.raises(APIConnectionError) as caught:
        client.rooms.get_room("room-1")

    assert type(caught.value) is APIConnectionError
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert (caught.value.method, caught.value.path) == ("GET", "/v1/rooms/room-1")


async def test_async_a_connection_refused_raises_api_connection_error() -> None:
    async with AsyncCallsClient(APP_ID, API_TOKEN, base_url=closed_port_url(), max_retries=0) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.rooms.get_room("room-1")

    assert type(caught.value) is APIConnectionError


def test_a_read_timeout_raises_api_timeout_error_after_about_the_timeout(
    serve: Callable[[Responder], LoopbackServer],
) -> None:
    server = serve(scripted(then=Reply(body=ROOM_ANSWER, stall=10.0)))
    with sync_client(server, timeout=0.2, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            client.rooms.get_room("room-1")
        waited = time.monotonic() - started

    assert 0.15 <= waited < 3.0
    assert len(server.received) == 1
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert (caught.value.method, caught.value.path) == ("GET", "/v1/rooms/room-1")


def test_a_create_room_that_timed_out_reading_is_sent_once_and_raises_api_timeout_error(
    serve: Callable[[Responder], LoopbackServer],
) -> None:
    server = serve(scripted(then=Reply(body=ROOM_ANSWER, stall=10.0)))
    with sync_client(server, timeout=0.2) as client, pytest.raises(APITimeoutError):
        client.rooms.create_room(body=ROOM_BODY)

    assert [r.method for r in server.received] == ["POST"]


async def test_async_a_read_timeout_raises_api_timeout_error(serve: Callable[[Responder], LoopbackServer]) -> None:
    server = serve(scripted(then=Reply(body=ROOM_ANSWER, stall=10.0)))
    async with async_client(server, timeout=0.2, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await client.rooms.get_room("room-1")

    assert time.monotonic() - started < 3.0
    assert len(server.received) == 1


# --- every documented code reaches the caller as its class -----------------------------------------------------

DOCUMENTED_CODES = [
    (400, 400100, "INVALID_PARAMS", InvalidParamsError),
    (400, 400111, "MISSING_PARAMS", MissingParamsError),
    (400, 400200, "NOT_FOUND", NotFoundError),
    (400, 400201, "UNIQUE_CONSTRAINT", UniqueConstraintError),
    (400, 400800, "FREE_PLAN_ENDED", FreePlanEndedError),
    (400, 1400126, "INVALID_ROOM", InvalidRoomError),
    (401, 401120, "NOT_ALLOWED", NotAllowedError),
    (401, 401121, "NOT_AUTHORIZED", NotAuthorizedError),
    (429, 429100, "RATE_LIMIT_EXCEEDED", RateLimitError),
    (500, 500999, "UNKNOWN_ERROR", ServerError),
]


def answering(status: int, content: bytes, headers: Mapping[str, str] | None = None) -> httpx.MockTransport:
    def handle(_: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers=headers)

    return httpx.MockTransport(handle)


def mock_clients(transport: httpx.MockTransport) -> tuple[CallsClient, AsyncCallsClient]:
    """Both clients over one transport; no retries, so every answer reaches the caller as it came."""
    options: dict[str, Any] = {"transport": transport, "max_retries": 0, "rate_limits": None}
    return CallsClient(APP_ID, API_TOKEN, **options), AsyncCallsClient(APP_ID, API_TOKEN, **options)


async def errors_of_get_room(transport: httpx.MockTransport) -> list[BaseException]:
    """The exceptions of ``get_room("room-1")`` through the sync and the async client."""
    sync, aio = mock_clients(transport)
    caught: list[BaseException] = []
    with sync, pytest.raises(SendbirdCallsError) as sync_error:
        sync.rooms.get_room("room-1")
    caught.append(sync_error.value)
    async with aio:
        with pytest.raises(SendbirdCallsError) as async_error:
            await aio.rooms.get_room("room-1")
    caught.append(async_error.value)
    return caught


@pytest.mark.parametrize(
    ("status", "code", "type_", "cls"), DOCUMENTED_CODES, ids=[str(c[1]) for c in DOCUMENTED_CODES]
)
async def test_every_documented_code_maps_to_its_class_through_the_client(
    status: int, code: int, type_: str, cls: type[APIError]
) -> None:
    body = json.dumps({"error": True, "code": code, "type": type_, "message": f"because {code}"}).encode()
    transport = answering(status, body, {"Retry-After": "7"})

    for error in await errors_of_get_room(transport):
        assert type(error) is cls
        assert isinstance(error, APIError)
        assert (error.status_code, error.code, error.type) == (status, code, type_)
        assert (error.message, error.method, error.path) == (f"because {code}", "GET", "/v1/rooms/room-1")
        if isinstance(error, RateLimitError):
            assert error.retry_after == 7.0


async def test_the_official_429_example_without_error_flag_raises_rate_limit_error_with_retry_after() -> None:
    body = b'{"message": "Too many requests", "code": 429100, "type": "RATE_LIMIT_EXCEEDED"}'

    for error in await errors_of_get_room(answering(429, body, {"Retry-After": "3"})):
        assert isinstance(error, RateLimitError)
        assert (error.code, error.type, error.message, error.retry_after) == (
            429100,
            "RATE_LIMIT_EXCEEDED",
            "Too many requests",
            3.0,
        )


async def test_a_plain_404_without_a_sendbird_body_raises_not_found_error() -> None:
    for error in await errors_of_get_room(answering(404, b"Not Found", {"Content-Type": "text/plain"})):
        assert type(error) is NotFoundError
        assert (error.status_code, error.code, error.type) == (404, None, None)
        assert (error.method, error.path) == ("GET", "/v1/rooms/room-1")
        assert "Not Found" in error.message


async def test_a_520_raises_a_server_error_quoting_the_body() -> None:
    for error in await errors_of_get_room(answering(520, b"origin returned an unknown error", {})):
        assert type(error) is ServerError
        assert (error.status_code, error.code) == (520, None)
        assert error.body_excerpt == "origin returned an unknown error"
        assert "origin returned an unknown error" in str(error)
        assert "520" in str(error)
        assert "GET /v1/rooms/room-1" in str(error)


async def test_an_html_502_raises_a_server_error_with_a_short_excerpt_of_the_page() -> None:
    page = b"<html>\n<head><title>502 Bad Gateway</title></head>\n<body>" + b"<p>upstream down</p>" * 100 + b"</body>"

    for error in await errors_of_get_room(answering(502, page, {"Content-Type": "text/html"})):
        assert type(error) is ServerError
        assert (error.status_code, error.code) == (502, None)
        assert error.body_excerpt.startswith("<html> <head><title>502 Bad Gateway</title>")
        assert len(error.body_excerpt) <= 200
        assert "not JSON" in error.message
        assert "502 Bad Gateway" in str(error)
        assert len(str(error)) < 500


@pytest.mark.parametrize(
    ("answer", "missing"),
    [
        ({"room": {k: v for k, v in ROOM.items() if k != "room_type"}}, "room.room_type"),
        ({"room": {k: v for k, v in ROOM.items() if k != "created_at"}}, "room.created_at"),
        ({"rooms": [ROOM]}, "room"),
    ],
    ids=["room_type", "created_at", "envelope"],
)
async def test_a_200_body_missing_a_required_field_raises_response_validation_error_naming_it(
    answer: dict[str, Any], missing: str
) -> None:
    for error in await errors_of_get_room(answering(200, json.dumps(answer).encode())):
        assert isinstance(error, ResponseValidationError)
        assert (error.operation, error.field) == ("get_room", missing)
        assert repr(missing) in str(error)


@pytest.mark.parametrize("content", [b"<html>OK</html>", b"", b"\xff\xfe not utf-8"], ids=["html", "empty", "bytes"])
async def test_a_200_body_that_is_not_json_raises_response_validation_error(content: bytes) -> None:
    for error in await errors_of_get_room(answering(200, content, {"Content-Type": "text/html"})):
        assert isinstance(error, ResponseValidationError)
        assert error.operation == "get_room"
        assert error.field is None
        assert "not JSON" in error.detail


async def test_a_200_json_array_raises_response_validation_error() -> None:
    for error in await errors_of_get_room(answering(200, b"[]")):
        assert isinstance(error, ResponseValidationError)
        assert "expected a JSON object" in error.detail


# --- the client-side rate limiter, measured at the server -----------------------------------------------------


def most_in_one_second(times: list[float]) -> int:
    """The largest number of arrivals inside any closed 1-second window."""
    ordered = sorted(times)
    return max(sum(1 for t in ordered[i:] if t <= start + 1.0) for i, start in enumerate(ordered))


def get_rooms_from_threads(client: CallsClient, threads: int, each: int) -> None:
    """``threads`` threads share ``client``, each getting ``each`` rooms; any failure fails the test."""
    failures: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            for n in range(each):
                client.rooms.get_room(f"room-{worker}-{n}")
        except BaseException as exc:
            failures.append(exc)

    pool = [threading.Thread(target=work, args=(worker,)) for worker in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join(timeout=20)
    assert failures == []


def test_threads_sharing_one_client_send_30_gets_at_most_10_in_any_second(
    serve: Callable[[Responder], LoopbackServer],
) -> None:
    server = serve(scripted(then=Reply(body=ROOM_ANSWER)))
    with sync_client(server) as client:
        get_rooms_from_threads(client, threads=5, each=6)

    arrivals = server.arrivals("GET")
    assert len(arrivals) == 30
    assert most_in_one_second(arrivals) <= 10


async def test_tasks_sharing_one_async_client_send_30_gets_at_most_10_and_posts_at_most_5_in_any_second(
    serve: Callable[[Responder], LoopbackServer],
) -> None:
    server = serve(scripted(then=Reply(body=ROOM_ANSWER)))
    async with async_client(server) as client:
        gets = [client.rooms.get_room(f"room-{n}") for n in range(30)]
        posts = [client.rooms.create_room(body=ROOM_BODY) for _ in range(10)]
        await asyncio.gather(*gets, *posts)

    assert (len(server.arrivals("GET")), len(server.arrivals("POST"))) == (30, 10)
    assert most_in_one_second(server.arrivals("GET")) <= 10
    assert most_in_one_second(server.arrivals("POST")) <= 5


def test_without_rate_limits_30_gets_arrive_more_than_10_in_one_second(
    serve: Callable[[Responder], LoopbackServer],
) -> None:
    """The measurement above can fail: with the limiter off, the same load breaks the limit."""
    server = serve(scripted(then=Reply(body=ROOM_ANSWER)))
    with sync_client(server, rate_limits=None) as client:
        get_rooms_from_threads(client, threads=5, each=6)

    arrivals = server.arrivals("GET")
    assert len(arrivals) == 30
    assert most_in_one_second(arrivals) > 10


async def test_async_without_rate_limits_30_gets_arrive_more_than_10_in_one_second(
    serve: Callable[[Responder], LoopbackServer],
) -> None:
    server = serve(scripted(then=Reply(body=ROOM_ANSWER)))
    async with async_client(server, rate_limits=None) as client:
        await asyncio.gather(*(client.rooms.get_room(f"room-{n}") for n in range(30)))

    assert most_in_one_second(server.arrivals("GET")) > 10
