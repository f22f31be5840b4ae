"""Run-time drift: an answer's unknown fields and enum values are counted and logged once, never their values.

A production service learns of an API change from ``sendbird_calls.drift``: the first sighting of
each (model, field) or (model, field, value) is a WARNING, every sighting is counted. Values never
reach a record; a request body built from the caller's dict is not drift.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sendbird_calls import CallsClient, drift, models
from sendbird_calls.drift import Drift
from sendbird_calls_api import types
from tests.spec_examples import API_TOKEN, APP_ID

SECRET_VALUE = "secret-canary-value-0042"


@pytest.fixture(autouse=True)
def _fresh_counts() -> Iterator[None]:
    drift.reset()
    yield
    drift.reset()


def answering(payload: Any) -> httpx.MockTransport:
    return httpx.MockTransport(lambda _: httpx.Response(200, content=json.dumps(payload).encode()))


def room(**changes: Any) -> dict[str, Any]:
    return {"room_id": "r", "room_type": "small_room_for_video", "state": "open", "created_at": 1} | changes


def drift_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == "sendbird_calls.drift"]


def test_a_page_with_a_new_field_and_a_new_enum_value_is_counted_per_item_and_logged_once_each(
    caplog: pytest.LogCaptureFixture,
) -> None:
    rooms = [room(room_id=f"r{i}", region=SECRET_VALUE, state="archived") for i in range(5)]
    caplog.set_level(logging.WARNING, logger="sendbird_calls.drift")
    with CallsClient(APP_ID, API_TOKEN, transport=answering({"rooms": rooms, "total": 5}), rate_limits=None) as client:
        client.rooms.list_rooms()
        client.rooms.list_rooms()

    assert drift.counts() == {
        Drift("Room", "region"): 10,
        Drift("Room", "state", "archived"): 10,
        Drift("RoomList", "total"): 2,
    }
    records = drift_records(caplog)
    assert len(records) == 3
    assert all(record.levelno == logging.WARNING for record in records)
    messages = [record.getMessage() for record in records]
    assert any("Room.'region'" in message for message in messages)
    assert any("Room.state" in message and "'archived'" in message for message in messages)
    for record in records:
        assert SECRET_VALUE not in record.getMessage()
        assert SECRET_VALUE not in repr(vars(record))


def test_reset_forgets_counts_so_the_next_sighting_is_logged_again(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="sendbird_calls.drift")
    models.Room.from_dict(room(region="x"))
    drift.reset()
    assert drift.counts() == {}

    models.Room.from_dict(room(region="x"))

    assert drift.counts() == {Drift("Room", "region"): 1}
    assert len(drift_records(caplog)) == 2


def test_an_answer_that_matches_the_spec_reports_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="sendbird_calls.drift")
    models.RoomList.from_dict({"rooms": [room(custom_items={"any-key": "v"})], "next": None})

    assert drift.counts() == {}
    assert drift_records(caplog) == []


@given(value=st.text(min_size=1, max_size=500).filter(lambda v: v not in {"dc_caller", "dc_callee"}))
def test_an_unknown_enum_value_is_shown_truncated(value: str) -> None:
    drift.reset()
    models.CallParticipant.from_dict({"user_id": "u", "role": value})

    ((key, count),) = drift.counts().items()
    assert (key.model, key.field, count) == ("CallParticipant", "role", 1)
    assert key.value is not None
    assert len(key.value) <= drift.VALUE_CHARS
    assert key.value == value or (len(value) > drift.VALUE_CHARS and key.value == value[: drift.VALUE_CHARS - 1] + "…")


def test_a_secret_fields_unknown_value_is_never_shown(caplog: pytest.LogCaptureFixture) -> None:
    """The generated models pass ``secret=True`` for a field whose description starts with "Secret:"."""
    caplog.set_level(logging.WARNING, logger="sendbird_calls.drift")
    hook = types._drift_hook
    assert hook is not None
    hook.unknown_value("SecondaryApiToken", "token", SECRET_VALUE, True)

    assert drift.counts() == {Drift("SecondaryApiToken", "token", drift.SECRET_VALUE): 1}
    assert all(SECRET_VALUE not in record.getMessage() for record in drift_records(caplog))


def test_a_hostile_field_name_is_shortened_and_new_kinds_stop_growing_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drift, "MAX_ENTRIES", 3)
    models.Room.from_dict(room(**{"n" * 10_000: 1}))
    (key,) = drift.counts()
    assert len(key.field) == drift.NAME_CHARS

    models.Room.from_dict(room(a=1, b=2, c=3, d=4))

    counts = drift.counts()
    assert len(counts) == 4  # three kinds, and the overflow entry
    assert counts[drift.OVERFLOW] == 2


def test_a_request_body_dict_with_an_extra_key_is_the_callers_not_drift() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"room": room()})

    with CallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(handler), rate_limits=None) as client:
        client.rooms.create_room(body={"type": "small_room_for_video", "beta_flag": True})

    assert drift.counts() == {}
    assert json.loads(sent[0].content) == {"type": "small_room_for_video", "beta_flag": True}


def test_a_webhook_event_with_a_new_field_is_drift() -> None:
    from sendbird_calls.webhooks import event_from_dict

    event_from_dict({"category": "room:create", "occurred_at": 1, "room": {"room_id": "r"}, "region": "eu"})

    assert drift.counts() == {Drift("RoomCreateEvent", "region"): 1}
