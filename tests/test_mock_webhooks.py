"""The mock delivers signed events of what happens in it, with Sendbird's timeout and tries."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sendbird_calls import CallsClient
from sendbird_calls.mock import CallsMock, create_app
from sendbird_calls.mock.spec import MockSpecError
from sendbird_calls.spec_doc import load_spec
from sendbird_calls.webhooks import UnknownEvent
from sendbird_calls.webhooks.delivery import encode_event
from tests.mock_support import Receiver


@pytest.fixture
def mock() -> Iterator[CallsMock]:
    with CallsMock(app_id="hook-app", api_token="hook-master-token") as calls_mock:
        yield calls_mock


def client_for(mock: CallsMock) -> CallsClient:
    return mock.calls_client()


def test_room_events_arrive_signed_and_parse_into_their_classes_and_no_invented_category_is_sent(
    mock: CallsMock,
) -> None:
    receiver = Receiver(mock.api_token)
    try:
        with client_for(mock) as client:
            client.webhooks.update_settings(enabled=True, url=receiver.url, enabled_events=["*"])
            room = client.rooms.create(type="small_room_for_video")
            client.rooms.update_custom_items(room.room_id, custom_items={"k": "v"})
            client.rooms.delete(room.room_id)
        assert mock.webhooks is not None
        assert mock.webhooks.wait_idle()
    finally:
        receiver.close()
    names = [type(event).__name__ for event in receiver.events]
    assert names == ["RoomCreateEvent", "RoomDeleteEvent"]  # custom items changes are no webhook category
    assert all(delivery.ok for delivery in mock.webhooks.deliveries)


def test_the_mock_delivers_only_categories_the_spec_names(mock: CallsMock) -> None:
    assert mock.state.facts.webhook_categories == tuple(load_spec()["webhooks"])
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


def test_every_event_the_spec_defines_can_be_delivered_signed_and_parsed(mock: CallsMock) -> None:
    categories = list(load_spec()["webhooks"])
    receiver = Receiver(mock.api_token)
    try:
        mock.state.webhook.update({"enabled": True, "url": receiver.url, "enabled_events": ["*"]})
        sent = [mock.control.send_event(category) for category in categories]
        assert mock.webhooks is not None
        assert mock.webhooks.wait_idle()
    finally:
        receiver.close()
    assert [event.category for event in receiver.events] == categories
    assert not any(isinstance(event, UnknownEvent) for event in receiver.events)
    assert [delivery.body for delivery in mock.webhooks.deliveries] == [encode_event(p) for p in sent]
    assert not mock.control.response_problems


def test_an_event_the_spec_does_not_define_is_refused_naming_the_ones_it_does(mock: CallsMock) -> None:
    with pytest.raises(MockSpecError, match=r"no webhook event 'room:explode' \(it defines: direct_call:dial, "):
        mock.control.send_event("room:explode")


def test_sent_events_carry_the_fields_given_and_the_real_room(mock: CallsMock) -> None:
    room = mock.state.create_room()
    participant = mock.state.enter_room(room.room_id, "user-00003")
    payload = mock.control.send_event(
        "participant:disconnect", room=room.to_json(), participant=participant.to_json(), occurred_at=5
    )
    assert payload["room"]["room_id"] == room.room_id
    assert payload["participant"]["user_id"] == "user-00003"
    assert (payload["category"], payload["occurred_at"]) == ("participant:disconnect", 5)


def test_an_event_that_does_not_fit_the_spec_is_recorded_and_not_delivered() -> None:
    seen: list[str] = []
    app = create_app(on_event=lambda category, payload: seen.append(category))
    state = app.state.mock.state
    state.emit("room:create", {"room": {"room_id": 5, "room_type": "small_room_for_video"}})  # not a string
    state.send_event("room:delete")
    assert seen == ["room:delete"]
    (problem,) = app.state.mock.response_problems
    assert problem == 'webhook event room:create does not fit the spec: body at room.room_id: fails type "string"'


def test_only_subscribed_categories_are_delivered_and_nothing_while_disabled(mock: CallsMock) -> None:
    receiver = Receiver(mock.api_token)
    try:
        with client_for(mock) as client:
            client.rooms.create(type="small_room_for_video")
            client.webhooks.update_settings(enabled=True, url=receiver.url, enabled_events=["room:delete"])
            room = client.rooms.create(type="small_room_for_video")
            client.rooms.delete(room.room_id)
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
            client.webhooks.update_settings(enabled=True, url=flaky.url, enabled_events=["*"])
            client.rooms.create(type="small_room_for_video")
            assert mock.webhooks is not None
            assert mock.webhooks.wait_idle()
            client.webhooks.update_settings(url=down.url)
            room = client.rooms.create(type="large_room_for_audio_only")
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
        client.webhooks.update_settings(enabled=True, url=url, enabled_events=["*"])
        client.rooms.create(type="small_room_for_video")
    assert mock.webhooks is not None
    assert mock.webhooks.wait_idle()
    (delivery,) = mock.webhooks.deliveries
    assert (delivery.status_code, delivery.error) == (
        None,
        "not delivered: the mock only delivers to loopback addresses",
    )
