"""verify-spec reads a GET the spec gained after its plan was written, with no change to the plan: path
values from the IDs its lists showed (an enum one with each allowed value, at most ``sample`` reads),
pages followed; skipped with the reason when a value it needs is unknown, when the operation needs a
query value, or when the Chat host is unknown. The rows are the generated ones, moved to new paths.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendbird_calls.config import resolve_config
from sendbird_calls.core.operation import Operation, Param
from sendbird_calls.mock import CallsMock
from sendbird_calls.mock.transport import SyncASGITransport
from sendbird_calls.spec_doc import read_spec, spec_path
from sendbird_calls.verify.answers import SpecAnswers
from sendbird_calls.verify.discovery import PLANNED, Discovery, Limits
from sendbird_calls.verify.session import Session
from sendbird_calls.verify.steps import RunLog
from sendbird_calls_api.api import api_tokens, operations, rooms, users
from sendbird_calls_api.models import PushTokenType
from tests.drill_changes import NEW_METHOD, NEW_OPERATION, NEW_PATH, add_paginated_operation, edited, write_spec

APP, TOKEN = "verify-app", "verify-master-token-0123456789"
RECORDINGS: Operation[Any] = dataclasses.replace(
    rooms.LIST_ROOM_PARTICIPANTS, id=NEW_OPERATION, name=NEW_METHOD, path=NEW_PATH, summary="List a room's recordings"
)
"""The drill's new list operation, as its generated row would be (a room's participants' row, moved)."""


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = edited(read_spec(spec_path()), add_paginated_operation)
    return write_spec(tmp_path_factory.mktemp("verify-added") / "calls-v1.yaml", spec)


@pytest.fixture(scope="module")
def mock(changed: Path) -> Iterator[CallsMock]:
    with CallsMock(spec_path=changed, app_id=APP, api_token=TOKEN, users=4, calls=10) as calls_mock:
        for _ in range(3):
            calls_mock.state.create_room()
        yield calls_mock


def discovery(mock: CallsMock, spec_file: Path, *added: Operation[Any], base_url: str | None = None) -> Discovery:
    config = resolve_config(
        APP, TOKEN, base_url=base_url or mock.base_url, chat_base_url=None, timeout=5.0, max_retries=0
    )
    session = Session(
        config,
        SpecAnswers(read_spec(spec_file)),
        allow_writes=False,
        rate=None,
        transport=SyncASGITransport(mock.app),
        table=[*operations(), *added],
    )
    return Discovery(session, RunLog(), Limits(max_pages=2, page_size=20, sample=2))


def test_read_the_rest_reads_exactly_the_gets_of_the_table_the_plan_does_not_name(
    mock: CallsMock, changed: Path
) -> None:
    gets = {op.id for op in operations() if op.method == "GET"}
    assert gets >= PLANNED  # the plan names only GETs of the table
    mock.state.create_room()
    run = discovery(mock, changed)
    run.list_items("list rooms", "list_rooms", "rooms")
    planned_steps = len(run.log.steps)
    run.read_the_rest()
    read = {step.operation for step in run.log.steps[planned_steps:]}
    assert read == gets - PLANNED  # empty until the spec gains a GET


def test_a_new_get_is_read_with_the_listed_ids_following_its_pages(mock: CallsMock, changed: Path) -> None:
    mock.requests.clear()
    run = discovery(mock, changed, RECORDINGS)
    run.run()
    sent = [request.raw_path.split("?")[0] for request in mock.requests.for_operation(NEW_OPERATION)]

    listed = [room["room_id"] for room in mock.client(headers={"Api-Token": TOKEN}).get("/rooms").json()["rooms"]]
    assert sent == [f"/v1/rooms/{room_id}/recordings" for room_id in listed[:2] for _ in range(2)]
    stats = run.session.stats[NEW_OPERATION]
    assert (stats.requests, dict(stats.statuses)) == (4, {200: 4})  # 2 rooms (sample), 2 pages each (25 items)
    assert run.found["room_id"] == listed[:2]
    (step,) = [step for step in run.log.steps if step.operation == NEW_OPERATION]
    assert (step.name, step.outcome, step.count) == ("list a room's recordings", "ok", 4)
    assert run.session.findings.findings == []


def test_an_enum_path_parameter_is_read_with_each_allowed_value_up_to_the_sample(
    mock: CallsMock, changed: Path
) -> None:
    run = discovery(mock, changed)
    run.found["user_id"] = ["user-00001"]
    mock.requests.clear()
    run.read_any(users.LIST_PUSH_TOKENS)  # a row read_any knows only by its table entry, as a new one would be

    paths = [request.raw_path for request in mock.requests]
    values = [member.value for member in PushTokenType]
    assert paths == [f"/v1/users/user-00001/push/{value}" for value in values[:2]]
    assert run.log.steps[0].count == 2
    assert run.log.steps[0].outcome == "ok"


ROOM_ID = rooms.GET_ROOM.params[0]
ONE_RECORDING = dataclasses.replace(
    rooms.GET_ROOM,
    id="get_room_recording",
    path="/rooms/{room_id}/recordings/{recording_id}",
    summary="Get a recording",
    params=(ROOM_ID, dataclasses.replace(ROOM_ID, name="recording_id", wire="recording_id")),
)
FILTERED = dataclasses.replace(
    RECORDINGS,
    id="list_room_recordings_by_state",
    params=(*RECORDINGS.params, Param("state", "state", "query", "string", required=True)),
)
MORE_TOKENS = dataclasses.replace(api_tokens.LIST_SECONDARY_API_TOKENS, id="list_more_tokens", summary="More tokens")


@pytest.mark.parametrize(
    ("operation", "base", "reason"),
    [
        (ONE_RECORDING, None, "no recording_id was listed to read it with"),
        (FILTERED, None, "needs the query parameter state, which verify-spec has no value for"),
        (MORE_TOKENS, "/calls-proxy", "the Chat host (/v3) is unknown: the base URL does not end with /v1"),
    ],
    ids=["unknown ID", "required query", "Chat host unknown"],
)
def test_a_new_get_that_cannot_be_read_is_skipped_naming_why_and_sends_nothing(
    mock: CallsMock, changed: Path, operation: Operation[Any], base: str | None, reason: str
) -> None:
    run = discovery(mock, changed, operation, base_url=mock.origin + base if base else None)
    run.found["room_id"] = ["some-room"]
    mock.requests.clear()
    run.read_any(operation)

    assert [(step.operation, step.outcome, step.detail) for step in run.log.steps] == [
        (operation.id, "skipped", reason)
    ]
    assert list(mock.requests) == []


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(room_ids=st.lists(st.text(max_size=12), min_size=1, max_size=3, unique=True))
def test_any_listed_id_reads_only_the_new_operation_or_fails_its_step_unsent(
    mock: CallsMock, changed: Path, room_ids: list[str]
) -> None:
    run = discovery(mock, changed, RECORDINGS)
    run.found["room_id"] = room_ids
    mock.requests.clear()
    run.read_any(RECORDINGS)

    assert {request.operation_id for request in mock.requests} <= {NEW_OPERATION}
    for step in run.log.steps:
        assert step.outcome == "ok" or step.detail.startswith("not sent: "), step
    assert run.session.findings.findings == []
