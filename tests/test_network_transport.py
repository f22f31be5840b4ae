"""``DeadlineTransport``, the default sync transport: httpcore's pool, the deadline inside every socket
operation, httpx's exceptions only, and a pool that survives ``os.fork()``.

The deadline's effect on whole calls is in ``test_send_deadline.py``; here the transport is used
on its own (an ``httpx.Client`` over it) and in a real forked child process.
"""

from __future__ import annotations

import os
import signal
import time

import httpcore
import httpx
import pytest

from sendbird_calls import CallsClient
from sendbird_calls.core import network
from sendbird_calls.core.deadline import CURRENT_DEADLINE, DEADLINE_PASSED
from sendbird_calls.core.network import DeadlineTransport
from tests.loopback import Exchange, StartLoopback, head, unused_port
from tests.send_support import ROOM_ANSWER
from tests.spec_examples import API_TOKEN, APP_ID

KEEP_CONNECTIONS = httpx.Limits(max_connections=10, max_keepalive_connections=5, keepalive_expiry=600)
"""A pool that keeps its connections for ten minutes: no test depends on how fast it runs."""


def wait_for_child(pid: int, timeout: float) -> int:
    """The child's exit status; a child still running after ``timeout`` seconds is killed and fails the test."""
    give_up = time.monotonic() + timeout
    while time.monotonic() < give_up:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.02)  # polling a child process: there is no event to wait on
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    pytest.fail(f"the forked child was still running after {timeout} s")


@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_a_forked_child_never_sends_on_the_parents_pooled_connection(loopback: StartLoopback) -> None:
    server = loopback(lambda exchange: exchange.answer(200, ROOM_ANSWER))
    transport = DeadlineTransport(KEEP_CONNECTIONS)
    read_end, write_end = os.pipe()

    with CallsClient(APP_ID, API_TOKEN, base_url=server.base_url, transport=transport, rate_limits=None) as client:
        client.rooms.retrieve("room-1")  # the pool now holds an open connection to the server
        pid = os.fork()
        if pid == 0:  # the child: use the same client, then leave without any cleanup
            code = 1
            try:
                os.close(read_end)
                os.write(write_end, client.rooms.retrieve("room-1").room_id.encode())
                code = 0
            finally:
                os._exit(code)
        os.close(write_end)
        exit_code = wait_for_child(pid, timeout=30)
        said = os.read(read_end, 100)
        os.close(read_end)
        client.rooms.retrieve("room-1")  # the parent goes on with its own connection

    assert (exit_code, said) == (0, b"room-1")  # the child's request succeeded
    first, in_child, again = server.exchanges
    assert in_child.connection != first.connection  # the child opened its own connection
    assert again.connection == first.connection  # and left the parent's untouched
    assert server.connections == 2


def test_the_pool_keeps_one_connection_for_calls_one_after_another(loopback: StartLoopback) -> None:
    server = loopback(lambda exchange: exchange.answer(200, ROOM_ANSWER))

    with CallsClient(APP_ID, API_TOKEN, base_url=server.base_url, rate_limits=None) as client:
        for _ in range(3):
            client.rooms.retrieve("room-1")

    assert [exchange.connection for exchange in server.exchanges] == [1, 1, 1]


def test_outside_a_call_the_phase_timeout_applies_and_says_so(loopback: StartLoopback) -> None:
    server = loopback(lambda exchange: exchange.stall())

    with httpx.Client(transport=DeadlineTransport(), timeout=0.2) as http, pytest.raises(httpx.ReadTimeout) as caught:
        http.get(server.origin)

    assert DEADLINE_PASSED not in str(caught.value)  # a phase's own timeout keeps its own message


def test_a_deadline_already_passed_sends_nothing(loopback: StartLoopback) -> None:
    server = loopback()
    scope = CURRENT_DEADLINE.set(time.monotonic() - 1)
    try:
        with httpx.Client(transport=DeadlineTransport()) as http, pytest.raises(httpx.ConnectTimeout, match="deadline"):
            http.get(server.origin)
    finally:
        CURRENT_DEADLINE.reset(scope)

    assert server.connections == 0


def test_a_body_cut_short_is_httpx_s_own_error(loopback: StartLoopback) -> None:
    def promise_more(exchange: Exchange) -> None:
        exchange.send(head(200, {"Content-Length": "100"}) + b"only this")
        exchange.close()

    server = loopback(promise_more)

    with httpx.Client(transport=DeadlineTransport()) as http, pytest.raises(httpx.RemoteProtocolError):
        http.get(server.origin)


def test_a_refused_connection_is_httpx_s_connect_error() -> None:
    with httpx.Client(transport=DeadlineTransport()) as http, pytest.raises(httpx.ConnectError):
        http.get(f"http://127.0.0.1:{unused_port()}")


@pytest.mark.parametrize(("source", "target"), network._EXCEPTIONS, ids=lambda cls: cls.__name__)
def test_every_httpcore_error_becomes_its_httpx_twin(source: type[Exception], target: type[Exception]) -> None:
    mapped = network._as_httpx(source("what happened"))

    assert type(mapped) is target
    assert str(mapped) == "what happened"


def test_an_error_that_is_not_httpcore_s_passes_unchanged() -> None:
    error = ValueError("not a network error")

    assert network._as_httpx(error) is error


def test_the_mapping_lists_every_httpcore_error() -> None:
    public = {
        value
        for value in vars(httpcore).values()
        if isinstance(value, type) and issubclass(value, Exception) and value.__module__.startswith("httpcore")
    }
    public.discard(httpcore.ConnectionNotAvailable)  # the pool's own signal to try another connection: never raised

    assert public <= {source for source, _ in network._EXCEPTIONS}
