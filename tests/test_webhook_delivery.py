"""Webhook delivery against a real loopback server: signed, compact JSON, retried like Sendbird."""

import hashlib
import hmac
import json
import logging
import socket
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import MappingProxyType

import httpx
import pytest

from sendbird_calls.errors import SendbirdCallsError
from sendbird_calls.webhooks import (
    WebhookDeliveryError,
    WebhookSender,
    asend_test_event,
    send_test_event,
    verify_signature,
)

TOKEN = "CANARY-7d41b0c2-master-token-that-must-never-leak"
EVENT = {
    "category": "direct_call:dial",
    "occurred_at": 1700000000000,
    "direct_call": {"call_id": "synthetic-call-1", "participants": [{"user_id": "alice", "nickname": "Zoë"}]},
}  # synthetic: Sendbird publishes no payload examples


@dataclass(frozen=True)
class Answer:
    """What the loopback server does with one request: wait ``delay`` seconds, then answer ``status``."""

    status: int = 200
    delay: float = 0.0


@dataclass
class Receiver:
    """A webhook endpoint that checks the signature independently and records every POST."""

    url: str
    answers: tuple[Answer, ...]
    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, headers: dict[str, str], body: bytes) -> Answer:
        """Keep the request; the last answer repeats once the script runs out."""
        with self.lock:
            self.received.append((headers, body))
            return self.answers[min(len(self.received), len(self.answers)) - 1]

    @property
    def bodies(self) -> list[bytes]:
        return [body for _, body in self.received]


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up on a slow answer closes the socket: expected, not worth a traceback."""


def serve(receiver_for: Callable[[str], Receiver]) -> tuple[QuietServer, Receiver]:
    receiver: Receiver | None = None

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            assert receiver is not None
            body = self.rfile.read(int(self.headers["content-length"]))
            headers = {name.lower(): value for name, value in self.headers.items()}
            answer = receiver.record(headers, body)
            if answer.delay:
                receiver.release.wait(answer.delay)
            expected = hmac.new(TOKEN.encode(), body, hashlib.sha256).hexdigest()
            signed = hmac.compare_digest(headers.get("x-sendbird-signature", ""), expected)
            try:
                self.send_response(answer.status if signed else 401)
                self.send_header("content-length", "0")
                self.end_headers()
            except OSError:
                pass

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = QuietServer(("127.0.0.1", 0), Handler)
    receiver = receiver_for(f"http://127.0.0.1:{server.server_address[1]}/webhooks/sendbird")
    return server, receiver


@pytest.fixture
def webhook_server() -> Iterator[Callable[..., Receiver]]:
    """Start loopback servers scripted with answers, e.g. ``webhook_server(Answer(500), Answer(200))``."""
    running: list[tuple[QuietServer, threading.Thread, Receiver]] = []

    def start(*answers: Answer) -> Receiver:
        server, receiver = serve(lambda url: Receiver(url, answers or (Answer(),)))
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        running.append((server, thread, receiver))
        return receiver

    yield start
    for server, thread, receiver in running:
        receiver.release.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=2)


@pytest.fixture
def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/webhooks/sendbird"


def test_a_signed_event_is_accepted_by_a_server_that_checks_the_signature(
    webhook_server: Callable[..., Receiver],
) -> None:
    receiver = webhook_server(Answer(200))
    response = send_test_event(receiver.url, EVENT, TOKEN)
    assert response.status_code == 200
    [(headers, body)] = receiver.received
    assert body == json.dumps(EVENT, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    assert headers["content-type"] == "application/json"
    assert headers["user-agent"] == "SendBird"
    verify_signature(body, headers["x-sendbird-signature"], TOKEN)


def test_bytes_are_sent_verbatim(webhook_server: Callable[..., Receiver]) -> None:
    receiver = webhook_server()
    body = b'{ "category" : "room:create",\n  "occurred_at": 1 }'
    send_test_event(receiver.url, body, TOKEN)
    assert receiver.bodies == [body]


def test_nested_mappings_of_any_type_serialise(webhook_server: Callable[..., Receiver]) -> None:
    receiver = webhook_server()
    send_test_event(receiver.url, MappingProxyType({"room": MappingProxyType({"room_id": "r"})}), TOKEN)
    assert receiver.bodies == [b'{"room":{"room_id":"r"}}']


def test_two_500s_then_a_200_take_three_posts(webhook_server: Callable[..., Receiver]) -> None:
    receiver = webhook_server(Answer(500), Answer(500), Answer(200))
    response = send_test_event(receiver.url, EVENT, TOKEN)
    assert response.status_code == 200
    assert len(receiver.received) == 3
    assert len(set(receiver.bodies)) == 1
    assert len({headers["x-sendbird-signature"] for headers, _ in receiver.received}) == 1


@pytest.mark.parametrize("tries", [1, 3, 4])
def test_a_server_that_never_answers_2xx_gets_exactly_tries_posts_then_an_error(
    webhook_server: Callable[..., Receiver], tries: int
) -> None:
    receiver = webhook_server(Answer(503))
    with pytest.raises(WebhookDeliveryError) as info:
        send_test_event(receiver.url, EVENT, TOKEN, tries=tries)
    assert len(receiver.received) == tries
    assert info.value.attempts == tries
    assert info.value.response is not None
    assert info.value.response.status_code == 503
    assert isinstance(info.value, SendbirdCallsError)


def test_a_redirect_is_a_failed_try_not_followed(webhook_server: Callable[..., Receiver]) -> None:
    receiver = webhook_server(Answer(307))
    with pytest.raises(WebhookDeliveryError, match="HTTP 307"):
        send_test_event(receiver.url, EVENT, TOKEN, tries=2)
    assert len(receiver.received) == 2


def test_a_body_signed_with_another_token_is_refused_by_the_checking_server(
    webhook_server: Callable[..., Receiver],
) -> None:
    receiver = webhook_server(Answer(200))
    with pytest.raises(WebhookDeliveryError, match="HTTP 401") as info:
        send_test_event(receiver.url, EVENT, "another-token", tries=1)
    assert info.value.response is not None
    assert info.value.response.status_code == 401


def test_an_answer_slower_than_the_timeout_is_a_failed_try(webhook_server: Callable[..., Receiver]) -> None:
    receiver = webhook_server(Answer(200, delay=1.0), Answer(200))
    started = time.monotonic()
    response = send_test_event(receiver.url, EVENT, TOKEN, timeout=0.2)
    assert response.status_code == 200
    assert len(receiver.received) == 2
    assert 0.2 <= time.monotonic() - started < 1.0


def test_a_server_that_always_times_out_raises_with_the_timeout_as_cause(
    webhook_server: Callable[..., Receiver],
) -> None:
    receiver = webhook_server(Answer(200, delay=1.0))
    with pytest.raises(WebhookDeliveryError, match=r"no response within 0\.2 s") as info:
        send_test_event(receiver.url, EVENT, TOKEN, timeout=0.2, tries=2)
    assert len(receiver.received) == 2
    assert info.value.response is None
    assert isinstance(info.value.__cause__, httpx.TimeoutException)


def test_a_refused_connection_is_a_failed_try(closed_port_url: str) -> None:
    with pytest.raises(WebhookDeliveryError, match="after 3 tries") as info:
        send_test_event(closed_port_url, EVENT, TOKEN)
    assert info.value.attempts == 3
    assert isinstance(info.value.__cause__, httpx.ConnectError)


def test_the_error_names_the_url_and_tries_but_never_the_token_or_credentials(
    webhook_server: Callable[..., Receiver], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="sendbird_calls")
    receiver = webhook_server(Answer(500))
    url = receiver.url.replace("http://", "http://hook-user:hook-secret@")
    with pytest.raises(WebhookDeliveryError) as info:
        send_test_event(url, EVENT, TOKEN, tries=2)
    message = str(info.value)
    assert receiver.url in message
    assert "after 2 tries" in message
    assert "HTTP 500" in message
    assert info.value.url == receiver.url
    for text in (message, repr(info.value), "".join(traceback.format_exception(info.value))):
        assert TOKEN not in text
        assert "hook-secret" not in text
    assert [record.getMessage() for record in caplog.records] == ["webhook try 1/2 answered HTTP 500; retrying"]


def test_a_callers_client_is_used_and_left_open(webhook_server: Callable[..., Receiver]) -> None:
    receiver = webhook_server()
    with httpx.Client(headers={"x-extra": "kept"}) as client:
        with WebhookSender(TOKEN, client=client) as sender:
            sender.send(receiver.url, b"{}")
            assert TOKEN not in repr(sender)
        assert not client.is_closed
        send_test_event(receiver.url, EVENT, TOKEN, client=client)
        assert not client.is_closed
    assert [headers["x-extra"] for headers, _ in receiver.received] == ["kept", "kept"]


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"tries": 0}, ValueError, "tries must be at least 1"),
        ({"timeout": 0}, ValueError, "timeout must be a finite number"),
        ({"timeout": float("inf")}, ValueError, "timeout must be a finite number"),
        ({"url": "ftp://127.0.0.1/hook"}, ValueError, "absolute http or https URL"),
        ({"url": "/webhooks/sendbird"}, ValueError, "absolute http or https URL"),
        ({"event": '{"category":"room:create"}'}, TypeError, "mapping or the exact body bytes"),
        ({"event": {"when": object()}}, TypeError, "cannot serialise object"),
        ({"event": {"ratio": float("nan")}}, ValueError, "not JSON compliant"),
        ({"api_token": ""}, ValueError, "api_token must not be empty"),
    ],
)
def test_bad_arguments_fail_before_any_request(
    webhook_server: Callable[..., Receiver], kwargs: dict[str, object], error: type[Exception], words: str
) -> None:
    receiver = webhook_server()
    call: dict[str, object] = {"url": receiver.url, "event": EVENT, "api_token": TOKEN, **kwargs}
    with pytest.raises(error, match=words):
        send_test_event(**call)  # type: ignore[arg-type]
    assert receiver.received == []


async def test_the_async_twin_retries_until_a_2xx(webhook_server: Callable[..., Receiver]) -> None:
    receiver = webhook_server(Answer(500), Answer(200))
    response = await asend_test_event(receiver.url, EVENT, TOKEN)
    assert response.status_code == 200
    assert len(receiver.received) == 2
    headers, body = receiver.received[-1]
    verify_signature(body, headers["x-sendbird-signature"], TOKEN)
