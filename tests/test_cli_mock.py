"""``sendbird-calls mock`` and ``python -m sendbird_calls.mock``: machine-readable start-up, one-line errors."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from click.testing import CliRunner

from sendbird_calls import CallsClient
from sendbird_calls.cli import cli
from sendbird_calls.cli.mock_cmd import INSTALL_HINT
from sendbird_calls.mock.__main__ import main as mock_main


@contextmanager
def serving(*argv: str) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=20)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "sendbird_calls.cli", "mock"],
        [sys.executable, "-m", "sendbird_calls.mock"],
    ],
)
def test_print_json_gives_scripts_the_urls_of_a_working_mock(command: list[str]) -> None:
    with serving(*command, "--port", "0", "--app-id", "json-app", "--api-token", "json-token", "--print-json") as mock:
        assert mock.stdout is not None
        facts = json.loads(mock.stdout.readline())
        assert set(facts) == {"app_id", "base_url", "chat_base_url", "spec_url", "pid"}
        assert facts["app_id"] == "json-app"
        assert facts["pid"] == mock.pid
        with CallsClient("json-app", "json-token", base_url=facts["base_url"]) as client:
            assert client.users.list_users().users
            assert client.api_tokens.list_secondary_api_tokens().api_tokens == []


def test_a_busy_port_is_one_line_and_exit_1() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "sendbird_calls.mock", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"error: cannot listen on 127.0.0.1:{port}: the port is already in use (--port 0 picks a free port)\n"
    )


def test_a_bad_app_id_is_a_usage_error_that_does_not_echo_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert mock_main(["--port", "0", "--app-id", "bad.app/id"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --app-id must be letters, digits and hyphens")
    assert "bad.app/id" not in err


def test_a_missing_extra_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # import uvicorn now raises ImportError
    result = CliRunner().invoke(cli, ["mock", "--port", "0"])
    assert result.exit_code == 1
    assert result.stderr == f"error: the mock server needs the mock extra: {INSTALL_HINT}\n"
    assert INSTALL_HINT == 'pip install "sendbird-calls[mock]"'


def test_a_bad_port_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["mock", "--port", "70000"])
    assert result.exit_code == 2
    assert "must be between 0 and 65535" in result.stderr
    assert "70000" not in result.stderr
