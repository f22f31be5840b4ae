"""The mock's HTTP server under attack (issue 20, item 7): real sockets on loopback, as an attacker sends them.

Slow-header sockets are closed after the request timeout (408 when they sent part of a request)
and never lock real clients out, even under a 256-descriptor limit; past the connection cap the
longest-waiting connection makes room; over-long URLs and headers get 414/431 in Sendbird's
shape, never a reset. Waits poll with generous upper bounds; nothing asserts how long anything took.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import select
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from sendbird_calls.mock import CallsMockServer
from sendbird_calls.mock.http_guard import ServerLimits
from sendbird_calls.mock.limits import MAX_HEAD_BYTES, MAX_HEADER_BYTES, MAX_URL_BYTES
from sendbird_calls.mock.spec import load_spec

ERROR_SCHEMA = load_spec().raw["components"]["schemas"]["Error"]
PATIENCE = 60.0
"""The upper bound of every poll: only reached when the behaviour is broken."""
PARTIAL_LINE = b"GET /v1/rooms HTT"


def wait_for(condition: Callable[[], bool], what: str) -> None:
    """Poll ``condition`` until it holds; fail after PATIENCE seconds."""
    deadline = time.monotonic() + PATIENCE
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting: {what}")
        time.sleep(0.01)


def read_until_closed(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes; a reset fails the test (the answer was lost)."""
    sock.settimeout(PATIENCE)
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def exchange(server: CallsMockServer, request: bytes) -> tuple[int, dict[str, Any], bytes]:
    """One raw request on a new connection: the status, the JSON body and the raw head."""
    with socket.create_connection((server.host, server.port), timeout=PATIENCE) as sock:
        sock.sendall(request)
        answer = read_until_closed(sock)
    head, _, body = answer.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    return status, json.loads(body), head


def raw_request(target: bytes, headers: list[tuple[bytes, bytes]], token: str) -> bytes:
    lines = [b"GET " + target + b" HTTP/1.1", b"Host: mock", b"Api-Token: " + token.encode(), b"Connection: close"]
    lines += [name + b": " + value for name, value in headers]
    return b"\r\n".join(lines) + b"\r\n\r\n"


def is_open(sock: socket.socket) -> bool:
    """True while the server has neither sent anything nor closed the connection."""
    readable, _, _ = select.select([sock], [], [], 0)
    return not readable


def is_closed(sock: socket.socket) -> bool:
    """True once the server closed the connection without answering."""
    readable, _, _ = select.select([sock], [], [], 0)
    if not readable:
        return False
    try:
        return sock.recv(1, socket.MSG_PEEK) == b""
    except ConnectionResetError:
        return True


@pytest.fixture(scope="module")
def server() -> Iterator[CallsMockServer]:
    with CallsMockServer() as mock:
        yield mock


# --- 414 and 431 instead of a reset ----------------------------------------------------------


@pytest.mark.parametrize("length", [MAX_URL_BYTES + 1, MAX_HEAD_BYTES, 200_000, 1_000_000])
def test_an_over_long_url_is_414_in_sendbirds_shape_not_a_reset(server: CallsMockServer, length: int) -> None:
    status, body, head = exchange(server, raw_request(b"/v1/rooms?x=" + b"y" * length, [], server.api_token))

    assert status == 414
    jsonschema.validate(body, ERROR_SCHEMA)
    assert body["code"] == 414
    assert b"content-type: application/json" in head.lower()


@pytest.mark.parametrize("length", [MAX_HEADER_BYTES + 1, MAX_HEAD_BYTES, 200_000, 1_000_000])
def test_over_large_headers_are_431_in_sendbirds_shape_not_a_reset(server: CallsMockServer, length: int) -> None:
    status, body, _ = exchange(server, raw_request(b"/v1/rooms", [(b"X-Big", b"y" * length)], server.api_token))

    assert status == 431
    jsonschema.validate(body, ERROR_SCHEMA)
    assert body["code"] == 431


def test_a_request_that_is_not_http_is_400_in_sendbirds_shape(server: CallsMockServer) -> None:
    status, body, _ = exchange(server, b"NOT HTTP AT ALL\r\n\r\n")

    assert status == 400
    jsonschema.validate(body, ERROR_SCHEMA)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    query=st.one_of(st.integers(0, 300_000), st.integers(MAX_URL_BYTES - 40, MAX_URL_BYTES + 40)),
    header=st.one_of(st.integers(0, 300_000), st.integers(MAX_HEADER_BYTES - 80, MAX_HEADER_BYTES + 40)),
)
def test_any_url_and_header_size_is_answered_200_414_or_431(server: CallsMockServer, query: int, header: int) -> None:
    target = b"/v1/rooms?x=" + b"y" * query
    request = raw_request(target, [(b"X-Big", b"y" * header)], server.api_token)
    header_bytes = sum(len(name) + len(value) for name, value in _headers_of(request))

    status, body, _ = exchange(server, request)

    if len(target) > MAX_URL_BYTES:
        assert status == 414, body
    elif header_bytes > MAX_HEADER_BYTES:
        assert status == 431, body
    else:
        assert status == 200, body


def _headers_of(request: bytes) -> list[tuple[bytes, bytes]]:
    """The headers of a raw request, lowercased as the server hands them to the app."""
    lines = request.split(b"\r\n")[1:]
    return [
        (name.strip().lower(), value.strip()) for name, _, value in (line.partition(b":") for line in lines if line)
    ]


# --- the request timeout ----------------------------------------------------------------------


def test_slow_header_sockets_are_answered_408_and_closed_after_the_timeout() -> None:
    with CallsMockServer(request_timeout=0.3) as server:
        attackers = [socket.create_connection((server.host, server.port)) for _ in range(50)]
        silent = socket.create_connection((server.host, server.port))
        slow_body = socket.create_connection((server.host, server.port))
        try:
            for sock in attackers:
                sock.sendall(PARTIAL_LINE)
            slow_body.sendall(
                raw_request(b"/v1/rooms", [(b"Content-Length", b"100")], server.api_token).replace(b"GET", b"POST", 1)
                + b'{"type": '
            )

            for sock in [*attackers, slow_body]:
                answer = read_until_closed(sock)
                assert answer.startswith(b"HTTP/1.1 408 "), answer[:100]
                assert json.loads(answer.partition(b"\r\n\r\n")[2])["code"] == 408
            assert read_until_closed(silent) == b""  # nothing was asked: closed without an answer
            wait_for(lambda: server.open_connections == 0, "every timed-out connection to be let go")
        finally:
            for sock in [*attackers, silent, slow_body]:
                sock.close()


def test_a_slow_answer_is_not_cut_by_the_request_timeout() -> None:
    with CallsMockServer(request_timeout=0.2) as server:
        server.faults.latency(0.6, operation="list_rooms", times=1)
        api = server.client(headers={"Api-Token": server.api_token})

        assert api.get("/rooms").status_code == 200  # the timeout covers the request's arrival, not the answer


def test_a_keep_alive_connection_serves_one_request_after_another() -> None:
    with (
        CallsMockServer(request_timeout=5) as server,
        socket.create_connection((server.host, server.port), timeout=PATIENCE) as sock,
    ):
        for _ in range(3):
            sock.sendall(b"GET /v1/rooms HTTP/1.1\r\nHost: mock\r\nApi-Token: mock-token\r\n\r\n")
            answer = b""
            while not answer.endswith(b"}"):
                answer += sock.recv(65536)
            assert answer.startswith(b"HTTP/1.1 200 ")


# --- the connection cap -------------------------------------------------------------------------


def test_past_the_cap_the_longest_waiting_connection_makes_room() -> None:
    with CallsMockServer(max_connections=5, request_timeout=PATIENCE) as server:
        idle = []
        for count in range(1, 6):
            idle.append(socket.create_connection((server.host, server.port)))
            wait_for(lambda count=count: server.open_connections == count, "the server to hold each idle socket")
        try:
            response = httpx.get(f"{server.base_url}/rooms", headers={"Api-Token": server.api_token})

            assert response.status_code == 200
            wait_for(lambda: is_closed(idle[0]), "the longest-waiting connection to be closed")
            assert all(is_open(sock) for sock in idle[1:])
        finally:
            for sock in idle:
                sock.close()


def test_when_every_connection_is_busy_a_newcomer_is_answered_503() -> None:
    entered, release = [], threading.Event()

    async def blocking(_: Request) -> PlainTextResponse:
        entered.append(1)
        while not release.is_set():
            await asyncio.sleep(0.01)
        return PlainTextResponse("done")

    app = Starlette(routes=[Route("/block", blocking)])
    with CallsMockServer(app, max_connections=2) as server:
        answers: list[int] = []
        busy = [
            threading.Thread(target=lambda: answers.append(httpx.get(f"{server.origin}/block").status_code))
            for _ in range(2)
        ]
        for thread in busy:
            thread.start()
        try:
            wait_for(lambda: len(entered) == 2, "both requests to be in the app")

            status, body, _ = exchange(server, b"GET /block HTTP/1.1\r\nHost: mock\r\n\r\n")

            assert status == 503
            jsonschema.validate(body, ERROR_SCHEMA)
        finally:
            release.set()
            for thread in busy:
                thread.join(PATIENCE)
        assert answers == [200, 200]


def test_the_cap_fits_the_file_descriptor_limit() -> None:
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)

    limits = ServerLimits(max_connections=10**6)
    assert limits.connection_cap <= max(1, (soft - 32) // 2)
    assert limits.connection_cap + 4 * limits.accept_backlog <= max(soft - 32, 5)
    assert ServerLimits(max_connections=3).connection_cap == 3


@pytest.mark.parametrize("options", [{"request_timeout": 0}, {"request_timeout": -1}, {"max_connections": 0}])
def test_the_server_limits_are_checked(options: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"request_timeout|max_connections"):
        CallsMockServer(**options)


# --- 300 slow-header sockets under a 256-descriptor limit ------------------------------------

_SERVE_WITH_FEW_DESCRIPTORS = textwrap.dedent(
    """
    import json, resource, sys
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (256, hard))
    from sendbird_calls.mock import CallsMockServer
    with CallsMockServer(request_timeout=float(sys.argv[1])) as server:
        print(json.dumps({"port": server.port, "cap": server.connection_cap}), flush=True)
        sys.stdin.read()
    """
)


def test_300_slow_header_sockets_under_256_descriptors_do_not_lock_real_clients_out() -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", _SERVE_WITH_FEW_DESCRIPTORS, "30"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    attackers: list[socket.socket] = []
    try:
        assert process.stdout is not None
        facts = json.loads(process.stdout.readline())
        assert facts["cap"] <= (256 - 32) // 2
        attackers = [socket.create_connection(("127.0.0.1", facts["port"]), timeout=PATIENCE) for _ in range(300)]
        for sock in attackers:
            sock.sendall(PARTIAL_LINE)
        base_url = f"http://127.0.0.1:{facts['port']}/v1"

        answers = [
            httpx.get(f"{base_url}/rooms", headers={"Api-Token": "mock-token"}, timeout=PATIENCE).status_code
            for _ in range(20)
        ]

        assert answers == [200] * 20
        held = [sock for sock in attackers if is_open(sock)]
        assert held, "the attack was over before the real requests: it proved nothing"
        assert len(held) <= facts["cap"]
        _, stderr = process.communicate(timeout=PATIENCE)  # closes its stdin: the server stops
    finally:
        for sock in attackers:
            sock.close()
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=PATIENCE)
    assert process.returncode == 0, stderr[-2000:]
    assert "Too many open files" not in stderr
    assert "out of system resource" not in stderr


def test_the_mock_command_serves_through_the_same_guard() -> None:
    command = [sys.executable, "-m", "sendbird_calls.mock", "--port", "0", "--print-json"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        origin = httpx.URL(json.loads(process.stdout.readline())["base_url"])
        request = raw_request(b"/v1/rooms?x=" + b"y" * 200_000, [], "mock-token")
        with socket.create_connection((origin.host, origin.port), timeout=PATIENCE) as sock:
            sock.sendall(request)
            answer = read_until_closed(sock)
    finally:
        process.terminate()
        process.communicate(timeout=PATIENCE)

    assert answer.startswith(b"HTTP/1.1 414 ")
