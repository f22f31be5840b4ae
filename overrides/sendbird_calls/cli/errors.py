"""Exit codes, and the one-line messages the CLI prints instead of tracebacks.

No message repeats a value from the command line: click's own messages that would (a bad
integer, an unknown choice, extra arguments) are replaced by ones that name the parameter and
what it accepts, and every other message is scrubbed of the argument values and the token.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterable

import click

from .._constants import API_TOKEN_ENV
from ..errors import APIConnectionError, APIError, SendbirdCallsError

EXIT_OK = 0
EXIT_API_ERROR = 1
"""The API answered with an error, or the command failed for another reason (a file, the server's data)."""
EXIT_USAGE = 2
"""The command was given something it cannot use: an unknown option, a bad value, missing credentials."""
EXIT_NETWORK = 3
"""No usable answer from the server: connection refused or reset, a timeout."""
EXIT_BUSY = 4
"""The file to write is in use: another export is writing it (try again when that one ends)."""
EXIT_INTERRUPTED = 130

TOKEN_HINT = f"the API token is read from the {API_TOKEN_ENV} environment variable only, never from the command line"
_SAFE_OPTION = re.compile(r"-{1,2}[A-Za-z][A-Za-z0-9_-]{0,40}")
_HIDDEN = "<value hidden>"


class CliError(click.ClickException):
    """A failure the command explains itself (exit 1)."""

    exit_code = EXIT_API_ERROR


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
    """A usage error (exit 2) with a message that quotes no argument value."""
    return CliUsageError(message)


def looks_like_token_option(option: str) -> bool:
    """``--api-token``, ``--token``, ``--API_TOKE``, ``--secret``...: an option meant to carry a secret."""
    name = option.split("=", 1)[0].lstrip("-").lower().replace("_", "").replace("-", "")
    return any(word in name for word in ("tok", "secret", "password", "apikey")) or (
        len(name) >= 3 and "apitoken".startswith(name)
    )


def exit_code_for(exc: BaseException) -> int:
    """The exit status of a failure: 2 usage, 3 network, 130 interrupted, 1 everything else."""
    if isinstance(exc, KeyboardInterrupt | click.exceptions.Abort):
        return EXIT_INTERRUPTED
    if isinstance(exc, click.ClickException):
        return exc.exit_code
    if isinstance(exc, APIConnectionError):
        return EXIT_NETWORK
    if isinstance(exc, APIError):
        return EXIT_API_ERROR
    if isinstance(exc, ValueError | TypeError):
        return EXIT_USAGE  # the client refused an argument before sending anything
    return EXIT_API_ERROR


def message_for(exc: BaseException, argv: Iterable[str]) -> str:
    """The one line to print for ``exc``; values from ``argv`` and the token never appear in it.

    The CLI's own messages (click's, rebuilt where click would quote a value) name parameters
    only; the library's messages may quote a value they were given, so those are scrubbed.
    """
    if isinstance(exc, click.NoSuchOption):
        text = _no_such_option(exc)
    elif isinstance(exc, click.ClickException):
        text = exc.format_message()
    elif isinstance(exc, KeyboardInterrupt | click.exceptions.Abort):
        text = "interrupted"
    else:
        if isinstance(exc, OSError):
            where = f": {os.path.basename(exc.filename)}" if isinstance(exc.filename, str) else ""
            text = f"{exc.strerror or type(exc).__name__}{where}"
        elif isinstance(exc, SendbirdCallsError | ValueError | TypeError):
            text = str(exc)
        else:
            text = f"{type(exc).__name__}: {exc}"
        if not isinstance(exc, APIError | APIConnectionError):
            text = scrub(text, argv)
    return scrub(" ".join(text.split()), ())


def scrub(text: str, argv: Iterable[str]) -> str:
    """``text`` with every argument value (4+ characters) and the API token replaced by a placeholder."""
    secrets = [os.environ.get(API_TOKEN_ENV, "")]
    secrets += [arg.split("=", 1)[1] if arg.startswith("--") and "=" in arg else arg for arg in argv]
    for leaf in _json_leaves(secrets):
        text = text.replace(repr(leaf), _HIDDEN).replace(json.dumps(leaf), _HIDDEN)
    for secret in sorted({value for value in secrets if len(value) >= 4}, key=len, reverse=True):
        if _SAFE_OPTION.fullmatch(secret) and secret.startswith("-"):
            continue  # an option's name is not a value
        text = text.replace(secret, _HIDDEN)
    return text


def _json_leaves(args: Iterable[str]) -> set[str]:
    """The string values inside arguments that are JSON (an inline ``--body``): they are values too."""
    leaves: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, str):
            leaves.add(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for arg in args:
        if arg.lstrip().startswith(("{", "[")):
            with contextlib.suppress(ValueError, RecursionError):
                walk(json.loads(arg))
    return leaves


def _no_such_option(exc: click.NoSuchOption) -> str:
    if looks_like_token_option(exc.option_name):
        return TOKEN_HINT
    name = exc.option_name if _SAFE_OPTION.fullmatch(exc.option_name) else "an option"
    text = f"no such option: {name}"
    possibilities = sorted(exc.possibilities or ())
    if possibilities:
        text += f" (did you mean {', '.join(possibilities[:3])}?)"
    return text


__all__ = [
    "EXIT_API_ERROR",
    "EXIT_BUSY",
    "EXIT_INTERRUPTED",
    "EXIT_NETWORK",
    "EXIT_OK",
    "EXIT_USAGE",
    "TOKEN_HINT",
    "CliBusyError",
    "CliError",
    "CliInterruptedError",
    "CliUsageError",
    "exit_code_for",
    "looks_like_token_option",
    "message_for",
    "scrub",
    "usage_error",
]
