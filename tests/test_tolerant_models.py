"""Where Sendbird's sources disagree on a field name, one documented attribute holds the value.

The spec marks such properties with a description starting "Also sent as `x`."; the model
template reads the alias when the documented name is absent. These tests pin the behaviour on
the generated models and check that the convention is applied wherever the spec uses it.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import sendbird_calls_api.models as models
from sendbird_calls_api.models import (
    CallParticipant,
    DirectCall,
    EndResultEx,
    Participant,
    PushTokenList,
    PushTokenResult,
)
from sendbird_calls_api.types import UNSET
from tests.spec_examples import load_spec

metadata_values = st.dictionaries(st.text(min_size=1, max_size=8), st.text(max_size=8), max_size=4)


def aliased_properties() -> list[tuple[str, str, str]]:
    """(schema, documented name, alias) for every property of the spec using the convention."""
    found = []
    for schema_name, schema in load_spec()["components"]["schemas"].items():
        for name, prop in (schema.get("properties") or {}).items():
            description = prop.get("description", "")
            if description.startswith("Also sent as `"):
                found.append((schema_name, name, description.split("`")[1]))
    return found


def test_the_convention_is_used_where_the_review_found_conflicts() -> None:
    assert set(aliased_properties()) == {
        ("CallParticipant", "metadata", "meta_data"),
        ("Participant", "exited_at", "exit_at"),
        ("PushTokenList", "tokens", "token"),
    }


@pytest.mark.parametrize(("schema_name", "name", "alias"), aliased_properties())
def test_every_aliased_property_reads_either_name_into_one_attribute(schema_name: str, name: str, alias: str) -> None:
    model = getattr(models, schema_name)
    base: dict[str, Any] = {"user_id": "u", "room_id": "r", "participant_id": "p"}
    required = {k: v for k, v in base.items() if k in {f.name for f in model.__attrs_attrs__}}
    value = 1767225670000 if name == "exited_at" else ["t"]
    if name == "metadata":
        value = {"k": "v"}
    from_documented = model.from_dict({**required, name: value})
    from_alias = model.from_dict({**required, alias: value})
    assert from_documented.to_dict() == from_alias.to_dict()
    assert alias not in from_alias.additional_properties


@given(metadata_values)
def test_participant_metadata_parses_from_both_spellings(metadata: dict[str, str]) -> None:
    js = CallParticipant.from_dict({"user_id": "alice", "meta_data": metadata})
    android = CallParticipant.from_dict({"user_id": "alice", "metadata": metadata})
    assert js.metadata is not UNSET
    assert android.metadata is not UNSET
    assert js.metadata.to_dict() == android.metadata.to_dict() == metadata  # type: ignore[union-attr]
    assert "meta_data" not in js.additional_properties
    # to_dict writes the documented name only: a round trip is stable and never duplicates the value.
    assert js.to_dict() == android.to_dict() == {"user_id": "alice", "metadata": metadata}
    assert CallParticipant.from_dict(js.to_dict()).to_dict() == js.to_dict()


def test_the_documented_name_wins_and_the_other_spelling_is_kept_unknown() -> None:
    both = CallParticipant.from_dict({"user_id": "a", "metadata": {"x": "1"}, "meta_data": {"x": "2"}})
    assert both.metadata.to_dict() == {"x": "1"}  # type: ignore[union-attr]
    assert both.additional_properties == {"meta_data": {"x": "2"}}


@given(st.integers(min_value=0, max_value=2**53))
def test_room_participants_accept_exit_at_as_exited_at(exited: int) -> None:
    android = Participant.from_dict({"room_id": "r", "participant_id": "p", "exit_at": exited})
    assert android.exited_at == exited
    assert android.to_dict() == {"room_id": "r", "participant_id": "p", "exited_at": exited}


def test_direct_calls_parse_nested_participants_of_either_spelling_and_the_new_fields() -> None:
    call = DirectCall.from_dict(
        {
            "call_id": "c",
            "state": "ended",
            "end_result": "completed",
            "end_result_ex": "not_connected",
            "call_relay": "turn",
            "participants": [
                {"user_id": "a", "metadata": {"team": "x"}},
                {"user_id": "b", "meta_data": {"team": "y"}},
            ],
        }
    )
    assert call.participants is not UNSET
    assert [p.metadata.to_dict() for p in call.participants] == [{"team": "x"}, {"team": "y"}]  # type: ignore[union-attr]
    assert call.end_result_ex == EndResultEx.NOT_CONNECTED
    assert call.call_relay == "turn"
    unknown = DirectCall.from_dict({"call_id": "c", "end_result_ex": "a_value_sendbird_adds_next_year"})
    assert unknown.end_result_ex == "a_value_sendbird_adds_next_year"


@pytest.mark.parametrize(
    "body",
    [
        {"token": "t", "type": "fcm_voip"},
        {"token": ["t1", "t2"], "type": "GCM", "user": {"user_id": "u"}},
        {"token": "t"},
        {},
    ],
)
def test_push_token_results_parse_whatever_shape_the_server_answers(body: dict[str, Any]) -> None:
    assert PushTokenResult.from_dict(body).to_dict() == body


def test_push_token_lists_read_chats_token_array_into_tokens() -> None:
    chat_style = PushTokenList.from_dict({"token": ["t1"], "type": "APNS_VOIP"})
    assert (chat_style.tokens, chat_style.type_) == (["t1"], "APNS_VOIP")
