"""The ``sendbird-calls`` command line through click's CliRunner against a live mock, and as a process.

Every run checks the CLI's promises: no traceback, and the token never printed.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from sendbird_calls import CallsClient, __version__
from sendbird_calls.cli import cli, main
from sendbird_calls.cli.discovery import discover, offline_api
from sendbird_calls.cli.errors import TOKEN_HINT
from sendbird_calls.mock import CallsMockServer
from sendbird_calls.webhooks import sign
from sendbird_calls_api.api import ALL_OPERATIONS
from tests.test_webhook_events import spec_examples

TOKEN = "cli-canary-token-4242"
ENV_NAMES = ("SENDBIRD_APP_ID", "SENDBIRD_API_TOKEN", "SENDBIRD_CALLS_BASE_URL", "SENDBIRD_CALLS_LOG")


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[CallsMockServer]:
    """A live mock (20 users, 200 calls) and the environment the CLI reads its configuration from."""
    with CallsMockServer(app_id="cli-app", api_token=TOKEN, seed=5, users=20, calls=200) as mock:
        monkeypatch.setenv("SENDBIRD_APP_ID", mock.app_id)
        monkeypatch.setenv("SENDBIRD_API_TOKEN", mock.api_token)
        monkeypatch.setenv("SENDBIRD_CALLS_BASE_URL", mock.base_url)
        monkeypatch.delenv("SENDBIRD_CALLS_LOG", raising=False)
        yield mock


def invoke(*argv: str, stdin: str | None = None) -> Result:
    """Runs the CLI through CliRunner; asserts the promises every run keeps."""
    result = CliRunner().invoke(cli, list(argv), input=stdin, prog_name="sendbird-calls")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    for text in (result.stdout, result.stderr):
        assert TOKEN not in text
        assert "Traceback" not in text
    return result


def invoke_json(*argv: str) -> Any:
    """Runs a command that must succeed and returns its JSON output."""
    result = invoke(*argv)
    assert (result.exit_code, result.stderr) == (0, ""), result.stderr
    return json.loads(result.stdout)


def process(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Runs ``python -m sendbird_calls.cli`` as a separate process."""
    result = subprocess.run(
        [sys.executable, "-m", "sendbird_calls.cli", *argv],
        capture_output=True,
        text=True,
        env=os.environ.copy() if env is None else env,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in result.stderr
    assert TOKEN not in result.stdout + result.stderr
    return result


def clean_env() -> dict[str, str]:
    return {name: value for name, value in os.environ.items() if name not in ENV_NAMES}


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --- the command tree -------------------------------------------------------------------------


def test_operations_lists_every_generated_operation_in_kebab_case_without_configuration() -> None:
    result = process("operations", env=clean_env())
    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert [" ".join(line.split()[:2]) for line in lines] == [
        name.replace("_", "-").replace(".", " ") for name in ALL_OPERATIONS
    ]
    assert "rooms get-room (GET /rooms/{room_id})" in lines
    assert all("_" not in " ".join(line.split()[:2]) for line in lines)


def test_the_client_exposes_the_same_operations_the_commands_are_built_from(server: CallsMockServer) -> None:
    with CallsClient() as client:
        live = discover(client)
    assert {tag: list(ops) for tag, ops in live.items()} == {
        tag: list(ops) for tag, ops in discover(offline_api()).items()
    }


def test_every_operation_has_a_command_whose_help_comes_from_the_spec() -> None:
    for name in ALL_OPERATIONS:
        tag, operation = (part.replace("_", "-") for part in name.split("."))
        result = invoke(tag, operation, "--help")
        assert result.exit_code == 0, name
        assert "--base-url" in result.stdout


def test_parameter_help_shows_the_spec_descriptions_ranges_and_allowed_values() -> None:
    listing = " ".join(invoke("rooms", "list-rooms", "--help").stdout.split())
    assert "How many items one page holds" in listing
    assert "Range 1..100. Default 10." in listing
    assert "One of: open, deleted." in listing
    assert "Unix milliseconds" in listing
    creating = " ".join(invoke("rooms", "create-room", "--help").stdout.split())
    assert "type (required):" in creating
    assert "small_room_for_video, large_room_for_audio_only" in creating
    getting = " ".join(invoke("rooms", "get-room", "--help").stdout.split())
    assert "ROOM_ID: The room's ID." in getting


def test_version_and_root_help_document_the_environment_and_exit_codes() -> None:
    assert invoke("--version").stdout == f"sendbird-calls {__version__}\n"
    text = " ".join(invoke("--help").stdout.split())
    assert "SENDBIRD_CALLS_LOG" in text
    assert "0 ok, 1 API error, 2 usage error, 3 network error, 4 export file in use, 130 interrupted" in text
    assert "_SENDBIRD_CALLS_COMPLETE=bash_source" in text


def test_shell_completion_offers_commands_options_and_enum_values(tmp_path: Path) -> None:
    def complete(words: str) -> list[str]:
        env = clean_env() | {
            "_SENDBIRD_CALLS_COMPLETE": "bash_complete",
            "COMP_WORDS": words,
            "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
        }
        result = subprocess.run(
            [sys.executable, "-c", "from sendbird_calls.cli.app import cli; cli(prog_name='sendbird-calls')"],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        return [line.split(",", 1)[1] for line in result.stdout.splitlines()]

    assert "list-rooms" in complete("sendbird-calls rooms list-r")
    assert complete("sendbird-calls rooms list-rooms --state ") == ["deleted", "open"]
    assert "direct-calls" in complete("sendbird-calls export d")


# --- calling operations ---------------------------------------------------------------------


def test_create_room_from_a_body_file_then_get_room_round_trips(
    server: CallsMockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SENDBIRD_APP_ID")
    body = tmp_path / "room.json"
    body.write_text(json.dumps({"type": "small_room_for_video", "custom_items": {"topic": "standup"}}))

    created = invoke_json("--app-id", server.app_id, "rooms", "create-room", "--body", f"@{body}")["room"]
    fetched = invoke_json("rooms", "get-room", created["room_id"], "--app-id", server.app_id)["room"]

    assert fetched == created
    assert (fetched["room_type"], fetched["state"], fetched["custom_items"]) == (
        "small_room_for_video",
        "open",
        {"topic": "standup"},
    )
    assert [request.operation_id for request in server.requests] == ["create_room", "get_room"]


def test_a_body_from_standard_input_is_sent(server: CallsMockServer) -> None:
    result = invoke("rooms", "create-room", "--body", "@-", stdin='{"type": "large_room_for_audio_only"}')
    assert result.exit_code == 0
    assert server.requests.for_operation("create_room")[-1].json() == {"type": "large_room_for_audio_only"}


def test_piped_output_is_one_compact_json_line(server: CallsMockServer) -> None:
    result = invoke("users", "list-users", "--limit", "3")
    assert result.stdout.count("\n") == 1
    assert ": " not in result.stdout
    assert len(json.loads(result.stdout)["users"]) == 3


def test_all_streams_one_json_object_per_line_page_after_page(server: CallsMockServer) -> None:
    result = invoke("users", "list-users", "--limit", "7", "--all")
    assert (result.exit_code, result.stderr) == (0, "")
    users = [json.loads(line) for line in result.stdout.splitlines()]
    assert [user["user_id"] for user in users] == [f"user-{index:05d}" for index in range(19, -1, -1)]
    assert len(server.requests.for_operation("list_users")) == 3


def test_all_with_next_continues_from_that_page(server: CallsMockServer) -> None:
    first = invoke_json("users", "list-users", "--limit", "5")
    rest = invoke("users", "list-users", "--limit", "5", "--all", "--next", first["next"]).stdout.splitlines()
    assert len(first["users"]) + len(rest) == 20
    assert json.loads(rest[0])["user_id"] == "user-00014"


def test_list_params_accept_comma_separated_and_repeated_values(server: CallsMockServer) -> None:
    base = ["direct-calls", "list-direct-calls", "--all", "--limit", "25"]
    comma = invoke(*base, "--end-result", "no_answer,canceled").stdout
    repeated = invoke(*base, "--end-result", "no_answer", "--end-result", "canceled").stdout
    assert comma == repeated
    calls = [json.loads(line) for line in comma.splitlines()]
    assert calls, "the seeded calls include unanswered and canceled ones"
    assert {call["end_result"] for call in calls} == {"no_answer", "canceled"}
    assert "end_result=no_answer,canceled" in server.requests.for_operation("list_direct_calls")[0].query


def test_ints_and_bools_are_converted_from_the_annotations(server: CallsMockServer) -> None:
    shown = invoke_json("webhooks", "get-webhook-settings", "--display-all-webhook-categories", "true")
    hidden = invoke_json("webhooks", "get-webhook-settings", "--display-all-webhook-categories", "no")
    assert "room:create" in shown["webhook"]["all_webhook_categories"]
    assert "all_webhook_categories" not in hidden["webhook"]


def test_verbose_logs_each_attempt_to_stderr_without_the_token(server: CallsMockServer) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "sendbird_calls.cli", "-v", "rooms", "list-rooms"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert "GET /v1/rooms attempt 1 -> 200" in result.stderr
    assert TOKEN not in result.stderr


# --- failures: one line, the right exit status, no value echoed ------------------------------


def test_an_api_error_is_one_line_and_exit_1(server: CallsMockServer) -> None:
    result = invoke("rooms", "get-room", "no-such-room")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: 400 INVALID_ROOM (1400126) on GET /v1/rooms/no-such-room")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["rooms", "list-rooms", "--state", "closed"], "Invalid value for '--state': must be one of: deleted, open"),
        (["rooms", "list-rooms", "--type", "huge"], "must be one of: all, large_room_for_audio_only"),
        (["users", "list-push-tokens", "user-00001", "gcm9"], "must be one of: apns_voip, fcm_voip"),
        (["direct-calls", "list-direct-calls", "--end-result", "done1"], "every value must be one of: completed"),
        (["direct-calls", "list-direct-calls", "--end-result", "no_answer,"], "must be non-empty"),
        (["users", "list-users", "--limit", "ten0"], "Invalid value for '--limit': expects a whole number"),
        (["users", "list-users", "--limit", "1000"], "Invalid value for '--limit': must be between 1 and 100"),
        (["users", "list-users", "--limit", "0"], "must be between 1 and 100"),
        (["webhooks", "get-webhook-settings", "--display-all-webhook-categories", "maybe"], "expects true or false"),
        (["rooms", "create-room"], "Missing option '--body'"),
        (["rooms", "get-room"], "Missing argument 'ROOM_ID'"),
        (["rooms", "get-room", "r-1", "surplus1"], "1 unexpected argument(s)"),
        (["rooms", "no-such-operation"], "no such command"),
        (["rooms", "get-room", "r-1", "--all"], "no such option: --all"),
        (["rooms", "create-room", "--body", "{not json"], "--body is not valid JSON (line 1, column 2)"),
        (["rooms", "create-room", "--body", "[1, 2]"], "--body must hold a JSON object, got a JSON list"),
        (["rooms", "create-room", "--body", "@/no/such/file.json"], "cannot read the --body file"),
        (["rooms", "create-room", "--body", '{"type": "huge-room"}'], "body.type does not fit CreateRoomRequest"),
    ],
)
def test_usage_errors_exit_2_before_any_request_without_echoing_the_value(
    server: CallsMockServer, argv: list[str], message: str
) -> None:
    result = invoke(*argv)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("error: ")
    assert result.stderr.count("\n") == 1
    assert message in result.stderr
    for value in ("closed", "huge", "gcm9", "done1", "ten0", "maybe", "surplus1", "no-such-operation", "huge-room"):
        assert value not in result.stderr
    assert len(server.requests) == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["--api-token", TOKEN, "rooms", "list-rooms"],
        ["rooms", "list-rooms", f"--api_token={TOKEN}"],
        ["rooms", "list-rooms", "--api-toke", TOKEN],
        ["--token", TOKEN, "rooms", "list-rooms"],
        ["rooms", "get-room", "r-1", "--API-TOKEN", TOKEN],
        ["export", "rooms", "-o", "x.jsonl", "--api-token", TOKEN],
    ],
)
def test_a_token_on_the_command_line_is_a_usage_error_that_does_not_echo_it(
    server: CallsMockServer, argv: list[str]
) -> None:
    result = invoke(*argv)  # invoke() asserts TOKEN is in neither output
    assert (result.exit_code, result.stdout) == (2, "")
    assert TOKEN_HINT in result.stderr
    assert len(server.requests) == 0


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/v1?api_token=base-url-secret",
        "http://user:base-url-secret@127.0.0.1:9/v1",
        "http://127.0.0.1:9/v1#base-url-secret",
        "ftp://127.0.0.1/base-url-secret",
        "base-url-secret",
    ],
)
def test_a_base_url_with_credentials_is_refused_without_being_echoed(
    server: CallsMockServer, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    by_option = invoke("--base-url", url, "rooms", "list-rooms")
    monkeypatch.setenv("SENDBIRD_CALLS_BASE_URL", url)
    by_env = invoke("rooms", "list-rooms")
    for result, source in ((by_option, "--base-url"), (by_env, "SENDBIRD_CALLS_BASE_URL")):
        assert result.exit_code == 2
        assert "base-url-secret" not in result.stderr
        assert result.stderr.startswith(f"error: {source} must be an http:// or https:// URL")
    assert len(server.requests) == 0


def test_missing_credentials_are_usage_errors_naming_the_variable(
    server: CallsMockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SENDBIRD_API_TOKEN")
    no_token = invoke("rooms", "list-rooms")
    assert (no_token.exit_code, no_token.stderr) == (
        2,
        "error: no API token: set the SENDBIRD_API_TOKEN environment variable\n",
    )
    monkeypatch.delenv("SENDBIRD_APP_ID")
    no_app = invoke("rooms", "list-rooms")
    assert no_app.exit_code == 2
    assert "no application ID: pass --app-id or set the SENDBIRD_APP_ID environment variable" in no_app.stderr
    bad_app = invoke("--app-id", "bad.app.id", "rooms", "list-rooms")
    assert bad_app.exit_code == 2
    assert "bad.app.id" not in bad_app.stderr
    assert len(server.requests) == 0


def test_an_unreachable_server_exits_3_with_one_line(server: CallsMockServer) -> None:
    result = invoke("--base-url", f"http://127.0.0.1:{closed_port()}/v1", "rooms", "list-rooms")
    assert (result.exit_code, result.stdout) == (3, "")
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: ConnectError on GET /v1/rooms")


def test_ctrl_c_exits_130_with_one_line(server: CallsMockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(value: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("sendbird_calls.cli.operations.emit_json", interrupted)
    result = invoke("rooms", "list-rooms")
    assert (result.exit_code, result.stderr.strip()) == (130, "error: interrupted")


def test_the_token_is_never_printed_by_successes_or_failures(server: CallsMockServer) -> None:
    # invoke() asserts the token is absent from stdout and stderr of each command.
    invoke_json("api-tokens", "list-secondary-api-tokens")
    invoke_json("webhooks", "get-webhook-settings")
    result = invoke("api-tokens", "revoke-secondary-api-token", "not-a-token")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: 400 NOT_FOUND (400200) on DELETE /v3/applications/api_tokens/")


def test_failures_in_a_separate_process_are_one_line_with_their_exit_status(server: CallsMockServer) -> None:
    unknown_room = process("rooms", "get-room", "no-such-room")
    assert (unknown_room.returncode, unknown_room.stdout) == (1, "")
    assert unknown_room.stderr.startswith("error: 400 INVALID_ROOM")
    bad_limit = process("users", "list-users", "--limit", "0")
    assert bad_limit.returncode == 2
    token = process("rooms", "list-rooms", "--api-token", TOKEN)
    assert (token.returncode, token.stderr.count("\n")) == (2, 1)
    unreachable = process("--base-url", f"http://127.0.0.1:{closed_port()}/v1", "rooms", "list-rooms")
    assert unreachable.returncode == 3
    missing = process("rooms", "list-rooms", env=clean_env())
    assert (missing.returncode, missing.stdout) == (2, "")
    listed = process("users", "list-users", "--all", "--limit", "50")
    assert (listed.returncode, len(listed.stdout.splitlines())) == (0, 20)


# --- webhooks ---------------------------------------------------------------------------------


def test_webhooks_sign_then_verify_prints_the_parsed_event(server: CallsMockServer, tmp_path: Path) -> None:
    category, payload = spec_examples()[0]
    body = tmp_path / "event.json"
    body.write_bytes(json.dumps(payload).encode())

    signed = invoke("webhooks-sign", str(body))
    signature = signed.stdout.strip()
    assert (signed.exit_code, signature) == (0, sign(body.read_bytes(), TOKEN))

    event = invoke_json("webhooks-verify", str(body), signature)
    assert event == payload
    assert event["category"] == category


def test_webhooks_verify_refuses_an_altered_body_with_exit_1(server: CallsMockServer, tmp_path: Path) -> None:
    body = tmp_path / "event.json"
    body.write_bytes(b'{"category": "room:create", "occurred_at": 1}')
    signature = sign(body.read_bytes(), TOKEN)
    body.write_bytes(b'{"category": "room:delete", "occurred_at": 1}')

    result = invoke("webhooks-verify", str(body), signature)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.startswith("error: x-sendbird-signature does not match the body")


# --- main() and extension -------------------------------------------------------------------


class ClosedPipe:
    """Standard output whose reader has gone away, as with ``sendbird-calls ... | head -1``."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError("no file descriptor")


def test_a_reader_that_stops_early_ends_the_command_quietly(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["operations"]) == 0
    assert capsys.readouterr().err == ""


def test_a_registered_command_is_mounted_on_the_root_group(monkeypatch: pytest.MonkeyPatch) -> None:
    import click

    from sendbird_calls.cli import app

    @click.command("say-hello")
    def hello() -> None:
        """Say hello."""
        click.echo("hello")

    monkeypatch.setattr(app, "_EXTRA", {})
    app.register_command(hello)
    assert "say-hello" in invoke("--help").stdout
    assert invoke("say-hello").stdout == "hello\n"


def test_with_a_terminal_on_stderr_all_shows_progress_there_and_keeps_stdout_for_the_data(
    server: CallsMockServer,
) -> None:
    pty = pytest.importorskip("pty")  # POSIX: a pseudo-terminal stands for the user's terminal
    import threading

    master, slave = pty.openpty()
    received: list[bytes] = []

    def read_terminal() -> None:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return
            if not chunk:
                return
            received.append(chunk)

    reader = threading.Thread(target=read_terminal)
    reader.start()
    command = [sys.executable, "-m", "sendbird_calls.cli", "users", "list-users", "--all", "--limit", "6"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=slave) as child:
        os.close(slave)
        assert child.stdout is not None
        out = child.stdout.read()
        assert child.wait(timeout=60) == 0
    reader.join(timeout=10)
    os.close(master)
    terminal = b"".join(received).decode(errors="replace")
    assert len(out.splitlines()) == 20
    assert all(json.loads(line)["user_id"] for line in out.splitlines())
    assert "20 items" in terminal
    assert "4 pages" in terminal
    assert TOKEN not in terminal
