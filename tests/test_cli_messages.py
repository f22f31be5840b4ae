"""What error messages show: what was typed stays (it helps find the mistake), only secrets are hidden.

Secrets: the API token (from its variable), the values of secret parameters (a token to revoke, a
push token, anything after an option named like a token), string values under secret keys of an
inline JSON body, and values shaped like an API token. Every other word of a message is kept.
"""

from __future__ import annotations

import json
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendbird_calls.cli import cli
from sendbird_calls.cli.errors import HIDDEN, TOKEN_HINT, message_for, scrub, secrets_in
from sendbird_calls.mock import CallsMockServer
from tests.cli_support import TOKEN, invoke, mock_in_env

WORDS = st.text(alphabet=string.ascii_lowercase + "_", min_size=4, max_size=20)
SECRETS = st.text(alphabet=string.ascii_letters + string.digits, min_size=8, max_size=40).map(lambda text: "Zq" + text)
HEX_TOKENS = st.text(alphabet="0123456789abcdef", min_size=40, max_size=40)


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[CallsMockServer]:
    with mock_in_env(monkeypatch) as mock:
        yield mock


@pytest.fixture
def configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SENDBIRD_APP_ID", "messages-app")
    monkeypatch.setenv("SENDBIRD_API_TOKEN", TOKEN)
    monkeypatch.delenv("SENDBIRD_CALLS_BASE_URL", raising=False)


def run(*argv: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(argv), prog_name="sendbird-calls")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.stderr
    return result.exit_code, result.stderr


# --- ordinary words and values stay ---------------------------------------------------------------


def test_an_export_that_cannot_resume_names_its_file_and_keeps_every_word(
    server: CallsMockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert invoke("export", "direct-calls", "-o", "finished").exit_code == 0
    result = invoke("export", "direct-calls", "-o", "finished", "--resume")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"error: cannot resume {tmp_path / 'finished'}: there is no checkpoint beside it (the export finished"
    )
    assert HIDDEN not in result.stderr
    assert "<value hidden>" not in result.stderr


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["rooms", "list", "--state", "closed"],
            "Invalid value for '--state': must be one of: deleted, open; got 'closed'",
        ),
        (["users", "list", "--limit", "1000"], "Invalid value for '--limit': must be between 1 and 100, got 1000"),
        (["users", "list", "--limit", "ten"], "expects a whole number, got 'ten'"),
        (["direct-calls", "list", "--end-result", "completed,done"], "got 'done'"),
        (["rooms", "retrieve", "room-1", "surplus"], "unexpected extra argument (surplus)"),
        (["rooms", "lst"], "no such command: lst (did you mean 'list'?)"),
        (["rooms", "list", "--stat", "open"], "no such option: --stat (did you mean '--state'?)"),
        (["rooms", "create", "--body", "@/no/such/room.json"], "cannot read the --body file /no/such/room.json"),
    ],
)
def test_what_was_typed_stays_in_the_message(configured: None, argv: list[str], message: str) -> None:
    code, stderr = run(*argv)
    assert code == 2
    assert message in stderr
    assert HIDDEN not in stderr


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=WORDS)
def test_an_ordinary_value_is_never_hidden_even_when_it_is_a_word_of_the_message(configured: None, value: str) -> None:
    code, stderr = run("rooms", "list", "--state", value, "--room-id", "must")
    assert code == 2
    assert f"got {value!r}" in stderr
    assert "must be one of" in stderr  # "must" was typed too, and the message keeps it
    assert HIDDEN not in stderr


def test_scrub_changes_nothing_but_the_secrets() -> None:
    message = "cannot resume calls.jsonl: the export finished; the token is abcd1234"
    assert scrub(message, secrets_in(["export", "direct-calls", "-o", "calls.jsonl", "--resume"])) == message
    assert scrub(message, {"abcd1234"}) == f"cannot resume calls.jsonl: the export finished; the token is {HIDDEN}"
    assert scrub("a 'x-y' b", {"x-y"}) == "a 'x-y' b"  # too short to be a secret: left alone


# --- secrets never show ---------------------------------------------------------------------------


def test_the_token_typed_as_an_argument_is_hidden_from_the_api_error(server: CallsMockServer) -> None:
    result = invoke("rooms", "retrieve", TOKEN)  # invoke() asserts the token is in neither output
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: 400 INVALID_ROOM (1400126) on GET /v1/rooms/{HIDDEN}")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(secret=HEX_TOKENS)
def test_a_value_shaped_like_an_api_token_is_hidden(server: CallsMockServer, secret: str) -> None:
    result = invoke("rooms", "retrieve", secret)
    assert result.exit_code == 1
    assert secret not in result.stderr
    assert f"/v1/rooms/{HIDDEN}" in result.stderr


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(secret=SECRETS)
def test_the_value_of_a_secret_parameter_never_shows(server: CallsMockServer, secret: str) -> None:
    push = invoke("users", "add-push-token", "user-00001", "fcm_voip", "--token", secret, "--is-unique", secret)
    assert push.exit_code == 2
    assert "Invalid value for '--is-unique': expects true or false" in push.stderr
    assert secret not in push.stderr
    removed = invoke("users", "remove-push-token", "user-00001", "fcm_voip", secret, secret)
    assert removed.exit_code == 2
    assert secret not in removed.stderr
    revoked = invoke("api-tokens", "revoke", secret)
    assert revoked.exit_code == 1
    assert secret not in revoked.stderr
    assert revoked.stderr.startswith("error: 400 ResourceNotFound (400201) on DELETE /v3/applications/api_tokens/")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(secret=SECRETS)
def test_a_token_option_on_the_command_line_is_refused_without_showing_it(configured: None, secret: str) -> None:
    for argv in (
        ["--api-token", secret, "rooms", "list"],
        ["rooms", "list", f"--api_token={secret}"],
        ["rooms", "list", "--api-toke", secret],
        ["--token", secret, "rooms", "list"],
        ["rooms", "retrieve", "r-1", "--API-TOKEN", secret],
        ["export", "rooms", "-o", "x.jsonl", "--api-token", secret],
    ):
        code, stderr = run(*argv)
        assert code == 2
        assert TOKEN_HINT in stderr
        assert secret not in stderr


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(secret=SECRETS)
def test_a_secret_inside_an_inline_body_never_shows(configured: None, secret: str) -> None:
    body = json.dumps({"token": secret, "is_unique": secret})
    assert secret in secrets_in(["users", "add-push-token", "u", "fcm_voip", "--body", body])
    text = message_for(ValueError(f"users.add_push_token: body {body} is wrong"), ["--body", body])
    assert secret not in text
    assert HIDDEN in text


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
def test_a_base_url_with_credentials_is_refused_without_being_quoted(
    configured: None, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    by_option = run("--base-url", url, "rooms", "list")
    monkeypatch.setenv("SENDBIRD_CALLS_BASE_URL", url)
    by_env = run("rooms", "list")
    for (code, stderr), source in ((by_option, "--base-url"), (by_env, "SENDBIRD_CALLS_BASE_URL")):
        assert code == 2
        assert "base-url-secret" not in stderr
        assert stderr.startswith(f"error: {source} must be an http:// or https:// URL")


def test_the_mocks_token_never_shows_its_app_id_does() -> None:
    code, stderr = run("mock", "--api-token", "mock-secret-value", "--app-id", "mock-secret-value.x")
    assert code == 2
    assert stderr.startswith(
        f"error: --app-id must be letters, digits and hyphens (it is a hostname label), got '{HIDDEN}.x'"
    )
    code, stderr = run("mock", "--app-id", "bad.app.id")
    assert "got 'bad.app.id'" in stderr
