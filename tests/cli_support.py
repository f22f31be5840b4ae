"""Shared helpers of the CLI tests: a live mock in the environment, runs in-process and as a process.

Every run asserts the promises every command keeps: no traceback, and the token never printed.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from click.testing import CliRunner, Result

from sendbird_calls.cli import cli
from sendbird_calls.mock import CallsMockServer

TOKEN = "cli-canary-token-4242"
ENV_NAMES = ("SENDBIRD_APP_ID", "SENDBIRD_API_TOKEN", "SENDBIRD_CALLS_BASE_URL", "SENDBIRD_CALLS_LOG")


@contextmanager
def mock_in_env(monkeypatch: pytest.MonkeyPatch, **options: Any) -> Iterator[CallsMockServer]:
    """A live mock (20 users, 200 calls unless told otherwise) and the environment pointing the CLI at it."""
    options = {"app_id": "cli-app", "api_token": TOKEN, "seed": 5, "users": 20, "calls": 200, **options}
    with CallsMockServer(**options) as mock:
        monkeypatch.setenv("SENDBIRD_APP_ID", mock.app_id)
        monkeypatch.setenv("SENDBIRD_API_TOKEN", mock.api_token)
        monkeypatch.setenv("SENDBIRD_CALLS_BASE_URL", mock.base_url)
        monkeypatch.delenv("SENDBIRD_CALLS_LOG", raising=False)
        yield mock


def invoke(*argv: str, stdin: str | bytes | None = None) -> Result:
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


def process(
    *argv: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Runs ``python -m sendbird_calls.cli`` as a separate process."""
    result = subprocess.run(
        [sys.executable, "-m", "sendbird_calls.cli", *argv],
        capture_output=True,
        text=True,
        input=stdin,
        env=os.environ.copy() if env is None else env,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in result.stderr
    assert TOKEN not in result.stdout + result.stderr
    return result


def clean_env() -> dict[str, str]:
    """The environment without any of the CLI's variables."""
    return {name: value for name, value in os.environ.items() if name not in ENV_NAMES}


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
