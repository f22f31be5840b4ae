"""Promise 11: no argument value is ever printed back in an error, whatever the value and wherever it goes."""

from __future__ import annotations

import json
import string
from collections.abc import Callable

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendbird_calls.cli import cli

PLACES: dict[str, Callable[[str], list[str]]] = {
    "an integer option": lambda value: ["users", "list-users", "--limit", value],
    "an enum option": lambda value: ["rooms", "list-rooms", "--state", value],
    "an enum path argument": lambda value: ["users", "list-push-tokens", "user-1", value],
    "a list item": lambda value: ["direct-calls", "list-direct-calls", "--end-result", f"completed,{value}"],
    "an extra argument": lambda value: ["rooms", "get-room", "room-1", value],
    "an unknown command": lambda value: [value, "list-rooms"],
    "an unknown operation": lambda value: ["rooms", value],
    "a token option": lambda value: ["rooms", "list-rooms", "--token", value],
    "a token option with =": lambda value: ["--API-TOKEN=" + value, "rooms", "list-rooms"],
    "an abbreviated token option": lambda value: ["--api-toke", value, "rooms", "list-rooms"],
    "a base URL query": lambda value: ["--base-url", f"http://127.0.0.1:9/v1?key={value}", "rooms", "list-rooms"],
    "a base URL password": lambda value: ["--base-url", f"http://user:{value}@127.0.0.1:9/v1", "rooms", "list-rooms"],
    "an app ID": lambda value: ["--app-id", value + ".x", "rooms", "list-rooms"],
    "a body value": lambda value: ["rooms", "create-room", "--body", json.dumps({"type": value})],
    "an export format": lambda value: ["export", "rooms", "-o", "out.jsonl", "--format", value],
    "a mock port": lambda value: ["mock", "--port", value],
}

VALUES = st.text(alphabet=string.ascii_letters + string.digits + "_.:%+!~", min_size=4, max_size=40).map(
    lambda text: "zQ" + text
)


@pytest.fixture
def configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SENDBIRD_APP_ID", "no-echo-app")
    monkeypatch.setenv("SENDBIRD_API_TOKEN", "no-echo-token")
    monkeypatch.delenv("SENDBIRD_CALLS_BASE_URL", raising=False)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(place=st.sampled_from(sorted(PLACES)), value=VALUES)
def test_a_bad_value_is_a_usage_error_that_never_repeats_it(configured: None, place: str, value: str) -> None:
    result = CliRunner().invoke(cli, PLACES[place](value), prog_name="sendbird-calls")
    assert result.exit_code == 2, (place, result.stderr)
    assert result.stdout == ""
    assert result.stderr.startswith("error: ")
    assert value not in result.stderr, place
    assert "no-echo-token" not in result.stderr
    assert "Traceback" not in result.stderr
