"""Scalar query parameters are checked against the spec's type and bounds before any request.

The rules come from the generated ``OperationInfo.checks`` (type, minimum/maximum, length), so
every operation of the spec is covered without a list written here.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sendbird_calls import CallsClient, InvalidArgumentError, InvalidArgumentTypeError, SendbirdCallsError
from tests.spec_examples import API_TOKEN, APP_ID, TaggedOperation, call_arguments, generated_operations

CHECKED = [(op, name, rule) for op in generated_operations() for name, rule in op.info.checks.items()]
WRONG_TYPE: dict[str, st.SearchStrategy[Any]] = {
    "integer": st.one_of(st.text(max_size=4), st.booleans(), st.floats(), st.lists(st.integers(), max_size=2)),
    "string": st.one_of(st.integers(), st.booleans(), st.floats(), st.lists(st.text(), max_size=2)),
    "boolean": st.one_of(st.integers(), st.text(max_size=4), st.floats()),
}


def recording_client(sent: list[httpx.Request]) -> CallsClient:
    """A client whose transport records every request it is handed."""
    return CallsClient(
        APP_ID, API_TOKEN, transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(500))
    )


def test_the_spec_gives_every_list_operation_checked_scalars() -> None:
    names = {(op.info.name, name) for op, name, _ in CHECKED}
    assert ("list_rooms", "limit") in names
    assert ("list_user_calls", "start_ts") in names
    assert ("get_webhook_settings", "display_all_webhook_categories") in names
    assert dict(next(op for op in generated_operations() if op.info.name == "list_users").info.checks)["limit"] == (
        "integer",
        1,
        100,
    )


@pytest.mark.parametrize(("op", "name", "rule"), CHECKED, ids=[f"{op.id}.{name}" for op, name, _ in CHECKED])
@settings(max_examples=15)
@given(data=st.data())
def test_a_wrong_type_or_an_out_of_range_value_is_refused_before_any_request(
    op: TaggedOperation, name: str, rule: tuple[str, int | None, int | None], data: st.DataObject
) -> None:
    kind, low, high = rule
    bad = [WRONG_TYPE[kind]]
    if kind == "integer" and low is not None:
        bad.append(st.integers(max_value=low - 1))
    if kind == "integer" and high is not None:
        bad.append(st.integers(min_value=high + 1))
    if kind == "string" and low:
        bad.append(st.text(max_size=low - 1))
    value = data.draw(st.one_of(bad))
    sent: list[httpx.Request] = []
    with recording_client(sent) as client, pytest.raises(InvalidArgumentError, match=name) as raised:
        op.method_of(client)(**call_arguments(op.info), **{name: value})
    assert isinstance(raised.value, SendbirdCallsError)
    if not isinstance(value, int | str) or (kind == "integer" and isinstance(value, bool)):
        assert isinstance(raised.value, InvalidArgumentTypeError)
    assert sent == []


def test_values_within_the_bounds_are_sent_and_none_means_not_given() -> None:
    sent: list[httpx.Request] = []
    with recording_client(sent) as client:
        with pytest.raises(SendbirdCallsError):  # the transport answers 500
            client.rooms.list_rooms(limit=100, room_id="r", created_at_start_date=0, request_options={"max_retries": 0})
        with pytest.raises(SendbirdCallsError):
            client.rooms.list_rooms(limit=None, request_options={"max_retries": 0})
    assert sent[0].url.params["limit"] == "100"
    assert "limit" not in sent[1].url.params
