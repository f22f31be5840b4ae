"""Integration: every operation through CallsClient and AsyncCallsClient against the stateful mock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sendbird_calls import AsyncCallsClient, CallsClient, InvalidRoomError, NotAllowedError, NotFoundError
from sendbird_calls.mock import CallsMock
from sendbird_calls_api.api import ALL_OPERATIONS

EVERY_OPERATION = {name.split(".")[1] for name in ALL_OPERATIONS}


@pytest.fixture
def mock() -> Iterator[CallsMock]:
    with CallsMock(app_id="integration-app", api_token="integration-master", seed=5, users=12, calls=150) as m:
        yield m


def operations_seen(mock: CallsMock) -> set[str]:
    return {request.operation_id for request in mock.requests if request.operation_id}


def test_every_operation_works_through_the_sync_client(mock: CallsMock) -> None:
    with CallsClient(mock.app_id, mock.api_token, base_url=mock.base_url, http_client=mock.client()) as client:
        users = client.users.list_users(limit=5)
        user_id = users.users[0].user_id
        calls = list(client.users.iter_user_calls(user_id, role="dc_caller", limit=50))
        assert all(call.user_role == "dc_caller" for call in calls)
        summary = client.users.get_user_call_summary(user_id)
        assert summary.call_count.direct_call.caller == len(calls)

        client.users.add_push_token(user_id, "apns_voip", body={"token": "tok/with?odd#chars"})
        assert client.users.list_push_tokens(user_id, "apns_voip").tokens == ["tok/with?odd#chars"]
        assert client.users.remove_push_token(user_id, "apns_voip", "tok/with?odd#chars").token == "tok/with?odd#chars"
        client.users.add_push_token(user_id, "fcm_voip", body={"token": "t1"})
        assert client.users.remove_push_tokens_of_type(user_id, "fcm_voip").tokens == ["t1"]

        call_id = client.direct_calls.list_direct_calls(limit=1).calls[0].call_id
        assert client.direct_calls.get_direct_call(call_id).call.call_id == call_id
        updated = client.direct_calls.update_direct_call_custom_items(call_id, body={"custom_items": {"a": "1"}})
        assert updated.custom_items.to_dict()["a"] == "1"
        deleted = client.direct_calls.delete_direct_call_custom_items(call_id, body={"keys": ["a"]})
        assert "a" not in deleted.custom_items.to_dict()

        room = client.rooms.create_room(body={"type": "large_room_for_audio_only"}).room
        assert [r.room_id for r in client.rooms.iter_rooms(room_ids=[room.room_id])] == [room.room_id]
        assert client.rooms.get_room(room.room_id).room.state == "open"
        assert client.rooms.list_room_participants(room.room_id).participants == []
        client.rooms.update_room_custom_items(room.room_id, body={"custom_items": {"k": "v"}})
        assert client.rooms.delete_room_custom_items(room.room_id).custom_items.to_dict() == {}
        assert client.rooms.delete_room(room.room_id).room.state == "deleted"
        with pytest.raises(InvalidRoomError):
            client.rooms.delete_room(room.room_id)

        settings = client.webhooks.update_webhook_settings(body={"enabled": False, "enabled_events": ["room:create"]})
        assert client.webhooks.get_webhook_settings().webhook.enabled_events == settings.webhook.enabled_events

        secondary = client.api_tokens.generate_secondary_api_token()
        assert [t.token for t in client.api_tokens.list_secondary_api_tokens().api_tokens] == [secondary.token]
        with CallsClient(mock.app_id, secondary.token, base_url=mock.base_url, http_client=mock.client()) as second:
            second.rooms.list_rooms()
            with pytest.raises(NotAllowedError):
                second.api_tokens.list_secondary_api_tokens()
        assert len(str(secondary.created_at)) == 10  # Unix seconds on the Chat host
        assert client.api_tokens.get_secondary_api_token(secondary.token).created_at == secondary.created_at
        assert client.api_tokens.revoke_secondary_api_token(secondary.token) is None  # an empty body
        with pytest.raises(NotFoundError):
            client.api_tokens.revoke_secondary_api_token(secondary.token)
        with pytest.raises(NotFoundError):
            client.api_tokens.get_secondary_api_token(secondary.token)

    assert operations_seen(mock) == EVERY_OPERATION
    assert mock.control.response_problems == []


async def test_every_operation_works_through_the_async_client(mock: CallsMock) -> None:
    async with AsyncCallsClient(
        mock.app_id, mock.api_token, base_url=mock.base_url, http_client=mock.async_client()
    ) as client:
        user_id = (await client.users.list_users()).users[0].user_id
        assert [call async for call in client.users.iter_user_calls(user_id, max_items=3)]
        await client.users.get_user_call_summary(user_id)
        await client.users.add_push_token(user_id, "fcm_voip", body={"token": "a-token"})
        await client.users.list_push_tokens(user_id, "fcm_voip")
        await client.users.remove_push_token(user_id, "fcm_voip", "a-token")
        await client.users.remove_push_tokens_of_type(user_id, "fcm_voip")

        call_id = (await client.direct_calls.list_direct_calls(limit=1)).calls[0].call_id
        await client.direct_calls.get_direct_call(call_id)
        await client.direct_calls.update_direct_call_custom_items(call_id, body={"custom_items": {"x": "y"}})
        await client.direct_calls.delete_direct_call_custom_items(call_id)

        room = (await client.rooms.create_room(body={"type": "small_room_for_video"})).room
        await client.rooms.list_rooms(state="open")
        await client.rooms.get_room(room.room_id)
        await client.rooms.list_room_participants(room.room_id)
        await client.rooms.update_room_custom_items(room.room_id, body={"custom_items": {"k": "v"}})
        await client.rooms.delete_room_custom_items(room.room_id, body={"keys": ["k"]})
        await client.rooms.delete_room(room.room_id)

        await client.webhooks.get_webhook_settings(display_all_webhook_categories=True)
        await client.webhooks.update_webhook_settings(body={"enabled": False})

        token = (await client.api_tokens.generate_secondary_api_token()).token
        await client.api_tokens.list_secondary_api_tokens()
        await client.api_tokens.get_secondary_api_token(token)
        assert await client.api_tokens.revoke_secondary_api_token(token) is None

    assert operations_seen(mock) == EVERY_OPERATION
    assert mock.control.response_problems == []
