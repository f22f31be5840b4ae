"""Rooms in the mock: lifecycle, Sendbird's deleted-room semantics, custom items limits, participants, events."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
import pytest

from sendbird_calls.mock import CallsMock, create_app
from sendbird_calls.mock.errors import MockError


@pytest.fixture
def api(calls_mock: CallsMock) -> httpx.Client:
    return calls_mock.client(headers={"Api-Token": calls_mock.api_token})


def new_room(api: httpx.Client, **extra: Any) -> dict[str, Any]:
    response = api.post("/rooms", json={"type": "small_room_for_video", **extra})
    assert response.status_code == 200, response.text
    room: dict[str, Any] = response.json()["room"]
    return room


def test_a_created_room_appears_in_get_and_list(api: httpx.Client) -> None:
    room = new_room(api, custom_items={"topic": "standup"})

    assert room["state"] == "open"
    assert room["created_by"] == room["deleted_by"] == ""
    assert room["current_participants"] == []
    assert api.get(f"/rooms/{room['room_id']}").json()["room"] == room
    assert api.get("/rooms").json()["rooms"] == [room]


def test_delete_marks_the_room_deleted_and_it_stays_readable(api: httpx.Client) -> None:
    room = new_room(api)

    deleted = api.delete(f"/rooms/{room['room_id']}")

    assert deleted.status_code == 200
    assert deleted.json()["room"]["state"] == "deleted"
    assert deleted.json()["room"]["deleted_by"] == ""
    read = api.get(f"/rooms/{room['room_id']}")
    assert (read.status_code, read.json()["room"]["state"]) == (200, "deleted")
    assert api.get(f"/rooms/{room['room_id']}/participants").status_code == 200


@pytest.mark.parametrize(
    ("method", "suffix", "body"),
    [
        ("DELETE", "", None),
        ("PUT", "/custom_items", {"custom_items": {"a": "b"}}),
        ("DELETE", "/custom_items", None),
    ],
)
def test_any_write_on_a_deleted_room_is_1400126(api: httpx.Client, method: str, suffix: str, body: Any) -> None:
    room_id = new_room(api)["room_id"]
    api.delete(f"/rooms/{room_id}")

    response = api.request(method, f"/rooms/{room_id}{suffix}", json=body)

    assert (response.status_code, response.json()["code"]) == (400, 1400126)


def test_custom_items_upsert_and_delete_answer_sendbirds_shapes(api: httpx.Client) -> None:
    room_id = new_room(api, custom_items={"a": "1"})["room_id"]

    updated = api.put(f"/rooms/{room_id}/custom_items", json={"custom_items": {"b": "2", "a": "3"}, "mode": "upsert"})
    some = api.request("DELETE", f"/rooms/{room_id}/custom_items", json={"keys": ["a", "missing"]})
    rest = api.delete(f"/rooms/{room_id}/custom_items")

    assert set(updated.json()) == {"custom_items", "updated", "affected_at"}
    assert updated.json()["custom_items"] == {"a": "3", "b": "2"}
    assert sorted(updated.json()["updated"]) == ["a", "b"]
    assert (some.json()["custom_items"], some.json()["deleted"]) == ({"b": "2"}, ["a"])
    assert set(some.json()) == {"custom_items", "deleted", "affected_at"}
    assert (rest.json()["custom_items"], rest.json()["deleted"]) == ({}, ["b"])


@pytest.mark.parametrize("path", ["/rooms/{id}/custom_items", "/direct_calls/{call}/custom_items"])
def test_a_key_named_twice_is_deleted_once(calls_mock: CallsMock, api: httpx.Client, path: str) -> None:
    """Found by `make contract` on a changed spec: deleting ``["a", "a"]`` answered 500 (KeyError)."""
    room_id = new_room(api)["room_id"]
    url = path.format(id=room_id, call=calls_mock.state.calls.call_id(1))
    api.put(url, json={"custom_items": {"a": "1", "b": "2"}})

    response = api.request("DELETE", url, json={"keys": ["a", "a", "missing", "a"]})

    assert response.status_code == 200, response.text
    assert (response.json()["custom_items"], response.json()["deleted"]) == ({"b": "2"}, ["a"])


def test_custom_items_hold_at_most_10_after_the_merge(api: httpx.Client) -> None:
    room_id = new_room(api, custom_items={f"k{i}": "v" for i in range(8)})["room_id"]

    too_many = api.put(f"/rooms/{room_id}/custom_items", json={"custom_items": {"x": "1", "y": "2", "z": "3"}})
    just_enough = api.put(f"/rooms/{room_id}/custom_items", json={"custom_items": {"x": "1", "y": "2", "k0": "w"}})

    assert (too_many.status_code, too_many.json()["code"]) == (400, 400100)
    assert just_enough.status_code == 200
    assert len(just_enough.json()["custom_items"]) == 10


@pytest.mark.parametrize(
    ("items", "ok"),
    [
        ({"k" * 128: "v" * 128}, True),
        ({"k" * 129: "v"}, False),
        ({"k": "v" * 129}, False),
        ({"a,b": "v"}, False),
        ({"": "v"}, False),
        ({f"k{i}": "v" for i in range(11)}, False),
    ],
)
def test_custom_items_limits_on_keys_and_values(api: httpx.Client, items: dict[str, str], ok: bool) -> None:
    room_id = new_room(api)["room_id"]
    response = api.put(f"/rooms/{room_id}/custom_items", json={"custom_items": items})
    assert response.status_code == (200 if ok else 400)
    if not ok:
        assert response.json()["code"] == 400100


def test_participants_enter_and_exit_through_the_state(calls_mock: CallsMock, api: httpx.Client) -> None:
    room_id = new_room(api)["room_id"]
    alice = calls_mock.state.enter_room(room_id, "user-00001")
    calls_mock.state.enter_room(room_id, "user-00002", is_video_on=True)
    calls_mock.state.exit_room(room_id, alice.participant_id)

    current = api.get(f"/rooms/{room_id}").json()["room"]["current_participants"]
    everyone = api.get(f"/rooms/{room_id}/participants").json()["participants"]

    assert [p["user_id"] for p in current] == ["user-00002"]
    assert [p["user_id"] for p in everyone] == ["user-00002", "user-00001"]
    assert everyone[1]["state"] == "exited"
    assert isinstance(everyone[1]["duration"], int)
    assert everyone[0]["duration"] is None
    assert everyone[0]["exited_at"] is None


def test_a_small_room_holds_6_participants() -> None:
    with CallsMock() as mock:
        room = mock.state.create_room("small_room_for_video")
        for i in range(6):
            mock.state.enter_room(room.room_id, f"user-{i:05d}")
        with pytest.raises(MockError, match="full"):
            mock.state.enter_room(room.room_id, "user-00010")


def test_events_reach_the_on_event_hook_for_later_webhook_delivery() -> None:
    events: list[tuple[str, Mapping[str, Any]]] = []
    with CallsMock(create_app(on_event=lambda category, payload: events.append((category, payload)))) as mock:
        api = mock.client(headers={"Api-Token": mock.api_token})
        room_id = api.post("/rooms", json={"type": "small_room_for_video"}).json()["room"]["room_id"]
        api.put(f"/rooms/{room_id}/custom_items", json={"custom_items": {"a": "1"}})
        api.delete(f"/rooms/{room_id}/custom_items")
        api.delete(f"/rooms/{room_id}")

    # Custom-items changes are no webhook category: the mock emits only what the spec names.
    assert [category for category, _ in events] == ["room:create", "room:delete"]
    category, payload = events[0]
    assert payload["category"] == category
    assert payload["room"]["room_id"] == room_id
    assert isinstance(payload["occurred_at"], int)


def test_a_failing_event_hook_never_breaks_the_api() -> None:
    def broken(category: str, payload: Mapping[str, Any]) -> None:
        raise RuntimeError("delivery failed")

    with CallsMock(create_app(on_event=broken)) as mock:
        response = mock.client(headers={"Api-Token": mock.api_token}).post(
            "/rooms", json={"type": "small_room_for_video"}
        )
    assert response.status_code == 200
