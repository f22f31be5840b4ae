"""The client-side limiter keeps each endpoint within Sendbird's limits.

``BatchRateLimiter`` alone runs on a fake clock (its decisions, any rate against any latencies);
the loop's use of it is read off an event trace; threads and tasks sharing one loop are measured at
the ``loopback`` server on a clock running four times faster than the wall clock (limiter, sleeps
and arrival stamps alike), and by how many requests the server ever holds at once.
"""

from __future__ import annotations

import asyncio
import math
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sendbird_calls import AsyncCallsClient, CallsClient, ConfigurationError
from sendbird_calls.core.network import DeadlineTransport
from sendbird_calls.core.send import AsyncSender, SyncSender
from sendbird_calls.rate_limit import (
    BatchRateLimiter,
    Booking,
    NoRateLimit,
    RateLimiter,
    merged_rates,
    rate_limiter_from,
)
from tests.loopback import Exchange, LoopbackServer, StartLoopback
from tests.send_support import FakeClock, Script, call_options, prepared, run_loop, status
from tests.spec_examples import API_TOKEN, APP_ID

# --- the limiter alone, on a fake clock --------------------------------------------------------------------------


def test_a_full_quota_goes_at_once_then_requests_wait_for_the_batch_to_be_answered() -> None:
    limiter = BatchRateLimiter({"GET": 10}, clock=FakeClock())

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

    assert limiter.reserve("POST", "create_room") == Booking(1.0)  # 2 per 2/s = 1 s after t=3.0, asked at 3.0


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
    """Simulated requests: each reaches the server at some point of its flight (worst case: as it is
    answered), and no window of one period sees more than the rate allows."""
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
        arrivals.append(clock.now + latency)
        in_flight.append(clock.now + latency)
    slots = max(1, math.floor(rate))
    window = slots / rate
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


def test_no_rate_limit_never_waits() -> None:
    limiter = NoRateLimit()

    assert [limiter.reserve("GET", "list_rooms") for _ in range(100)] == [Booking(0.0)] * 100
    limiter.release("GET", "list_rooms")


# --- the setting -----------------------------------------------------------------------------------------------------


def test_a_mapping_merges_with_the_defaults() -> None:
    assert merged_rates({"get": 20}) == {"GET": 20.0, "POST": 5.0, "PUT": 5.0, "DELETE": 5.0}
    assert merged_rates({"DELETE": None})["DELETE"] is None
    limiter = rate_limiter_from({"GET": 20})
    assert all(limiter.reserve("POST", "create_room").granted for _ in range(5))
    assert not limiter.reserve("POST", "create_room").granted  # POST kept its default limit of 5


def test_rate_limiter_from_reads_the_client_setting() -> None:
    assert isinstance(rate_limiter_from(None), NoRateLimit)
    from_rates = rate_limiter_from({"GET": 1})
    assert isinstance(from_rates, BatchRateLimiter)
    assert from_rates.reserve("GET", "a").granted
    assert not from_rates.reserve("GET", "a").granted
    custom = NoRateLimit()
    assert rate_limiter_from(custom) is custom


@pytest.mark.parametrize("client_class", [CallsClient, AsyncCallsClient])
@pytest.mark.parametrize(
    ("rates", "words"),
    [
        ({"GTE": 1}, "unknown method 'GTE'"),
        ({"GET": 10, "PATCH": 1}, "unknown method 'PATCH'"),
        ({"get ": 1}, "unknown method 'get '"),
        ({3: 1}, "unknown method 3"),
        ({"GET": 0}, "GET must be a positive number"),
        ({"get": -1}, "GET must be a positive number"),
        ({"GET": float("inf")}, "GET must be a positive number"),
        ({"GET": float("nan")}, "GET must be a positive number"),
        ({"GET": True}, "GET must be a positive number"),
        (10, "rate_limits must be a mapping of rates, a rate limiter or None"),
        ("GET=1", "rate_limits must be a mapping of rates, a rate limiter or None"),
    ],
)
def test_a_client_refuses_a_typo_or_a_bad_rate_by_name(client_class: type[Any], rates: Any, words: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        client_class(APP_ID, API_TOKEN, rate_limits=rates)

    assert words in str(caught.value)


def test_a_negative_margin_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="margin"):
        BatchRateLimiter(margin=-0.1)


# --- how the loop uses it ------------------------------------------------------------------------------------------


class TracedLimiter:
    """Hands out scripted bookings (the last one repeats) and notes each call in a shared event list."""

    def __init__(self, events: list[object], *bookings: Booking) -> None:
        self._events = events
        self._bookings = list(bookings) or [Booking(0.0)]

    def reserve(self, method: str, operation: str | None) -> Booking:
        self._events.append(("reserve", method, operation))
        return self._bookings.pop(0) if len(self._bookings) > 1 else self._bookings[0]

    def release(self, method: str, operation: str | None) -> None:
        self._events.append(("release", method, operation))


class TracedClock(FakeClock):
    def __init__(self, events: list[object]) -> None:
        super().__init__()
        self._events = events

    def sleep(self, seconds: float) -> None:
        self._events.append(("sleep", seconds))
        super().sleep(seconds)


def traced(events: list[object], *outcomes: Any) -> Script:
    def send(request: httpx.Request) -> httpx.Response:
        events.append("send")
        return inner(request)

    inner = Script(*outcomes)
    return Script(send)


SLOT = ("GET", "get_room")


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_each_attempt_books_a_slot_waits_sends_then_releases_it(mode: Any) -> None:
    events: list[object] = []

    await run_loop(
        mode,
        traced(events, status(429, "1"), status(200)),
        clock=TracedClock(events),
        rate_limiter=TracedLimiter(events, Booking(0.25)),
    )

    assert events == [
        ("reserve", *SLOT), ("sleep", 0.25), "send", ("release", *SLOT),
        ("sleep", 1.0),
        ("reserve", *SLOT), ("sleep", 0.25), "send", ("release", *SLOT),
    ]  # fmt: skip


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_an_ungranted_booking_is_asked_again_after_its_wait(mode: Any) -> None:
    events: list[object] = []

    await run_loop(
        mode,
        traced(events, status(200)),
        clock=TracedClock(events),
        rate_limiter=TracedLimiter(events, Booking(1.05, granted=False), Booking(0.0)),
    )

    assert events == [("reserve", *SLOT), ("sleep", 1.05), ("reserve", *SLOT), "send", ("release", *SLOT)]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_the_slot_is_released_when_the_send_fails(mode: Any) -> None:
    events: list[object] = []
    create = prepared("POST", "/v1/rooms", operation="create_room", content=b"{}")

    with pytest.raises(Exception, match="timed out"):
        await run_loop(
            mode,
            traced(events, httpx.ReadTimeout("timed out")),
            create,
            clock=TracedClock(events),
            rate_limiter=TracedLimiter(events),
        )

    assert events == [("reserve", "POST", "create_room"), "send", ("release", "POST", "create_room")]


async def test_a_request_cancelled_while_waiting_for_its_slot_gives_the_slot_back() -> None:
    events: list[object] = []

    async def cancelled_sleep(seconds: float) -> None:
        raise asyncio.CancelledError

    async with httpx.AsyncClient(transport=httpx.MockTransport(Script())) as http:
        sender = AsyncSender(http, rate_limiter=TracedLimiter(events, Booking(0.5)), sleep=cancelled_sleep)
        with pytest.raises(asyncio.CancelledError):
            await sender.send(prepared(), call_options())

    assert events == [("reserve", *SLOT), ("release", *SLOT)]


async def test_a_request_cancelled_while_it_is_sent_gives_the_slot_back(loopback: StartLoopback) -> None:
    events: list[object] = []
    server = loopback(lambda exchange: exchange.stall())

    async with httpx.AsyncClient() as http:
        sender = AsyncSender(http, rate_limiter=TracedLimiter(events))
        task = asyncio.create_task(sender.send(prepared(host=server.origin), call_options()))
        with anyio.fail_after(10):
            while not server.exchanges:  # poll until the request reached the server: it is being sent
                await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    assert events == [("reserve", *SLOT), ("release", *SLOT)]


@pytest.mark.parametrize("client_class", [CallsClient, AsyncCallsClient])
async def test_a_limiter_passed_as_rate_limits_is_the_one_every_call_books(client_class: type[Any]) -> None:
    events: list[object] = []
    limiter: RateLimiter = TracedLimiter(events)
    transport = httpx.MockTransport(lambda _: httpx.Response(200, json={"rooms": []}))

    client = client_class(APP_ID, API_TOKEN, transport=transport, rate_limits=limiter)
    page = client.rooms.list()
    if client_class is AsyncCallsClient:
        await page
        await client.aclose()
    else:
        client.close()

    assert events == [("reserve", "GET", "list_rooms"), ("release", "GET", "list_rooms")]


# --- threads and tasks sharing one loop, measured at a real server --------------------------------------------------

SCALE = 4.0
"""The limiter's clock runs this many times faster than the wall clock: a 1.05 s window lasts 0.26 s."""


def scaled_clock() -> float:
    return time.monotonic() * SCALE


def scaled_sleep(seconds: float) -> None:
    time.sleep(seconds / SCALE)


async def scaled_asleep(seconds: float) -> None:
    await anyio.sleep(seconds / SCALE)


def most_in_one_second(exchanges: list[Exchange]) -> int:
    """The largest number of arrivals inside any 1-second window of the scaled clock."""
    times = sorted(exchange.received_at * SCALE for exchange in exchanges)
    return max(sum(1 for t in times[i:] if t <= start + 1.0) for i, start in enumerate(times))


class Gate:
    """A handler holding each answer until ``size`` requests are at the server at once (or ``patience``
    seconds passed for that request); ``most`` is the largest number it ever held."""

    def __init__(self, size: int, patience: float) -> None:
        self._size = size
        self._patience = patience
        self._condition = threading.Condition()
        self._held = 0
        self.most = 0
        self.opened = False

    def __call__(self, exchange: Exchange) -> None:
        with self._condition:
            self._held += 1
            self.most = max(self.most, self._held)
            if self._held >= self._size:
                self.opened = True
                self._condition.notify_all()
            self._condition.wait_for(lambda: self.opened, timeout=self._patience)
            self._held -= 1
        exchange.answer(200, b"{}")


def send_from_threads(server: LoopbackServer, limiter: RateLimiter, threads: int, each: int) -> None:
    """``threads`` threads share one loop, each sending ``each`` GETs; any failure fails the test."""
    failures: list[BaseException] = []
    with httpx.Client(transport=DeadlineTransport()) as http:
        sender = SyncSender(http, rate_limiter=limiter, sleep=scaled_sleep)

        def work() -> None:
            try:
                for _ in range(each):
                    sender.send(prepared(host=server.origin), call_options())
            except BaseException as exc:
                failures.append(exc)

        pool = [threading.Thread(target=work) for _ in range(threads)]
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join(timeout=60)
    assert failures == []
    assert not any(thread.is_alive() for thread in pool)


def test_threads_sharing_one_loop_send_at_most_10_gets_in_any_second(loopback: StartLoopback) -> None:
    server = loopback()

    send_from_threads(server, BatchRateLimiter(clock=scaled_clock), threads=5, each=6)

    assert len(server.exchanges) == 30
    assert most_in_one_second(server.exchanges) <= 10


def test_threads_sharing_one_loop_never_have_more_than_10_gets_at_the_server(loopback: StartLoopback) -> None:
    gate = Gate(size=11, patience=0.2)  # an 11th request would open the gate: it never comes
    server = loopback(gate)

    send_from_threads(server, BatchRateLimiter(clock=scaled_clock), threads=15, each=2)

    assert len(server.exchanges) == 30
    assert gate.most <= 10
    assert not gate.opened


def test_without_a_limiter_the_same_threads_have_11_gets_at_the_server_at_once(loopback: StartLoopback) -> None:
    """The measurement above can fail: with the limiter off, the gate opens."""
    gate = Gate(size=11, patience=30)
    server = loopback(gate)

    send_from_threads(server, NoRateLimit(), threads=15, each=2)

    assert gate.opened
    assert gate.most >= 11


async def test_tasks_sharing_one_async_loop_send_at_most_10_gets_and_5_posts_in_any_second(
    loopback: StartLoopback,
) -> None:
    server = loopback()
    async with httpx.AsyncClient() as http:
        sender = AsyncSender(http, rate_limiter=BatchRateLimiter(clock=scaled_clock), sleep=scaled_asleep)
        create = prepared("POST", "/v1/rooms", operation="create_room", content=b"{}", host=server.origin)
        gets = [sender.send(prepared(host=server.origin), call_options()) for _ in range(30)]
        posts = [sender.send(create, call_options()) for _ in range(15)]
        answers = await asyncio.gather(*gets, *posts)

    assert all(answer.status_code == 200 for answer in answers)
    assert (len(server.requests("GET")), len(server.requests("POST"))) == (30, 15)
    assert most_in_one_second(server.requests("GET")) <= 10
    assert most_in_one_second(server.requests("POST")) <= 5


@pytest.mark.parametrize("limited", [True, False], ids=["limited", "unlimited-control"])
async def test_tasks_sharing_one_async_loop_hold_at_most_10_gets_at_the_server(
    limited: bool, loopback: StartLoopback
) -> None:
    """With the limiter, an 11th GET never reaches the server while 10 are held; without it, the gate opens."""
    gate = Gate(size=11, patience=0.2 if limited else 30)
    server = loopback(gate)
    limiter: RateLimiter = BatchRateLimiter(clock=scaled_clock) if limited else NoRateLimit()

    async with httpx.AsyncClient() as http:
        sender = AsyncSender(http, rate_limiter=limiter, sleep=scaled_asleep)
        with anyio.fail_after(60):
            await asyncio.gather(*(sender.send(prepared(host=server.origin), call_options()) for _ in range(30)))

    assert len(server.exchanges) == 30
    assert gate.opened is not limited
    assert (gate.most <= 10) if limited else (gate.most >= 11)


def test_the_default_limits_are_sendbirds(monkeypatch: pytest.MonkeyPatch) -> None:
    """A client without ``rate_limits`` runs Sendbird's documented limits: 10 GETs, 5 POSTs at once per batch."""
    made: list[BatchRateLimiter] = []
    original: Callable[..., Any] = BatchRateLimiter.__init__

    def spy(self: BatchRateLimiter, *args: Any, **kwargs: Any) -> None:
        original(self, *args, clock=FakeClock(), **kwargs)
        made.append(self)

    monkeypatch.setattr(BatchRateLimiter, "__init__", spy)
    with CallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(lambda _: httpx.Response(200))):
        pass

    (limiter,) = made
    assert sum(limiter.reserve("GET", "op").granted for _ in range(11)) == 10
    assert sum(limiter.reserve("POST", "op").granted for _ in range(6)) == 5
