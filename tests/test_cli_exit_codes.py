"""Exit codes: one rule for every command, one table in the README and docs/guides/cli.md, the same as --help.

0 success; 1 the command ran and failed (an API error answer, a rejected webhook, drift, a file or
port problem); 2 usage error, nothing sent; 3 no usable answer (network); 130 interrupted.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sendbird_calls.cli.errors import (
    EXIT_BUSY,
    EXIT_CODES,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_NETWORK,
    EXIT_OK,
    EXIT_USAGE,
)
from sendbird_calls.mock import CallsMockServer
from sendbird_calls.webhooks import sign
from tests.cli_support import TOKEN, clean_env, closed_port, invoke, mock_in_env, process

ROOT = Path(__file__).resolve().parents[1]
ROW = re.compile(r"^\| (\d+) \| (.+) \|$")


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[CallsMockServer]:
    with mock_in_env(monkeypatch) as mock:
        yield mock


def table_in(path: Path) -> list[tuple[int, str]]:
    """The rows of the exit-code table (``| code | meaning |``) in a Markdown file."""
    rows = [ROW.match(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [(int(match.group(1)), match.group(2)) for match in rows if match]


def test_the_exit_codes_are_one_table_in_the_readme_the_cli_guide_and_help() -> None:
    assert [code for code, _ in EXIT_CODES] == [
        EXIT_OK,
        EXIT_FAILED,
        EXIT_USAGE,
        EXIT_NETWORK,
        EXIT_BUSY,
        EXIT_INTERRUPTED,
    ]
    assert table_in(ROOT / "README.md") == list(EXIT_CODES)
    assert table_in(ROOT / "docs" / "guides" / "cli.md") == list(EXIT_CODES)
    shown = " ".join(invoke("--help").stdout.split())
    for code, meaning in EXIT_CODES:
        assert f"{code} {meaning}" in shown


def write_event(tmp_path: Path) -> tuple[Path, str]:
    body = tmp_path / "event.json"
    body.write_bytes(b'{"category": "room:create", "occurred_at": 1}')
    return body, sign(body.read_bytes(), TOKEN)


def test_webhooks_verify_rejects_a_bad_signature_and_a_bad_payload_with_the_same_code(
    server: CallsMockServer, tmp_path: Path
) -> None:
    body, signature = write_event(tmp_path)
    body.write_bytes(b'{"category": "room:delete", "occurred_at": 1}')
    altered = invoke("webhooks-verify", str(body), signature)
    assert (altered.exit_code, altered.stdout) == (EXIT_FAILED, "")
    assert altered.stderr.startswith("error: x-sendbird-signature does not match the body")

    for payload in (b"not json at all", b"[1, 2]", b'{"occurred_at": 1}'):
        body.write_bytes(payload)
        rejected = invoke("webhooks-verify", str(body), sign(payload, TOKEN))
        assert (rejected.exit_code, rejected.stdout) == (EXIT_FAILED, ""), payload
        assert rejected.stderr.startswith("error: the webhook"), rejected.stderr

    unreadable = invoke("webhooks-verify", str(tmp_path / "missing.json"), signature)
    assert unreadable.exit_code == EXIT_USAGE
    assert unreadable.stderr.startswith(f"error: cannot read {tmp_path / 'missing.json'}: No such file")


def test_webhooks_sign_then_verify_prints_the_event(server: CallsMockServer, tmp_path: Path) -> None:
    from tests.test_webhook_events import spec_examples

    category, payload = spec_examples()[0]
    body = tmp_path / "event.json"
    body.write_bytes(json.dumps(payload).encode())
    signed = invoke("webhooks-sign", str(body))
    assert (signed.exit_code, signed.stdout.strip()) == (EXIT_OK, sign(body.read_bytes(), TOKEN))
    event = invoke("webhooks-verify", str(body), signed.stdout.strip())
    assert event.exit_code == EXIT_OK
    assert json.loads(event.stdout) == payload
    assert json.loads(event.stdout)["category"] == category


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["rooms", "list", "--state", "closed"], "Invalid value for '--state'"),
        (["users", "list", "--limit", "0"], "must be between 1 and 100"),
        (["users", "list-push-tokens", "user-00001", "gcm"], "must be one of: apns_voip, fcm_voip"),
        (["direct-calls", "list", "--end-result", "no_answer,"], "must be non-empty"),
        (["rooms", "list", "--room-ids", "a,b,c,d,e,f,g,h,i,j,k"], "--room-ids takes at most 10 values, got 11"),
        (["users", "list-calls", "user-00001", "--start-ts", "1700000000"], "is in Unix milliseconds"),
        (["rooms", "create"], "missing option --type (or give the whole body with --body)"),
        (["rooms", "create", "--type", "small_room_for_video", "--body", "{}"], "not both"),
        (["rooms", "create", "--body", "{not json"], "--body is not valid JSON (line 1, column 2)"),
        (["rooms", "create", "--body", "[1, 2]"], "--body must hold a JSON object, got a JSON list"),
        (["rooms", "create", "--body", '{"type": "huge"}'], "rooms.create: body.type does not fit CreateRoomRequest"),
        (["rooms", "create", "--type", "small_room_for_video", "--custom-items", "[1]"], "must be a JSON object"),
        (["rooms", "retrieve"], "Missing argument 'ROOM_ID'"),
        (["rooms", "retrieve", ".."], "path parameter 'room_id'"),
        (["rooms", "retrieve", "r-1", "--all"], "no such option: --all"),
        (["rooms", "nothing"], "no such command: nothing"),
        (["webhooks-sign"], "Missing argument 'FILE'"),
        (["export", "direct-calls"], "Missing option '-o' / '--output'"),
        (["mock", "--port", "70000"], "must be between 0 and 65535, got 70000"),
    ],
)
def test_usage_errors_exit_2_before_any_request(server: CallsMockServer, argv: list[str], message: str) -> None:
    result = invoke(*argv)
    assert (result.exit_code, result.stdout) == (EXIT_USAGE, "")
    assert result.stderr.startswith("error: ")
    assert result.stderr.count("\n") == 1
    assert message in result.stderr
    assert len(server.requests) == 0


@pytest.mark.parametrize("argv", [["rooms", "list"], ["export", "rooms", "-o", "x.jsonl"], ["webhooks-sign", "-"]])
def test_missing_credentials_are_usage_errors_naming_the_variable(
    server: CallsMockServer, monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    monkeypatch.delenv("SENDBIRD_API_TOKEN")
    no_token = invoke(*argv, stdin="{}")
    assert no_token.exit_code == EXIT_USAGE
    assert no_token.stderr.startswith("error: no API token: set the SENDBIRD_API_TOKEN environment variable")
    assert len(server.requests) == 0


def test_a_missing_or_bad_app_id_is_a_usage_error(server: CallsMockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SENDBIRD_APP_ID")
    no_app = invoke("rooms", "list")
    assert no_app.exit_code == EXIT_USAGE
    assert "no application ID: pass --app-id or set the SENDBIRD_APP_ID environment variable" in no_app.stderr
    bad_app = invoke("--app-id", "bad.app.id", "rooms", "list")
    assert bad_app.exit_code == EXIT_USAGE
    assert "--app-id is not a valid application ID" in bad_app.stderr
    assert len(server.requests) == 0


def test_an_api_error_answer_exits_1_with_one_line(server: CallsMockServer) -> None:
    result = invoke("rooms", "retrieve", "no-such-room")
    assert (result.exit_code, result.stdout) == (EXIT_FAILED, "")
    assert result.stderr == (
        "error: 400 INVALID_ROOM (1400126) on GET /v1/rooms/no-such-room: Room 'no-such-room' does not exist.\n"
    )


def test_an_unreachable_server_exits_3_with_one_line(server: CallsMockServer) -> None:
    result = invoke("--base-url", f"http://127.0.0.1:{closed_port()}/v1", "rooms", "list")
    assert (result.exit_code, result.stdout) == (EXIT_NETWORK, "")
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: ConnectError on GET /v1/rooms")


def test_ctrl_c_exits_130_with_one_line(server: CallsMockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(value: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("sendbird_calls.cli.output.emit_json", interrupted)
    result = invoke("rooms", "list")
    assert result.exit_code == EXIT_INTERRUPTED
    assert result.stderr.lstrip("\n") == "error: interrupted\n"  # click ends the ^C line first


def test_the_mock_exits_1_when_it_cannot_listen() -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = process("mock", "--port", str(port), env=clean_env())
    assert (result.returncode, result.stdout) == (EXIT_FAILED, "")
    assert (
        result.stderr
        == f"error: cannot listen on 127.0.0.1:{port}: the port is already in use (--port 0 picks a free port)\n"
    )


def test_exit_codes_of_a_separate_process(server: CallsMockServer) -> None:
    assert process("rooms", "retrieve", "no-such-room").returncode == EXIT_FAILED
    assert process("users", "list", "--limit", "0").returncode == EXIT_USAGE
    assert process("rooms", "list", "--api-token", TOKEN).returncode == EXIT_USAGE
    assert process("--base-url", f"http://127.0.0.1:{closed_port()}/v1", "rooms", "list").returncode == EXIT_NETWORK
    assert process("rooms", "list", env=clean_env()).returncode == EXIT_USAGE
    assert process("rooms").returncode == EXIT_OK
    listed = process("users", "list", "--all", "--limit", "50")
    assert (listed.returncode, len(listed.stdout.splitlines())) == (EXIT_OK, 20)


def test_the_python_module_runner_of_the_mock_uses_the_same_codes() -> None:
    bad = subprocess.run(
        [sys.executable, "-m", "sendbird_calls.mock", "--port", "70000"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (bad.returncode, bad.stdout) == (EXIT_USAGE, "")
    assert bad.stderr.startswith("error: argument --port: must be at least 0 and at most 65535, got 70000")
    assert bad.stderr.count("\n") == 1
