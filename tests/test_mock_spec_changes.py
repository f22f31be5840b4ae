"""The mock follows a changed spec with no code: a new operation is answered, a new field seeded, a new
event delivered, new enum values and limits obeyed; a handler the spec no longer needs stops it.

Each test serves a temporary copy of the spec (``create_app(spec_path=...)``) changed the way a real
spec change would be: a new paginated operation, a new optional field on ``DirectCall`` and on a
nested object, a new webhook event, a new end result, room type or custom-item limit, a new secret
path parameter, an operation removed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema_rs
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from sendbird_calls.mock import CallsMock, create_app
from sendbird_calls.mock.auto import LIST_LENGTH, AutoAnswer
from sendbird_calls.mock.drift import ADDED_FIELD, DRIFT_PREFIX, NEW_END_RESULT, RENAMED_NICKNAME, with_drift
from sendbird_calls.mock.operations import HANDLERS
from sendbird_calls.mock.spec import MockSpecError
from sendbird_calls.spec_doc import load_spec, read_spec
from tests.mock_support import (
    NEW_CALL_FIELD,
    RECORDING,
    RECORDING_READY_EVENT,
    Receiver,
    changed_spec,
    fresh_spec,
    write,
)


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(tmp_path_factory.mktemp("changed"), changed_spec())


@pytest.fixture
def mock(changed: Path) -> Iterator[CallsMock]:
    with CallsMock(spec_path=changed) as calls_mock:
        yield calls_mock


@pytest.fixture
def api(mock: CallsMock) -> httpx.Client:
    return mock.client(headers={"Api-Token": mock.api_token})


def schema_check(spec_file: Path, name: str) -> Callable[[Any], bool]:
    """An independent check of one component schema (jsonschema-rs over the whole document)."""
    document = read_spec(spec_file)
    registry = jsonschema_rs.Registry([("urn:spec", document)])
    validator = jsonschema_rs.validator_for({"$ref": f"urn:spec#/components/schemas/{name}"}, registry=registry)
    return lambda value: bool(validator.is_valid(value))


# --- 1. a new operation is answered from the spec ----------------------------------------------


def test_a_new_paginated_operation_is_answered_with_valid_pages_that_end(
    mock: CallsMock, api: httpx.Client, changed: Path
) -> None:
    fits = schema_check(changed, "Rehearsal")
    pages, query = [], {"limit": 10}
    while True:
        response = api.get("/rooms/room-1/rehearsals", params=query)
        assert response.status_code == 200, response.text
        pages.append(response.json())
        if pages[-1]["next"] is None:
            break
        query["next"] = pages[-1]["next"]

    items = [item for page in pages for item in page["rehearsals"]]
    assert [len(page["rehearsals"]) for page in pages] == [10, 10, LIST_LENGTH - 20]
    assert len({item["rehearsal_id"] for item in items}) == LIST_LENGTH
    assert all(fits(item) for item in items)
    assert all(set(item) == set(RECORDING["properties"]) for item in items)  # every optional field too
    assert not mock.control.response_problems
    assert [request.operation_id for request in mock.requests] == ["list_room_rehearsals"] * 3


def test_the_new_operations_path_query_and_tokens_are_still_validated(mock: CallsMock, api: httpx.Client) -> None:
    first = api.get("/rooms/room-1/rehearsals", params={"limit": 5}).json()

    assert api.get("/rooms/room-1/rehearsals", params={"limit": 1000}).json()["code"] == 400100
    assert api.get("/rooms/room-1/rehearsals", params={"state": "lost"}).json()["code"] == 400100
    assert api.get("/rooms/room-2/rehearsals", params={"next": first["next"]}).json()["code"] == 400100
    other_filter = {"next": first["next"], "state": "ready"}
    assert api.get("/rooms/room-1/rehearsals", params=other_filter).json()["code"] == 400100
    assert api.get("/rooms/room-1/rehearsals", params={"next": "garbage"}).json()["code"] == 400100
    assert mock.client().get("/rooms/room-1/rehearsals").json()["code"] == 401121
    assert api.get("/rooms/room-1/rehearsals", params={"limit": 5, "next": first["next"]}).status_code == 200


def test_the_new_operation_obeys_injected_faults_like_any_other(mock: CallsMock, api: httpx.Client) -> None:
    mock.faults.rate_limit(operation="list_room_rehearsals", retry_after=0)
    assert api.get("/rooms/room-1/rehearsals").status_code == 429
    assert api.get("/rooms/room-1/rehearsals").status_code == 200


def test_schemathesis_finds_the_new_operation_conforming(changed: Path) -> None:
    app = create_app(spec_path=changed)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    schema.config.update(headers={"Api-Token": app.state.mock.api_token})
    operation = schema["/rooms/{room_id}/rehearsals"]["GET"]

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy())
    def check(case: schemathesis.Case[Any]) -> None:
        case.call_and_validate()

    check()
    assert app.state.mock.requests.for_operation("list_room_rehearsals")
    assert not app.state.mock.response_problems


def test_every_operation_of_the_packaged_spec_is_answered_and_the_stateful_ones_by_their_handler() -> None:
    """A stateful handler per operation the mock keeps state for; any other operation (a new one) is
    answered from the spec, so adding an operation needs no mock code."""
    handlers = create_app().state.mock.handlers
    assert set(handlers) == {op["operationId"] for _, _, op in _operations(load_spec())}
    stateful = {op_id for op_id, registration in handlers.items() if not isinstance(registration.handler, AutoAnswer)}
    assert stateful == set(HANDLERS)


def _operations(spec: Any) -> Iterator[tuple[str, str, dict[str, Any]]]:
    from sendbird_calls.spec_doc import iter_operations

    return iter_operations(spec)


def test_an_operation_answers_its_example_with_its_status_and_validates_its_body(tmp_path: Path) -> None:
    spec = fresh_spec()
    spec["paths"]["/rooms/{room_id}/rehearsals/export"] = {
        "parameters": [{"$ref": "#/components/parameters/RoomId"}],
        "post": {
            "tags": ["rooms"],
            "operationId": "export_room_rehearsals",
            "x-method-name": "export_rehearsals",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["format"],
                            "properties": {"format": {"type": "string", "enum": ["mp4", "webm"]}},
                        }
                    }
                },
            },
            "responses": {
                "202": {
                    "description": "Export started.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["export_id"],
                                "properties": {"export_id": {"type": "string", "pattern": "^EXP-[0-9]{4}$"}},
                            },
                            "examples": {"started": {"value": {"export_id": "EXP-0042"}}},
                        }
                    },
                },
                "400": {"$ref": "#/components/responses/BadRequest"},
            },
        },
        "delete": {
            "tags": ["rooms"],
            "operationId": "delete_room_rehearsals",
            "x-method-name": "delete_rehearsals",
            "responses": {"204": {"description": "Deleted."}, "400": {"$ref": "#/components/responses/BadRequest"}},
        },
    }
    with CallsMock(spec_path=write(tmp_path, spec)) as mock:
        api = mock.client(headers={"Api-Token": mock.api_token})
        started = api.post("/rooms/r/rehearsals/export", json={"format": "mp4"})
        refused = api.post("/rooms/r/rehearsals/export", json={"format": "avi"})
        missing = api.post("/rooms/r/rehearsals/export", json={})
        deleted = api.delete("/rooms/r/rehearsals/export")

    assert (started.status_code, started.json()) == (202, {"export_id": "EXP-0042"})
    assert (refused.json()["code"], missing.json()["code"]) == (400100, 400111)
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert not mock.control.response_problems


def test_an_operation_the_mock_cannot_answer_stops_create_app_naming_it(tmp_path: Path) -> None:
    spec = changed_spec()
    spec["components"]["schemas"]["Rehearsal"]["properties"]["rehearsal_id"]["pattern"] = "^REC-[0-9]{6}$"

    expected = r"list_room_rehearsals body/properties/rehearsals/items/properties/rehearsal_id: .* pattern '\^REC-"
    with pytest.raises(MockSpecError, match=expected):
        create_app(spec_path=write(tmp_path, spec))

    spec["components"]["schemas"]["Rehearsal"]["properties"]["rehearsal_id"]["examples"] = ["REC-000001"]
    assert create_app(spec_path=write(tmp_path, spec, "with-example.yaml"))


# --- 2. a handler of an operation the spec no longer has -------------------------------------


def test_a_handler_whose_operation_the_spec_dropped_stops_create_app_naming_it_and_its_module(tmp_path: Path) -> None:
    spec = fresh_spec()
    del spec["paths"]["/rooms/{room_id}"]["get"]
    path = write(tmp_path, spec)

    with pytest.raises(MockSpecError) as raised:
        create_app(spec_path=path)

    message = str(raised.value)
    assert "get_room (sendbird_calls.mock.operations.rooms.get_room)" in message
    assert str(path) in message
    assert "delete_room" not in message


# --- 3. a new optional field reaches the seeded data; a new event can be delivered ------------


def test_seeded_calls_carry_a_new_optional_field_in_some_calls(
    mock: CallsMock, api: httpx.Client, changed: Path
) -> None:
    fits = schema_check(changed, "DirectCall")
    calls = api.get("/direct_calls", params={"limit": 20}).json()["calls"]
    with_field = [call for call in calls if "media_region" in call]
    one = api.get(f"/direct_calls/{with_field[0]['call_id']}").json()["call"]
    user_calls = api.get("/users/user-00002/calls", params={"limit": 100}).json()["calls"]

    assert 0 < len(with_field) < len(calls)
    assert {call["media_region"] for call in with_field} <= set(NEW_CALL_FIELD["enum"])
    assert all("network" in p for call in with_field for p in call["participants"])  # nested objects too
    assert one == with_field[0]
    assert any("media_region" in call for call in user_calls)
    assert all(fits(call) for call in calls + user_calls)
    assert not mock.control.response_problems


def test_new_fields_of_users_rooms_and_participants_reach_some_of_them(mock: CallsMock, api: httpx.Client) -> None:
    rooms = [mock.state.create_room() for _ in range(3)]
    for user in ("user-00001", "user-00002"):
        mock.state.enter_room(rooms[0].room_id, user)
    users = api.get("/users", params={"limit": 4}).json()["users"]
    listed = api.get("/rooms").json()["rooms"]
    participants = api.get(f"/rooms/{rooms[0].room_id}/participants").json()["participants"]

    assert ["locale" in user for user in users] == [False, True, False, True]  # user-00019 first: odd
    assert ["is_recorded" in room for room in listed] == [True, False, True]  # newest (the third) first
    assert sorted("device" in participant for participant in participants) == [False, True]
    assert not mock.control.response_problems


def test_a_new_webhook_event_is_accepted_listed_and_delivered_signed(mock: CallsMock, changed: Path) -> None:
    fits = schema_check(changed, "RehearsalReadyEvent")
    receiver = Receiver(mock.api_token)
    url = f"/applications/{mock.app_id}/settings/webhook"
    api = mock.client(headers={"Api-Token": mock.api_token})
    try:
        settings_ = {"enabled": True, "url": receiver.url, "enabled_events": ["rehearsal:ready"]}
        assert api.put(url, json=settings_).status_code == 200
        listed = api.get(url, params={"display_all_webhook_categories": "true"}).json()["webhook"]
        payload = mock.control.send_event("rehearsal:ready")
        mock.state.create_room()  # room:create is not subscribed
        assert mock.webhooks is not None
        assert mock.webhooks.wait_idle()
    finally:
        receiver.close()

    assert "rehearsal:ready" in listed["all_webhook_categories"]
    assert fits(payload)
    assert set(payload) == set(RECORDING_READY_EVENT["properties"])
    (event,) = receiver.events
    assert event.category == "rehearsal:ready"  # type: ignore[attr-defined]
    assert json.loads(mock.webhooks.deliveries[0].body) == payload


# --- 4. enum values, limits and secrets come from the spec -----------------------------------


def test_new_enum_values_a_new_limit_and_a_new_secret_are_followed(tmp_path: Path) -> None:
    spec = fresh_spec()
    schemas = spec["components"]["schemas"]
    schemas["EndResult"]["enum"].append("blocked")
    schemas["RoomType"]["enum"].append("medium_room_for_video")
    schemas["CustomItems"]["maxProperties"] = 3
    schemas["CustomItems"]["propertyNames"]["maxLength"] = 8
    spec["paths"]["/users/{user_id}/calls"]["parameters"][0] = {
        "name": "user_id",
        "in": "path",
        "required": True,
        "x-secret": True,
        "schema": {"type": "string", "minLength": 1},
    }

    with CallsMock(spec_path=write(tmp_path, spec), calls=2000) as mock:
        api = mock.client(headers={"Api-Token": mock.api_token})
        blocked = api.get("/direct_calls", params={"end_result": "blocked", "limit": 5}).json()["calls"]
        room = api.post("/rooms", json={"type": "medium_room_for_video", "custom_items": {"a": "1", "b": "2"}})
        room_id = room.json()["room"]["room_id"]
        third = api.put(f"/rooms/{room_id}/custom_items", json={"custom_items": {"c": "3"}})
        fourth = api.put(f"/rooms/{room_id}/custom_items", json={"custom_items": {"d": "4"}})
        long_key = api.put(f"/rooms/{room_id}/custom_items", json={"custom_items": {"ninechars": "x"}})
        mock.state.enter_room(room_id, "user-00001")
        api.get("/users/user-00003/calls")
        logged = mock.requests[-1].raw_path

    assert blocked
    assert all(call["end_result"] == "blocked" for call in blocked)
    assert (room.status_code, third.status_code) == (200, 200)
    assert (fourth.json()["code"], fourth.json()["message"]) == (
        400100,
        "custom_items holds 4 items; at most 3 are allowed.",
    )
    assert long_key.json()["code"] == 400100
    assert logged == "/v1/users/***/calls"
    assert not mock.control.response_problems


def test_the_drift_invents_only_names_no_spec_can_mean() -> None:
    spec = load_spec()
    assert DRIFT_PREFIX not in json.dumps(spec)
    schemas = spec["components"]["schemas"]
    with CallsMock(with_drift(create_app())) as drifted:
        api = drifted.client(headers={"Api-Token": drifted.api_token})
        users = api.get("/users").json()["users"]
        calls = api.get("/direct_calls").json()["calls"]

    assert {key for user in users for key in user} - set(schemas["User"]["properties"]) == {RENAMED_NICKNAME}
    assert {key for call in calls for key in call} - set(schemas["DirectCall"]["properties"]) == {ADDED_FIELD}
    assert calls[0]["end_result"] == NEW_END_RESULT
    assert all(name.startswith(DRIFT_PREFIX) for name in (RENAMED_NICKNAME, ADDED_FIELD, NEW_END_RESULT))


def test_an_example_that_does_not_fit_is_not_answered_generated_values_are(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    spec = fresh_spec()
    spec["paths"]["/rooms/{room_id}/summary"] = {
        "parameters": [{"$ref": "#/components/parameters/RoomId"}],
        "get": {
            "tags": ["rooms"],
            "operationId": "get_room_summary",
            "x-method-name": "retrieve_summary",
            "responses": {
                "200": {
                    "description": "A summary.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["minutes"],
                                "properties": {"minutes": {"type": "integer", "minimum": 0}},
                            },
                            "example": {"minutes": "twelve"},
                        }
                    },
                }
            },
        },
    }
    with (
        caplog.at_level("WARNING", logger="sendbird_calls.mock.auto"),
        CallsMock(spec_path=write(tmp_path, spec)) as mock,
    ):
        answer = mock.client(headers={"Api-Token": mock.api_token}).get("/rooms/r/summary")

    assert answer.json() == {"minutes": 0}
    assert "get_room_summary example does not fit the spec (body at minutes: fails type" in caplog.text
    assert not mock.control.response_problems
