"""The findings jsonschema produces: kinds of drift told apart, at RFC 6901 pointers, for any input of a family."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from sendbird_calls.spec_doc import SpecUnavailableError, load_spec
from sendbird_calls.verify.answers import SpecAnswers
from sendbird_calls.verify.findings import Finding, FindingKind, SchemaLocation
from sendbird_calls.verify.schema_findings import DOCUMENT_URI, SpecSchemas

SPEC = load_spec()
SCHEMAS = SpecSchemas(SPEC)
COMPONENTS: dict[str, Any] = SPEC["components"]["schemas"]
USER_FIELDS = set(COMPONENTS["User"]["properties"])
PARTICIPANT_STATES = list(COMPONENTS["ParticipantState"]["enum"])

users = st.fixed_dictionaries(
    {"user_id": st.text()},
    optional={
        "nickname": st.text(),
        "profile_url": st.text(),
        "metadata": st.dictionaries(st.text(), st.text(), max_size=3),
        "is_active": st.booleans(),
        "is_online": st.booleans(),
    },
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=5,
)
marked = st.from_regex(r"\Avalue-[0-9a-f]{8}\Z")
"""Strings that cannot appear in a detail by chance: a detail that holds one leaked a value."""


def findings(value: Any, name: str = "User", schemas: SpecSchemas = SCHEMAS) -> list[Finding]:
    schema = schemas.document["components"]["schemas"][name]
    return schemas.check(value, schema, operation="op", status=200)


def check(value: Any, name: str = "User", schemas: SpecSchemas = SCHEMAS) -> list[tuple[FindingKind, str]]:
    return [(f.kind, f.pointer) for f in findings(value, name, schemas)]


@given(users)
def test_a_user_that_fits_the_spec_has_no_findings(user: dict[str, Any]) -> None:
    assert check(user) == []


@given(users, st.text(min_size=1).filter(lambda name: name not in USER_FIELDS), json_values)
def test_an_added_field_is_reported_once_at_its_escaped_pointer(user: dict[str, Any], name: str, value: Any) -> None:
    user[name] = value
    escaped = name.replace("~", "~0").replace("/", "~1")
    (finding,) = findings(user)
    assert (finding.kind, finding.pointer) == (FindingKind.UNDOCUMENTED_FIELD, f"/{escaped}")
    assert finding.schema_location == SchemaLocation(("components", "schemas", "User"))  # where the overlay adds it
    assert finding.observed_schema is not None


@given(users, st.sampled_from(["nickname", "is_active"]), st.one_of(st.integers(), st.lists(marked, max_size=2)))
def test_a_retyped_field_is_a_wrong_type_at_its_pointer_never_showing_the_value(
    user: dict[str, Any], name: str, value: Any
) -> None:
    user[name] = value
    (finding,) = findings(user)
    assert (finding.kind, finding.pointer) == (FindingKind.WRONG_TYPE, f"/{name}")
    assert not any(str(item) in finding.detail for item in (value if isinstance(value, list) else []))


@given(users)
def test_a_missing_required_field_is_reported_at_its_pointer(user: dict[str, Any]) -> None:
    del user["user_id"]
    (finding,) = findings(user)
    assert (finding.kind, finding.pointer, finding.detail) == (
        FindingKind.MISSING_REQUIRED_FIELD,
        "/user_id",
        "required field 'user_id' is absent",
    )


ALIASED = SpecSchemas(
    {
        "components": {
            "schemas": {
                "Exit": {
                    "type": "object",
                    "required": ["exited_at"],
                    "properties": {
                        "exited_at": {"type": "integer", "description": "Also sent as `exit_at`. When it ended."}
                    },
                },
                "ClosedExit": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "exited_at": {"type": "integer", "description": "Also sent as `exit_at`. When it ended."}
                    },
                },
            }
        }
    }
)


@given(st.integers())
def test_a_field_sent_under_its_other_name_is_neither_missing_nor_undocumented(when: int) -> None:
    assert check({"exit_at": when}, "Exit", ALIASED) == []
    assert check({"exit_at": when}, "ClosedExit", ALIASED) == []
    assert check({"exited_at": when, "exit_at": when}, "Exit", ALIASED) == []


@given(marked)
def test_a_field_under_its_other_name_is_checked_as_the_field(text: str) -> None:
    (finding,) = findings({"exit_at": text}, "Exit", ALIASED)
    assert (finding.kind, finding.pointer) == (FindingKind.WRONG_TYPE, "/exit_at")
    assert text not in finding.detail
    assert check({}, "Exit", ALIASED) == [(FindingKind.MISSING_REQUIRED_FIELD, "/exited_at")]
    assert check({"exit_at": 1, "other": 2}, "ClosedExit", ALIASED) == [(FindingKind.UNDOCUMENTED_FIELD, "/other")]


def test_the_spec_s_other_names_are_accepted_in_real_answers() -> None:
    participant = {"room_id": "r", "participant_id": "p", "exit_at": 1_700_000_000_000}
    assert check(participant, "Participant") == []
    assert check({"user_id": "u", "meta_data": {"team": "a"}}, "CallParticipant") == []
    assert check({"token": ["t1", "t2"], "type": "FCM_VOIP"}, "PushTokenList") == []
    assert check({"user_id": "u", "meta_data": {"team": 1}}, "CallParticipant") == [
        (FindingKind.WRONG_TYPE, "/meta_data/team")
    ]


@given(st.sampled_from(PARTICIPANT_STATES))
def test_known_values_of_an_open_enum_have_no_findings(state: str) -> None:
    assert check({"room_id": "r", "participant_id": "p", "state": state}, "Participant") == []


@given(st.text().filter(lambda state: state not in PARTICIPANT_STATES))
def test_a_new_value_of_an_open_enum_is_reported_with_the_enum_s_location(state: str) -> None:
    (finding,) = findings({"room_id": "r", "participant_id": "p", "state": state}, "Participant")
    assert (finding.kind, finding.pointer, finding.value) == (FindingKind.UNKNOWN_ENUM_VALUE, "/state", state)
    assert finding.schema_location == SchemaLocation(("components", "schemas", "ParticipantState", "enum"))


def test_nullable_fields_accept_null_and_report_the_branch_that_fits_best() -> None:
    assert check({"call_id": "c", "end_result": None, "duration": None}, "DirectCall") == []
    assert check({"call_id": "c", "end_result": "completed"}, "DirectCall") == []
    assert check({"call_id": "c", "duration": "55"}, "DirectCall") == [(FindingKind.WRONG_TYPE, "/duration")]
    count = {"total": 1, "direct_call": {"caller": 1, "callee": 0}}
    assert check({"call_count": count, "last_call": {"call_id": "c", "extra": 1}}, "CallSummary") == [
        (FindingKind.UNDOCUMENTED_FIELD, "/last_call/extra")
    ]
    (enum,) = findings({"call_id": "c", "end_result": "blocked"}, "DirectCall")
    assert (enum.kind, enum.pointer, enum.value) == (FindingKind.UNKNOWN_ENUM_VALUE, "/end_result", "blocked")
    assert enum.schema_location == SchemaLocation(("components", "schemas", "EndResult", "enum"))


@given(st.integers(min_value=11, max_value=30))
def test_more_custom_items_than_allowed_is_a_constraint_violation(count: int) -> None:
    (finding,) = findings({f"key{i}": "v" for i in range(count)}, "CustomItems")
    assert (finding.kind, finding.pointer, finding.detail) == (
        FindingKind.CONSTRAINT_VIOLATION,
        "",
        "more than maxProperties 10",
    )


@given(st.text(min_size=129, max_size=300))
def test_a_value_past_its_length_is_a_constraint_violation_at_its_pointer(value: str) -> None:
    (finding,) = findings({"topic": value}, "CustomItems")
    assert (finding.kind, finding.pointer, finding.detail) == (
        FindingKind.CONSTRAINT_VIOLATION,
        "/topic",
        "longer than maxLength 128",
    )


@given(st.text(max_size=5), st.text(max_size=5))
def test_a_key_with_a_comma_breaks_the_key_pattern_without_showing_the_key(head: str, tail: str) -> None:
    (finding,) = findings({f"{head},{tail}marker": "v"}, "CustomItems")
    assert (finding.kind, finding.pointer) == (FindingKind.CONSTRAINT_VIOLATION, "")
    assert finding.detail == "a key does not match the pattern ^[^,]+$"


@given(st.integers(max_value=-1))
def test_a_count_below_its_minimum_is_a_constraint_violation(total: int) -> None:
    count = {"total": total, "direct_call": {"caller": 0, "callee": 0}}
    assert check(count, "CallCount") == [(FindingKind.CONSTRAINT_VIOLATION, "/total")]


RESPONSE_SCHEMAS = ["User", "DirectCall", "Participant", "Room", "CallSummary", "CustomItems", "PushTokenList"]
SPEC_NAMES = sorted(
    {str(name) for schema in COMPONENTS.values() for name in (schema.get("properties") or {})}
    | {"exit_at", "meta_data"}
)
answers_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=4),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(SPEC_NAMES) | st.text(max_size=3), inner, max_size=5)
    ),
    max_leaves=12,
)


def _resolves(value: Any, pointer: str) -> bool:
    for token in pointer.split("/")[1:]:
        key = token.replace("~1", "/").replace("~0", "~")
        if isinstance(value, dict) and key in value:
            value = value[key]
        elif isinstance(value, list) and key.isdigit() and int(key) < len(value):
            value = value[int(key)]
        else:
            return False
    return True


@settings(max_examples=300)
@given(st.sampled_from(RESPONSE_SCHEMAS), answers_like)
def test_any_answer_is_flagged_whenever_plain_jsonschema_rejects_it_and_every_pointer_is_real(
    name: str, value: Any
) -> None:
    """The extensions only add findings: whatever Draft 2020-12 itself refuses is never let through."""
    plain = Draft202012Validator({"$ref": f"{DOCUMENT_URI}#/components/schemas/{name}"}, registry=SCHEMAS.registry)
    found = findings(value, name)
    if not plain.is_valid(value):
        assert found
    for finding in found:
        if finding.kind is FindingKind.MISSING_REQUIRED_FIELD:
            parent = finding.pointer.rpartition("/")[0]
            assert _resolves(value, parent)
            assert not _resolves(value, finding.pointer)
        else:
            assert _resolves(value, finding.pointer)


def test_only_schemas_of_the_document_can_be_checked_and_a_dangling_ref_is_named() -> None:
    with pytest.raises(ValueError, match="schema of the document"):
        SCHEMAS.check({}, {"type": "object"}, operation="op", status=200)
    broken = SpecSchemas({"components": {"schemas": {"A": {"$ref": "#/components/schemas/Missing"}}}})
    with pytest.raises(SpecUnavailableError, match="Missing"):
        findings({}, "A", broken)


def test_answers_secret_fields_never_carry_their_value() -> None:
    answers = SpecAnswers(SPEC)
    checked = answers.check("generate_secondary_api_token", 200, b'{"token": 12345, "created_at": 1}')
    (finding,) = checked.findings
    assert finding.kind is FindingKind.WRONG_TYPE
    assert "12345" not in finding.detail


def test_error_answers_are_checked_against_the_documented_codes() -> None:
    answers = SpecAnswers(SPEC)
    documented = b'{"error": true, "code": 400200, "message": "x"}'
    assert answers.check("get_room", 400, documented).findings == []
    unknown = b'{"error": true, "code": 401999, "message": "x"}'
    (finding,) = answers.check("get_room", 401, unknown).findings
    assert (finding.kind, finding.pointer, finding.value) == (FindingKind.UNDOCUMENTED_ERROR_CODE, "/code", "401999")
    status, not_json = answers.check("get_room", 502, b"<html>", "text/html").findings
    assert (status.kind, not_json.kind) == (FindingKind.UNDOCUMENTED_STATUS, FindingKind.NOT_JSON)
    assert "text/html" in not_json.detail


def test_keywords_beyond_types_and_fields_are_checked_too() -> None:
    """jsonschema checks every keyword of the spec: the Chat host's errors must not carry ``type``."""
    answers = SpecAnswers(SPEC)
    with_type = b'{"error": true, "code": 400201, "message": "x", "type": "NOT_FOUND"}'
    found = {(f.kind, f.pointer): f for f in answers.check("list_secondary_api_tokens", 400, with_type).findings}
    assert set(found) == {(FindingKind.CONSTRAINT_VIOLATION, ""), (FindingKind.UNDOCUMENTED_FIELD, "/type")}
    assert found[FindingKind.CONSTRAINT_VIOLATION, ""].detail.startswith("matches what the spec excludes (not: ")


def test_an_inline_schema_under_any_path_and_an_unquoted_status_is_checked_and_located() -> None:
    """YAML reads ``200:`` as a number and paths hold braces and spaces: pointers into them still resolve."""
    schema = {"type": "object", "required": ["n"], "properties": {"n": {"$ref": "#/components/schemas/N"}}}
    document = {
        "paths": {
            "/a/{b} %x": {
                "get": {
                    "operationId": "op",
                    "responses": {200: {"description": "ok", "content": {"application/json": {"schema": schema}}}},
                }
            }
        },
        "components": {"schemas": {"N": {"type": "integer", "minimum": 1}}},
    }
    checked = SpecAnswers(document).check("op", 200, b'{"n": 0, "extra": true}')
    found = {(f.kind, f.pointer): f for f in checked.findings}
    assert set(found) == {(FindingKind.CONSTRAINT_VIOLATION, "/n"), (FindingKind.UNDOCUMENTED_FIELD, "/extra")}
    assert found[FindingKind.UNDOCUMENTED_FIELD, "/extra"].schema_location == SchemaLocation(
        ("paths", "/a/{b} %x", "get", "responses", "200", "content", "application/json", "schema")
    )
    assert 200 in document["paths"]["/a/{b} %x"]["get"]["responses"]  # the caller's document is not changed


@pytest.mark.parametrize("sent", [True, False, "true", "false"])
def test_a_boolean_also_sent_as_a_string_is_no_finding_in_either_spelling(sent: object) -> None:
    """``is_video_call`` is "Also sent as a string.": the models read both, so verify-spec reports neither."""
    body = json.dumps({"call": {"call_id": "c", "is_video_call": sent}}).encode()
    assert SpecAnswers(SPEC).check("get_direct_call", 200, body).findings == []


@pytest.mark.parametrize("sent", ["yes", "True", 1, None])
def test_any_other_spelling_of_a_string_boolean_is_a_wrong_type(sent: object) -> None:
    body = json.dumps({"call": {"call_id": "c", "is_video_call": sent}}).encode()
    found = [(f.kind, f.pointer) for f in SpecAnswers(SPEC).check("get_direct_call", 200, body).findings]
    assert found == [(FindingKind.WRONG_TYPE, "/call/is_video_call")]
