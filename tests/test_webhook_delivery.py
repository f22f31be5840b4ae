"""Webhook delivery against a real loopback receiver: signed compact JSON, tried like Sendbird does.

Each try (its whole answer included) ends within ``timeout``; every failure (a non-2xx, a redirect,
a timeout, a refused connection) is tried again, up to ``tries`` in all; the error names the URL
and the tries, never the token or the URL's credentials. Delivery runs through the client's one
request loop, so a dripping receiver cannot hold a try past its time either.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import threading
import traceback
from collections.abc import Callable
from types import MappingProxyType
from typing import Any

import httpx
import pytest

from sendbird_calls.errors import SendbirdCallsError
from sendbird_calls.webhooks import (
    AsyncWebhookSender,
    WebhookDeliveryError,
    WebhookSender,
    asend_test_event,
    send_test_event,
    verify_signature,
)
from tests.loopback import Exchange, LoopbackServer, StartLoopback, head, unused_port

TOKEN = "CANARY-7d41b0c2-master-token-that-must-never-leak"
EVENT = {
    "category": "direct_call:dial",
    "occurred_at": 1700000000000,
    "direct_call": {"call_id": "synthetic-call-1", "participants": [{"user_id": "alice", "nickname": "Zoë"}]},
}  # synthetic: Sendbird publishes no payload examples
BOUND = 10.0
"""Seconds a test waits for a delivery before failing it; the deliveries here take a second at most."""

Reply = Callable[[Exchange], None]


def ok(exchange: Exchange) -> None:
    exchange.answer(200, b"")


def answer(status: int) -> Reply:
    return lambda exchange: exchange.answer(status, b"")


def stall(exchange: Exchange) -> None:
    exchange.stall()


class Receiver:
    """A webhook endpoint that checks the signature itself (401 when it is wrong) and replies as scripted;
    the last reply repeats."""

    def __init__(self, server: LoopbackServer, replies: tuple[Reply, ...]) -> None:
        self.server = server
        self.url = f"{server.origin}/webhooks/sendbird"
        self._replies = replies or (ok,)

    def __call__(self, exchange: Exchange) -> None:
        expected = hmac.new(TOKEN.encode(), exchange.body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(exchange.headers.get("x-sendbird-signature", ""), expected):
            exchange.answer(401, b"")
            return
        self._replies[min(exchange.number, len(self._replies)) - 1](exchange)

    @property
    def received(self) -> list[Exchange]:
        return self.server.exchanges

    @property
    def bodies(self) -> list[bytes]:
        return [exchange.body for exchange in self.received]


@pytest.fixture
def receiver(loopback: StartLoopback) -> Callable[..., Receiver]:
    """``receiver(reply, ...)``: a loopback webhook endpoint answering the replies in order."""

    def start(*replies: Reply) -> Receiver:
        server = loopback()
        endpoint = Receiver(server, replies)
        server.handler = endpoint
        return endpoint

    return start


def delivered_within(seconds: float, deliver: Callable[[], object]) -> BaseException | Any:
    """Runs ``deliver`` in a thread; fails the test if it is still running after ``seconds``."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(deliver())
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"the delivery was still running after {seconds} s"
    return outcome[0]


# --- what is sent --------------------------------------------------------------------------------------------------


def test_a_signed_event_is_accepted_by_a_receiver_that_checks_the_signature(receiver: Callable[..., Receiver]) -> None:
    endpoint = receiver(ok)

    response = send_test_event(endpoint.url, EVENT, TOKEN)

    assert response.status_code == 200
    (exchange,) = endpoint.received
    assert exchange.body == json.dumps(EVENT, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    assert (exchange.method, exchange.path) == ("POST", "/webhooks/sendbird")
    assert exchange.headers["content-type"] == "application/json"
    assert exchange.headers["user-agent"] == "SendBird"
    verify_signature(exchange.body, exchange.headers["x-sendbird-signature"], TOKEN)
    assert all(TOKEN not in value for _, value in exchange.header_list)  # signed with the token, never sent it


def test_bytes_are_sent_verbatim(receiver: Callable[..., Receiver]) -> None:
    endpoint = receiver()
    body = b'{ "category" : "room:create",\n  "occurred_at": 1 }'

    send_test_event(endpoint.url, body, TOKEN)

    assert endpoint.bodies == [body]


def test_nested_mappings_of_any_type_serialise(receiver: Callable[..., Receiver]) -> None:
    endpoint = receiver()

    send_test_event(endpoint.url, MappingProxyType({"room": MappingProxyType({"room_id": "r"})}), TOKEN)

    assert endpoint.bodies == [b'{"room":{"room_id":"r"}}']


# --- tries ----------------------------------------------------------------------------------------------------------


def test_two_500s_then_a_200_take_three_posts_of_the_same_signed_body(receiver: Callable[..., Receiver]) -> None:
    endpoint = receiver(answer(500), answer(500), ok)

    response = send_test_event(endpoint.url, EVENT, TOKEN)

    assert response.status_code == 200
    assert len(endpoint.received) == 3
    assert len(set(endpoint.bodies)) == 1
    assert len({exchange.headers["x-sendbird-signature"] for exchange in endpoint.received}) == 1


@pytest.mark.parametrize("tries", [1, 3, 4])
def test_a_receiver_that_never_answers_2xx_gets_exactly_tries_posts_then_an_error(
    receiver: Callable[..., Receiver], tries: int
) -> None:
    endpoint = receiver(answer(503))

    with pytest.raises(WebhookDeliveryError) as caught:
        send_test_event(endpoint.url, EVENT, TOKEN, tries=tries)

    assert len(endpoint.received) == tries
    assert caught.value.attempts == tries
    assert caught.value.response is not None
    assert caught.value.response.status_code == 503
    assert isinstance(caught.value, SendbirdCallsError)


@pytest.mark.parametrize("follow", [False, True], ids=["own-client", "following-client"])
def test_a_redirect_is_a_failed_try_never_followed(
    follow: bool, receiver: Callable[..., Receiver], loopback: StartLoopback
) -> None:
    elsewhere = loopback()
    endpoint = receiver(lambda exchange: exchange.answer(307, b"", {"Location": f"{elsewhere.origin}/hook"}))

    with (
        httpx.Client(follow_redirects=follow) as client,
        pytest.raises(WebhookDeliveryError, match="HTTP 307"),
    ):
        send_test_event(endpoint.url, EVENT, TOKEN, tries=2, client=client if follow else None)

    assert len(endpoint.received) == 2
    assert elsewhere.exchanges == []


def test_a_body_signed_with_another_token_is_refused_by_the_checking_receiver(
    receiver: Callable[..., Receiver],
) -> None:
    endpoint = receiver(ok)

    with pytest.raises(WebhookDeliveryError, match="HTTP 401") as caught:
        send_test_event(endpoint.url, EVENT, "another-token", tries=1)

    assert caught.value.response is not None
    assert caught.value.response.status_code == 401


def test_a_refused_connection_is_a_failed_try() -> None:
    url = f"http://127.0.0.1:{unused_port()}/webhooks/sendbird"

    with pytest.raises(WebhookDeliveryError, match="after 3 tries") as caught:
        send_test_event(url, EVENT, TOKEN)

    assert caught.value.attempts == 3
    assert caught.value.response is None
    assert isinstance(caught.value.__cause__.__cause__, httpx.ConnectError)  # type: ignore[union-attr]


def test_a_long_answer_of_the_receiver_is_kept_cut_not_refused(receiver: Callable[..., Receiver]) -> None:
    endpoint = receiver(lambda exchange: exchange.answer(200, b"k" * 200_000, {"Content-Type": "text/plain"}))

    response = send_test_event(endpoint.url, EVENT, TOKEN)

    assert response.status_code == 200
    assert response.content == b"k" * (64 * 1024)


# --- each try ends in time -----------------------------------------------------------------------------------------


def test_an_answer_that_never_comes_is_a_failed_try_and_the_next_one_delivers(
    receiver: Callable[..., Receiver],
) -> None:
    endpoint = receiver(stall, ok)

    response = delivered_within(BOUND, lambda: send_test_event(endpoint.url, EVENT, TOKEN, timeout=0.3))

    assert isinstance(response, httpx.Response)
    assert response.status_code == 200
    assert len(endpoint.received) == 2


def test_a_receiver_that_never_answers_in_time_is_an_error_caused_by_the_timeout(
    receiver: Callable[..., Receiver],
) -> None:
    endpoint = receiver(stall)

    error = delivered_within(BOUND, lambda: send_test_event(endpoint.url, EVENT, TOKEN, timeout=0.3, tries=2))

    assert isinstance(error, WebhookDeliveryError)
    assert "got no response in time (ReadTimeout)" in str(error)
    assert error.response is None
    assert isinstance(error.__cause__.__cause__, httpx.TimeoutException)  # type: ignore[union-attr]
    assert len(endpoint.received) == 2


def drip_answer(exchange: Exchange) -> None:
    body = b'{"ok": true}' + b" " * 2000
    exchange.send(head(200, {"Content-Type": "application/json", "Content-Length": str(len(body))}))
    exchange.drip(body, 0.05)


def drip_head(exchange: Exchange) -> None:
    exchange.drip(head(200, {"X-Pad": "x" * 2000, "Content-Length": "0"}), 0.05)


@pytest.mark.parametrize(
    ("drip", "through"),
    [(drip_answer, "default"), (drip_head, "default"), (drip_answer, "client")],
    ids=["body", "head", "body-through-the-callers-client"],  # a caller's client is bounded between body chunks
)
def test_a_dripping_receiver_cannot_hold_a_try_past_its_timeout(
    drip: Reply, through: str, receiver: Callable[..., Receiver]
) -> None:
    endpoint = receiver(drip)
    client = httpx.Client() if through == "client" else None

    try:
        error = delivered_within(
            BOUND, lambda: send_test_event(endpoint.url, EVENT, TOKEN, timeout=0.3, tries=2, client=client)
        )
    finally:
        if client is not None:
            client.close()

    assert isinstance(error, WebhookDeliveryError)
    assert isinstance(error.__cause__.__cause__, httpx.TimeoutException)  # type: ignore[union-attr]
    assert len(endpoint.received) == 2


@pytest.mark.parametrize("drip", [drip_answer, drip_head], ids=["body", "head"])
async def test_an_async_try_ends_in_time_against_a_dripping_receiver(
    drip: Reply, receiver: Callable[..., Receiver]
) -> None:
    endpoint = receiver(drip)

    with pytest.raises(WebhookDeliveryError) as caught:
        await asyncio.wait_for(asend_test_event(endpoint.url, EVENT, TOKEN, timeout=0.3, tries=1), BOUND)

    assert isinstance(caught.value.__cause__.__cause__, httpx.TimeoutException)  # type: ignore[union-attr]


# --- what errors, logs and reprs show --------------------------------------------------------------------------------


def test_the_error_and_the_logs_name_the_url_and_tries_but_never_the_token_or_credentials(
    receiver: Callable[..., Receiver], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    endpoint = receiver(answer(500))
    url = endpoint.url.replace("http://", "http://hook-user:hook-secret@")

    with pytest.raises(WebhookDeliveryError) as caught:
        send_test_event(url, EVENT, TOKEN, tries=2)

    message = str(caught.value)
    assert message == f"webhook delivery to {endpoint.url} failed after 2 tries: last try answered HTTP 500"
    assert caught.value.url == endpoint.url
    for text in (message, repr(caught.value), "".join(traceback.format_exception(caught.value))):
        assert TOKEN not in text
        assert "hook-secret" not in text
    ours = [record for record in caplog.records if record.name == "sendbird_calls.webhooks"]
    assert [record.getMessage().split(" in ")[0] for record in ours] == [
        f"POST {endpoint.server.origin}/… attempt 1 -> 500",
        f"POST {endpoint.server.origin}/… retrying after attempt 1",
        f"POST {endpoint.server.origin}/… attempt 2 -> 500",
    ]
    assert all("/webhooks/sendbird" not in record.getMessage() for record in ours)  # a path may hold a secret
    for record in caplog.records:  # httpx's own lines included
        assert TOKEN not in record.getMessage()
        assert "hook-secret" not in record.getMessage()


def test_credentials_in_the_url_go_as_basic_auth_and_stay_off_the_kept_request(
    receiver: Callable[..., Receiver],
) -> None:
    endpoint = receiver(answer(500))
    url = endpoint.url.replace("http://", "http://hook%40user:hook%3Asecret@")

    with pytest.raises(WebhookDeliveryError) as caught:
        send_test_event(url, EVENT, TOKEN, tries=1)

    assert (
        endpoint.received[0].headers["authorization"] == "Basic aG9va0B1c2VyOmhvb2s6c2VjcmV0"
    )  # hook@user:hook:secret
    assert caught.value.response is not None
    assert caught.value.response.request.url == httpx.URL(endpoint.url)
    assert "hook" not in repr(caught.value.response.request.headers)  # httpx shows Authorization as [secure]


def test_a_callers_client_is_used_and_left_open(receiver: Callable[..., Receiver]) -> None:
    endpoint = receiver()

    with httpx.Client(headers={"x-extra": "kept"}) as client:
        with WebhookSender(TOKEN, client=client) as sender:
            sender.send(endpoint.url, b"{}")
            assert TOKEN not in repr(sender)
        assert not client.is_closed
        send_test_event(endpoint.url, EVENT, TOKEN, client=client)
        assert not client.is_closed

    assert [exchange.headers["x-extra"] for exchange in endpoint.received] == ["kept", "kept"]


def test_the_senders_repr_shows_its_settings_only() -> None:
    assert repr(WebhookSender(TOKEN, timeout=0.5, tries=2)) == "WebhookSender(timeout=0.5, tries=2)"
    assert repr(AsyncWebhookSender(TOKEN)) == "AsyncWebhookSender(timeout=1, tries=3)"


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"tries": 0}, ValueError, "tries must be at least 1"),
        ({"tries": 1.5}, TypeError, "tries must be an int"),
        ({"timeout": 0}, ValueError, "timeout must be a finite number"),
        ({"timeout": float("inf")}, ValueError, "timeout must be a finite number"),
        ({"timeout": "1"}, TypeError, "timeout must be a number"),
        ({"url": "ftp://127.0.0.1/hook"}, ValueError, "absolute http or https URL"),
        ({"url": "/webhooks/sendbird"}, ValueError, "absolute http or https URL"),
        ({"event": '{"category":"room:create"}'}, TypeError, "mapping or the exact body bytes"),
        ({"event": {"when": object()}}, TypeError, "cannot serialise object"),
        ({"event": {"ratio": float("nan")}}, ValueError, "not JSON compliant"),
        ({"api_token": ""}, ValueError, "api_token must not be empty"),
    ],
)
def test_bad_arguments_fail_before_any_request(
    receiver: Callable[..., Receiver], kwargs: dict[str, object], error: type[Exception], words: str
) -> None:
    endpoint = receiver()
    call: dict[str, object] = {"url": endpoint.url, "event": EVENT, "api_token": TOKEN, **kwargs}

    with pytest.raises(error, match=words):
        send_test_event(**call)  # type: ignore[arg-type]

    assert endpoint.received == []


async def test_the_async_twin_retries_until_a_2xx(receiver: Callable[..., Receiver]) -> None:
    endpoint = receiver(answer(500), ok)

    response = await asend_test_event(endpoint.url, EVENT, TOKEN)

    assert response.status_code == 200
    assert len(endpoint.received) == 2
    last = endpoint.received[-1]
    verify_signature(last.body, last.headers["x-sendbird-signature"], TOKEN)
