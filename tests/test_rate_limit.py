"""The client-side limiter keeps each endpoint within Sendbird's limits, measured at a real server."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from sendbird_calls._request_context import EXTENSION_KEY, RequestContext
from sendbird_calls.errors import ConfigurationError
from sendbird_calls.rate_limit import NoRateLimit, SlidingWindowRateLimiter, rate_limiter_from
from sendbird_calls.transport import AsyncSendbirdTransport, SendbirdTransport

LIST_ROOMS = {EXTENSION_KEY: RequestContext(operation="list_rooms", log_path="/v1/rooms")}
CREATE_ROOM = {EXTENSION_KEY: RequestContext(operation="create_room", log_path="/v1/rooms")}


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class Arrivals:
    """Receive times at the server, by method, on the server's own monotonic clock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.by_method: dict[str, list[float]] = {}

    def record(self, method: str) -> None:
        with self._lock:
            self.by_method.setdefault(method, []).append(time.monotonic())


@pytest.fixture
def server() -> Iterator[tuple[str, Arrivals]]:
    """A real HTTP/1.1 loopback server that answers 200 {} and notes when each request arrived."""
    arrivals = Arrivals()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def _answer(self) -> None:
            arrivals.record(self.command)
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def do_GET(self) -> None:
            self._answer()

        def do_POST(self) -> None:
            self._answer()

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", arrivals
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def most_in_one_second(times: list[float]) -> int:
    """The largest number of arrivals inside any closed 1-second window."""
    ordered = sorted(times)
    return max(sum(1 for t in ordered[i:] if t <= start + 1.0) for i, start in enumerate(ordered))


def test_30_gets_through_one_client_arrive_at_most_10_in_any_second(server: tuple[str, Arrivals]) -> None:
    base_url, arrivals = server
    transport = SendbirdTransport(httpx.HTTPTransport(), rate_limiter=SlidingWindowRateLimiter())
    with httpx.Client(transport=transport, base_url=base_url) as client:
        for _ in range(30):
            assert client.get("/v1/rooms", extensions=LIST_ROOMS).status_code == 200

    assert len(arrivals.by_method["GET"]) == 30
    assert most_in_one_second(arrivals.by_method["GET"]) <= 10


async def test_concurrent_tasks_share_the_limit_per_endpoint(server: tuple[str, Arrivals]) -> None:
    base_url, arrivals = server
    transport = AsyncSendbirdTransport(httpx.AsyncHTTPTransport(), rate_limiter=SlidingWindowRateLimiter())
    async with httpx.AsyncClient(transport=transport, base_url=base_url) as client:
        gets = [client.get("/v1/rooms", extensions=LIST_ROOMS) for _ in range(30)]
        posts = [
            client.post("/v1/rooms", json={"type": "small_room_for_video"}, extensions=CREATE_ROOM)
            for _ in range(15)
        ]
        responses = await asyncio.gather(*gets, *posts)

    assert all(response.status_code == 200 for response in responses)
    assert (len(arrivals.by_method["GET"]), len(arrivals.by_method["POST"])) == (30, 15)
    assert most_in_one_second(arrivals.by_method["GET"]) <= 10
    assert most_in_one_second(arrivals.by_method["POST"]) <= 5


def test_threads_sharing_one_client_stay_within_the_limit(server: tuple[str, Arrivals]) -> None:
    base_url, arrivals = server
    transport = SendbirdTransport(httpx.HTTPTransport(), rate_limiter=SlidingWindowRateLimiter())
    failures: list[BaseException] = []

    with httpx.Client(transport=transport, base_url=base_url) as client:

        def send_six() -> None:
            try:
                for _ in range(6):
                    client.get("/v1/rooms", extensions=LIST_ROOMS).raise_for_status()
            except BaseException as exc:
                failures.append(exc)

        threads = [threading.Thread(target=send_six) for _ in range(5)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    assert failures == []
    assert len(arrivals.by_method["GET"]) == 30
    assert most_in_one_second(arrivals.by_method["GET"]) <= 10


def test_the_schedule_lets_a_full_quota_go_at_once_then_waits_for_the_window() -> None:
    clock = FakeClock()
    limiter = SlidingWindowRateLimiter({"GET": 10}, clock=clock)

    waits = [limiter.reserve("GET", "list_rooms") for _ in range(21)]

    assert waits[:10] == [0.0] * 10
    assert waits[10:20] == [pytest.approx(1.1)] * 10
    assert waits[20] == pytest.approx(2.2)


def test_a_request_after_a_quiet_period_goes_at_once() -> None:
    clock = FakeClock()
    limiter = SlidingWindowRateLimiter({"POST": 5}, clock=clock)
    for _ in range(5):
        limiter.reserve("POST", "create_room")

    clock.now = 1.2

    assert limiter.reserve("POST", "create_room") == 0.0


def test_the_window_slides_with_the_oldest_booked_start() -> None:
    clock = FakeClock()
    limiter = SlidingWindowRateLimiter({"POST": 2}, clock=clock)
    assert limiter.reserve("POST", "op") == 0.0
    clock.now = 0.5
    assert limiter.reserve("POST", "op") == 0.0

    clock.now = 0.6

    assert limiter.reserve("POST", "op") == pytest.approx(0.5)  # first start 0.0 + 1.1 s
    assert limiter.reserve("POST", "op") == pytest.approx(1.0)  # second start 0.5 + 1.1 s


def test_each_method_and_operation_has_its_own_bucket() -> None:
    limiter = SlidingWindowRateLimiter({"GET": 1, "DELETE": 1}, clock=FakeClock())

    assert limiter.reserve("GET", "list_rooms") == 0.0
    assert limiter.reserve("GET", "get_room") == 0.0
    assert limiter.reserve("DELETE", "list_rooms") == 0.0
    assert limiter.reserve("get", "list_rooms") == pytest.approx(1.1)


def test_requests_without_an_operation_share_one_bucket_per_method() -> None:
    limiter = SlidingWindowRateLimiter({"GET": 1}, clock=FakeClock())

    assert limiter.reserve("GET", None) == 0.0
    assert limiter.reserve("GET", None) == pytest.approx(1.1)


def test_methods_without_a_rate_are_not_limited() -> None:
    limiter = SlidingWindowRateLimiter({"GET": 1}, clock=FakeClock())

    assert [limiter.reserve("PATCH", "op") for _ in range(5)] == [0.0] * 5


def test_a_fractional_rate_keeps_its_average() -> None:
    limiter = SlidingWindowRateLimiter({"GET": 0.5}, headroom=0.0, clock=FakeClock())

    assert [limiter.reserve("GET", "op") for _ in range(3)] == [0.0, 2.0, 4.0]


def test_concurrent_reservations_from_many_threads_book_distinct_slots() -> None:
    limiter = SlidingWindowRateLimiter({"GET": 10}, clock=FakeClock())
    waits: list[float] = []
    lock = threading.Lock()

    def book_ten() -> None:
        mine = [limiter.reserve("GET", "list_rooms") for _ in range(10)]
        with lock:
            waits.extend(mine)

    threads = [threading.Thread(target=book_ten) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    expected = sorted(round(1.1 * (i // 10), 6) for i in range(80))
    assert sorted(round(wait, 6) for wait in waits) == expected


@pytest.mark.parametrize("rate", [0, -1, float("inf"), float("nan")])
def test_a_rate_that_is_not_a_positive_number_is_refused(rate: float) -> None:
    with pytest.raises(ConfigurationError, match="GET"):
        SlidingWindowRateLimiter({"GET": rate})


def test_a_negative_headroom_is_refused() -> None:
    with pytest.raises(ConfigurationError):
        SlidingWindowRateLimiter(headroom=-0.1)


def test_no_rate_limit_never_waits() -> None:
    limiter = NoRateLimit()

    assert [limiter.reserve("GET", "list_rooms") for _ in range(100)] == [0.0] * 100


def test_rate_limiter_from_reads_the_client_setting() -> None:
    assert isinstance(rate_limiter_from(None), NoRateLimit)
    from_rates = rate_limiter_from({"GET": 1})
    assert isinstance(from_rates, SlidingWindowRateLimiter)
    assert from_rates.reserve("GET", "a") == 0.0
    assert from_rates.reserve("GET", "a") > 1.0
    custom = NoRateLimit()
    assert rate_limiter_from(custom) is custom
