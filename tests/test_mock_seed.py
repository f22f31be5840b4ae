"""Seeded users and calls: deterministic, consistent, and fast enough for 100,000-call benchmarks."""

from __future__ import annotations

import copy

import pytest

from sendbird_calls import CallsClient
from sendbird_calls.mock import CallsMock, create_app
from sendbird_calls.mock.facts import facts_of
from sendbird_calls.mock.seed import SeededCalls, SeededUsers
from sendbird_calls.spec_doc import load_spec, resolve

END_RESULTS = tuple(resolve(load_spec()["components"]["schemas"]["EndResult"])["enum"])


def first_calls(seed: int) -> list[dict[str, object]]:
    with CallsMock(seed=seed) as mock:
        response = mock.client(headers={"Api-Token": mock.api_token}).get("/direct_calls", params={"limit": 20})
        calls: list[dict[str, object]] = response.json()["calls"]
        return calls


def test_the_same_seed_gives_the_same_calls() -> None:
    assert first_calls(7) == first_calls(7)


def test_another_seed_gives_other_calls() -> None:
    assert [c["call_id"] for c in first_calls(1)] != [c["call_id"] for c in first_calls(2)]


def test_100k_calls_are_seeded_and_paged_lazily() -> None:
    """Seeding 100,000 calls builds them on demand; their speed is a benchmark, not asserted here."""
    with CallsMock(calls=100_000, users=1_000) as mock:
        api = mock.client(headers={"Api-Token": mock.api_token})
        first = api.get("/direct_calls", params={"limit": 100}).json()
        second = api.get("/direct_calls", params={"limit": 100, "next": first["next"]}).json()
        user_calls = api.get("/users/user-00500/calls", params={"limit": 100}).json()

    assert len(first["calls"]) == len(second["calls"]) == 100
    first_ids = {call["call_id"] for call in first["calls"]}
    assert first_ids.isdisjoint(call["call_id"] for call in second["calls"])
    assert user_calls["calls"]


def test_call_ids_are_unique_and_map_back_to_their_index() -> None:
    calls = SeededCalls(5_000, seed=3, users=SeededUsers(30, seed=3))
    ids = [calls.call_id(i) for i in range(calls.count)]
    assert len(set(ids)) == calls.count
    assert all(calls.index_of(call_id) == i for i, call_id in enumerate(ids))
    assert calls.index_of(calls.call_id(calls.count)) is None
    assert calls.index_of("not-a-call") is None


def test_seeded_calls_are_consistent() -> None:
    calls = SeededCalls(2_000, seed=11, users=SeededUsers(25, seed=11))
    for i in range(0, calls.count, 37):
        call = calls.call(i, {})
        caller, callee = (p["user_id"] for p in call["participants"])
        assert caller != callee
        assert call["started_by"] == caller
        if call["end_result"] is None:
            assert call["state"] == "current"
            continue
        assert call["end_result"] in END_RESULTS
        assert call["ended_by"] in {caller, callee}
        assert call["ended_at"] >= call["started_at"]
        assert (call["duration"] > 0) == (call["end_result"] == "completed")


def test_every_call_appears_in_both_users_lists() -> None:
    calls = SeededCalls(500, seed=5, users=SeededUsers(10, seed=5))
    appearances = sorted(i for user_calls in calls.by_user for i in user_calls)
    assert appearances == sorted(list(range(500)) * 2)


def test_calls_need_two_users() -> None:
    with pytest.raises(ValueError, match="2 users"):
        create_app(users=1, calls=10)


@pytest.mark.parametrize("app_id", ["", "evil.example.com", "a/b", "x y"])
def test_an_app_id_that_is_not_a_hostname_label_is_refused(app_id: str) -> None:
    with pytest.raises(ValueError, match="hostname label"):
        create_app(app_id=app_id)


@pytest.mark.calls_mock(calls=60, users=10)
def test_the_mock_serves_end_result_ex_and_both_metadata_spellings_which_the_client_reads(
    calls_client: CallsClient,
) -> None:
    calls = list(calls_client.direct_calls.list(limit=100))
    assert len(calls) == 60
    finer = [call for call in calls if call.end_result_ex]
    assert finer
    assert all(call.end_result_ex == call.end_result for call in finer)
    assert all(participant.metadata for call in calls for participant in call.participants or [])


def test_the_seed_uses_every_end_result_of_the_spec() -> None:
    calls = SeededCalls(2_000, seed=1, users=SeededUsers(20, seed=1))
    assert calls.end_results == END_RESULTS
    assert {calls.end_result(i) for i in range(calls.count)} == {*END_RESULTS, None}


def test_an_answered_call_shares_nothing_mutable_with_the_next_answer() -> None:
    """Seeded parts are built once per index and copied: changing one answer must not leak into the next."""
    calls = SeededCalls(20, seed=3, users=SeededUsers(5, seed=3))
    for index in (3, 4):  # both spellings of the participants' metadata
        first = calls.call(index, {"ticket": "a"}, for_user=calls.columns["caller"][index])
        expected = copy.deepcopy(calls.call(index, {"ticket": "a"}, for_user=calls.columns["caller"][index]))
        first["state"] = "changed"
        first["custom_items"]["ticket"] = "changed"
        for participant in first["participants"]:
            participant["nickname"] = "changed"
            next(value for key, value in participant.items() if key in ("metadata", "meta_data"))["x"] = "y"
        first["participants"].clear()
        assert calls.call(index, {"ticket": "a"}, for_user=calls.columns["caller"][index]) == expected
        assert "user_role" not in calls.call(index, {})


# --- every property of the spec's schemas reaches the seeded data ------------------------------


def item_properties(operation_id: str) -> set[str]:
    """The properties of the items a list operation answers, as the packaged spec lists them."""
    facts = facts_of(create_app().state.mock.spec)
    return set(resolve(facts.items_schema(operation_id))["properties"])


def test_every_second_seeded_user_and_call_carries_every_property_of_its_schema(calls_mock: CallsMock) -> None:
    api = calls_mock.client(headers={"Api-Token": calls_mock.api_token})
    users = api.get("/users", params={"limit": 100}).json()["users"]
    calls = api.get("/direct_calls", params={"limit": 100}).json()["calls"]
    user_calls = api.get("/users/user-00004/calls", params={"limit": 100}).json()["calls"]
    index = calls_mock.state.calls.index_of

    full_users = [user for user in users if int(user["user_id"].removeprefix("user-")) % 2 == 0]
    full_calls = [call for call in calls if index(call["call_id"]) % 2 == 0]
    assert (len(full_users), len(full_calls)) == (10, 50)
    assert all(set(user) == item_properties("list_users") for user in full_users)
    assert all(set(call) == item_properties("list_direct_calls") - {"user_role"} for call in full_calls)
    assert all(
        set(call) == item_properties("list_direct_calls") for call in user_calls if index(call["call_id"]) % 2 == 0
    )
    participant_fields = set(resolve(load_spec()["components"]["schemas"]["CallParticipant"])["properties"])
    assert all(set(p) == participant_fields for call in full_calls for p in call["participants"])
    sparse = [call for call in calls if index(call["call_id"]) % 2 == 1]
    assert all("call_relay" not in call and "caller_id" not in call for call in sparse)  # Sendbird's usual answer
    assert not calls_mock.control.response_problems


def test_every_second_room_and_participant_carries_every_property_of_its_schema(calls_mock: CallsMock) -> None:
    rooms = [calls_mock.state.create_room() for _ in range(2)]
    for room in rooms:
        for user in ("user-00001", "user-00002"):
            calls_mock.state.enter_room(room.room_id, user)
    api = calls_mock.client(headers={"Api-Token": calls_mock.api_token})
    listed = api.get("/rooms").json()["rooms"]
    participants = api.get(f"/rooms/{rooms[0].room_id}/participants").json()["participants"]

    assert all(set(room) == item_properties("list_rooms") for room in listed)
    assert all(set(p) == item_properties("list_room_participants") for p in participants)
    assert not calls_mock.control.response_problems
