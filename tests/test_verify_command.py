"""``sendbird-calls verify-spec``: exit statuses, files written, the token nowhere in what it prints or writes,
progress on a terminal and silence when piped, and a clear error without jsonschema."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from sendbird_calls.mock import CallsMockServer, create_app
from sendbird_calls.mock.drift import with_drift
from sendbird_calls.verify import OVERLAY_SCHEMA, REPORT_SCHEMA
from sendbird_calls.verify.command import verify_spec_command
from sendbird_calls.verify.session import Pacer
from tests.verify_support import APP, PUSH_USER, TOKEN, seed_resources, snapshot


def _env(server: CallsMockServer, token: str = TOKEN) -> dict[str, str]:
    return {"SENDBIRD_APP_ID": server.app_id, "SENDBIRD_API_TOKEN": token, "SENDBIRD_CALLS_BASE_URL": ""}


@pytest.fixture
def server() -> Iterator[CallsMockServer]:
    with CallsMockServer(app_id=APP, api_token=TOKEN, seed=3, users=8, calls=30) as mock:
        seed_resources(mock)
        yield mock


@pytest.fixture
def drifted() -> Iterator[CallsMockServer]:
    app = with_drift(create_app(app_id=APP, api_token=TOKEN, seed=3, users=8, calls=30))
    with CallsMockServer(app) as mock:
        seed_resources(mock)
        yield mock


def invoke(server: CallsMockServer, *args: str, token: str = TOKEN) -> tuple[int, str, str]:
    runner = CliRunner()
    result = runner.invoke(
        verify_spec_command, ["--base-url", server.base_url, "--rate", "50", *args], env=_env(server, token)
    )
    return result.exit_code, result.stdout, result.stderr


def test_a_matching_application_exits_0_and_says_so(server: CallsMockServer, tmp_path: Path) -> None:
    code, out, _ = invoke(server, "--report", str(tmp_path / "r.json"), "--overlay", str(tmp_path / "o.yaml"))
    assert code == 0, out
    assert out.startswith("The application matches the spec")
    assert "No additive drift" in out
    assert not (tmp_path / "o.yaml").exists()
    assert json.loads((tmp_path / "r.json").read_text())["result"] == "match"


def test_write_exits_0_and_the_mock_is_as_before(server: CallsMockServer) -> None:
    before = snapshot(server)
    code, out, _ = invoke(server, "--write", "--push-user", PUSH_USER)
    assert code == 0, out
    assert snapshot(server) == before


def test_drift_exits_1_with_a_table_a_valid_report_and_a_valid_overlay(
    drifted: CallsMockServer, tmp_path: Path
) -> None:
    report_path, overlay_path = tmp_path / "drift.json", tmp_path / "drift.yaml"
    code, out, _ = invoke(drifted, "--report", str(report_path), "--overlay", str(overlay_path))
    assert code == 1
    assert "KIND" in out
    assert "/calls/0/zz_drift_recording_url" in out
    jsonschema.validate(json.loads(report_path.read_text()), REPORT_SCHEMA)
    overlay = yaml.safe_load(overlay_path.read_text())
    jsonschema.validate(overlay, OVERLAY_SCHEMA)
    assert overlay["overlay"] == "1.0.0"


def test_no_token_in_output_report_or_overlay_even_with_writes(drifted: CallsMockServer, tmp_path: Path) -> None:
    report_path, overlay_path = tmp_path / "drift.json", tmp_path / "drift.json.overlay"
    code, out, err = invoke(
        drifted, "--write", "--push-user", PUSH_USER, "--report", str(report_path), "--overlay", str(overlay_path)
    )
    assert code == 1
    generated = sorted(drifted.state.revoked_tokens)
    assert len(generated) == 11  # the lifecycle's secondary token and the token-cap check's ten, all revoked
    texts = [out, err, report_path.read_text(), overlay_path.read_text()]
    for secret in [TOKEN, *generated]:
        assert all(secret not in text for text in texts)


def test_refused_credentials_exit_3(server: CallsMockServer) -> None:
    code, _, err = invoke(server, token="wrong-token-value")
    assert code == 3
    assert "refused the API token" in err
    assert "wrong-token-value" not in err


def test_an_unreachable_server_exits_3() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    runner = CliRunner()
    result = runner.invoke(
        verify_spec_command,
        ["--base-url", f"http://127.0.0.1:{port}/v1", "--rate", "50"],
        env={"SENDBIRD_APP_ID": APP, "SENDBIRD_API_TOKEN": TOKEN, "SENDBIRD_CALLS_BASE_URL": ""},
    )
    assert result.exit_code == 3
    assert "could not run" in result.stderr
    assert TOKEN not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["--push-user", "u"], None, "--push-user needs --write"),
        (["--rate", "0"], None, "--rate"),
        (["--max-pages", "0"], None, "--max-pages"),
        ([], {"SENDBIRD_API_TOKEN": ""}, "SENDBIRD_API_TOKEN"),
        ([], {"SENDBIRD_APP_ID": ""}, "SENDBIRD_APP_ID"),
        (["--base-url", "ftp://x/v1"], None, "--base-url"),
        (["--api-token", "x"], None, "No such option"),
    ],
)
def test_usage_errors_exit_2_naming_the_problem(args: list[str], env: dict[str, str] | None, message: str) -> None:
    base = {"SENDBIRD_APP_ID": APP, "SENDBIRD_API_TOKEN": TOKEN, "SENDBIRD_CALLS_BASE_URL": ""}
    result = CliRunner().invoke(verify_spec_command, args, env={**base, **(env or {})})
    assert result.exit_code == 2
    assert message in result.stderr
    assert TOKEN not in result.stderr


def test_the_sendbird_calls_command_dispatches_to_verify_spec(
    drifted: CallsMockServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sendbird_calls.cli import main

    for name, value in _env(drifted).items():
        monkeypatch.setenv(name, value)
    assert main(["verify-spec", "--base-url", drifted.base_url, "--rate", "50"]) == 1
    assert {request.method for request in drifted.requests} == {"GET"}
    assert "undocumented_field" in capsys.readouterr().out
    assert main(["verify-spec", "--push-user", "u"]) == 2
    assert main(["verify-spec", "--api-token", TOKEN]) == 2  # refused before parsing, value never echoed
    assert TOKEN not in capsys.readouterr().err


def test_the_pacer_spaces_requests_by_one_over_the_rate() -> None:
    now = [100.0]
    pacer = Pacer(4.0, clock=lambda: now[0])
    waits = [pacer.reserve("GET", None).wait for _ in range(3)]
    assert waits == [0.0, 0.25, 0.5]
    now[0] += 10
    assert pacer.reserve("POST", "x").wait == 0.0
    assert Pacer(None).reserve("GET", None).wait == 0.0


COMMAND = "from sendbird_calls.verify.command import verify_spec_command as c; c(prog_name='verify-spec')"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _process_env(server: CallsMockServer) -> dict[str, str]:
    """The environment of a real process: credentials set, nothing that forces or forbids a terminal."""
    env = {k: v for k, v in os.environ.items() if k not in {"FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"}}
    return {**env, **_env(server)}


def _run_on_a_terminal(server: CallsMockServer, *args: str) -> tuple[int, str, str]:
    """verify-spec as a process whose stderr is a terminal (a pseudo-terminal read here); stdout piped."""
    reader, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-c", COMMAND, "--base-url", server.base_url, "--rate", "50", *args],
        stdout=subprocess.PIPE,
        stderr=terminal,
        env=_process_env(server),
    )
    os.close(terminal)
    chunks: list[bytes] = []
    try:
        while select.select([reader], [], [], 120)[0]:  # a guard against a hung run, never reached by a good one
            try:
                chunk = os.read(reader, 65536)
            except OSError:  # the terminal closed: the process is gone
                break
            if not chunk:
                break
            chunks.append(chunk)
        out, _ = process.communicate(timeout=120)
    finally:
        os.close(reader)
        if process.poll() is None:
            process.kill()
    return process.returncode, out.decode(), ANSI.sub("", b"".join(chunks).decode(errors="replace"))


def test_on_a_terminal_stderr_shows_each_operation_checked_and_the_count(
    server: CallsMockServer, tmp_path: Path
) -> None:
    code, out, terminal = _run_on_a_terminal(server, "--report", str(tmp_path / "report.json"))
    assert code == 0, out + terminal
    operations = json.loads((tmp_path / "report.json").read_text())["operations"]
    answers = sum(stats["requests"] for stats in operations.values())
    assert "verify-spec: checking list_users (0 answers checked)" in terminal
    assert "checking list_user_calls (1 answer checked)" in terminal
    assert f"checking list_rooms ({answers - 1} answers checked)" in terminal  # the last request: a decision check
    assert set(re.findall(r"checking (\w+) \(", terminal)) == set(operations)
    assert TOKEN not in terminal
    assert out.startswith("The application matches the spec")  # the report itself is unchanged on stdout


def test_piped_it_writes_nothing_to_stderr_and_the_same_report(server: CallsMockServer) -> None:
    piped = subprocess.run(
        [sys.executable, "-c", COMMAND, "--base-url", server.base_url, "--rate", "50"],
        capture_output=True,
        text=True,
        env=_process_env(server),
        check=False,
    )
    assert piped.returncode == 0
    assert piped.stderr == ""
    _, on_a_terminal, _ = _run_on_a_terminal(server)
    assert piped.stdout == on_a_terminal


BLOCK_JSONSCHEMA = (
    "import sys\n"
    "class Block:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name.split('.')[0] in ('jsonschema', 'referencing'):\n"
    "            raise ImportError(f'No module named {name!r}')\n"
    "sys.meta_path.insert(0, Block())\n"
)


def test_without_jsonschema_the_command_says_what_to_install_and_exits_3(server: CallsMockServer) -> None:
    imports = subprocess.run(
        [sys.executable, "-c", BLOCK_JSONSCHEMA + "import sendbird_calls.verify, sendbird_calls.verify.command"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert imports.returncode == 0, imports.stderr  # the package and the command load without it
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_JSONSCHEMA + COMMAND, "--base-url", server.base_url],
        capture_output=True,
        text=True,
        env=_process_env(server),
        check=False,
    )
    assert result.returncode == 3
    assert result.stderr == (
        "error: verify-spec checks answers with jsonschema: install it with pip install 'sendbird-calls[verify]'\n"
    )
    assert not server.requests  # nothing was sent
