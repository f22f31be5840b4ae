"""The ``sendbird-calls`` command line, run in-process against a live mock server, and once as a process."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sendbird_calls import CallsClient
from sendbird_calls.cli import main
from sendbird_calls.cli_operations import discover, offline_api
from sendbird_calls.mock import CallsMockServer
from sendbird_calls.webhooks import sign
from sendbird_calls_api.api import ALL_OPERATIONS
from tests.test_webhook_events import spec_examples

TOKEN = "cli-canary-token-4242"
ENV_NAMES = ("SENDBIRD_APP_ID", "SENDBIRD_API_TOKEN", "SENDBIRD_CALLS_BASE_URL")


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[CallsMockServer]:
    """A live mock (20 users, 200 calls) and the environment the CLI reads its configuration from."""
    with CallsMockServer(app_id="cli-app", api_token=TOKEN, seed=5, users=20, calls=200) as mock:
        monkeypatch.setenv("SENDBIRD_APP_ID", mock.app_id)
        monkeypatch.setenv("SENDBIRD_API_TOKEN", mock.api_token)
        monkeypatch.setenv("SENDBIRD_CALLS_BASE_URL", mock.base_url)
        yield mock


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Runs the CLI in-process; returns the exit status, stdout and stderr."""
    status = main(list(argv))
    out, err = capsys.readouterr()
    assert TOKEN not in out
    assert TOKEN not in err
    assert "Traceback" not in err
    return status, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    """Runs a command that must succeed and returns its JSON output."""
    status, out, err = run(capsys, *argv)
    assert (status, err) == (0, "")
    return json.loads(out)


def clean_env() -> dict[str, str]:
    return {name: value for name, value in os.environ.items() if name not in ENV_NAMES}


def test_operations_lists_every_generated_operation_from_a_fresh_process_without_configuration() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "sendbird_calls.cli", "operations"],
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert [" ".join(line.split()[:2]) for line in lines] == [name.replace(".", " ") for name in ALL_OPERATIONS]
    assert "rooms get_room (GET /rooms/{room_id})" in lines
    assert "users remove_push_token (DELETE /users/{user_id}/push/{token_type}/{token})" in lines


def test_a_missing_token_in_a_fresh_process_is_one_error_line_naming_the_variable() -> None:
    env = clean_env() | {"SENDBIRD_APP_ID": "cli-app"}
    result = subprocess.run(
        [sys.executable, "-m", "sendbird_calls.cli", "rooms", "get_room", "r-1"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == ["error: no API token: set the SENDBIRD_API_TOKEN environment variable"]


def test_the_client_exposes_the_same_operations_the_parser_was_built_from(server: CallsMockServer) -> None:
    with CallsClient() as client:
        live = discover(client)
    offline = discover(offline_api())
    assert {tag: list(ops) for tag, ops in live.items()} == {tag: list(ops) for tag, ops in offline.items()}


def test_create_room_from_a_body_file_then_get_room_round_trips(
    server: CallsMockServer, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SENDBIRD_APP_ID")
    body = tmp_path / "room.json"
    body.write_text(json.dumps({"type": "small_room_for_video", "custom_items": {"topic": "standup"}}))

    created = run_json(capsys, "--app-id", server.app_id, "rooms", "create_room", "--body", f"@{body}")["room"]
    fetched = run_json(capsys, "rooms", "get_room", created["room_id"], "--app-id", server.app_id)["room"]

    assert fetched == created
    assert (fetched["room_type"], fetched["state"], fetched["custom_items"]) == (
        "small_room_for_video",
        "open",
        {"topic": "standup"},
    )
    assert [request.operation_id for request in server.requests] == ["create_room", "get_room"]


def test_an_inline_json_body_is_sent_as_the_request_body(
    server: CallsMockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    created = run_json(capsys, "rooms", "create_room", "--body", '{"type": "large_room_for_audio_only"}')
    assert created["room"]["room_type"] == "large_room_for_audio_only"
    assert server.requests.for_operation("create_room")[-1].json() == {"type": "large_room_for_audio_only"}


def test_all_follows_every_page_and_prints_one_array_of_every_item(
    server: CallsMockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    users = run_json(capsys, "users", "list_users", "--limit", "7", "--all")

    assert isinstance(users, list)
    assert [user["user_id"] for user in users] == [f"user-{index:05d}" for index in range(19, -1, -1)]
    assert len(server.requests.for_operation("list_users")) == 3


def test_without_all_a_list_operation_prints_one_page_with_its_next_token(
    server: CallsMockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    page = run_json(capsys, "users", "list_users", "--limit", "2")
    assert len(page["users"]) == 2
    following = run_json(capsys, "users", "list_users", "--limit", "2", "--next", page["next"])
    assert following["users"][0]["user_id"] == "user-00017"


def test_list_params_accept_comma_separated_and_repeated_values(
    server: CallsMockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["direct_calls", "list_direct_calls", "--all", "--limit", "25"]
    comma = run_json(capsys, *base, "--end-result", "no_answer,canceled")
    repeated = run_json(capsys, *base, "--end-result", "no_answer", "--end_result", "canceled")

    assert comma == repeated
    assert comma, "the seeded calls include unanswered and canceled ones"
    assert {call["end_result"] for call in comma} == {"no_answer", "canceled"}
    assert "end_result=no_answer,canceled" in server.requests.for_operation("list_direct_calls")[0].query


def test_an_empty_list_item_is_refused_before_any_request(
    server: CallsMockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "direct_calls", "list_direct_calls", "--end-result", "no_answer,")
    assert (status, out) == (1, "")
    assert err.startswith("error: list_direct_calls: every end_result value must be a non-empty string")
    assert server.requests.for_operation("list_direct_calls") == []


def test_a_bad_enum_value_exits_1_naming_the_allowed_values(
    server: CallsMockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "rooms", "list_rooms", "--state", "closed")
    assert (status, out) == (1, "")
    assert err == "error: list_rooms: state must be one of 'deleted', 'open', got 'closed'\n"
    assert len(server.requests) == 0


def test_a_bad_enum_path_value_exits_1_naming_the_allowed_values(
    server: CallsMockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, "users", "list_push_tokens", "user-00001", "gcm")
    assert status == 1
    assert "token_type must be one of 'apns_voip', 'fcm_voip', 'huawei_voip', got 'gcm'" in err


def test_ints_and_bools_are_converted_from_the_annotations(
    server: CallsMockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = run_json(capsys, "webhooks", "get_webhook_settings", "--display-all-webhook-categories", "true")
    hidden = run_json(capsys, "webhooks", "get_webhook_settings", "--display-all-webhook-categories", "false")
    assert "room:create" in shown["webhook"]["all_webhook_categories"]
    assert "all_webhook_categories" not in hidden["webhook"]

    status, out, err = run(capsys, "users", "list_users", "--limit", "ten")
    assert (status, out) == (2, "")
    assert "argument --limit: invalid int value: 'ten'" in err


def test_a_missing_token_exits_1_naming_the_environment_variable(
    server: CallsMockServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SENDBIRD_API_TOKEN")
    status, out, err = run(capsys, "rooms", "list_rooms")
    assert (status, out) == (1, "")
    assert err == "error: no API token: set the SENDBIRD_API_TOKEN environment variable\n"
    assert len(server.requests) == 0


def test_a_token_on_the_command_line_is_refused_without_being_echoed(
    server: CallsMockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (["--api-token", TOKEN, "rooms", "list_rooms"], ["rooms", "list_rooms", f"--api_token={TOKEN}"]):
        status, out, err = run(capsys, *argv)
        assert (status, out) == (2, "")
        assert "SENDBIRD_API_TOKEN environment variable only" in err
    assert len(server.requests) == 0


def test_the_token_is_never_printed_by_successes_or_failures(
    server: CallsMockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # run() asserts the token is absent from stdout and stderr of each command.
    run_json(capsys, "api_tokens", "list_secondary_api_tokens")
    run_json(capsys, "webhooks", "get_webhook_settings")
    status, _, err = run(capsys, "api_tokens", "revoke_secondary_api_token", "not-a-token")
    assert status == 1
    assert err.startswith("error: 400 NOT_FOUND (400200) on DELETE /v3/applications/api_tokens/")


def test_an_api_error_is_one_line_on_stderr_and_exit_1(
    server: CallsMockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "rooms", "get_room", "no-such-room")
    assert (status, out) == (1, "")
    assert err.count("\n") == 1
    assert err.startswith("error: 400 INVALID_ROOM (1400126) on GET /v1/rooms/no-such-room: ")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("{not json", "error: --body is not JSON: "),
        ("[1, 2]", "error: --body must hold a JSON object, got list"),
        ("@/no/such/file.json", "error: cannot read /no/such/file.json: "),
    ],
)
def test_a_body_that_is_not_a_json_object_exits_1_before_any_request(
    server: CallsMockServer, capsys: pytest.CaptureFixture[str], body: str, message: str
) -> None:
    status, out, err = run(capsys, "rooms", "create_room", "--body", body)
    assert (status, out) == (1, "")
    assert err.startswith(message)
    assert len(server.requests) == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["rooms", "create_room"], "the following arguments are required: --body"),
        (["users", "list_users", "--all", "--next", "x"], "--next cannot be combined with --all"),
        (["rooms", "get_room"], "the following arguments are required: ROOM_ID"),
        (["rooms", "no_such_operation"], "invalid choice: 'no_such_operation'"),
        (["rooms", "get_room", "r", "--all"], "unrecognized arguments: --all"),
    ],
)
def test_usage_errors_exit_2_with_argparse_messages(
    server: CallsMockServer, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert message in err
    assert len(server.requests) == 0


def test_webhooks_sign_then_verify_prints_the_parsed_event(
    server: CallsMockServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    category, payload = spec_examples()[0]
    body = tmp_path / "event.json"
    body.write_bytes(json.dumps(payload).encode())

    status, out, _ = run(capsys, "webhooks-sign", str(body))
    signature = out.strip()
    assert (status, signature) == (0, sign(body.read_bytes(), TOKEN))

    event = run_json(capsys, "webhooks-verify", str(body), signature)
    assert event == payload
    assert event["category"] == category


def test_webhooks_verify_refuses_an_altered_body_with_exit_1(
    server: CallsMockServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    body = tmp_path / "event.json"
    body.write_bytes(b'{"category": "room:create", "occurred_at": 1}')
    signature = sign(body.read_bytes(), TOKEN)
    body.write_bytes(b'{"category": "room:delete", "occurred_at": 1}')

    status, out, err = run(capsys, "webhooks-verify", str(body), signature)
    assert (status, out) == (1, "")
    assert err.startswith("error: x-sendbird-signature does not match the body")


class ClosedPipe(io.StringIO):
    """Standard output whose reader has gone away, as with ``sendbird-calls ... | head -1``."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_reader_that_stops_early_ends_the_command_quietly(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["operations"]) == 1
    assert capsys.readouterr().err == ""
