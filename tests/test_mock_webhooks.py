"""The mock delivers signed events of what happens in it, with Sendbird's timeout and tries."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sendbird_calls import CallsClient
from sendbird_calls.mock import CallsMock
from sendbird_calls.webhooks import parse_event


class Receiver:
    """A loopback webhook endpoint that verifies each delivery and answers from a script of statuses."""

    def __init__(self, token: str, statuses: list[int] | None = None) -> None:
        self.token = token
        self.statuses = list(statuses or [])
        self.events: list[object] = []
        self.attempts = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.attempts += 1
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                if status == 200:
                    receiver.events.append(parse_event(body, dict(self.headers), receiver.token))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def mock() -> Iterator[CallsMock]:
    with CallsMock(app_id="hook-app", api_token="hook-master-token") as calls_mock:
        yield calls_mock


def client_for(mock: CallsMock) -> CallsClient:
    return CallsClient(mock.app_id, mock.api_token, base_url=mock.base_url, http_client=mock.client())


def test_room_events_arrive_signed_and_parse_into_their_classes_and_no_invented_category_is_sent(
    mock: CallsMock,
) -> None:
    receiver = Receiver(mock.api_token)
    try:
        with client_for(mock) as client:
            client.webhooks.update_webhook_settings(
                body={"enabled": True, "url": receiver.url, "enabled_events": ["*"]}
            )
            room = client.rooms.create_room(body={"type": "small_room_for_video"}).room
            client.rooms.update_room_custom_items(room.room_id, body={"custom_items": {"k": "v"}})
            client.rooms.delete_room(room.room_id)
        assert mock.webhooks is not None
        assert mock.webhooks.wait_idle()
    finally:
        receiver.close()
    names = [type(event).__name__ for event in receiver.events]
    assert names == ["RoomCreateEvent", "RoomDeleteEvent"]  # custom items changes are no webhook category
    assert all(delivery.ok for delivery in mock.webhooks.deliveries)


def test_the_mock_delivers_only_categories_the_spec_names(mock: CallsMock) -> None:
    import yaml

    from sendbird_calls.mock.spec import default_spec_path
    from sendbird_calls.mock.state import WEBHOOK_CATEGORIES

    spec = yaml.safe_load(default_spec_path().read_text(encoding="utf-8"))
    assert set(WEBHOOK_CATEGORIES) == set(spec["webhooks"])
    receiver = Receiver(mock.api_token)
    try:
        mock.state.webhook.update({"enabled": True, "url": receiver.url, "enabled_events": ["*"]})
        assert mock.webhooks is not None
        mock.webhooks("room:custom_items_update", {"category": "room:custom_items_update", "occurred_at": 1})
        mock.webhooks("room:create", {"category": "room:create", "occurred_at": 1, "room": {"room_id": "r"}})
        assert mock.webhooks.wait_idle()
    finally:
        receiver.close()
    assert [event.category for event in receiver.events] == ["room:create"]


def test_only_subscribed_categories_are_delivered_and_nothing_while_disabled(mock: CallsMock) -> None:
    receiver = Receiver(mock.api_token)
    try:
        with client_for(mock) as client:
            client.rooms.create_room(body={"type": "small_room_for_video"})
            settings = {"enabled": True, "url": receiver.url, "enabled_events": ["room:delete"]}
            client.webhooks.update_webhook_settings(body=settings)
            room = client.rooms.create_room(body={"type": "small_room_for_video"}).room
            client.rooms.delete_room(room.room_id)
        assert mock.webhooks is not None
        assert mock.webhooks.wait_idle()
    finally:
        receiver.close()
    assert [type(event).__name__ for event in receiver.events] == ["RoomDeleteEvent"]


def test_a_failing_endpoint_gets_three_tries_and_never_fails_the_api_call(mock: CallsMock) -> None:
    flaky = Receiver(mock.api_token, statuses=[500, 503, 200])
    down = Receiver(mock.api_token, statuses=[500, 500, 500])
    try:
        with client_for(mock) as client:
            client.webhooks.update_webhook_settings(body={"enabled": True, "url": flaky.url, "enabled_events": ["*"]})
            client.rooms.create_room(body={"type": "small_room_for_video"})
            assert mock.webhooks is not None
            assert mock.webhooks.wait_idle()
            client.webhooks.update_webhook_settings(body={"url": down.url})
            room = client.rooms.create_room(body={"type": "large_room_for_audio_only"}).room
            assert room.state == "open"
            assert mock.webhooks.wait_idle()
    finally:
        flaky.close()
        down.close()
    assert (flaky.attempts, len(flaky.events)) == (3, 1)
    assert (down.attempts, len(down.events)) == (3, 0)
    assert [delivery.ok for delivery in mock.webhooks.deliveries] == [True, False]
    assert mock.webhooks.deliveries[1].status_code == 500


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/hook",
        "https://10.0.0.1/hook",
        "http://192.168.1.2/",
        "http://127.0.0.1.nip.io/",
    ],
)
def test_the_mock_never_delivers_off_the_machine(mock: CallsMock, url: str) -> None:
    with client_for(mock) as client:
        client.webhooks.update_webhook_settings(body={"enabled": True, "url": url, "enabled_events": ["*"]})
        client.rooms.create_room(body={"type": "small_room_for_video"})
    assert mock.webhooks is not None
    assert mock.webhooks.wait_idle()
    (delivery,) = mock.webhooks.deliveries
    assert (delivery.status_code, delivery.error) == (
        None,
        "not delivered: the mock only delivers to loopback addresses",
    )
