"""The schema checker: kinds of drift told apart, at RFC 6901 pointers, for any input of a family."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from sendbird_calls.mock.spec import load_spec
from sendbird_calls.verify.answers import Answer, SpecAnswers
from sendbird_calls.verify.findings import FindingKind, SchemaLocation
from sendbird_calls.verify.schema_check import SchemaChecker

SPEC = load_spec().raw
CHECKER = SchemaChecker(SPEC)
USER = {"$ref": "#/components/schemas/User"}
USER_FIELDS = set(SPEC["components"]["schemas"]["User"]["properties"])

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


def check(value: Any, schema: dict[str, Any] = USER) -> list[tuple[FindingKind, str]]:
    findings = CHECKER.check(value, schema, SchemaLocation(()), operation="op", status=200)
    return [(f.kind, f.pointer) for f in findings]


@given(users)
def test_a_user_that_fits_the_spec_has_no_findings(user: dict[str, Any]) -> None:
    assert check(user) == []


@given(users, st.text(min_size=1).filter(lambda name: name not in USER_FIELDS), json_values)
def test_an_added_field_is_reported_once_at_its_escaped_pointer(user: dict[str, Any], name: str, value: Any) -> None:
    user[name] = value
    escaped = name.replace("~", "~0").replace("/", "~1")
    assert check(user) == [(FindingKind.UNDOCUMENTED_FIELD, f"/{escaped}")]


@given(users, st.sampled_from(["nickname", "is_active"]), st.one_of(st.integers(), st.lists(st.none(), max_size=2)))
def test_a_retyped_field_is_a_wrong_type_at_its_pointer(user: dict[str, Any], name: str, value: Any) -> None:
    user[name] = value
    assert check(user) == [(FindingKind.WRONG_TYPE, f"/{name}")]


@given(users)
def test_a_missing_required_field_is_reported(user: dict[str, Any]) -> None:
    del user["user_id"]
    assert check(user) == [(FindingKind.MISSING_REQUIRED_FIELD, "/user_id")]


def test_open_enums_accept_known_values_and_report_new_ones_with_the_enum_location() -> None:
    schema = {"$ref": "#/components/schemas/Participant"}
    participant = {"room_id": "r", "participant_id": "p", "state": "connected"}
    assert check(participant, schema) == []
    (finding,) = CHECKER.check(
        {**participant, "state": "on_hold"}, schema, SchemaLocation(()), operation="op", status=200
    )
    assert (finding.kind, finding.pointer, finding.value) == (FindingKind.UNKNOWN_ENUM_VALUE, "/state", "on_hold")
    assert finding.schema_location == SchemaLocation(("components", "schemas", "ParticipantState", "enum"))


def test_nullable_fields_accept_null_and_report_the_branch_that_fits_best() -> None:
    schema = {"$ref": "#/components/schemas/DirectCall"}
    assert check({"call_id": "c", "end_result": None, "duration": None}, schema) == []
    assert check({"call_id": "c", "duration": "55"}, schema) == [(FindingKind.WRONG_TYPE, "/duration")]
    summary = {"$ref": "#/components/schemas/CallSummary"}
    count = {"total": 1, "direct_call": {"caller": 1, "callee": 0}}
    assert check({"call_count": count, "last_call": {"call_id": "c", "extra": 1}}, summary) == [
        (FindingKind.UNDOCUMENTED_FIELD, "/last_call/extra")
    ]


def test_bounds_are_constraint_violations() -> None:
    items = {"$ref": "#/components/schemas/CustomItems"}
    assert check({str(i): "v" for i in range(11)}, items) == [(FindingKind.CONSTRAINT_VIOLATION, "")]


def test_answers_secret_fields_never_carry_their_value() -> None:
    answers = SpecAnswers(SPEC)
    body = b'{"token": 12345, "created_at": 1}'
    checked = answers.check("generate_secondary_api_token", Answer(200, "application/json", body))
    (finding,) = checked.findings
    assert finding.kind is FindingKind.WRONG_TYPE
    assert "12345" not in finding.detail


def test_error_answers_are_checked_against_the_documented_codes() -> None:
    answers = SpecAnswers(SPEC)
    documented = b'{"error": true, "code": 400200, "message": "x"}'
    assert answers.check("get_room", Answer(400, "application/json", documented)).findings == []
    unknown = b'{"error": true, "code": 401999, "message": "x"}'
    (finding,) = answers.check("get_room", Answer(401, "application/json", unknown)).findings
    assert (finding.kind, finding.pointer, finding.value) == (FindingKind.UNDOCUMENTED_ERROR_CODE, "/code", "401999")
    (not_json,) = answers.check("get_room", Answer(502, "text/html", b"<html>")).findings[1:]
    assert not_json.kind is FindingKind.NOT_JSON
