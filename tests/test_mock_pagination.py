"""Cursor pagination and list filters of the mock."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sendbird_calls.mock import CallsMock

ALL_END_RESULTS = {"completed", "canceled", "declined", "connection_lost", "no_answer", "timed_out", "unknown"}


@pytest.fixture
def api(calls_mock: CallsMock) -> httpx.Client:
    return calls_mock.client(headers={"Api-Token": calls_mock.api_token})


def pages(api: httpx.Client, path: str, **params: Any) -> Iterator[dict[str, Any]]:
    """Every page of a list, following ``next`` until it is empty, null or absent."""
    query = dict(params)
    while True:
        response = api.get(path, params=query)
        assert response.status_code == 200, response.text
        page: dict[str, Any] = response.json()
        yield page
        if not page.get("next"):
            return
        query["next"] = page["next"]


@pytest.mark.calls_mock(calls=1000, users=50)
def test_1000_calls_in_pages_of_100_yield_each_call_once_and_the_chain_ends(api: httpx.Client) -> None:
    seen = list(pages(api, "/direct_calls", limit=100))

    ids = [call["call_id"] for page in seen for call in page["calls"]]
    assert len(seen) == 10
    assert len(ids) == len(set(ids)) == 1000
    assert [page["has_next"] for page in seen] == [True] * 9 + [False]
    assert seen[-1]["next"] is None
    starts = [call["started_at"] for page in seen for call in page["calls"]]
    assert starts == sorted(starts, reverse=True)


def test_1000_rooms_in_pages_of_100_stay_stable_while_rooms_are_created(
    calls_mock: CallsMock, api: httpx.Client
) -> None:
    for _ in range(1000):
        calls_mock.state.create_room()
    ids: list[str] = []
    for page in pages(api, "/rooms", limit=100):
        ids += [room["room_id"] for room in page["rooms"]]
        calls_mock.state.create_room()  # newer rooms go in front: the cursor never shifts

    assert len(ids) == len(set(ids)) == 1000


def test_the_default_page_holds_10(api: httpx.Client) -> None:
    assert len(api.get("/direct_calls").json()["calls"]) == 10
    assert len(api.get("/users").json()["users"]) == 10


def test_the_last_page_of_users_answers_an_empty_next(api: httpx.Client) -> None:
    seen = list(pages(api, "/users", limit=7))
    assert [len(page["users"]) for page in seen] == [7, 7, 6]
    assert seen[-1]["next"] == ""


@pytest.mark.parametrize("token", ["garbage", "eyJrIjoxfQ", "%%%", "e30"])
def test_a_garbage_next_token_is_400100(api: httpx.Client, token: str) -> None:
    response = api.get("/direct_calls", params={"next": token})
    assert (response.status_code, response.json()["code"]) == (400, 400100)


def test_a_token_of_another_filter_or_list_is_400100(api: httpx.Client) -> None:
    token = api.get("/direct_calls", params={"limit": 5}).json()["next"]

    other_filter = api.get("/direct_calls", params={"limit": 5, "next": token, "end_result": "completed"})
    other_list = api.get("/users/user-00001/calls", params={"next": token})

    assert other_filter.json()["code"] == 400100
    assert other_list.json()["code"] == 400100
    assert api.get("/direct_calls", params={"limit": 50, "next": token}).status_code == 200


def test_prev_pages_back_to_the_items_before(calls_mock: CallsMock, api: httpx.Client) -> None:
    for _ in range(25):
        calls_mock.state.create_room()
    first = api.get("/rooms", params={"limit": 10}).json()
    second = api.get("/rooms", params={"limit": 10, "next": first["next"]}).json()
    assert first["prev"] is None

    back = api.get("/rooms", params={"limit": 10, "prev": second["prev"]}).json()

    assert [r["room_id"] for r in back["rooms"]] == [r["room_id"] for r in first["rooms"]]
    assert back["prev"] is None
    both = api.get("/rooms", params={"next": first["next"], "prev": second["prev"]})
    assert both.json()["code"] == 400100


# --- filters ---------------------------------------------------------------------------------


def test_end_result_filters_direct_calls_by_a_comma_separated_list(api: httpx.Client) -> None:
    calls = [
        c for page in pages(api, "/direct_calls", limit=100, end_result="no_answer,declined") for c in page["calls"]
    ]
    assert calls
    assert {call["end_result"] for call in calls} == {"no_answer", "declined"}


def test_user_calls_filter_by_role_and_end_result(api: httpx.Client) -> None:
    everything = [c for p in pages(api, "/users/user-00003/calls", limit=100) for c in p["calls"]]
    callers = [c for p in pages(api, "/users/user-00003/calls", limit=100, role="dc_caller") for c in p["calls"]]
    completed = [
        c for p in pages(api, "/users/user-00003/calls", end_result="completed", limit=100) for c in p["calls"]
    ]

    assert all("user-00003" in {p["user_id"] for p in call["participants"]} for call in everything)
    assert {c["user_role"] for c in everything} == {"dc_caller", "dc_callee"}
    assert callers == [c for c in everything if c["user_role"] == "dc_caller"]
    assert completed == [c for c in everything if c["end_result"] == "completed"]


def test_user_calls_time_window_is_milliseconds_on_started_at_both_ends_inclusive(api: httpx.Client) -> None:
    everything = [c for p in pages(api, "/users/user-00003/calls", limit=100) for c in p["calls"]]
    starts = sorted(c["started_at"] for c in everything)
    start_ts, end_ts = starts[1], starts[-2]

    window = [
        c
        for p in pages(api, "/users/user-00003/calls", limit=100, start_ts=start_ts, end_ts=end_ts)
        for c in p["calls"]
    ]

    assert sorted(c["started_at"] for c in window) == starts[1:-1]
    # end_ts bounds started_at, not ended_at: a call that started at end_ts is in even if it ended later.
    assert any(c["started_at"] == end_ts and (c["ended_at"] or end_ts + 1) > end_ts for c in window)


def test_user_calls_window_over_90_days_is_400100_and_the_default_is_the_last_90_days(api: httpx.Client) -> None:
    day = 24 * 3600 * 1000
    everything = [c for p in pages(api, "/users/user-00003/calls", limit=100) for c in p["calls"]]
    newest = max(c["started_at"] for c in everything)

    too_long = api.get("/users/user-00003/calls", params={"start_ts": newest - 90 * day - 1, "end_ts": newest})
    just_right = api.get("/users/user-00003/calls", params={"start_ts": newest - 90 * day, "end_ts": newest})
    only_start = api.get("/users/user-00003/calls", params={"start_ts": newest + 1})

    assert (too_long.status_code, too_long.json()["code"]) == (400, 400100)
    assert just_right.status_code == 200
    assert only_start.json()["calls"] == []  # the window runs 90 days from start_ts, after every seeded call
    backwards = api.get("/users/user-00003/calls", params={"start_ts": newest, "end_ts": newest - 1})
    assert (backwards.status_code, backwards.json()["code"]) == (400, 400100)


def test_rooms_filter_by_state_type_and_ids(calls_mock: CallsMock, api: httpx.Client) -> None:
    video = calls_mock.state.create_room("small_room_for_video")
    audio = calls_mock.state.create_room("large_room_for_audio_only")
    gone = calls_mock.state.create_room("small_room_for_video")
    api.delete(f"/rooms/{gone.room_id}")

    def ids(**params: Any) -> list[str]:
        return [room["room_id"] for room in api.get("/rooms", params=params).json()["rooms"]]

    assert ids() == [gone.room_id, audio.room_id, video.room_id]
    assert ids(state="open") == [audio.room_id, video.room_id]
    assert ids(state="deleted") == [gone.room_id]
    assert ids(type="small_room_for_video") == [gone.room_id, video.room_id]
    assert ids(type="all") == ids()
    assert ids(room_id=audio.room_id) == [audio.room_id]
    assert ids(room_ids=f"{video.room_id},{gone.room_id}") == [gone.room_id, video.room_id]
    assert ids(created_by_user_ids="user-00001") == []
    both = api.get("/rooms", params={"room_id": video.room_id, "room_ids": audio.room_id})
    assert (both.status_code, both.json()["code"]) == (400, 400100)


def test_rooms_filter_by_creation_time_and_participant_count(calls_mock: CallsMock, api: httpx.Client) -> None:
    empty = calls_mock.state.create_room()
    busy = calls_mock.state.create_room()
    for user in ("user-00001", "user-00002"):
        calls_mock.state.enter_room(busy.room_id, user)

    def ids(**params: Any) -> set[str]:
        return {room["room_id"] for room in api.get("/rooms", params=params).json()["rooms"]}

    assert ids(current_participant_range_gte=2) == {busy.room_id}
    assert ids(current_participant_range_lte=1) == {empty.room_id}
    assert ids(created_at_start_date=busy.created_at, created_at_end_date=busy.created_at + 1) >= {busy.room_id}
    assert busy.room_id not in ids(created_at_end_date=busy.created_at)  # the end date is exclusive
    assert ids(created_at_end_date=empty.created_at) == set()


def test_user_calls_default_to_the_90_days_before_the_seeded_present() -> None:
    day = 24 * 3600 * 1000
    rare = {"limit": 100, "end_result": "connection_lost"}  # 3% of calls: few pages to read
    with CallsMock(users=2, calls=30_000) as mock:  # about 160 days of calls between two users
        api = mock.client(headers={"Api-Token": mock.api_token})
        default = [c for p in pages(api, "/users/user-00000/calls", **rare) for c in p["calls"]]
        now = mock.state.calls.now
        explicit = [
            c
            for p in pages(api, "/users/user-00000/calls", **rare, start_ts=now - 90 * day, end_ts=now)
            for c in p["calls"]
        ]
        oldest = mock.state.calls.columns["started_at"][0]

    assert now - oldest > 90 * day
    assert default == explicit
    assert min(c["started_at"] for c in default) >= now - 90 * day


def test_direct_calls_filter_by_start_and_duration_and_accept_call_ts(api: httpx.Client) -> None:
    everything = [c for p in pages(api, "/direct_calls", limit=100) for c in p["calls"]]
    start = sorted(c["started_at"] for c in everything)[len(everything) // 2]
    ended = sorted(c["duration"] for c in everything if c["duration"])
    low, high = ended[len(ended) // 4], ended[3 * len(ended) // 4]

    def listed(**params: Any) -> list[dict[str, Any]]:
        return [c for p in pages(api, "/direct_calls", limit=100, **params) for c in p["calls"]]

    assert listed(start_ts=start) == [c for c in everything if c["started_at"] >= start]
    in_range = listed(duration_range_min=low, duration_range_max=high)
    assert in_range == [c for c in everything if c["duration"] is not None and low <= c["duration"] <= high]
    assert listed(call_ts=start) == everything  # its effect is undocumented: the mock ignores it
