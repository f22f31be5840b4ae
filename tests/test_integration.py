"""Integration: every stateful operation through CallsClient and AsyncCallsClient against the in-process mock.

A user's day with the API, step by step, on the verb-named methods: each step's result feeds the
next, and at the end the mock has seen every operation it keeps state for (its handlers) and found
no answer of its own outside the spec.
"""

from __future__ import annotations

import pytest

from sendbird_calls import CallsClient, InvalidRoomError, NotAllowedError, NotFoundError, models
from sendbird_calls.mock import CallsMock
from sendbird_calls.mock.operations import HANDLERS

STATEFUL_OPERATIONS = set(HANDLERS)
"""The operations the mock keeps state for: the scenarios below run each (others are answered from the
spec, and the regeneration drill and the contract runs cover them)."""
SEEDED = pytest.mark.calls_mock(app_id="integration-app", api_token="integration-master", seed=5, users=12, calls=150)


def operations_seen(mock: CallsMock) -> set[str]:
    return {request.operation_id for request in mock.requests if request.operation_id}


@SEEDED
def test_every_operation_works_through_the_sync_client(calls_mock: CallsMock) -> None:
    with calls_mock.calls_client() as client:
        users = client.users.list(limit=5)
        user_id = users.items[0].user_id
        calls = list(client.users.list_calls(user_id, role="dc_caller", limit=50))
        assert calls
        assert all(call.user_role == "dc_caller" for call in calls)
        summary = client.users.retrieve_call_summary(user_id)
        assert summary.call_count.direct_call.caller == len(calls)

        client.users.add_push_token(user_id, "apns_voip", token="tok/with?odd#chars")
        assert client.users.list_push_tokens(user_id, "apns_voip").tokens == ["tok/with?odd#chars"]
        assert client.users.remove_push_token(user_id, "apns_voip", "tok/with?odd#chars").token == "tok/with?odd#chars"
        client.users.add_push_token(user_id, models.PushTokenType.FCM_VOIP, body={"token": "t1"})
        assert client.users.remove_push_tokens(user_id, "fcm_voip").tokens == ["t1"]

        call_id = client.direct_calls.list(limit=1).items[0].call_id
        assert client.direct_calls.retrieve(call_id).call_id == call_id
        updated = client.direct_calls.update_custom_items(call_id, custom_items={"a": "1"})
        assert updated.custom_items.to_dict()["a"] == "1"
        deleted = client.direct_calls.delete_custom_items(call_id, keys=["a"])
        assert "a" not in deleted.custom_items.to_dict()

        room = client.rooms.create(type="large_room_for_audio_only")
        assert isinstance(room, models.Room)
        assert [r.room_id for r in client.rooms.list(room_ids=[room.room_id])] == [room.room_id]
        assert client.rooms.retrieve(room.room_id).state == "open"
        assert client.rooms.list_participants(room.room_id).items == []
        client.rooms.update_custom_items(room.room_id, custom_items={"k": "v"})
        assert client.rooms.delete_custom_items(room.room_id).custom_items.to_dict() == {}
        removed = client.rooms.delete(room.room_id)
        assert removed is not None
        assert removed.state == "deleted"
        with pytest.raises(InvalidRoomError):
            client.rooms.delete(room.room_id)

        settings = client.webhooks.update_settings(enabled=False, enabled_events=["room:create"])
        assert client.webhooks.retrieve_settings().enabled_events == settings.enabled_events == ["room:create"]

        secondary = client.api_tokens.generate()
        assert [t.token for t in client.api_tokens.list()] == [secondary.token]
        with CallsClient(
            calls_mock.app_id,
            secondary.token,
            base_url=calls_mock.base_url,
            chat_base_url=calls_mock.chat_base_url,
            http_client=calls_mock.client(),
        ) as second:
            second.rooms.list()
            with pytest.raises(NotAllowedError):
                second.api_tokens.list()
        assert len(str(secondary.created_at)) == 10  # Unix seconds on the Chat host
        assert client.api_tokens.retrieve(secondary.token).created_at == secondary.created_at
        assert client.api_tokens.revoke(secondary.token) is None  # an empty body
        with pytest.raises(NotFoundError):
            client.api_tokens.revoke(secondary.token)
        with pytest.raises(NotFoundError):
            client.api_tokens.retrieve(secondary.token)

    assert operations_seen(calls_mock) == STATEFUL_OPERATIONS
    assert calls_mock.control.response_problems == []


@SEEDED
async def test_every_operation_works_through_the_async_client(calls_mock: CallsMock) -> None:
    async with calls_mock.async_calls_client() as client:
        user_id = (await client.users.list()).items[0].user_id
        first_calls = [call async for call in client.users.list_calls(user_id, limit=3)]
        assert first_calls
        await client.users.retrieve_call_summary(user_id)
        await client.users.add_push_token(user_id, "fcm_voip", token="a-token")
        await client.users.list_push_tokens(user_id, "fcm_voip")
        await client.users.remove_push_token(user_id, "fcm_voip", "a-token")
        await client.users.remove_push_tokens(user_id, "fcm_voip")

        call_id = (await client.direct_calls.list(limit=1)).items[0].call_id
        await client.direct_calls.retrieve(call_id)
        await client.direct_calls.update_custom_items(call_id, custom_items={"x": "y"})
        await client.direct_calls.delete_custom_items(call_id)

        room = await client.rooms.create(type="small_room_for_video")
        await client.rooms.list(state="open")
        await client.rooms.retrieve(room.room_id)
        await client.rooms.list_participants(room.room_id)
        await client.rooms.update_custom_items(room.room_id, custom_items={"k": "v"})
        await client.rooms.delete_custom_items(room.room_id, keys=["k"])
        await client.rooms.delete(room.room_id)

        await client.webhooks.retrieve_settings(display_all_webhook_categories=True)
        await client.webhooks.update_settings(enabled=False)

        token = (await client.api_tokens.generate()).token
        await client.api_tokens.list()
        await client.api_tokens.retrieve(token)
        assert await client.api_tokens.revoke(token) is None

    assert operations_seen(calls_mock) == STATEFUL_OPERATIONS
    assert calls_mock.control.response_problems == []


@SEEDED
def test_list_filters_given_as_a_list_or_one_string_filter_alike_at_the_mock(calls_mock: CallsMock) -> None:
    """``style: form, explode: false`` lists go out as one comma-separated value and the mock reads them."""
    with calls_mock.calls_client() as client:
        rooms = [client.rooms.create(type="small_room_for_video") for _ in range(3)]
        wanted = [rooms[0].room_id, rooms[2].room_id]
        for room_ids in (wanted, ",".join(wanted), tuple(wanted)):
            assert sorted(r.room_id for r in client.rooms.list(room_ids=room_ids)) == sorted(wanted)

        every = list(client.direct_calls.list(limit=100))
        for end_result in (
            ["completed", "no_answer"],
            "completed,no_answer",
            [models.EndResult.COMPLETED, "no_answer"],
        ):
            chosen = list(client.direct_calls.list(limit=100, end_result=end_result))
            assert chosen
            assert {call.end_result for call in chosen} <= {"completed", "no_answer"}
            assert len(chosen) == sum(1 for call in every if call.end_result in {"completed", "no_answer"})

        user_id = client.users.list().items[0].user_id
        user_calls = list(client.users.list_calls(user_id, end_result=["completed"]))
        assert all(call.end_result == "completed" for call in user_calls)
    assert calls_mock.control.response_problems == []
