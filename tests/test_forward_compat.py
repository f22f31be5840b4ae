"""Sendbird may add values and fields at any time: the client parses them and gives them back unchanged.

Each payload travels through a public client (an ``httpx.MockTransport`` answers it) and its
model's ``to_dict()`` must equal the JSON the server sent, new values and fields included.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest

from sendbird_calls import AsyncCallsClient, CallsClient, drift, models

APP_ID = "6b1e7f40-0c3d-4e5f-8a9b-0c1d2e3f4a5b"
API_TOKEN = "forward-compat-canary-token-0042"

FUTURE_CALL: dict[str, Any] = {
    "call": {
        "call_id": "8f3c2b1a-0000-4000-8000-000000000001",
        "call_type": "direct",
        "is_video_call": True,
        "state": "ended",
        "end_result": "transferred_to_voicemail",
        "user_role": "dc_caller",
        "participants": [
            {
                "user_id": "alice",
                "nickname": "Alice",
                "profile_url": "",
                "metadata": {"team": "blue"},
                "is_active": True,
                "role": "dc_caller",
                "device": {"os": "android", "app_version": "4.2.0"},
            },
            {"user_id": "bob", "role": "dc_observer", "network_quality": 3},
        ],
        "started_by": "alice",
        "ended_by": "bob",
        "started_at": 1_700_000_000_000,
        "ended_at": 1_700_000_060_000,
        "duration": 58_000,
        "custom_items": {"ticket": "T-1"},
        "recording": {"url": "https://example.invalid/r.mp4", "size_bytes": 1024, "tags": ["a", None]},
        "quality_score": 4.5,
    },
    "trace_id": "abc-123",
}
"""A direct call as a later API version might send it: a new end_result, a new role, new fields at
the envelope, the call, and a participant. Synthetic, like every example in this repository."""


def answering(payload: dict[str, Any]) -> httpx.MockTransport:
    return httpx.MockTransport(lambda _: httpx.Response(200, content=json.dumps(payload).encode()))


def sync_client(payload: dict[str, Any]) -> CallsClient:
    return CallsClient(APP_ID, API_TOKEN, transport=answering(payload), rate_limits=None)


def async_client(payload: dict[str, Any]) -> AsyncCallsClient:
    return AsyncCallsClient(APP_ID, API_TOKEN, transport=answering(payload), rate_limits=None)


def test_a_new_end_result_and_new_fields_round_trip_unchanged_through_get_direct_call() -> None:
    sent = copy.deepcopy(FUTURE_CALL)
    with sync_client(sent) as client:
        result = client.direct_calls.get_direct_call("8f3c2b1a-0000-4000-8000-000000000001")

    assert isinstance(result, models.DirectCallEnvelope)
    assert result.to_dict() == FUTURE_CALL
    assert json.loads(json.dumps(result.to_dict())) == FUTURE_CALL
    call = result.call
    assert call.end_result == "transferred_to_voicemail"
    assert type(call.end_result) is str
    assert call["recording"] == FUTURE_CALL["call"]["recording"]
    assert result["trace_id"] == "abc-123"
    assert isinstance(call.participants, list)
    assert call.participants[0]["device"] == {"os": "android", "app_version": "4.2.0"}
    assert call.participants[1].role == "dc_observer"


async def test_async_a_new_end_result_and_new_fields_round_trip_unchanged_through_get_direct_call() -> None:
    async with async_client(copy.deepcopy(FUTURE_CALL)) as client:
        result = await client.direct_calls.get_direct_call("8f3c2b1a-0000-4000-8000-000000000001")

    assert result.to_dict() == FUTURE_CALL
    assert type(result.call.end_result) is str


@pytest.mark.parametrize("value", [member.value for member in models.EndResult])
def test_each_documented_end_result_parses_as_its_enum_member_and_round_trips(value: str) -> None:
    payload = {"call": {"call_id": "c-1", "end_result": value}}
    with sync_client(payload) as client:
        result = client.direct_calls.get_direct_call("c-1")

    assert result.call.end_result is models.EndResult(value)
    assert result.to_dict() == payload


def test_a_list_page_with_new_fields_keeps_them() -> None:
    payload = {
        "calls": [FUTURE_CALL["call"]],
        "next": "opaque",
        "has_next": True,
        "total_count": 1234,
    }
    with sync_client(payload) as client:
        page = client.direct_calls.list_direct_calls()

    assert page.to_dict() == payload


def future_room(room_type: str, state: str) -> dict[str, Any]:
    return {
        "room": {
            "room_id": "room-1",
            "room_type": room_type,
            "state": state,
            "created_at": 1_700_000_000_000,
            "updated_at": 1_700_000_000_500,
            "created_by": "",
            "deleted_by": "",
            "current_participants": [
                {
                    "room_id": "room-1",
                    "participant_id": "p-1",
                    "user_id": "alice",
                    "state": "reconnecting",
                    "entered_at": 1_700_000_000_100,
                    "exited_at": None,
                    "duration": None,
                    "is_audio_on": True,
                    "hand_raised": True,
                }
            ],
            "custom_items": {},
            "region": "ap-2",
        }
    }


def test_unknown_room_type_state_and_participant_state_parse_as_str_and_round_trip() -> None:
    payload = future_room("large_room_for_stage", "archived")
    with sync_client(payload) as client:
        result = client.rooms.get_room("room-1")

    assert isinstance(result, models.RoomEnvelope)
    room = result.room
    assert (room.room_type, room.state) == ("large_room_for_stage", "archived")
    assert type(room.room_type) is str
    assert type(room.state) is str
    assert isinstance(room.current_participants, list)
    participant = room.current_participants[0]
    assert participant.state == "reconnecting"
    assert type(participant.state) is str
    assert result.to_dict() == payload


async def test_async_unknown_room_values_parse_as_str_in_a_list() -> None:
    room = future_room("webinar", "paused")["room"]
    payload = {"rooms": [room], "next": None, "prev": None}
    async with async_client(payload) as client:
        page = await client.rooms.list_rooms()

    assert (page.rooms[0].room_type, page.rooms[0].state) == ("webinar", "paused")
    assert page.to_dict() == payload


def test_known_room_values_still_parse_as_enum_members() -> None:
    payload = future_room("small_room_for_video", "open")
    payload["room"]["current_participants"][0]["state"] = "connected"
    with sync_client(payload) as client:
        room = client.rooms.get_room("room-1").room

    assert room.room_type is models.RoomType.SMALL_ROOM_FOR_VIDEO
    assert room.state is models.RoomState.OPEN
    assert isinstance(room.current_participants, list)
    assert room.current_participants[0].state is models.ParticipantState.CONNECTED


def test_an_ongoing_call_accepts_null_ended_at_duration_end_result_and_ended_by() -> None:
    payload = {
        "call": {
            "call_id": "c-1",
            "state": "connected",
            "end_result": None,
            "started_by": "alice",
            "ended_by": None,
            "started_at": 1_700_000_000_000,
            "ended_at": None,
            "duration": None,
        }
    }
    with sync_client(payload) as client:
        call = client.direct_calls.get_direct_call("c-1").call

    assert (call.end_result, call.ended_by, call.ended_at, call.duration) == (None, None, None, None)
    assert call.to_dict() == payload["call"]


def test_a_participant_still_in_the_room_accepts_null_exited_at_and_duration_and_a_null_next() -> None:
    payload = {
        "participants": [
            {"room_id": "room-1", "participant_id": "p-1", "state": "connected", "exited_at": None, "duration": None},
            {
                "room_id": "room-1",
                "participant_id": "p-2",
                "state": "exited",
                "exited_at": 1_700_000_000_900,
                "duration": 9,
            },
        ],
        "next": None,
        "prev": None,
    }
    with sync_client(payload) as client:
        page = client.rooms.list_room_participants("room-1")

    assert (page.participants[0].exited_at, page.participants[0].duration) == (None, None)
    assert (page.participants[1].exited_at, page.participants[1].duration) == (1_700_000_000_900, 9)
    assert page.next_ is None
    assert page.to_dict() == payload


async def test_async_null_next_in_a_call_list_ends_iteration_after_one_request() -> None:
    requests: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json={"calls": [{"call_id": "c-1", "end_result": None}], "next": None})

    async with AsyncCallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(handle), rate_limits=None) as client:
        calls = [call async for call in client.direct_calls.iter_direct_calls()]

    assert [call.call_id for call in calls] == ["c-1"]
    assert len(requests) == 1


def test_every_new_field_and_value_of_a_future_call_is_reported_as_drift_without_its_value() -> None:
    drift.reset()
    with sync_client(copy.deepcopy(FUTURE_CALL)) as client:
        client.direct_calls.get_direct_call("8f3c2b1a-0000-4000-8000-000000000001")

    assert drift.counts() == {
        drift.Drift("DirectCallEnvelope", "trace_id"): 1,
        drift.Drift("DirectCall", "recording"): 1,
        drift.Drift("DirectCall", "quality_score"): 1,
        drift.Drift("DirectCall", "end_result", "transferred_to_voicemail"): 1,
        drift.Drift("CallParticipant", "device"): 1,
        drift.Drift("CallParticipant", "network_quality"): 1,
        drift.Drift("CallParticipant", "role", "dc_observer"): 1,
    }
    drift.reset()
