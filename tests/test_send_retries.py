"""The sending loop retries what is safe to retry, never resends a POST that may have arrived, and stops by
the call's deadline.

Decisions are read off the loop itself (``SyncSender``/``AsyncSender`` with a fake clock whose
sleep only records), sync and async alike; what only real sockets show (a body resent whole, a
connection cut mid-answer, a POST sent once) is proven through the public clients against the
``loopback`` server.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from sendbird_calls import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    RateLimitError,
    ServerError,
)
from tests.loopback import Exchange, StartLoopback
from tests.send_support import (
    MODES,
    ROOM_ANSWER,
    FakeClock,
    Mode,
    Script,
    call_client,
    call_options,
    prepared,
    raised_by,
    run_loop,
    settle,
    status,
)
from tests.spec_examples import API_TOKEN

CREATE = prepared("POST", "/v1/rooms", operation="create_room", content=b'{"type":"small_room_for_video"}')
BACKOFF = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
"""The waits before retries 1, 2, 3... without jitter: doubling from 0.5 s, capped at 8 s."""


# --- what is retried, and after how long --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_429_with_retry_after_0_twice_then_200_takes_exactly_3_requests(mode: Mode) -> None:
    clock = FakeClock()
    script = Script(status(429, "0"), status(429, "0"), status(200), clock=clock)

    answer = await run_loop(mode, script, clock=clock)

    assert answer.status_code == 200
    assert len(script.requests) == 3
    assert clock.sleeps == [0.0, 0.0]
    assert all(discarded.is_closed for discarded in script.responses[:2])


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("max_retries", [0, 1, 2, 4])
async def test_a_get_answered_503_is_retried_max_retries_times_with_growing_waits(mode: Mode, max_retries: int) -> None:
    clock = FakeClock()
    script = Script(status(503, body=b'{"code": 500999, "message": "try again"}'))

    answer = await run_loop(mode, script, options=call_options(max_retries=max_retries), clock=clock)

    assert len(script.requests) == 1 + max_retries
    assert clock.sleeps == BACKOFF[:max_retries]
    assert isinstance(raised_by(answer), ServerError)  # the final 503 reaches the caller as its error


@pytest.mark.parametrize("mode", MODES)
async def test_jittered_waits_grow_and_stay_within_half_and_all_of_the_exact_wait(mode: Mode) -> None:
    clock = FakeClock()

    await run_loop(mode, Script(status(503)), options=call_options(max_retries=7, jitter=True), clock=clock)

    assert len(clock.sleeps) == len(BACKOFF)
    for delay, ceiling in zip(clock.sleeps, BACKOFF, strict=True):
        assert ceiling / 2 <= delay <= ceiling


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("retry_after", "low", "high"),
    [
        (lambda: "2", 2.0, 2.0),
        (lambda: "86400", 60.0, 60.0),
        (lambda: email.utils.formatdate(time.time() + 30, usegmt=True), 28.0, 30.0),
    ],
    ids=["seconds", "capped-at-60", "http-date"],
)
async def test_retry_after_is_waited_as_given_up_to_60_seconds(
    mode: Mode, retry_after: Callable[[], str], low: float, high: float
) -> None:
    clock = FakeClock()
    script = Script(status(429, retry_after()), status(200))

    answer = await run_loop(mode, script, clock=clock)

    assert answer.status_code == 200
    assert len(clock.sleeps) == 1
    assert low <= clock.sleeps[0] <= high


@pytest.mark.parametrize("mode", MODES)
async def test_the_last_transport_error_is_raised_typed_when_retries_run_out(mode: Mode) -> None:
    script = Script(httpx.ConnectError("first"), httpx.ConnectError("second"), httpx.ConnectError("third"))

    with pytest.raises(APIConnectionError) as caught:
        await run_loop(mode, script)

    assert len(script.requests) == 3
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert str(caught.value.__cause__) == "third"
    assert (caught.value.method, caught.value.path) == ("GET", "/v1/rooms/room-1")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectTimeout("slow connect"),
        httpx.ReadTimeout("slow read"),
        httpx.ReadError("reset"),
        httpx.RemoteProtocolError("server disconnected"),
    ],
    ids=lambda error: type(error).__name__,
)
async def test_a_get_survives_one_transient_transport_failure(mode: Mode, error: httpx.TransportError) -> None:
    script = Script(error, status(200))

    answer = await run_loop(mode, script)

    assert (answer.status_code, len(script.requests)) == (200, 2)


# --- a POST is never sent twice once it may have arrived ----------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "error", [httpx.ConnectError("[Errno 111] Connection refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("")]
)
async def test_a_post_that_never_left_is_retried(mode: Mode, error: httpx.TransportError) -> None:
    script = Script(error, status(200))

    answer = await run_loop(mode, script, CREATE)

    assert (answer.status_code, len(script.requests)) == (200, 2)
    assert script.bodies == [CREATE.content, CREATE.content]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("error", "typed"),
    [
        (httpx.ReadTimeout("slow read"), APITimeoutError),
        (httpx.WriteTimeout("slow write"), APITimeoutError),
        (httpx.ReadError("reset"), APIConnectionError),
        (httpx.WriteError("broken pipe"), APIConnectionError),
        (httpx.RemoteProtocolError("server disconnected"), APIConnectionError),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Exception) else value.__name__,
)
async def test_a_post_that_may_have_arrived_is_sent_once(
    mode: Mode, error: httpx.TransportError, typed: type[APIConnectionError]
) -> None:
    script = Script(error, status(200))

    with pytest.raises(typed):
        await run_loop(mode, script, CREATE)

    assert len(script.requests) == 1


def room_creation(exchange: Exchange) -> None:
    exchange.answer(200, ROOM_ANSWER)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("call", "path"),
    [
        (lambda c: c.rooms.create(type="small_room_for_video"), "/v1/rooms"),
        (lambda c: c.users.add_push_token("user-1", "fcm_voip", token="fcm-token-1"), "/v1/users/user-1/push/fcm_voip"),
    ],
    ids=["rooms.create", "users.add_push_token"],
)
async def test_a_post_answered_500_is_sent_exactly_once_and_raises_server_error(
    mode: Mode, call: Any, path: str, loopback: StartLoopback
) -> None:
    server = loopback(lambda exchange: exchange.answer(500, b'{"code": 500999, "message": "boom"}'))

    with pytest.raises(ServerError) as caught:
        await call_client(mode, call, base_url=server.base_url)

    assert [(e.method, e.target) for e in server.exchanges] == [("POST", path)]
    assert (caught.value.status_code, caught.value.code, caught.value.path) == (500, 500999, path)


@pytest.mark.parametrize("mode", MODES)
async def test_a_post_answered_429_is_resent_with_the_same_body(mode: Mode, loopback: StartLoopback) -> None:
    def limited_once(exchange: Exchange) -> None:
        if exchange.number == 1:
            exchange.answer(429, b'{"code": 429100, "message": "Too many requests"}', {"Retry-After": "0"})
        else:
            exchange.answer(200, ROOM_ANSWER)

    server = loopback(limited_once)

    room = await call_client(mode, lambda c: c.rooms.create(type="small_room_for_video"), base_url=server.base_url)

    assert room.room_id == "room-1"
    assert [json.loads(e.body) for e in server.exchanges] == 2 * [{"type": "small_room_for_video"}]
    assert [e.headers["api-token"] for e in server.exchanges] == 2 * [API_TOKEN]


@pytest.mark.parametrize("mode", MODES)
async def test_a_post_whose_answer_never_comes_is_sent_once_and_times_out(mode: Mode, loopback: StartLoopback) -> None:
    server = loopback(lambda exchange: exchange.stall())

    with pytest.raises(APITimeoutError):
        await call_client(
            mode, lambda c: c.rooms.create(type="small_room_for_video"), base_url=server.base_url, timeout=0.3
        )

    assert [e.method for e in server.exchanges] == ["POST"]


def cut_after_a_few_bytes_once(exchange: Exchange) -> None:
    """The first answer promises a whole room and the connection closes after five bytes of it."""
    if exchange.number == 1:
        exchange.send(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(ROOM_ANSWER) + ROOM_ANSWER[:5])
        exchange.close()
    else:
        exchange.answer(200, ROOM_ANSWER)


@pytest.mark.parametrize("mode", MODES)
async def test_a_post_whose_answer_is_cut_off_is_not_sent_twice(mode: Mode, loopback: StartLoopback) -> None:
    server = loopback(cut_after_a_few_bytes_once)

    with pytest.raises(APIConnectionError):
        await call_client(mode, lambda c: c.rooms.create(type="small_room_for_video"), base_url=server.base_url)

    assert len(server.exchanges) == 1


# --- idempotent requests survive a connection dropped anywhere ----------------------------------------------------


def reset_once(exchange: Exchange) -> None:
    if exchange.number == 1:
        exchange.reset()
    else:
        exchange.answer(200, ROOM_ANSWER)


def closed_without_answer_once(exchange: Exchange) -> None:
    if exchange.number == 1:
        exchange.close()
    else:
        exchange.answer(200, ROOM_ANSWER)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "misbehave", [cut_after_a_few_bytes_once, reset_once, closed_without_answer_once], ids=["cut", "reset", "closed"]
)
async def test_a_get_whose_connection_drops_is_retried(mode: Mode, misbehave: Any, loopback: StartLoopback) -> None:
    server = loopback(misbehave)

    room = await call_client(mode, lambda c: c.rooms.retrieve("room-1"), base_url=server.base_url)

    assert room.room_id == "room-1"
    assert len(server.exchanges) == 2


@pytest.mark.parametrize("mode", MODES)
async def test_put_and_delete_bodies_are_resent_whole_over_real_sockets(mode: Mode, loopback: StartLoopback) -> None:
    def unavailable_first(exchange: Exchange) -> None:
        if exchange.number in (1, 3):  # the first PUT and the first DELETE
            exchange.answer(503, b'{"code": 500999, "message": "later"}', {"Retry-After": "0"})
        else:
            exchange.answer(200, b'{"custom_items": {}, "updated": ["topic"], "deleted": ["topic"]}')

    server = loopback(unavailable_first)

    async def update_then_delete(client: Any) -> None:
        await settle(client.rooms.update_custom_items("r1", custom_items={"topic": "launch"}, mode="upsert"))
        await settle(client.rooms.delete_custom_items("r1", keys=["topic"]))

    await call_client(mode, update_then_delete, base_url=server.base_url)

    assert [e.method for e in server.exchanges] == ["PUT", "PUT", "DELETE", "DELETE"]
    put, put_again, delete, delete_again = (e.body for e in server.exchanges)
    assert put == put_again
    assert json.loads(put) == {"custom_items": {"topic": "launch"}, "mode": "upsert"}
    assert delete == delete_again == b'{"keys":["topic"]}'


# --- how many retries ---------------------------------------------------------------------------------------------


def always(status_code: int, retry_after: str = "0") -> Any:
    return lambda exchange: exchange.answer(status_code, b'{"message": "no"}', {"Retry-After": retry_after})


@pytest.mark.parametrize("mode", MODES)
async def test_a_get_answered_503_is_retried_twice_by_default(mode: Mode, loopback: StartLoopback) -> None:
    server = loopback(always(503))

    with pytest.raises(ServerError):
        await call_client(mode, lambda c: c.rooms.retrieve("r1"), base_url=server.base_url)

    assert len(server.exchanges) == 3


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("answer", [503, 429])
async def test_max_retries_0_on_the_client_disables_retries(mode: Mode, answer: int, loopback: StartLoopback) -> None:
    server = loopback(always(answer))

    with pytest.raises(APIError) as caught:
        await call_client(mode, lambda c: c.rooms.retrieve("r1"), base_url=server.base_url, max_retries=0)

    assert len(server.exchanges) == 1
    assert caught.value.status_code == answer


@pytest.mark.parametrize("mode", MODES)
async def test_request_options_change_the_retries_of_that_call_only(mode: Mode, loopback: StartLoopback) -> None:
    server = loopback(always(429))
    counts: list[int] = []

    async def three_calls(client: Any) -> None:
        for options in ({"max_retries": 0}, {"max_retries": 4}, None):
            with pytest.raises(RateLimitError):
                await settle(client.rooms.retrieve("r1", request_options=options))
            counts.append(len(server.exchanges))

    await call_client(mode, three_calls, base_url=server.base_url)

    assert counts == [1, 1 + 5, 1 + 5 + 3]


# --- the call's deadline bounds the retries -----------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_no_retry_starts_once_the_deadline_would_pass_during_its_wait(mode: Mode) -> None:
    clock = FakeClock()
    script = Script(status(503, "1"))

    answer = await run_loop(mode, script, options=call_options(max_retries=50, deadline=2.5), clock=clock)

    assert answer.status_code == 503
    assert len(script.requests) == 3  # at 0, 1 and 2 s; a fourth would start at 3 s, past the 2.5 s deadline
    assert clock.sleeps == [1.0, 1.0]


@pytest.mark.parametrize("mode", MODES)
async def test_backoff_stops_at_the_deadline_not_at_max_retries(mode: Mode) -> None:
    clock = FakeClock()
    script = Script(httpx.ReadError("reset"))

    with pytest.raises(APIConnectionError):
        await run_loop(mode, script, options=call_options(max_retries=50, deadline=10.0), clock=clock)

    assert clock.sleeps == [0.5, 1.0, 2.0, 4.0]  # the next wait (8 s) would end at 15.5 s, past 10 s
    assert len(script.requests) == 5


@pytest.mark.parametrize("mode", MODES)
async def test_a_retry_after_past_the_deadline_is_not_waited_for(mode: Mode) -> None:
    clock = FakeClock()
    script = Script(status(429, "30", b'{"code": 429100, "message": "slow down"}'), status(200))

    answer = await run_loop(mode, script, options=call_options(deadline=5.0), clock=clock)

    error = raised_by(answer)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 30.0
    assert (len(script.requests), clock.sleeps) == (1, [])


async def test_an_attempt_that_outlives_the_deadline_between_chunks_ends_typed() -> None:
    """With a transport of the caller's, the sync loop checks the deadline between body chunks."""
    clock = FakeClock()
    sent: list[int] = []

    def slow_chunks(request: httpx.Request) -> httpx.Response:
        def chunks() -> Iterator[bytes]:
            for number in range(100):
                clock.advance(0.5)
                sent.append(number)
                yield b" "

        return httpx.Response(200, content=chunks())

    with pytest.raises(APITimeoutError, match="deadline"):
        await run_loop("sync", Script(slow_chunks), options=call_options(max_retries=0, deadline=2.0), clock=clock)

    assert len(sent) == 5  # reading stopped at the first chunk past the deadline (2.5 s), not after 100
