"""The client-side limiter keeps each endpoint within Sendbird's limits, measured at a real server."""

from __future__ import annotations

import asyncio
import math
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sendbird_calls._request_context import EXTENSION_KEY, RequestContext
from sendbird_calls.transport import AsyncSendbirdTransport, SendbirdTransport

from sendbird_calls.errors import ConfigurationError
from sendbird_calls.rate_limit import BatchRateLimiter, Booking, NoRateLimit, merged_rates, rate_limiter_from
from tests.spec_examples import serve_in_thread

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

    with serve_in_thread(Handler) as origin:
        yield origin, arrivals


def most_in_one_second(times: list[float]) -> int:
    """The largest number of arrivals inside any closed 1-second window."""
    ordered = sorted(times)
    return max(sum(1 for t in ordered[i:] if t <= start + 1.0) for i, start in enumerate(ordered))


def test_30_gets_through_one_client_arrive_at_most_10_in_any_second(server: tuple[str, Arrivals]) -> None:
    base_url, arrivals = server
    transport = SendbirdTransport(httpx.HTTPTransport(), rate_limiter=BatchRateLimiter())
    with httpx.Client(transport=transport, base_url=base_url) as client:
        for _ in range(30):
            assert client.get("/v1/rooms", extensions=LIST_ROOMS).status_code == 200

    assert len(arrivals.by_method["GET"]) == 30
    assert most_in_one_second(arrivals.by_method["GET"]) <= 10


async def test_concurrent_tasks_share_the_limit_per_endpoint(server: tuple[str, Arrivals]) -> None:
    base_url, arrivals = server
    transport = AsyncSendbirdTransport(httpx.AsyncHTTPTransport(), rate_limiter=BatchRateLimiter())
    async with httpx.AsyncClient(transport=transport, base_url=base_url) as client:
        gets = [client.get("/v1/rooms", extensions=LIST_ROOMS) for _ in range(30)]
        posts = [
            client.post("/v1/rooms", json={"type": "small_room_for_video"}, extensions=CREATE_ROOM) for _ in range(15)
        ]
        responses = await asyncio.gather(*gets, *posts)

    assert all(response.status_code == 200 for response in responses)
    assert (len(arrivals.by_method["GET"]), len(arrivals.by_method["POST"])) == (30, 15)
    assert most_in_one_second(arrivals.by_method["GET"]) <= 10
    assert most_in_one_second(arrivals.by_method["POST"]) <= 5


def test_threads_sharing_one_client_stay_within_the_limit(server: tuple[str, Arrivals]) -> None:
    base_url, arrivals = server
    transport = SendbirdTransport(httpx.HTTPTransport(), rate_limiter=BatchRateLimiter())
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


def test_a_full_quota_goes_at_once_then_requests_wait_for_the_batch_to_be_answered() -> None:
    clock = FakeClock()
    limiter = BatchRateLimiter({"GET": 10}, clock=clock)

    bookings = [limiter.reserve("GET", "list_rooms") for _ in range(11)]

    assert bookings[:10] == [Booking(0.0)] * 10
    assert not bookings[10].granted


def test_the_next_batch_opens_one_window_after_the_last_answer_of_the_previous() -> None:
    clock = FakeClock()
    limiter = BatchRateLimiter({"POST": 2}, margin=0.0, clock=clock)
    limiter.reserve("POST", "create_room")
    limiter.reserve("POST", "create_room")
    clock.now = 0.5
    limiter.release("POST", "create_room")
    assert not limiter.reserve("POST", "create_room").granted  # one answer still out
    clock.now = 3.0
    limiter.release("POST", "create_room")  # the last answer: the window runs from here

    booking = limiter.reserve("POST", "create_room")

    assert booking == Booking(1.0)  # the window is 2 / 2 per second = 1 s after t=3.0, asked at 3.0


def test_a_request_after_a_quiet_period_goes_at_once() -> None:
    clock = FakeClock()
    limiter = BatchRateLimiter({"POST": 5}, clock=clock)
    for _ in range(5):
        limiter.reserve("POST", "create_room")
        limiter.release("POST", "create_room")
    clock.now = 10.0

    assert limiter.reserve("POST", "create_room") == Booking(0.0)


def test_each_method_and_operation_has_its_own_bucket() -> None:
    limiter = BatchRateLimiter({"GET": 1, "DELETE": 1}, clock=FakeClock())

    assert limiter.reserve("GET", "list_rooms").granted
    assert limiter.reserve("GET", "get_room").granted
    assert limiter.reserve("DELETE", "list_rooms").granted
    assert not limiter.reserve("get", "list_rooms").granted


def test_requests_without_an_operation_share_one_bucket_per_method() -> None:
    limiter = BatchRateLimiter({"GET": 1}, clock=FakeClock())

    assert limiter.reserve("GET", None).granted
    assert not limiter.reserve("GET", None).granted


def test_a_release_without_a_booking_frees_nothing() -> None:
    limiter = BatchRateLimiter({"GET": 1}, clock=FakeClock())
    limiter.release("GET", "op")

    assert limiter.reserve("GET", "op").granted
    limiter.release("GET", "other")
    assert not limiter.reserve("GET", "op").granted


def test_a_fractional_rate_keeps_its_average() -> None:
    limiter = BatchRateLimiter({"GET": 0.5}, margin=0.0, clock=FakeClock())

    assert limiter.reserve("GET", "op") == Booking(0.0)
    limiter.release("GET", "op")
    assert limiter.reserve("GET", "op") == Booking(2.0)


@given(
    rate=st.floats(min_value=0.1, max_value=50),
    latencies=st.lists(st.floats(min_value=0.0, max_value=3.0), min_size=1, max_size=120),
)
def test_any_rate_and_latencies_keep_every_server_window_within_the_rate(rate: float, latencies: list[float]) -> None:
    """Simulated requests, one after another per worker-free loop: each arrives at the server at
    some point of its flight (worst case: at its answer), and no window of 1 s sees more than the rate."""
    clock = FakeClock()
    limiter = BatchRateLimiter({"GET": rate}, margin=0.0, clock=clock)
    arrivals: list[float] = []
    in_flight: list[float] = []  # answer times of requests sent and not yet answered
    for latency in latencies:
        while True:
            booking = limiter.reserve("GET", "op")
            if booking.granted:
                break
            clock.now = min(in_flight)  # wait for the next answer
            in_flight.remove(clock.now)
            limiter.release("GET", "op")
        clock.now += booking.wait
        arrivals.append(clock.now + latency)  # the worst case: it reaches the server as it answers
        in_flight.append(clock.now + latency)
    window = max(1, math.floor(rate)) / rate
    slots = max(1, math.floor(rate))
    ordered = sorted(arrivals)
    for i, start in enumerate(ordered):
        assert sum(1 for t in ordered[i:] if t < start + window) <= slots


def test_a_huge_rate_costs_the_same_small_state_per_bucket() -> None:
    limiter = BatchRateLimiter({"GET": 5e7}, clock=FakeClock())

    for _ in range(1000):
        assert limiter.reserve("GET", "op").granted

    assert list(limiter._batches) == [("GET", "op")]
    assert sys.getsizeof(limiter._batches) < 1024


def test_concurrent_bookings_from_many_threads_never_grant_more_than_the_slots() -> None:
    limiter = BatchRateLimiter({"GET": 10}, clock=FakeClock())
    bookings: list[Booking] = []
    lock = threading.Lock()
    barrier = threading.Barrier(16)

    def book_five() -> None:
        barrier.wait()
        mine = [limiter.reserve("GET", "list_rooms") for _ in range(5)]
        with lock:
            bookings.extend(mine)

    threads = [threading.Thread(target=book_five) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sum(booking.granted for booking in bookings) == 10
    assert len(bookings) == 80


def test_a_mapping_merges_with_the_defaults() -> None:
    assert merged_rates({"get": 20}) == {"GET": 20.0, "POST": 5.0, "PUT": 5.0, "DELETE": 5.0}
    assert merged_rates({"DELETE": None})["DELETE"] is None
    limiter = rate_limiter_from({"GET": 20})
    assert all(limiter.reserve("POST", "create_room").granted for _ in range(5))
    assert not limiter.reserve("POST", "create_room").granted  # POST kept its default limit of 5


@pytest.mark.parametrize("method", ["GTE", "PATCH", "", "get ", 3])
def test_an_unknown_method_is_refused_by_name(method: object) -> None:
    with pytest.raises(ConfigurationError, match="unknown method"):
        rate_limiter_from({method: 1})  # type: ignore[dict-item]


def test_a_setting_that_is_neither_rates_nor_a_limiter_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="rate_limits"):
        rate_limiter_from(10)  # type: ignore[arg-type]


@pytest.mark.parametrize("rate", [0, -1, float("inf"), float("nan")])
def test_a_rate_that_is_not_a_positive_number_is_refused(rate: float) -> None:
    with pytest.raises(ConfigurationError, match="GET"):
        BatchRateLimiter({"GET": rate})


def test_a_negative_margin_is_refused() -> None:
    with pytest.raises(ConfigurationError):
        BatchRateLimiter(margin=-0.1)


def test_no_rate_limit_never_waits() -> None:
    limiter = NoRateLimit()

    assert [limiter.reserve("GET", "list_rooms") for _ in range(100)] == [Booking(0.0)] * 100
    limiter.release("GET", "list_rooms")


def test_rate_limiter_from_reads_the_client_setting() -> None:
    assert isinstance(rate_limiter_from(None), NoRateLimit)
    from_rates = rate_limiter_from({"GET": 1})
    assert isinstance(from_rates, BatchRateLimiter)
    assert from_rates.reserve("GET", "a").granted
    assert not from_rates.reserve("GET", "a").granted
    custom = NoRateLimit()
    assert rate_limiter_from(custom) is custom
