"""verify-spec checks the spec's decisions that no source supports, and the unit of a user's call window.

Each check of ``verify.decisions.CHECKS`` reports what the application answered (a step), and a
``decision_differs`` finding when that is not what the spec decided; the unit check finds a
window read in another unit (``wrong_unit``). Runs go against the mock, as it is (every decision
holds) and drifted (``mock.drift`` rules that answer otherwise).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sendbird_calls.mock import CallsMock, create_app
from sendbird_calls.mock.drift import DEFAULT_DRIFT, Rewrite, window_in_seconds, with_drift
from sendbird_calls.mock.transport import SyncASGITransport
from sendbird_calls.spec_doc import load_spec
from sendbird_calls.verify import EXIT_COULD_NOT_RUN, EXIT_DRIFT, EXIT_MATCH, FindingKind, VerifyReport
from sendbird_calls.verify.decisions import CHECKS, PUSH_TOKEN_TYPE, spec_decisions
from tests.verify_support import APP, PUSH_USER, TOKEN, run, seed_resources, snapshot


@pytest.fixture
def mock() -> Iterator[CallsMock]:
    with CallsMock(app_id=APP, api_token=TOKEN, seed=7, users=12, calls=60) as calls_mock:
        seed_resources(calls_mock)
        yield calls_mock


def drifted(rules: dict[str, Rewrite]) -> CallsMock:
    mock = CallsMock(with_drift(create_app(app_id=APP, api_token=TOKEN, seed=7, users=12, calls=60), rules=rules))
    seed_resources(mock)
    return mock


def decision_steps(report: VerifyReport) -> dict[str, tuple[str, str]]:
    """Check name -> (outcome, detail) of each decision step of a run."""
    found: dict[str, tuple[str, str]] = {}
    for step in report.steps:
        if step.name.startswith("decision "):
            found[step.name.split()[1]] = (step.outcome, step.detail)
    return found


def differing(report: VerifyReport) -> list[tuple[str, str]]:
    return [(f.operation, f.detail) for f in report.findings if f.kind is FindingKind.DECISION_DIFFERS]


def test_the_checks_are_the_decisions_the_spec_names() -> None:
    decisions = spec_decisions(load_spec())
    assert set(decisions) == set(CHECKS)
    assert all(text.endswith("; no source") for name, text in decisions.items() if name != "generate_token_body")


def test_a_write_run_on_the_mock_checks_every_decision_and_each_holds(mock: CallsMock) -> None:
    before = snapshot(mock)
    report = run(mock, write=True, push_user=PUSH_USER)

    assert report.exit_code == EXIT_MATCH, report.render()
    steps = decision_steps(report)
    assert set(steps) == set(CHECKS)
    for name, (outcome, detail) in steps.items():
        if CHECKS[name].how == "never":
            assert (outcome, detail) == ("skipped", CHECKS[name].why_never), name
        else:
            assert outcome == "ok", (name, detail)
            assert detail.endswith(", as decided"), (name, detail)
    assert steps["eleventh_secondary_token"][1] == "answered HTTP 400, code 400100, as decided"
    assert steps["secondary_token_on_master_only"][1] == "answered HTTP 401, code 401120, as decided"
    assert steps["delete_unknown_room"][1] == "answered HTTP 400, code 1400126 INVALID_ROOM, as decided"
    assert snapshot(mock) == before  # the ten tokens of the token-cap check are revoked again
    assert len(mock.state.revoked_tokens) == 11
    assert report.leftovers == []


class Wire(httpx.BaseTransport):
    """Passes requests to the mock and keeps each one's method and real URL (secret path values unmasked)."""

    def __init__(self, mock: CallsMock) -> None:
        self.inner = SyncASGITransport(mock.app)
        self.sent: list[tuple[str, str]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((request.method, str(request.url)))
        return self.inner.handle_request(request)


def test_the_master_token_is_never_sent_to_be_revoked_nor_every_push_token_removed(mock: CallsMock) -> None:
    wire = Wire(mock)
    run(mock, wire, write=True, push_user=PUSH_USER)
    deletes = [url for method, url in wire.sent if method == "DELETE"]
    assert len([url for url in deletes if "/api_tokens/" in url]) == 11
    assert not [url for url in deletes if TOKEN in url]
    assert not [url for url in deletes if url.endswith(f"/push/{PUSH_TOKEN_TYPE}")]
    assert not mock.requests.for_operation("remove_push_tokens_of_type")
    assert (
        "DELETE",
        f"{mock.base_url}/users/{PUSH_USER}/push/{PUSH_TOKEN_TYPE}/sendbird-calls-verify-",
    ) in {(method, url.rsplit("-", 2)[0] + "-") for method, url in wire.sent if url.endswith("-absent")}


def test_a_read_only_run_checks_the_decisions_it_can_with_gets_only(mock: CallsMock) -> None:
    report = run(mock)
    assert report.exit_code == EXIT_MATCH
    assert {r.method for r in mock.requests} == {"GET"}
    assert set(decision_steps(report)) == {name for name, check in CHECKS.items() if not check.write}
    assert set(decision_steps(report)) == {"call_window_over_90_days", "unknown_room", "room_id_with_room_ids"}


def test_without_a_push_user_the_push_checks_say_why_they_were_skipped(mock: CallsMock) -> None:
    steps = decision_steps(run(mock, write=True))
    for name in ("remove_push_token_answer", "remove_missing_push_token"):
        assert steps[name] == ("skipped", "no push user named (--push-user)")


def eleventh_token_refused_otherwise(status: int, body: Any) -> tuple[int, Any]:
    """generate: the 11th token is refused with Chat's 400203 (reached max count), not the decided 400100."""
    if status == 400 and isinstance(body, dict) and body.get("code") == 400100:
        body["code"] = 400203
    return status, body


def unknown_room_not_found(status: int, body: Any) -> tuple[int, Any]:
    """delete_room: an unknown room answers the Calls "not found", 400200, not the decided 1400126."""
    if status == 400 and isinstance(body, dict):
        body.update(code=400200, type="NOT_FOUND")
    return status, body


def test_an_answer_other_than_decided_is_a_finding_naming_the_check_and_what_was_seen() -> None:
    with drifted(
        {"generate_secondary_api_token": eleventh_token_refused_otherwise, "delete_room": unknown_room_not_found}
    ) as mock:
        before = snapshot(mock)
        report = run(mock, write=True, push_user=PUSH_USER)
        assert snapshot(mock) == before

    assert report.exit_code == EXIT_DRIFT
    assert sorted(differing(report)) == [
        (
            "delete_room",
            "decision delete_unknown_room (deleting an unknown room is 400 + 1400126; no source): the spec decided "
            "400 + 1400126, the application answered HTTP 400, code 400200 NOT_FOUND",
        ),
        (
            "generate_secondary_api_token",
            "decision eleventh_secondary_token (an 11th secondary token is 400 + 400100; no source): the spec decided "
            "400 + 400100, the application answered HTTP 400, code 400203",
        ),
    ]
    assert decision_steps(report)["eleventh_secondary_token"] == (
        "ok",
        "answered HTTP 400, code 400203; the spec decided 400 + 400100",
    )


def eleventh_token_accepted(status: int, body: Any) -> tuple[int, Any]:
    """generate: no cap, the 11th token is answered like any other (a token the mock never issued)."""
    if status == 400:
        return 200, {"token": "f" * 40, "created_at": 1767225600}
    return status, body


def test_when_an_eleventh_token_is_accepted_it_is_revoked_too_and_a_failed_revoke_is_a_leftover() -> None:
    with drifted({"generate_secondary_api_token": eleventh_token_accepted}) as mock:
        report = run(mock, write=True, push_user=PUSH_USER)
        revoked = [r.raw_path for r in mock.requests.for_operation("revoke_secondary_api_token")]

    assert len(revoked) == 12  # the lifecycle's token, the check's ten, and the accepted eleventh
    assert [operation for operation, _ in differing(report)] == ["generate_secondary_api_token"]
    assert report.leftovers == [
        "a secondary API token generated by the token-cap check (HTTP 400, code 400201)"
    ]  # the mock never issued it
    assert "f" * 40 not in report.to_json_text() + report.render()
    assert report.exit_code == EXIT_DRIFT


def window_probe_fails(status: int, body: Any) -> tuple[int, Any]:
    """list_user_calls: the 90-day window check is answered with a 500."""
    if status == 400:
        return 500, {"error": True, "code": 500999, "type": "UNKNOWN_ERROR", "message": "down"}
    return status, body


def test_a_check_answered_with_a_server_error_fails_its_step_and_judges_nothing() -> None:
    with drifted({"list_user_calls": window_probe_fails}) as mock:
        report = run(mock)
    assert differing(report) == []
    assert decision_steps(report)["call_window_over_90_days"] == (
        "failed",
        "answered HTTP 500, code 500999 UNKNOWN_ERROR: nothing to judge",
    )
    assert report.exit_code == EXIT_COULD_NOT_RUN


def test_a_window_read_in_seconds_is_a_wrong_unit_finding_naming_the_unit() -> None:
    with drifted({"list_user_calls": window_in_seconds}) as mock:
        report = run(mock)
    (finding,) = [f for f in report.findings if f.kind is FindingKind.WRONG_UNIT]
    assert (finding.operation, finding.pointer) == ("list_user_calls", "/calls")
    assert "x-unit: ms" in finding.detail
    assert "the spec says ms" in finding.detail
    assert [f.kind for f in report.findings] == [FindingKind.WRONG_UNIT]


def test_a_window_in_the_specs_unit_finds_the_listed_call(mock: CallsMock) -> None:
    report = run(mock)
    (step,) = [s for s in report.steps if s.name == "check the unit of a user's call window"]
    assert (step.outcome, step.detail) == ("ok", "a window in ms (x-unit) found a listed call")
    (window,) = [
        r
        for r in mock.requests.for_operation("list_user_calls")
        if "start_ts" in r.query and "end_ts" in r.query and "limit=100" in r.query
    ]
    assert window.query.count("start_ts=") == 1


def test_the_default_drift_mock_reads_the_window_in_seconds() -> None:
    assert DEFAULT_DRIFT["list_user_calls"] is not window_in_seconds  # chained with the custom-items drift
    with CallsMock(with_drift(create_app(app_id=APP, api_token=TOKEN))) as mock:
        report = run(mock)
    assert FindingKind.WRONG_UNIT in {f.kind for f in report.findings}
    assert FindingKind.DECISION_DIFFERS in {f.kind for f in report.findings}


def started_at_in_seconds(status: int, body: Any) -> tuple[int, Any]:
    """list_user_calls: every call's started_at in Unix seconds."""
    for call in body.get("calls", []) if isinstance(body, dict) else []:
        if isinstance(call, dict) and isinstance(call.get("started_at"), int):
            call["started_at"] //= 1000
    return status, body


def test_a_listed_started_at_that_is_no_millisecond_time_skips_the_unit_check_without_sending_it() -> None:
    with drifted({"list_user_calls": started_at_in_seconds}) as mock:
        report = run(mock)
        windows = [r for r in mock.requests.for_operation("list_user_calls") if "limit=100" in r.query]
    (step,) = [s for s in report.steps if s.name == "check the unit of a user's call window"]
    assert (step.outcome, step.detail) == ("skipped", "a listed call's started_at is not in Unix milliseconds")
    assert windows == []
    assert report.complete
