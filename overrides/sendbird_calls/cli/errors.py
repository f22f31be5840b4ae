"""Exit codes, and the one-line messages the CLI prints instead of tracebacks.

Messages keep what was typed (a command, an option, a file name, a value): they are the user's
own words and help find the mistake. Only secrets are hidden: the API token (from its variable),
the values of secret parameters (the token of ``api-tokens revoke``, a push token, the mock's
``--api-token``, anything after an option named like a token), string values under secret keys
of an inline JSON body, and any value shaped like an API token (32 or more hexadecimal digits).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterable

import click

from .._constants import API_TOKEN_ENV
from ..core.model import is_secret_name
from ..errors import (
    APIConnectionError,
    APIError,
    ConfigurationError,
    InvalidArgumentError,
    SendbirdCallsError,
)

EXIT_OK = 0
"""The command did what was asked (verify-spec: the application matches the spec)."""
EXIT_FAILED = 1
"""The command ran and the answer is a failure: the API answered with an error, a webhook was
rejected (signature or payload), verify-spec found drift, a file could not be written, the mock
could not listen."""
EXIT_USAGE = 2
"""The command line cannot be used as given, and nothing was sent: an unknown command or option,
a bad value, missing credentials, an input file that cannot be read or is not JSON."""
EXIT_NETWORK = 3
"""No usable answer: connection refused or reset, a timeout; verify-spec could not run or finish."""
EXIT_BUSY = 4
"""The file to write is in use: another export is writing it (try again when that one ends)."""
EXIT_INTERRUPTED = 130
"""Stopped by Ctrl-C (128 + SIGINT, as shells report it)."""

EXIT_CODES: tuple[tuple[int, str], ...] = (
    (EXIT_OK, "success (verify-spec: the application matches the spec)"),
    (EXIT_FAILED, "failed: an API error, a rejected webhook, drift found, a file or port problem"),
    (EXIT_USAGE, "usage error, nothing sent: bad command, option or value; missing credentials; unreadable input"),
    (EXIT_NETWORK, "no usable answer: network error or timeout (verify-spec: could not run or finish)"),
    (EXIT_BUSY, "the export's file is in use by another export; nothing was changed"),
    (EXIT_INTERRUPTED, "interrupted (Ctrl-C)"),
)
"""The one table of exit codes, as the README and docs/guides/cli.md print it (a test compares them)."""

TOKEN_HINT = f"the API token is read from the {API_TOKEN_ENV} environment variable only, never from the command line"
HIDDEN = "<secret hidden>"
_MIN_SECRET = 4
"""Shorter values are not hidden: they cannot be real secrets, and hiding them would mangle words."""
_TOKEN_SHAPE = re.compile(r"[0-9A-Fa-f]{32,}")
_OPTION = re.compile(r"-{1,2}[A-Za-z][A-Za-z0-9_-]*")
_REMEMBERED: dict[str, None] = {}
"""Values of secret parameters seen while parsing this run's command line (an ordered set)."""


class CliError(click.ClickException):
    """A failure the command explains itself (exit 1)."""

    exit_code = EXIT_FAILED


class CliUsageError(CliError):
    """Something the command was given that it cannot use (exit 2)."""

    exit_code = EXIT_USAGE


class CliBusyError(CliError):
    """The command's file is in use by another run (exit 4)."""

    exit_code = EXIT_BUSY


class CliInterruptedError(CliError):
    """Stopped by Ctrl-C, with a message saying what was kept (exit 130)."""

    exit_code = EXIT_INTERRUPTED


def usage_error(message: str) -> CliError:
    """A usage error (exit 2)."""
    return CliUsageError(message)


def looks_like_token_option(option: str) -> bool:
    """``--api-token``, ``--token``, ``--API_TOKE``, ``--secret``...: an option meant to carry a secret."""
    name = option.split("=", 1)[0].lstrip("-").lower().replace("_", "").replace("-", "")
    return (
        any(word in name for word in ("tok", "secret", "password", "apikey"))
        or (len(name) >= 3 and "apitoken".startswith(name))
        or is_secret_name(name)
    )


def remember_secret(ctx: click.Context | None, param: click.Parameter | None, value: object) -> object:
    """A click callback for secret parameters: their values are hidden from every later message."""
    for item in value if isinstance(value, list | tuple) else (value,):
        if isinstance(item, str) and len(item) >= _MIN_SECRET:
            _REMEMBERED[item] = None
    return value


def forget_secrets() -> None:
    """Start a new command line: the secrets remembered from the previous one are dropped."""
    _REMEMBERED.clear()


def exit_code_for(exc: BaseException) -> int:
    """The exit status of a failure, by the table above."""
    from ..webhooks import InvalidSignatureError, WebhookPayloadError

    if isinstance(exc, KeyboardInterrupt | click.exceptions.Abort):
        return EXIT_INTERRUPTED
    if isinstance(exc, click.ClickException):
        return exc.exit_code
    if isinstance(exc, APIConnectionError):
        return EXIT_NETWORK
    if isinstance(exc, APIError | InvalidSignatureError | WebhookPayloadError):
        return EXIT_FAILED
    if isinstance(exc, InvalidArgumentError | ConfigurationError | ValueError | TypeError):
        return EXIT_USAGE  # the client (or the command) refused an argument before sending anything
    return EXIT_FAILED


def message_for(exc: BaseException, argv: Iterable[str]) -> str:
    """The one line to print for ``exc``, with every secret (see the module's docstring) hidden."""
    if isinstance(exc, click.NoSuchOption):
        text = _no_such_option(exc)
    elif isinstance(exc, click.ClickException):
        text = exc.format_message()
    elif isinstance(exc, KeyboardInterrupt | click.exceptions.Abort):
        text = "interrupted"
    elif isinstance(exc, OSError):
        where = f": {exc.filename}" if isinstance(exc.filename, str) else ""
        text = f"{exc.strerror or type(exc).__name__}{where}"
    elif isinstance(exc, SendbirdCallsError | ValueError | TypeError):
        text = str(exc)
    else:
        text = f"{type(exc).__name__}: {exc}"
    return scrub(" ".join(text.split()), secrets_in(argv))


def secrets_in(argv: Iterable[str]) -> set[str]:
    """The secrets a message must not show: the token, secret option values, token-shaped values."""
    args = list(argv)
    found = {os.environ.get(API_TOKEN_ENV, ""), *_REMEMBERED}
    for index, arg in enumerate(args):
        name, equals, value = arg.partition("=")
        if _OPTION.fullmatch(name) and looks_like_token_option(name):
            if equals:
                found.add(value)
            elif index + 1 < len(args):
                found.add(args[index + 1])
        for word in (arg, value) if equals else (arg,):
            if _TOKEN_SHAPE.fullmatch(word):
                found.add(word)
        found |= _secret_json_leaves(arg)
    return {secret for secret in found if len(secret) >= _MIN_SECRET}


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with each secret (and its ``repr``/JSON spelling) replaced by a placeholder; nothing else changes."""
    for secret in sorted(set(secrets), key=len, reverse=True):
        if len(secret) < _MIN_SECRET:
            continue
        for spelling in {secret, repr(secret)[1:-1], json.dumps(secret)[1:-1]}:
            text = text.replace(spelling, HIDDEN)
    return text


def _secret_json_leaves(arg: str) -> set[str]:
    """String values under secret-named keys of an argument that is a JSON object (an inline ``--body``)."""
    leaves: set[str] = set()

    def walk(node: object, secret: bool) -> None:
        if isinstance(node, str) and secret:
            leaves.add(node)
        elif isinstance(node, dict):
            for key, value in node.items():
                walk(value, secret or (isinstance(key, str) and is_secret_name(key)))
        elif isinstance(node, list):
            for value in node:
                walk(value, secret)

    if arg.lstrip().startswith(("{", "[")):
        with contextlib.suppress(ValueError, RecursionError):
            walk(json.loads(arg), False)
    return leaves


def _no_such_option(exc: click.NoSuchOption) -> str:
    if looks_like_token_option(exc.option_name):
        return TOKEN_HINT
    text = f"no such option: {exc.option_name}"
    possibilities = sorted(exc.possibilities or ())
    if possibilities:
        text += f" (did you mean {' or '.join(repr(word) for word in possibilities[:3])}?)"
    return text


__all__ = [
    "EXIT_BUSY",
    "EXIT_CODES",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_NETWORK",
    "EXIT_OK",
    "EXIT_USAGE",
    "HIDDEN",
    "TOKEN_HINT",
    "CliBusyError",
    "CliError",
    "CliInterruptedError",
    "CliUsageError",
    "exit_code_for",
    "forget_secrets",
    "looks_like_token_option",
    "message_for",
    "remember_secret",
    "scrub",
    "secrets_in",
    "usage_error",
]
