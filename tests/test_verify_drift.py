"""verify-spec against the drift mock: every kind of finding read-only, each at its pointer; the report, the overlay."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from openapi_spec_validator import validate

from sendbird_calls.mock import CallsMock, CallsMockServer, create_app
from sendbird_calls.mock.drift import DEFAULT_DRIFT, DriftMiddleware, with_drift
from sendbird_calls.spec_doc import load_spec
from sendbird_calls.verify import (
    EXIT_DRIFT,
    OVERLAY_SCHEMA,
    REPORT_SCHEMA,
    FindingKind,
    VerifyReport,
    apply_overlay,
    verify_spec,
)
from tests.verify_support import APP, PUSH_USER, TOKEN, kinds, run, seed_resources, snapshot


@pytest.fixture
def drifted() -> Iterator[CallsMock]:
    with CallsMock(with_drift(create_app(app_id=APP, api_token=TOKEN, seed=7, users=12, calls=60))) as mock:
        seed_resources(mock)
        yield mock


@pytest.fixture
def report(drifted: CallsMock) -> VerifyReport:
    return run(drifted)


EXPECTED = {
    (FindingKind.UNDOCUMENTED_FIELD, "list_users", "/users/0/zz_drift_nickname"),
    (FindingKind.CONSTRAINT_VIOLATION, "list_user_calls", "/calls/0/custom_items"),
    (FindingKind.MISSING_REQUIRED_FIELD, "get_direct_call", "/call/call_id"),
    (FindingKind.UNDOCUMENTED_FIELD, "get_direct_call", "/call/zz_drift_call_id"),
    (FindingKind.UNDOCUMENTED_FIELD, "list_direct_calls", "/calls/0/zz_drift_recording_url"),
    (FindingKind.WRONG_TYPE, "list_direct_calls", "/calls/0/duration"),
    (FindingKind.UNKNOWN_ENUM_VALUE, "list_direct_calls", "/calls/0/end_result"),
    (FindingKind.MISSING_REQUIRED_FIELD, "get_room", "/room/room_type"),
    (FindingKind.UNDOCUMENTED_FIELD, "get_room", "/room/zz_drift_room_type"),
    (FindingKind.UNDOCUMENTED_STATUS, "get_webhook_settings", ""),
    (FindingKind.UNDOCUMENTED_STATUS, "get_room", ""),
    (FindingKind.UNDOCUMENTED_ERROR_CODE, "get_direct_call", "/code"),
    (FindingKind.NOT_JSON, "get_user_call_summary", ""),
    (FindingKind.WRONG_UNIT, "list_user_calls", "/calls"),
    (FindingKind.DECISION_DIFFERS, "get_room", ""),
}


def test_a_read_only_run_on_the_drift_mock_as_it_starts_finds_every_kind() -> None:
    """The mock as ``sendbird-calls mock --drift`` serves it (no rooms), over loopback HTTP, GETs only."""
    with CallsMockServer(with_drift(create_app(app_id=APP, api_token=TOKEN))) as server:
        report = verify_spec(APP, TOKEN, base_url=server.base_url, rate=None)
        methods = {request.method for request in server.requests}
    assert kinds(report) == set(FindingKind)
    assert methods == {"GET"}
    assert report.exit_code == EXIT_DRIFT


def test_every_kind_of_drift_is_found_at_its_pointer(report: VerifyReport) -> None:
    found = {(f.kind, f.operation, f.pointer) for f in report.findings}
    assert found == EXPECTED
    assert kinds(report) == set(FindingKind)
    assert report.exit_code == EXIT_DRIFT


def test_findings_carry_what_a_maintainer_needs(report: VerifyReport) -> None:
    by_key = {(f.kind, f.operation): f for f in report.findings}
    enum = by_key[FindingKind.UNKNOWN_ENUM_VALUE, "list_direct_calls"]
    assert enum.value == "zz_drift_blocked_by_policy"
    assert "completed" in enum.detail
    assert "integer" in by_key[FindingKind.WRONG_TYPE, "list_direct_calls"].detail
    assert by_key[FindingKind.UNDOCUMENTED_STATUS, "get_webhook_settings"].status == 202
    assert by_key[FindingKind.UNDOCUMENTED_ERROR_CODE, "get_direct_call"].value == "400300"
    assert by_key[FindingKind.CONSTRAINT_VIOLATION, "list_user_calls"].detail == "more than maxProperties 10"
    assert by_key[FindingKind.MISSING_REQUIRED_FIELD, "get_direct_call"].detail == "required field 'call_id' is absent"
    # Repeats are one finding with a count: every user on every page lost its nickname.
    assert by_key[FindingKind.UNDOCUMENTED_FIELD, "list_users"].occurrences == 12


def test_the_table_names_every_finding(report: VerifyReport) -> None:
    table = report.render()
    assert table.startswith(f"Drift: {len(EXPECTED)} findings")
    for _, operation, pointer in EXPECTED:
        assert operation in table
        assert pointer in table


def test_the_json_report_validates_against_its_schema(report: VerifyReport) -> None:
    document = json.loads(report.to_json_text())
    jsonschema.validate(document, REPORT_SCHEMA)
    assert document["result"] == "drift"
    assert len(document["findings"]) == len(EXPECTED)


def test_the_overlay_validates_applies_and_the_result_still_lints(report: VerifyReport) -> None:
    overlay = report.overlay()
    assert overlay is not None
    jsonschema.validate(overlay, OVERLAY_SCHEMA)
    spec = dict(load_spec())
    patched = apply_overlay(spec, overlay)
    validate(patched)
    schemas = patched["components"]["schemas"]
    assert schemas["User"]["properties"]["zz_drift_nickname"]["type"] == "string"
    assert schemas["DirectCall"]["properties"]["zz_drift_recording_url"]["type"] == "string"
    assert schemas["Room"]["properties"]["zz_drift_room_type"]["type"] == "string"
    assert "zz_drift_blocked_by_policy" in schemas["EndResult"]["enum"]
    # Only additions: the retyped field and the missing one are for a human to decide.
    assert (
        schemas["DirectCall"]["properties"]["duration"]
        == spec["components"]["schemas"]["DirectCall"]["properties"]["duration"]
    )
    assert "room_type" in schemas["Room"]["required"]
    assert "call_id" in schemas["DirectCall"]["required"]
    assert schemas["CustomItems"] == spec["components"]["schemas"]["CustomItems"]
    # the input is untouched
    assert spec["components"]["schemas"]["User"]["properties"].get("zz_drift_nickname") is None


def test_the_patched_spec_matches_the_drifted_additions(
    drifted: CallsMock, report: VerifyReport, tmp_path: Any
) -> None:
    """Checked against the spec with the overlay applied, the additive findings are gone."""
    import yaml

    overlay = report.overlay()
    assert overlay is not None
    patched = apply_overlay(load_spec(), overlay)
    path = tmp_path / "patched.yaml"
    path.write_text(yaml.safe_dump(patched, sort_keys=False))
    again = run(drifted, spec_path=path)
    seen = {(f.kind, f.operation) for f in again.findings}
    assert (FindingKind.UNDOCUMENTED_FIELD, "list_users") not in seen
    assert (FindingKind.UNKNOWN_ENUM_VALUE, "list_direct_calls") not in seen
    assert (FindingKind.WRONG_TYPE, "list_direct_calls") in seen
    assert (FindingKind.CONSTRAINT_VIOLATION, "list_user_calls") in seen
    assert again.spec.sha256 != report.spec.sha256


def test_the_drifted_mock_still_runs_the_write_lifecycle_and_cleans_up(drifted: CallsMock) -> None:
    before = snapshot(drifted)
    report = run(drifted, write=True, push_user=PUSH_USER)
    assert report.exit_code == EXIT_DRIFT
    assert report.leftovers == []
    assert snapshot(drifted) == before


def test_drift_rules_must_name_operations_of_the_spec() -> None:
    with pytest.raises(ValueError, match="no_such_operation"):
        DriftMiddleware(create_app(), rules={"no_such_operation": DEFAULT_DRIFT["list_users"]})


def test_the_tokens_are_scrubbed_even_when_the_server_echoes_them() -> None:
    """A hostile server that answers the API token, and a secondary token read later in the run, as field names
    and values, in the error answers too: the report never shows either."""
    secondary: list[str] = []

    def echo_tokens(status: int, body: Any) -> tuple[int, Any]:
        for value in [TOKEN, *secondary]:
            body["users"][0][value] = {"copy": value}
            body["users"][0]["state"] = value
        return status, body

    def echo_in_errors(status: int, body: Any) -> tuple[int, Any]:
        if status == 400:
            body["code"] = 400300
            body["message"] = f"no call for token {TOKEN} or {secondary[0]}"
        return status, body

    rules = {"list_users": echo_tokens, "get_direct_call": echo_in_errors}
    app = with_drift(create_app(app_id=APP, api_token=TOKEN, users=3, calls=3), rules=rules)
    with CallsMock(app) as mock:
        with mock.state.lock:
            secondary.append(mock.state.generate_token()["token"])
        report = run(mock)
    assert {f.kind for f in report.findings} >= {FindingKind.UNDOCUMENTED_FIELD, FindingKind.UNDOCUMENTED_ERROR_CODE}
    outputs = [report.render(), report.to_json_text(), json.dumps(report.overlay())]
    for value in [TOKEN, *secondary]:
        assert all(value not in text for text in outputs)
    assert len([f for f in report.findings if f.pointer.startswith("/users/0/***")]) == 2


def test_a_hostile_answer_nested_deeper_than_the_stack_is_a_finding_not_a_crash() -> None:
    deep = "[" * 100_000 + "]" * 100_000

    def nest(status: int, body: Any) -> tuple[int, Any]:
        value: Any = []
        for _ in range(500):
            value = [value]
        body["users"][0]["nested"] = value
        return status, body

    app = with_drift(create_app(app_id=APP, api_token=TOKEN, users=3, calls=3), rules={"list_users": nest})
    with CallsMock(app) as mock:
        report = run(mock)
    (finding,) = [f for f in report.findings if f.pointer == "/users/0/nested"]
    assert finding.kind is FindingKind.UNDOCUMENTED_FIELD
    from sendbird_calls.verify.answers import SpecAnswers

    (not_json,) = SpecAnswers(load_spec()).check("list_users", 200, deep.encode(), "application/json").findings
    assert not_json.kind is FindingKind.NOT_JSON


def test_the_mock_command_serves_the_drifted_variant_with_every_kind(tmp_path: Any) -> None:
    import re
    import subprocess
    import sys

    process = subprocess.Popen(
        [sys.executable, "-m", "sendbird_calls.mock", "--port", "0", "--api-token", TOKEN, "--app-id", APP, "--drift"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        printed = "".join(process.stdout.readline() for _ in range(2))
        base_url = re.search(r"base_url:\s+(http://127\.0\.0\.1:\d+/v1)", printed)
        assert base_url, printed
        report = verify_spec(APP, TOKEN, base_url=base_url.group(1), rate=None, max_pages=1)
        assert report.exit_code == EXIT_DRIFT
        assert kinds(report) == set(FindingKind)
    finally:
        process.terminate()
        process.wait(timeout=10)
