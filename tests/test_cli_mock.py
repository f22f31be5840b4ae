"""``sendbird-calls mock`` and ``python -m sendbird_calls.mock``: one runner, two front ends, no import back up.

Both front ends are built from ``sendbird_calls.mock.serve.SETTINGS`` and call ``serve``; the
module runner never loads the CLI. The CLI's command takes the root's ``--app-id`` and the
environment like every other command.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from click.testing import CliRunner

from sendbird_calls import CallsClient
from sendbird_calls.cli import cli
from sendbird_calls.mock.serve import INSTALL_HINT, SETTINGS
from tests.cli_support import clean_env

CLI = [sys.executable, "-m", "sendbird_calls.cli", "mock"]
MODULE = [sys.executable, "-m", "sendbird_calls.mock"]


@contextmanager
def serving(*argv: str, env: dict[str, str] | None = None) -> Iterator[dict[str, Any]]:
    """A mock started with ``--port 0 --print-json``; yields its start-up facts, stops it afterwards."""
    process = subprocess.Popen(
        [*argv, "--port", "0", "--print-json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=clean_env() if env is None else env,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line, process.stderr.read() if process.stderr else ""
        facts: dict[str, Any] = json.loads(line)
        assert facts["pid"] == process.pid
        yield facts
    finally:
        process.terminate()
        process.wait(timeout=20)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


@pytest.mark.parametrize("command", [CLI, MODULE], ids=["sendbird-calls mock", "python -m sendbird_calls.mock"])
def test_print_json_gives_scripts_the_urls_of_a_working_mock(command: list[str]) -> None:
    with serving(*command, "--app-id", "json-app", "--api-token", "json-token") as facts:
        assert set(facts) == {"app_id", "base_url", "chat_base_url", "spec_url", "pid"}
        assert facts["app_id"] == "json-app"
        with CallsClient("json-app", "json-token", base_url=facts["base_url"]) as client:
            assert client.users.list().items
            assert client.api_tokens.list() == []


def test_the_module_runner_prints_the_urls_for_people() -> None:
    process = subprocess.Popen([*MODULE, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(4)]
    finally:
        process.terminate()
        process.wait(timeout=20)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
    assert lines[0] == "Sendbird Calls mock of application 'mock-app'\n"
    assert re.fullmatch(r"  base_url:      http://127\.0\.0\.1:\d+/v1\n", lines[1])


def test_the_roots_app_id_and_the_environment_reach_the_mock() -> None:
    with serving(sys.executable, "-m", "sendbird_calls.cli", "--app-id", "root-app", "mock") as facts:
        assert facts["app_id"] == "root-app"
    env = clean_env() | {"SENDBIRD_APP_ID": "env-app", "SENDBIRD_API_TOKEN": "env-token-for-the-mock"}
    for command in (CLI, MODULE):
        with serving(*command, env=env) as facts:
            assert facts["app_id"] == "env-app"
            with CallsClient("env-app", "env-token-for-the-mock", base_url=facts["base_url"]) as client:
                assert client.rooms.list().items == []
    with serving(
        sys.executable, "-m", "sendbird_calls.cli", "--app-id", "root-app", "mock", "--app-id", "own"
    ) as facts:
        assert facts["app_id"] == "own"  # the command's own option wins


def test_a_token_from_the_environment_is_never_printed() -> None:
    env = clean_env() | {"SENDBIRD_API_TOKEN": "env-token-never-shown"}
    process = subprocess.Popen(
        [*CLI, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        assert process.stdout is not None
        printed = "".join(process.stdout.readline() for _ in range(4))
    finally:
        process.terminate()
        _, err = process.communicate(timeout=20)
    assert "base_url" in printed
    assert "env-token-never-shown" not in printed + err
    help_text = CliRunner().invoke(cli, ["mock", "--help"], env={"SENDBIRD_API_TOKEN": "env-token-never-shown"}).stdout
    assert "env-token-never-shown" not in help_text


def test_the_roots_base_url_does_not_apply_to_the_mock() -> None:
    result = CliRunner().invoke(cli, ["--base-url", "http://127.0.0.1:8080/v1", "mock"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --base-url does not apply to mock: it serves on --host and --port")


def test_the_module_runner_never_imports_the_cli() -> None:
    probe = (
        "import sys\n"
        "from sendbird_calls.mock.__main__ import main\n"
        "code = main(['--port', '0', '--app-id', 'bad.id'])\n"
        "print(code, sorted(name for name in sys.modules if name.startswith('sendbird_calls.cli')))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout == "2 []\n"
    assert result.stderr.startswith("error: --app-id must be letters, digits and hyphens")


def test_both_front_ends_offer_the_same_options_with_the_same_help() -> None:
    cli_help = " ".join(CliRunner().invoke(cli, ["mock", "--help"]).stdout.split())
    module = subprocess.run(
        [*MODULE, "--help"], capture_output=True, text=True, timeout=60, check=True, env=clean_env()
    )
    module_help = " ".join(module.stdout.split())
    for setting in SETTINGS:
        assert setting.flag in cli_help
        assert setting.flag in module_help
        assert " ".join(setting.help.split()) in module_help
        assert " ".join(setting.help.split()) in cli_help


@pytest.mark.parametrize("command", [CLI, MODULE], ids=["sendbird-calls mock", "python -m sendbird_calls.mock"])
def test_a_busy_port_is_one_line_and_exit_1(command: list[str]) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = subprocess.run(
            [*command, "--port", str(port)], capture_output=True, text=True, timeout=60, check=False, env=clean_env()
        )
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"error: cannot listen on 127.0.0.1:{port}: the port is already in use (--port 0 picks a free port)\n"
    )


@pytest.mark.parametrize("command", [CLI, MODULE], ids=["sendbird-calls mock", "python -m sendbird_calls.mock"])
def test_a_bad_app_id_or_empty_token_is_a_usage_error(command: list[str]) -> None:
    for argv, message in (
        (["--app-id", "bad.app/id"], "error: --app-id must be letters, digits and hyphens"),
        (["--api-token", " "], "error: --api-token must not be empty"),
    ):
        result = subprocess.run(
            [*command, "--port", "0", *argv], capture_output=True, text=True, timeout=60, check=False, env=clean_env()
        )
        assert (result.returncode, result.stdout) == (2, ""), result.stderr
        assert result.stderr.startswith(message)
        assert result.stderr.count("\n") == 1


def test_a_missing_extra_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # import uvicorn now raises ImportError
    result = CliRunner().invoke(cli, ["mock", "--port", "0"])
    assert result.exit_code == 1
    assert result.stderr == f"error: the mock server needs the mock extra: {INSTALL_HINT}\n"
    assert INSTALL_HINT == 'pip install "sendbird-calls[mock]"'

    from sendbird_calls.mock.__main__ import main

    assert main(["--port", "0"]) == 1


def test_a_bad_port_is_a_usage_error_on_both(capsys: pytest.CaptureFixture[str]) -> None:
    result = CliRunner().invoke(cli, ["mock", "--port", "70000"])
    assert result.exit_code == 2
    assert "must be between 0 and 65535, got 70000" in result.stderr
    from sendbird_calls.mock.__main__ import main

    assert main(["--port", "x"]) == 2
    assert capsys.readouterr().err == (
        "error: argument --port: invalid whole number value: 'x' (see 'python -m sendbird_calls.mock --help')\n"
    )
