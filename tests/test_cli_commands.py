"""``sendbird-calls TAG COMMAND``: the command tree built from the operations table, help, calls, pages.

Runs through click's CliRunner against a live mock, and as a separate process where start-up,
a terminal or the console script matter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest

from sendbird_calls import __version__
from sendbird_calls.cli import main
from sendbird_calls.mock import CallsMockServer
from sendbird_calls.webhooks import sign
from sendbird_calls_api.api import operations
from tests.cli_support import TOKEN, clean_env, invoke, invoke_json, mock_in_env, process
from tests.test_webhook_events import spec_examples


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[CallsMockServer]:
    with mock_in_env(monkeypatch) as mock:
        yield mock


def kebab(name: str) -> str:
    return name.replace("_", "-")


def one_line(text: str) -> str:
    return " ".join(text.split())


def command_summaries(help_text: str) -> list[str]:
    """The one-line summaries of the commands a group's help lists (wrapped ones joined)."""
    summaries: list[str] = []
    in_commands = False
    for line in help_text.splitlines():
        if not line.startswith(" "):
            in_commands = line.startswith(("Commands", "Operations"))
        elif in_commands and line.strip():
            name, _, summary = line.strip().partition("  ")
            if summary:
                summaries.append(summary.strip())
            else:
                summaries[-1] += " " + name
    return summaries


# --- the command tree -------------------------------------------------------------------------


def test_operations_lists_every_operation_of_the_table_without_configuration() -> None:
    result = process("operations", env=clean_env())
    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert [line.split()[:2] for line in lines] == [[kebab(op.tag), kebab(op.name)] for op in operations()]
    assert one_line(next(line for line in lines if line.startswith("rooms retrieve "))) == (
        "rooms retrieve GET /rooms/{room_id} Get a room"
    )
    assert all("_" not in " ".join(line.split()[:2]) for line in lines)


def test_every_operation_is_a_command_with_its_parameters_fields_body_and_paging() -> None:
    for op in operations():
        result = invoke(kebab(op.tag), kebab(op.name), "--help")
        assert result.exit_code == 0, op.qualified_name
        text = result.stdout
        assert f"Usage: sendbird-calls {kebab(op.tag)} {kebab(op.name)} [OPTIONS]" in text
        assert op.summary in one_line(text)
        for param in op.path_params:
            assert (param.wire.upper() in text) is not param.client_filled, (op.id, param.name)
        for param in op.query_params:
            assert f"--{kebab(param.wire)} " in text, (op.id, param.name)
        for field in op.body.fields if op.body else ():
            assert f"--{kebab(field.wire)} " in text, (op.id, field.name)
        assert ("--body JSON|@FILE" in text) is (op.body is not None)
        assert ("--all " in text) is (op.paging is not None)
        assert "--app-id" in text
        assert "--base-url" in text


def test_help_shows_the_tables_descriptions_kinds_bounds_and_allowed_values() -> None:
    listing = one_line(invoke("rooms", "list", "--help").stdout)
    assert "--limit 1..100 How many items one page holds" in listing
    assert "--state [deleted|open] Only rooms in this state." in listing
    assert "--next TOKEN" in listing
    assert "--room-ids A,B,... Up to 10 room IDs" in listing
    assert "Pass a list of strings" not in listing  # the Python client's wording, not the command line's
    calls = one_line(invoke("users", "list-calls", "--help").stdout)
    assert "--start-ts MS Only calls started at or after this time, in Unix milliseconds" in calls
    assert "Comma-separated; the option may also be repeated." in calls
    assert "USER_ID: The user's ID" in calls
    creating = one_line(invoke("rooms", "create", "--help").stdout)
    assert "--type [large_room_for_audio_only|small_room_for_video]" in creating
    assert "'small_room_for_video' holds up to 6 participants" in creating
    assert "Required unless --body is given." in creating
    assert "--custom-items JSON_OBJECT Key-value custom items" in creating
    settings = one_line(invoke("webhooks", "update-settings", "--help").stdout)
    assert "--enabled true|false Turn delivery on or off." in settings
    assert "--enabled-events JSON_ARRAY" in settings
    assert "APPLICATION_ID" not in settings  # filled in from --app-id by the client
    revoking = one_line(invoke("api-tokens", "revoke", "--help").stdout)
    assert "DELETE /applications/api_tokens/{api_token} on the Chat Platform host (/v3)" in revoking
    assert "master API token only" in revoking


def test_help_texts_and_summaries_read_as_english() -> None:
    texts = [invoke().stdout, invoke("operations", "--help").stdout, invoke("export").stdout]
    for tag in ("api-tokens", "direct-calls", "rooms", "users", "webhooks"):
        texts.append(invoke(tag).stdout)
    texts += [invoke(kebab(op.tag), kebab(op.name), "--help").stdout for op in operations()]
    for text in texts:
        assert "`" not in text  # code spans are quoted, not back-ticked
        assert " operations\n" not in text  # no "rooms operations" placeholder summaries
        for summary in command_summaries(text):
            assert summary[:1].isupper(), summary
            assert summary.endswith("."), summary
    tags = invoke().stdout
    assert "  rooms         Group-call rooms, their participants and custom items.\n" in tags


def test_version_and_root_help_document_the_environment_exit_codes_and_completion() -> None:
    assert invoke("--version").stdout == f"sendbird-calls {__version__}\n"
    text = one_line(invoke("--help").stdout)
    assert "SENDBIRD_CALLS_LOG" in text
    assert "130 interrupted (Ctrl-C)" in text
    assert "'sendbird-calls rooms list --state open'" in text
    assert "_SENDBIRD_CALLS_COMPLETE=bash_source" in text


@pytest.mark.parametrize(
    "argv",
    [[], ["rooms"], ["direct-calls"], ["export"], ["--app-id", "my-app"], ["-v", "users"]],
    ids=["root", "rooms", "direct-calls", "export", "root-with-an-option", "users-after-an-option"],
)
def test_a_group_without_a_subcommand_prints_its_help_on_stdout_and_exits_0(argv: list[str]) -> None:
    result = invoke(*argv)
    assert (result.exit_code, result.stderr) == (0, "")
    group = " ".join(word for word in argv if not word.startswith("-") and word != "my-app")
    assert result.stdout.startswith(f"Usage: sendbird-calls {group}".rstrip() + " [OPTIONS]")
    assert "Commands:" in result.stdout


def test_the_console_script_alone_prints_help_and_exits_0() -> None:
    result = process(env=clean_env())
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("Usage: sendbird-calls [OPTIONS]")


@pytest.mark.parametrize(
    ("argv", "suggestion"),
    [
        (["rooms", "lst"], "no such command: lst (did you mean 'list'?)"),
        (["rooms", "get-room"], "no such command: get-room (did you mean 'retrieve'?)"),
        (["users", "list-user-calls"], "(did you mean 'list-calls'"),
        (["romos", "list"], "no such command: romos (did you mean 'rooms'?)"),
        (["export", "room"], "(did you mean 'rooms'?)"),
        (["opertions"], "(did you mean 'operations'?)"),
        (["rooms", "frobnicate"], "no such command: frobnicate (commands: list, create, retrieve, delete,"),
    ],
)
def test_an_unknown_command_suggests_the_nearest_ones(argv: list[str], suggestion: str) -> None:
    result = invoke(*argv)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("error: ")
    assert result.stderr.count("\n") == 1
    assert suggestion in result.stderr


def test_help_at_start_up_loads_no_operation_no_spec_and_no_client() -> None:
    probe = (
        "import json, sys\n"
        "from sendbird_calls.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "heavy = ('sendbird_calls_api.api.', 'sendbird_calls_api.models', 'sendbird_calls.spec_doc', 'yaml',\n"
        "         'sendbird_calls.client', 'sendbird_calls.export', 'sendbird_calls.mock', 'sendbird_calls.verify')\n"
        "print(json.dumps(sorted(name for name in sys.modules if name.startswith(heavy))), file=sys.stderr)\n"
    )

    def loaded(*argv: str) -> list[str]:
        result = subprocess.run(
            [sys.executable, "-c", probe, *argv], capture_output=True, text=True, timeout=60, check=True
        )
        assert result.stdout.startswith("Usage: sendbird-calls")
        loaded_names: list[str] = json.loads(result.stderr)
        return loaded_names

    assert loaded("--help") == []
    assert loaded() == []
    rooms = loaded("rooms", "--help")
    assert "sendbird_calls_api.api.rooms" in rooms
    assert not [name for name in rooms if name.startswith("sendbird_calls_api.api.") and "rooms" not in name]
    assert not [name for name in rooms if name.startswith(("sendbird_calls.spec_doc", "yaml", "sendbird_calls.client"))]


def test_shell_completion_offers_commands_options_and_enum_values() -> None:
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

    assert complete("sendbird-calls ro") == ["rooms"]
    assert complete("sendbird-calls ver") == ["verify-spec"]  # listed without importing it
    rooms_lists = sorted(
        op.name.replace("_", "-") for op in operations() if op.tag == "rooms" and op.name.startswith("list_")
    )
    assert complete("sendbird-calls rooms list-") == rooms_lists
    assert complete("sendbird-calls rooms list --state ") == ["deleted", "open"]
    assert "direct-calls" in complete("sendbird-calls export d")


# --- calling operations ---------------------------------------------------------------------


def test_create_from_field_options_then_retrieve_round_trips(server: CallsMockServer) -> None:
    created = invoke_json("rooms", "create", "--type", "small_room_for_video", "--custom-items", '{"topic": "x"}')
    fetched = invoke_json("rooms", "retrieve", created["room_id"])

    assert fetched == created
    assert (fetched["room_type"], fetched["state"], fetched["custom_items"]) == (
        "small_room_for_video",
        "open",
        {"topic": "x"},
    )
    assert [request.operation_id for request in server.requests] == ["create_room", "get_room"]
    assert server.requests[0].json() == {"type": "small_room_for_video", "custom_items": {"topic": "x"}}


def test_a_body_from_a_file_or_standard_input_is_sent_as_it_is(
    server: CallsMockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = tmp_path / "room.json"
    body.write_text(json.dumps({"type": "small_room_for_video", "custom_items": {"topic": "standup"}}))
    monkeypatch.delenv("SENDBIRD_APP_ID")

    from_file = invoke_json("--app-id", server.app_id, "rooms", "create", "--body", f"@{body}")
    from_stdin = invoke("rooms", "create", "--app-id", server.app_id, "--body", "@-", stdin=body.read_text())

    assert from_file["custom_items"] == {"topic": "standup"}
    assert from_stdin.exit_code == 0
    sent = [request.json() for request in server.requests.for_operation("create_room")]
    assert sent == [json.loads(body.read_text())] * 2


def test_json_and_boolean_body_fields_are_sent_typed(server: CallsMockServer) -> None:
    settings = invoke_json(
        "webhooks", "update-settings", "--enabled", "yes", "--enabled-events", '["*"]', "--url", "https://example.com/h"
    )
    assert (settings["enabled"], settings["enabled_events"]) == (True, ["*"])
    assert server.requests[-1].json() == {"enabled": True, "url": "https://example.com/h", "enabled_events": ["*"]}
    assert f"/applications/{server.app_id}/settings/webhook" in server.requests[-1].raw_path


def test_an_empty_body_operation_needs_no_options_and_an_empty_answer_prints_nothing(server: CallsMockServer) -> None:
    generated = invoke_json("api-tokens", "generate")
    assert server.requests[-1].json() == {}
    assert [token["token"] for token in invoke_json("api-tokens", "list")] == [generated["token"]]
    revoked = invoke("api-tokens", "revoke", generated["token"])
    assert (revoked.exit_code, revoked.stdout, revoked.stderr) == (0, "", "")
    assert invoke_json("api-tokens", "list") == []


def test_piped_output_is_one_compact_json_line(server: CallsMockServer) -> None:
    result = invoke("users", "list", "--limit", "3")
    assert result.stdout.count("\n") == 1
    assert ": " not in result.stdout
    assert len(json.loads(result.stdout)["users"]) == 3


def test_a_list_prints_its_first_page_whose_next_token_resumes(server: CallsMockServer) -> None:
    first = invoke_json("users", "list", "--limit", "5")
    second = invoke_json("users", "list", "--limit", "5", "--next", first["next"])
    ids = [user["user_id"] for user in first["users"] + second["users"]]
    assert ids == [f"user-{index:05d}" for index in range(19, 9, -1)]
    assert len(server.requests.for_operation("list_users")) == 2


def test_all_streams_one_json_object_per_line_page_after_page(server: CallsMockServer) -> None:
    result = invoke("users", "list", "--limit", "7", "--all")
    assert (result.exit_code, result.stderr) == (0, "")
    users = [json.loads(line) for line in result.stdout.splitlines()]
    assert [user["user_id"] for user in users] == [f"user-{index:05d}" for index in range(19, -1, -1)]
    assert len(server.requests.for_operation("list_users")) == 3


def test_all_with_next_continues_from_that_page(server: CallsMockServer) -> None:
    first = invoke_json("users", "list", "--limit", "5")
    rest = invoke("users", "list", "--limit", "5", "--all", "--next", first["next"]).stdout.splitlines()
    assert len(first["users"]) + len(rest) == 20
    assert json.loads(rest[0])["user_id"] == "user-00014"


def test_list_params_accept_comma_separated_and_repeated_values(server: CallsMockServer) -> None:
    base = ["direct-calls", "list", "--all", "--limit", "25"]
    comma = invoke(*base, "--end-result", "no_answer,canceled").stdout
    repeated = invoke(*base, "--end-result", "no_answer", "--end-result", "canceled").stdout
    assert comma == repeated
    calls = [json.loads(line) for line in comma.splitlines()]
    assert calls, "the seeded calls include unanswered and canceled ones"
    assert {call["end_result"] for call in calls} == {"no_answer", "canceled"}
    assert "end_result=no_answer,canceled" in server.requests.for_operation("list_direct_calls")[0].query


def test_a_users_calls_filtered_by_end_result(server: CallsMockServer) -> None:
    result = invoke("users", "list-calls", "user-00001", "--end-result", "completed,no_answer", "--all")
    assert result.exit_code == 0, result.stderr
    calls = [json.loads(line) for line in result.stdout.splitlines()]
    assert calls
    assert {call["end_result"] for call in calls} <= {"completed", "no_answer"}


def test_booleans_are_read_as_true_or_false(server: CallsMockServer) -> None:
    shown = invoke_json("webhooks", "retrieve-settings", "--display-all-webhook-categories", "true")
    hidden = invoke_json("webhooks", "retrieve-settings", "--display-all-webhook-categories", "no")
    assert "room:create" in shown["all_webhook_categories"]
    assert "all_webhook_categories" not in hidden


def test_verbose_logs_each_attempt_to_stderr_without_the_token(server: CallsMockServer) -> None:
    result = process("-v", "rooms", "list")
    assert result.returncode == 0
    assert "GET /v1/rooms attempt 1 -> 200" in result.stderr


def test_with_a_terminal_on_stderr_all_shows_progress_there_and_keeps_stdout_for_the_data(
    server: CallsMockServer,
) -> None:
    import pty
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
    command = [sys.executable, "-m", "sendbird_calls.cli", "users", "list", "--all", "--limit", "6"]
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


# --- global options reach every command -----------------------------------------------------


def root_and_env_cases(tmp_path: Path) -> dict[str, list[str]]:
    body = tmp_path / "event.json"
    _, payload = spec_examples()[0]
    body.write_bytes(json.dumps(payload).encode())
    return {
        "an operation": ["rooms", "list"],
        "export": ["export", "rooms", "-o", str(tmp_path / "rooms.jsonl")],
        "verify-spec": ["verify-spec", "--max-pages", "1", "--rate", "50"],
        "webhooks-sign": ["webhooks-sign", str(body)],
        "webhooks-verify": ["webhooks-verify", str(body), sign(body.read_bytes(), TOKEN)],
    }


@pytest.mark.parametrize("command", ["an operation", "export", "verify-spec", "webhooks-sign", "webhooks-verify"])
def test_the_roots_app_id_and_base_url_reach_every_command(
    server: CallsMockServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, command: str
) -> None:
    monkeypatch.delenv("SENDBIRD_APP_ID")
    monkeypatch.delenv("SENDBIRD_CALLS_BASE_URL")
    argv = root_and_env_cases(tmp_path)[command]
    result = invoke("--app-id", server.app_id, "--base-url", server.base_url, *argv)
    assert "SENDBIRD_APP_ID" not in result.stderr
    assert result.exit_code == 0, result.stderr
    calls_the_api = command not in ("webhooks-sign", "webhooks-verify")
    assert (len(server.requests) > 0) is calls_the_api


@pytest.mark.parametrize("command", ["an operation", "export", "verify-spec", "webhooks-sign", "webhooks-verify"])
def test_the_environment_reaches_every_command(server: CallsMockServer, tmp_path: Path, command: str) -> None:
    result = invoke(*root_and_env_cases(tmp_path)[command])
    assert result.exit_code == 0, result.stderr


def test_a_commands_own_option_wins_over_the_roots(server: CallsMockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SENDBIRD_APP_ID")
    right = invoke("--app-id", "other-app", "webhooks", "retrieve-settings", "--app-id", server.app_id)
    assert right.exit_code == 0
    wrong = invoke("--app-id", server.app_id, "webhooks", "retrieve-settings", "--app-id", "other-app")
    assert wrong.exit_code == 1  # the mock answers for its own application only
    assert "/applications/other-app/settings/webhook" in wrong.stderr


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
    from sendbird_calls.cli import app

    @click.command("say-hello")
    def hello() -> None:
        """Say hello."""
        click.echo("hello")

    monkeypatch.setattr(app, "_EXTRA", {})
    app.register_command(hello)
    assert "say-hello  Say hello." in invoke("--help").stdout
    assert invoke("say-hello").stdout == "hello\n"


def test_a_registered_command_reads_the_roots_connection_with_resolve(
    server: CallsMockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sendbird_calls.cli import app
    from sendbird_calls.cli.connection import resolve

    @click.command("where")
    def where() -> None:
        """Print the application and base URL a command would use."""
        resolved = resolve(click.get_current_context())
        click.echo(f"{resolved.app_id} {resolved.base_url}")

    monkeypatch.setattr(app, "_EXTRA", {})
    app.register_command(where)
    assert invoke("where").stdout == f"{server.app_id} {server.base_url}\n"
    assert invoke("--app-id", "root-app", "--base-url", "http://127.0.0.1:9/v1", "where").stdout == (
        "root-app http://127.0.0.1:9/v1\n"
    )
    monkeypatch.delenv("SENDBIRD_APP_ID")
    missing = invoke("where")
    assert (missing.exit_code, missing.stderr) == (
        2,
        "error: no application ID: pass --app-id or set the SENDBIRD_APP_ID environment variable\n",
    )


def test_the_roots_listing_of_built_in_commands_is_their_own_short_help() -> None:
    from sendbird_calls.cli.app import BUILTINS, builtin_command

    for name, (_, _, short_help) in BUILTINS.items():
        command = builtin_command(name)
        assert command.name == name
        assert command.get_short_help_str(200) == short_help


def test_every_tag_has_a_group_named_in_kebab_case(server: CallsMockServer) -> None:
    listed: dict[str, Any] = {}
    for op in operations():
        listed.setdefault(kebab(op.tag), []).append(kebab(op.name))
    for tag, commands in listed.items():
        text = invoke(tag).stdout
        assert all(f"  {command} " in text for command in commands), tag
