"""What requests can make the mock store is bounded (issue 20, item 7): rooms, changed calls, push
tokens, revoked tokens, webhook deliveries. The oldest go first, ended or deleted ones before the rest."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendbird_calls.mock import CallsMock, create_app
from sendbird_calls.mock import state as state_module
from sendbird_calls.mock.limits import (
    MAX_DELIVERIES,
    MAX_PUSH_TOKENS,
    MAX_QUEUED_DELIVERIES,
    MAX_REVOKED_TOKENS,
    MAX_ROOMS,
)
from sendbird_calls.mock.state import MockState
from sendbird_calls.mock.webhook_delivery import WebhookDispatcher


def api_of(mock: CallsMock) -> httpx.Client:
    return mock.client(headers={"Api-Token": mock.api_token})


def create_room(api: httpx.Client) -> str:
    response = api.post("/rooms", json={"type": "small_room_for_video"})
    assert response.status_code == 200, response.text
    room_id: str = response.json()["room"]["room_id"]
    return room_id


def listed_rooms(api: httpx.Client) -> list[str]:
    """Every room the list answers, page after page."""
    ids: list[str] = []
    params: dict[str, Any] = {"limit": 3}
    while True:
        page = api.get("/rooms", params=params).json()
        ids += [room["room_id"] for room in page["rooms"]]
        if not page["next"]:
            return ids
        params["next"] = page["next"]


# --- rooms ----------------------------------------------------------------------------------


def test_the_default_keeps_ten_thousand_rooms() -> None:
    assert MAX_ROOMS == 10_000
    assert MockState(app_id="a", api_token="t").rooms.max_rooms == MAX_ROOMS


def test_past_the_bound_deleted_rooms_are_forgotten_first_in_the_order_they_were_deleted() -> None:
    with CallsMock(max_rooms=5) as mock:
        api = api_of(mock)
        rooms = [create_room(api) for _ in range(5)]
        api.delete(f"/rooms/{rooms[3]}")
        api.delete(f"/rooms/{rooms[1]}")

        newer = [create_room(api) for _ in range(3)]

        forgotten = [rooms[3], rooms[1], rooms[0]]  # the deleted ones, then the oldest open one
        for room_id in forgotten:
            response = api.get(f"/rooms/{room_id}")
            assert (response.status_code, response.json()["code"]) == (400, 1400126)
        assert listed_rooms(api) == [*reversed(newer), rooms[4], rooms[2]]
        assert mock.state.rooms.forgotten == 3


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(
    max_rooms=st.integers(1, 6),
    steps=st.lists(st.one_of(st.just("create"), st.integers(0, 30)), max_size=40),
)
def test_any_sequence_of_creates_and_deletes_keeps_the_bound_and_forgets_in_order(
    max_rooms: int, steps: list[str | int]
) -> None:
    """A model of the policy: the room deleted longest ago goes first, else the oldest room."""
    with CallsMock(max_rooms=max_rooms, deliver_webhooks=False) as mock:
        api = api_of(mock)
        kept: list[str] = []  # the model: rooms kept, oldest first
        deleted: list[str] = []  # deleted rooms still kept, in the order they were deleted
        for step in steps:
            if step == "create":
                if len(kept) == max_rooms:
                    victim = deleted.pop(0) if deleted else kept[0]
                    kept.remove(victim)
                kept.append(create_room(api))
            elif kept:
                room_id = kept[int(step) % len(kept)]
                response = api.delete(f"/rooms/{room_id}")
                if room_id in deleted:
                    assert response.status_code == 400
                else:
                    assert response.status_code == 200
                    deleted.append(room_id)

        assert listed_rooms(api) == list(reversed(kept))
        assert len(mock.state.rooms.by_seq) <= max_rooms


def test_a_page_token_from_before_rooms_were_forgotten_still_pages_on() -> None:
    with CallsMock(max_rooms=4) as mock:
        api = api_of(mock)
        rooms = [create_room(api) for _ in range(4)]
        first = api.get("/rooms", params={"limit": 2}).json()

        create_room(api)  # forgets rooms[0]

        rest = api.get("/rooms", params={"limit": 2, "next": first["next"]}).json()
        assert [room["room_id"] for room in rest["rooms"]] == [rooms[1]]


def test_rooms_are_bounded_within_the_memory_the_docs_give() -> None:
    with CallsMock(max_rooms=200) as mock:
        api = api_of(mock)
        for _ in range(500):
            create_room(api)

        assert len(mock.state.rooms.by_seq) == len(mock.state.rooms.order) == 200
        assert mock.state.rooms.forgotten == 300


# --- custom items of direct calls -----------------------------------------------------------


def test_changed_calls_past_the_bound_go_back_to_their_seeded_items_ended_ones_first() -> None:
    with CallsMock(calls=30, max_changed_calls=3) as mock:
        api = api_of(mock)
        calls = mock.state.calls
        ongoing = [calls.call_id(i) for i in range(calls.count - calls.ongoing, calls.count)]
        ended = [calls.call_id(i) for i in range(4)]
        assert ongoing

        for call_id in [ongoing[0], *ended]:
            response = api.put(f"/direct_calls/{call_id}/custom_items", json={"custom_items": {"note": call_id[-4:]}})
            assert response.status_code == 200, response.text

        def note(call_id: str) -> str | None:
            return api.get(f"/direct_calls/{call_id}").json()["call"]["custom_items"].get("note")

        # ongoing[0] was changed first, but ended calls go first: ended[0] and ended[1] were forgotten
        assert [note(call_id) for call_id in ended] == [None, None, ended[2][-4:], ended[3][-4:]]
        assert note(ongoing[0]) == ongoing[0][-4:]


# --- push tokens ----------------------------------------------------------------------------


def test_a_user_keeps_the_latest_push_tokens_of_a_type(calls_mock: CallsMock) -> None:
    api = api_of(calls_mock)
    user = "user-00001"
    for n in range(MAX_PUSH_TOKENS + 5):
        assert api.post(f"/users/{user}/push/fcm_voip", json={"token": f"t{n}"}).status_code == 200

    tokens = api.get(f"/users/{user}/push/fcm_voip").json()["tokens"]
    assert tokens == [f"t{n}" for n in range(5, MAX_PUSH_TOKENS + 5)]


def test_push_tokens_are_bounded_in_bytes_across_users(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state_module, "MAX_PUSH_TOKEN_BYTES", 10_000)
    with CallsMock() as mock:
        api = api_of(mock)
        for n in range(30):
            user = f"user-{n % 10:05d}"
            assert api.post(f"/users/{user}/push/apns_voip", json={"token": f"{n:02d}" + "x" * 998}).status_code == 200

        kept = [token for tokens in mock.state.push_tokens.values() for token in tokens]
        assert sum(map(len, kept)) <= 10_000
        assert sorted(token[:2] for token in kept) == [f"{n:02d}" for n in range(20, 30)]  # the newest ten


def test_removing_push_tokens_keeps_the_byte_count_right(calls_mock: CallsMock) -> None:
    state = calls_mock.state
    state.add_push_token("user-00002", "fcm_voip", "a" * 100)
    state.add_push_token("user-00002", "fcm_voip", "b" * 50)
    state.add_push_token("user-00002", "fcm_voip", "c" * 10, is_unique=True)
    state.remove_push_token("user-00002", "fcm_voip", "c" * 10)

    assert state.tokens_of("user-00002", "fcm_voip") == []
    assert state._token_bytes == 0
    assert not state._token_order


# --- secondary API tokens ---------------------------------------------------------------------


def test_revoked_tokens_are_remembered_up_to_the_bound_and_new_ones_never_repeat(calls_mock: CallsMock) -> None:
    state = calls_mock.state
    issued = []
    for _ in range(MAX_REVOKED_TOKENS + 50):
        token = state.generate_token()["token"]
        issued.append(token)
        state.revoke_token(token)

    assert len(state.revoked_tokens) == MAX_REVOKED_TOKENS
    assert list(state.revoked_tokens) == issued[-MAX_REVOKED_TOKENS:]
    assert len(set(issued)) == len(issued)


# --- webhook deliveries -----------------------------------------------------------------------


def test_webhook_events_past_the_queue_bound_are_recorded_as_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    state = MockState(app_id="a", api_token="t")
    state.webhook.update({"enabled": True, "url": "http://127.0.0.1:9/hook", "enabled_events": ["*"]})
    dispatcher = WebhookDispatcher(state)
    monkeypatch.setattr(dispatcher, "_ensure_worker", lambda: None)  # nothing takes events off the queue

    for _ in range(MAX_QUEUED_DELIVERIES + MAX_DELIVERIES + 10):
        dispatcher("room:create", {"category": "room:create", "room": {}})

    assert dispatcher._queue.qsize() == MAX_QUEUED_DELIVERIES
    assert len(dispatcher.deliveries) == MAX_DELIVERIES
    assert all(delivery.error and delivery.error.startswith("dropped") for delivery in dispatcher.deliveries)


@pytest.mark.parametrize("options", [{"max_rooms": 0}, {"max_changed_calls": 0}])
def test_the_state_bounds_are_checked(options: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="max_"):
        create_app(**options)
