"""A call ends by its deadline, whatever the server does: drip its headers or its body a byte at a time, or
say nothing at all.

httpx's timeouts bound each socket read, so a server sending one byte per read could hold a call
for ever. The default sync transport bounds every socket operation by the deadline; with a
transport or client of the caller's, the sync loop checks it between body chunks; the async loop
runs each attempt under a timer (``asyncio.timeout``, or anyio's on trio). Each test bounds its own
wait generously (ten times the deadline) and asserts the typed error, never a stopwatch reading.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
import trio

from sendbird_calls import APITimeoutError, AsyncCallsClient, CallsClient
from sendbird_calls.core import send as send_module
from tests.loopback import Exchange, StartLoopback, head
from tests.send_support import ROOM_ANSWER
from tests.spec_examples import API_TOKEN, APP_ID

DEADLINE = 0.5
BOUND = 10 * DEADLINE
"""How long a test waits for a call before failing it: generous, so a loaded machine cannot fail it."""
EVERY = 0.05
"""Seconds between two dripped bytes: far below any phase timeout, so only the deadline can end the call."""
PADDED_ANSWER = ROOM_ANSWER + b" " * 2000
"""A valid answer that takes 100 s to drip: a call that waits for it fails its test."""


def drip_body(exchange: Exchange) -> None:
    exchange.send(head(200, {"Content-Type": "application/json", "Content-Length": str(len(PADDED_ANSWER))}))
    exchange.drip(PADDED_ANSWER, EVERY)


def drip_head(exchange: Exchange) -> None:
    headers = {"Content-Type": "application/json", "X-Pad": "x" * 2000, "Content-Length": str(len(ROOM_ANSWER))}
    exchange.drip(head(200, headers) + ROOM_ANSWER, EVERY)


DRIPS = {"head": drip_head, "body": drip_body}


def outcome_within(seconds: float, call: Callable[[], object]) -> BaseException | None:
    """Runs ``call`` in a thread; fails the test if it is still running after ``seconds``; its exception, if any."""
    caught: list[BaseException] = []

    def run() -> None:
        try:
            call()
        except BaseException as exc:
            caught.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"the call was still running after {seconds} s"
    return caught[0] if caught else None


def assert_deadline_passed(error: BaseException | None) -> None:
    assert isinstance(error, APITimeoutError), repr(error)
    assert "deadline" in str(error)
    assert (error.method, error.path) == ("GET", "/v1/rooms/room-1")


# --- sync, the default transport: every socket operation ----------------------------------------------------------


@pytest.mark.parametrize("drip", DRIPS.values(), ids=DRIPS.keys())
def test_a_dripping_server_cannot_hold_a_sync_call_past_its_deadline(drip: Any, loopback: StartLoopback) -> None:
    server = loopback(drip)

    with CallsClient(APP_ID, API_TOKEN, base_url=server.base_url, deadline=DEADLINE, rate_limits=None) as client:
        error = outcome_within(BOUND, lambda: client.rooms.retrieve("room-1"))

    assert_deadline_passed(error)
    assert len(server.exchanges) == 1  # no retry could start before the deadline


@pytest.mark.parametrize("drip", DRIPS.values(), ids=DRIPS.keys())
def test_a_per_call_deadline_holds_against_a_dripping_server(drip: Any, loopback: StartLoopback) -> None:
    server = loopback(drip)

    with CallsClient(APP_ID, API_TOKEN, base_url=server.base_url, rate_limits=None) as client:  # 120 s by default
        error = outcome_within(BOUND, lambda: client.rooms.retrieve("room-1", request_options={"deadline": DEADLINE}))

    assert_deadline_passed(error)


# --- sync, a transport or client of the caller's: between body chunks ---------------------------------------------


@pytest.mark.parametrize("through", ["transport", "http_client"])
def test_with_the_callers_transport_a_dripped_body_still_ends_by_the_deadline(
    through: str, loopback: StartLoopback
) -> None:
    server = loopback(drip_body)
    own = httpx.Client()
    options: dict[str, Any] = {"transport": httpx.HTTPTransport()} if through == "transport" else {"http_client": own}

    with (
        own,
        CallsClient(
            APP_ID, API_TOKEN, base_url=server.base_url, deadline=DEADLINE, rate_limits=None, **options
        ) as client,
    ):
        error = outcome_within(BOUND, lambda: client.rooms.retrieve("room-1"))

    assert_deadline_passed(error)


# --- async: the whole attempt runs under a timer ------------------------------------------------------------------


@pytest.mark.parametrize("through", ["default", "transport", "http_client"])
@pytest.mark.parametrize("drip", DRIPS.values(), ids=DRIPS.keys())
async def test_a_dripping_server_cannot_hold_an_async_call_past_its_deadline(
    drip: Any, through: str, loopback: StartLoopback
) -> None:
    server = loopback(drip)
    async with httpx.AsyncClient() as own:
        options: dict[str, Any] = {
            "default": {},
            "transport": {"transport": httpx.AsyncHTTPTransport()},
            "http_client": {"http_client": own},
        }[through]
        async with AsyncCallsClient(
            APP_ID, API_TOKEN, base_url=server.base_url, deadline=DEADLINE, rate_limits=None, **options
        ) as client:
            with pytest.raises(APITimeoutError) as caught:
                await asyncio.wait_for(client.rooms.retrieve("room-1"), BOUND)

    assert_deadline_passed(caught.value)


def test_on_trio_the_async_deadline_holds_with_anyio_timers(loopback: StartLoopback) -> None:
    server = loopback(drip_body)
    caught: list[BaseException] = []

    async def main() -> None:
        assert send_module._running_asyncio() is None  # trio: the loop falls back to anyio.fail_after
        async with AsyncCallsClient(
            APP_ID, API_TOKEN, base_url=server.base_url, deadline=DEADLINE, rate_limits=None
        ) as client:
            with trio.fail_after(BOUND):
                try:
                    await client.rooms.retrieve("room-1")
                except APITimeoutError as error:
                    caught.append(error)

    trio.run(main)

    assert len(caught) == 1
    assert_deadline_passed(caught[0])


# --- a caller's own cancellation is not the deadline --------------------------------------------------------------


async def test_an_outer_asyncio_timeout_stays_the_callers_timeout(loopback: StartLoopback) -> None:
    server = loopback(lambda exchange: exchange.stall())
    async with AsyncCallsClient(APP_ID, API_TOKEN, base_url=server.base_url, rate_limits=None) as client:
        with pytest.raises(TimeoutError) as caught:  # the caller's own: not an APITimeoutError
            async with asyncio.timeout(DEADLINE):
                await client.rooms.retrieve("room-1")

    assert not isinstance(caught.value, APITimeoutError)


def test_an_outer_trio_cancellation_stays_a_cancellation(loopback: StartLoopback) -> None:
    server = loopback(lambda exchange: exchange.stall())
    outcome: list[str] = []

    async def main() -> None:
        async with AsyncCallsClient(APP_ID, API_TOKEN, base_url=server.base_url, rate_limits=None) as client:
            with trio.move_on_after(DEADLINE) as scope:
                await client.rooms.retrieve("room-1")
            outcome.append("cancelled" if scope.cancelled_caught else "finished")

    trio.run(main)

    assert outcome == ["cancelled"]


def test_outside_an_asyncio_task_the_loop_times_attempts_with_anyio() -> None:
    assert send_module._running_asyncio() is None


async def test_inside_an_asyncio_task_the_loop_times_attempts_with_asyncio() -> None:
    assert send_module._running_asyncio() is asyncio


async def test_the_anyio_timer_holds_the_deadline_on_asyncio_too(
    monkeypatch: pytest.MonkeyPatch, loopback: StartLoopback
) -> None:
    """The fallback timer, forced under asyncio: the same deadline, the same typed error."""
    monkeypatch.setattr(send_module, "_running_asyncio", lambda: None)
    server = loopback(drip_head)
    async with AsyncCallsClient(APP_ID, API_TOKEN, base_url=server.base_url, deadline=DEADLINE, rate_limits=None) as c:
        with pytest.raises(APITimeoutError) as caught:
            with anyio.fail_after(BOUND):
                await c.rooms.retrieve("room-1")

    assert_deadline_passed(caught.value)


# --- a server that says nothing: the phase timeout ----------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_silent_server_ends_the_call_at_the_read_timeout(mode: str, loopback: StartLoopback) -> None:
    server = loopback(lambda exchange: exchange.stall())
    options: dict[str, Any] = {"base_url": server.base_url, "timeout": 0.2, "max_retries": 0, "rate_limits": None}

    if mode == "sync":
        with CallsClient(APP_ID, API_TOKEN, **options) as client:
            error = outcome_within(BOUND, lambda: client.rooms.retrieve("room-1"))
    else:
        async with AsyncCallsClient(APP_ID, API_TOKEN, **options) as aclient:
            with pytest.raises(APITimeoutError) as caught:
                await asyncio.wait_for(aclient.rooms.retrieve("room-1"), BOUND)
        error = caught.value

    assert isinstance(error, APITimeoutError)
    assert isinstance(error.__cause__, httpx.ReadTimeout)
    assert (error.method, error.path) == ("GET", "/v1/rooms/room-1")
    assert len(server.exchanges) == 1
