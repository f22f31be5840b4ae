"""verify-spec against the mock: a match, GET only without writes, and writes that leave nothing behind."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sendbird_calls.mock import CallsMock
from sendbird_calls.verify import EXIT_COULD_NOT_RUN, EXIT_MATCH
from sendbird_calls.verify.lifecycle import MARKER_KEY
from tests.verify_support import APP, PUSH_USER, TOKEN, run, seed_resources, snapshot


@pytest.fixture
def mock() -> Iterator[CallsMock]:
    with CallsMock(app_id=APP, api_token=TOKEN, seed=7, users=12, calls=60) as calls_mock:
        seed_resources(calls_mock)
        yield calls_mock


def test_read_only_run_matches_and_sends_nothing_but_get(mock: CallsMock) -> None:
    before = snapshot(mock)
    report = run(mock)
    assert report.findings == []
    assert report.exit_code == EXIT_MATCH
    assert report.complete
    assert {request.method for request in mock.requests} == {"GET"}
    assert snapshot(mock) == before
    # Every GET operation of the spec was exercised (the plan covers them all).
    gets = {op for op, info in mock.control.spec.operations.items() if info.method == "GET"}
    assert gets <= set(report.operations)


def test_read_only_run_follows_at_most_max_pages(mock: CallsMock) -> None:
    run(mock, max_pages=1, page_size=5)
    assert len(mock.requests.for_operation("list_users")) == 1
    mock.requests.clear()
    run(mock, max_pages=3, page_size=5)
    assert len(mock.requests.for_operation("list_users")) == 3  # 12 users, 5 a page: 3 pages


def test_write_run_matches_and_leaves_the_application_as_it_found_it(mock: CallsMock) -> None:
    before = snapshot(mock)
    rooms_before = set(mock.state.rooms.by_seq)
    report = run(mock, write=True, push_user=PUSH_USER)
    assert report.findings == [], report.render()
    assert report.exit_code == EXIT_MATCH
    assert report.leftovers == []
    assert snapshot(mock) == before
    written = {r.operation_id for r in mock.requests if r.method != "GET"}
    assert written == {
        "create_room",
        "update_room_custom_items",
        "delete_room_custom_items",
        "delete_room",
        "add_push_token",
        "remove_push_token",
        "generate_secondary_api_token",
        "revoke_secondary_api_token",
    }
    # A deleted room stays readable in Calls (it cannot be erased): the run's one room is deleted and marked.
    (new,) = [mock.state.rooms.by_seq[seq] for seq in set(mock.state.rooms.by_seq) - rooms_before]
    assert new.state == "deleted"
    assert MARKER_KEY in new.custom_items


def test_without_a_push_user_no_push_token_is_written(mock: CallsMock) -> None:
    report = run(mock, write=True)
    assert not mock.requests.for_operation("add_push_token")
    assert any(step.outcome == "skipped" and step.operation == "add_push_token" for step in report.steps)


WRITE_STEPS = [
    "create_room",
    "update_room_custom_items",
    "delete_room_custom_items",
    "add_push_token",
    "generate_secondary_api_token",
]


@pytest.mark.parametrize("operation", WRITE_STEPS)
@pytest.mark.parametrize("fault", ["server_error", "rate_limit"])
def test_a_failing_write_step_is_not_retried_and_everything_is_cleaned_up(
    mock: CallsMock, operation: str, fault: str
) -> None:
    before = snapshot(mock)
    getattr(mock.faults, fault)(operation=operation, times=None)
    report = run(mock, write=True, push_user=PUSH_USER)
    assert snapshot(mock) == before
    assert len(mock.requests.for_operation(operation)) == 1  # sent once: writes are never retried
    (failed,) = [step for step in report.steps if step.outcome == "failed"]
    assert failed.operation == operation
    assert not report.complete
    assert report.exit_code == EXIT_COULD_NOT_RUN
    assert report.findings == []  # 500 and 429 with Sendbird's error bodies are documented answers
    # Only a write that may have happened without an answer (a 5xx) is named as a possible leftover.
    maybe = [item for item in report.leftovers if item.startswith("maybe")]
    assert len(maybe) == (
        1 if fault == "server_error" and operation in {"create_room", "generate_secondary_api_token"} else 0
    )


@pytest.mark.parametrize(
    ("operation", "named"),
    [
        ("delete_room", "room "),
        ("remove_push_token", "push token"),
        ("revoke_secondary_api_token", "secondary API token"),
    ],
)
def test_a_failing_cleanup_names_what_it_left_behind(mock: CallsMock, operation: str, named: str) -> None:
    mock.faults.server_error(operation=operation, times=None)
    report = run(mock, write=True, push_user=PUSH_USER)
    assert len(mock.requests.for_operation(operation)) == 1
    (leftover,) = report.leftovers
    assert named in leftover
    assert report.exit_code == EXIT_COULD_NOT_RUN
    assert "Left in the application" in report.render()


def test_a_failing_get_is_retried_then_the_run_goes_on(mock: CallsMock) -> None:
    mock.faults.server_error(operation="list_rooms", times=1)
    report = run(mock)
    assert len(mock.requests.for_operation("list_rooms")) == 2
    assert report.exit_code == EXIT_MATCH


def test_a_secondary_token_skips_the_master_only_parts(mock: CallsMock) -> None:
    with mock.state.lock:
        secondary = mock.state.generate_token()["token"]
    from sendbird_calls.mock.transport import SyncASGITransport
    from sendbird_calls.verify import verify_spec

    report = verify_spec(
        mock.app_id, secondary, base_url=mock.base_url, transport=SyncASGITransport(mock.app), rate=None, write=True
    )
    assert report.exit_code == EXIT_MATCH, report.render()
    assert not mock.requests.for_operation("generate_secondary_api_token")
    assert secondary not in report.to_json_text()


def test_the_session_refuses_a_write_unless_writes_are_allowed(mock: CallsMock) -> None:
    from sendbird_calls.config import resolve_config
    from sendbird_calls.mock.spec import load_spec
    from sendbird_calls.mock.transport import SyncASGITransport
    from sendbird_calls.verify.answers import SpecAnswers
    from sendbird_calls.verify.session import Session

    config = resolve_config(
        mock.app_id, mock.api_token, base_url=mock.base_url, chat_base_url=None, timeout=5.0, max_retries=0
    )
    session = Session(
        config, SpecAnswers(load_spec().raw), allow_writes=False, rate=None, transport=SyncASGITransport(mock.app)
    )
    with pytest.raises(RuntimeError, match="create_room is a POST"):
        session.call("create_room", body={"type": "small_room_for_video"})
    session.close()
    assert len(mock.requests) == 0


def test_no_log_record_carries_the_token_or_the_generated_secondary_token(
    mock: CallsMock, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    with caplog.at_level(logging.DEBUG):
        run(mock, write=True, push_user=PUSH_USER)
    (generated,) = mock.state.revoked_tokens
    assert "api_tokens/***" in caplog.text  # the revoke was logged, masked
    assert TOKEN not in caplog.text
    assert generated not in caplog.text


def test_a_base_url_without_v1_skips_the_secondary_tokens_instead_of_failing(mock: CallsMock) -> None:
    from sendbird_calls.mock.transport import SyncASGITransport
    from sendbird_calls.verify import verify_spec

    report = verify_spec(
        mock.app_id,
        mock.api_token,
        base_url=mock.base_url + "/",  # still /v1: the Chat host is known
        transport=SyncASGITransport(mock.app),
        rate=None,
        max_pages=1,
    )
    assert "list_secondary_api_tokens" in report.operations
    proxy = verify_spec(
        mock.app_id,
        mock.api_token,
        base_url=mock.origin + "/calls-proxy",
        transport=SyncASGITransport(mock.app),
        rate=None,
        max_pages=1,
        write=True,
    )
    assert "list_secondary_api_tokens" not in proxy.operations
    assert not mock.requests.for_operation("generate_secondary_api_token")
    skipped = {step.operation for step in proxy.steps if step.outcome == "skipped"}
    assert {"list_secondary_api_tokens", "generate_secondary_api_token"} <= skipped
