"""verify-spec against the mock, through the client's core: a match, GET only without writes, writes that
leave nothing behind, the one request loop (token on the wire only, global pace, writes never retried)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sendbird_calls._constants import CONTENT_TYPE, USER_AGENT
from sendbird_calls.config import resolve_config
from sendbird_calls.mock import CallsMock, create_app
from sendbird_calls.mock.drift import with_drift
from sendbird_calls.mock.transport import SyncASGITransport
from sendbird_calls.rate_limit import Booking
from sendbird_calls.spec_doc import load_spec
from sendbird_calls.verify import EXIT_COULD_NOT_RUN, EXIT_MATCH, verify_spec
from sendbird_calls.verify.answers import SpecAnswers
from sendbird_calls.verify.lifecycle import MARKER_KEY
from sendbird_calls.verify.session import Pacer, Session
from tests.verify_support import APP, PUSH_USER, TOKEN, run, seed_resources, snapshot


@pytest.fixture
def mock() -> Iterator[CallsMock]:
    with CallsMock(app_id=APP, api_token=TOKEN, seed=7, users=12, calls=60) as calls_mock:
        seed_resources(calls_mock)
        yield calls_mock


class Recording(httpx.BaseTransport):
    """Passes requests to the mock and keeps what went on the wire: method, URL, headers."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.sent: list[tuple[str, str, dict[str, str]]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((request.method, str(request.url), dict(request.headers)))
        return self.inner.handle_request(request)


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


def test_every_request_is_prepared_by_the_core_with_the_token_only_on_the_wire(mock: CallsMock) -> None:
    wire = Recording(SyncASGITransport(mock.app))
    report = run(mock, wire, write=True, push_user=PUSH_USER)
    assert report.exit_code == EXIT_MATCH
    assert len(wire.sent) == len(mock.requests) == sum(op["requests"] for op in report.operations.values())
    revoked = list(mock.state.revoked_tokens)  # the lifecycle's token, then the token-cap check's ten
    assert len(revoked) == 11
    for method, url, headers in wire.sent:
        # One request carries a secondary token of the run: the decision check of a master-only operation.
        expected = revoked[1] if method == "GET" and headers["api-token"] != TOKEN else TOKEN
        assert headers["api-token"] == expected, url
        assert headers["user-agent"] == USER_AGENT
        assert headers["content-type"] == CONTENT_TYPE
    assert [url for method, url, h in wire.sent if h["api-token"] != TOKEN] == [
        f"{mock.chat_base_url}/applications/api_tokens"
    ]
    # The secret path values (the tokens to revoke) are real on the wire, and masked everywhere else.
    urls = [url for method, url, _ in wire.sent if method == "DELETE" and "/api_tokens/" in url]
    assert urls == [f"{mock.chat_base_url}/applications/api_tokens/{token}" for token in revoked]
    assert not any(token in report.to_json_text() + report.render() for token in revoked)


def test_every_request_books_its_slot_with_the_global_pacer(mock: CallsMock, monkeypatch: pytest.MonkeyPatch) -> None:
    booked: list[tuple[str, str | None]] = []

    def reserve(self: Pacer, method: str, operation: str | None) -> Booking:
        booked.append((method, operation))
        return Booking(0.0)

    monkeypatch.setattr(Pacer, "reserve", reserve)
    run(mock, write=True, push_user=PUSH_USER, rate=2.0)
    assert booked == [(request.method, request.operation_id) for request in mock.requests]


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
    listings = [r for r in mock.requests.for_operation("list_rooms") if "room_id" not in r.query]
    assert len(listings) == 2
    assert report.exit_code == EXIT_MATCH


@pytest.mark.parametrize("user_id", [".", "..", "%2e", "%2E%2e", "%252e%252e"])
def test_a_listed_id_that_is_not_one_path_segment_fails_its_steps_not_the_run(user_id: str) -> None:
    """A hostile listing cannot steer a read to another endpoint: the core refuses to send it."""

    def hostile(status: int, body: Any) -> tuple[int, Any]:
        body["users"][0]["user_id"] = user_id
        return status, body

    app = with_drift(create_app(app_id=APP, api_token=TOKEN, users=3, calls=5), rules={"list_users": hostile})
    with CallsMock(app) as mock:
        report = run(mock, max_pages=1)
        sent = list(mock.requests)
    refused = [step for step in report.steps if step.outcome == "failed"]
    assert {step.operation for step in refused} == {"list_user_calls", "get_user_call_summary", "list_push_tokens"}
    assert all(step.detail.startswith("not sent: ") and "user_id" in step.detail for step in refused)
    assert not [request for request in sent if f"/users/{user_id}/" in request.raw_path]
    assert all(request.operation_id is not None for request in sent)  # nothing reached another endpoint
    listings = [r for r in sent if r.operation_id == "list_user_calls" and "start_ts" not in r.query]
    assert len(listings) == 2  # the other users
    assert "get_webhook_settings" in report.operations  # the run went on
    assert report.exit_code == EXIT_COULD_NOT_RUN


def test_a_secondary_token_skips_the_master_only_parts(mock: CallsMock) -> None:
    with mock.state.lock:
        secondary = mock.state.generate_token()["token"]
    report = verify_spec(
        mock.app_id, secondary, base_url=mock.base_url, transport=SyncASGITransport(mock.app), rate=None, write=True
    )
    assert report.exit_code == EXIT_MATCH, report.render()
    assert not mock.requests.for_operation("generate_secondary_api_token")
    assert secondary not in report.to_json_text()


def test_the_session_refuses_a_write_unless_writes_are_allowed(mock: CallsMock) -> None:
    config = resolve_config(
        mock.app_id, mock.api_token, base_url=mock.base_url, chat_base_url=None, timeout=5.0, max_retries=0
    )
    session = Session(
        config, SpecAnswers(load_spec()), allow_writes=False, rate=None, transport=SyncASGITransport(mock.app)
    )
    with pytest.raises(RuntimeError, match="create_room is a POST"):
        session.call("create_room", type="small_room_for_video")
    session.close()
    assert len(mock.requests) == 0


def test_no_log_record_carries_the_token_or_the_generated_secondary_token(
    mock: CallsMock, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        run(mock, write=True, push_user=PUSH_USER)
    generated = list(mock.state.revoked_tokens)
    assert len(generated) == 11  # the lifecycle's token and the token-cap check's ten
    assert "api_tokens/***" in caplog.text  # the revoke was logged, masked
    assert TOKEN not in caplog.text
    assert not any(token in caplog.text for token in generated)


def test_a_base_url_without_v1_skips_the_secondary_tokens_instead_of_failing(mock: CallsMock) -> None:
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
