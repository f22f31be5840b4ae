"""``sendbird-calls``: every operation of the API from the shell, printed as JSON.

    sendbird-calls operations
    sendbird-calls rooms create_room --body '{"type": "small_room_for_video"}'
    sendbird-calls rooms get_room ROOM_ID
    sendbird-calls users list_user_calls USER_ID --end-result no_answer,canceled --all
    sendbird-calls webhooks-verify body.json SIGNATURE
    sendbird-calls verify-spec --report drift.json --overlay drift.yaml

The commands are built from the generated operations (see ``cli_operations``), so there is no
per-endpoint code here. The API token is read from SENDBIRD_API_TOKEN only: a command-line value
would show in ``ps`` and in shell history. Errors print one ``error: ...`` line and exit 1; usage
errors exit 2.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ._constants import API_TOKEN_ENV, APP_ID_ENV, BASE_URL_ENV
from .cli_operations import Operation, Param, discover, offline_api, parse_bool, split_list
from .client import CallsClient
from .errors import SendbirdCallsError
from .webhooks import SIGNATURE_HEADER, parse_event, sign

PROG = "sendbird-calls"
_PARAM_PREFIX = "param:"
_TOKEN_OPTIONS = ("--api-token", "--api_token")

Handler = Callable[[argparse.Namespace], int]


class CliError(ValueError):
    """A mistake in what the command was given that argparse cannot see (an unreadable file, bad JSON)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one command and returns its exit status: 0 done, 1 failed, 2 usage error."""
    args = list(sys.argv[1:] if argv is None else argv)
    if any(arg.split("=", 1)[0] in _TOKEN_OPTIONS for arg in args):
        # Refused before argparse, which would echo the unrecognised value (the token) in its error.
        _print_error(f"the API token is read from the {API_TOKEN_ENV} environment variable only (not the command line)")
        return 2
    if args[:1] == ["verify-spec"]:
        return _verify_spec(args[1:])
    parser = build_parser()
    try:
        namespace = parser.parse_args(args)
        handler: Handler = namespace.handler
        return handler(namespace)
    except SystemExit as exc:  # --help (0) or a usage error (2), already printed by argparse
        return exc.code if isinstance(exc.code, int) else 2
    except (SendbirdCallsError, ValueError) as exc:
        _print_error(str(exc))
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader stopped early (``| head``): not worth a traceback; keep the exit-time flush quiet too.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _verify_spec(args: list[str]) -> int:
    """``verify-spec`` is a click command (sendbird_calls.verify.command); its exit status is ours."""
    from .verify.command import verify_spec_command

    try:
        verify_spec_command.main(args, prog_name=f"{PROG} verify-spec", standalone_mode=True)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the special commands, then one subcommand per tag and operation."""
    connection = argparse.ArgumentParser(add_help=False)
    connection.add_argument(
        "--base-url",
        default=argparse.SUPPRESS,
        help=f"the Calls API base URL, e.g. a mock's http://127.0.0.1:8000/v1 (default: ${BASE_URL_ENV}, "
        "else https://api-<app_id>.calls.sendbird.com/v1)",
    )
    connection.add_argument("--app-id", default=argparse.SUPPRESS, help=f"the application ID (default: ${APP_ID_ENV})")
    parser = argparse.ArgumentParser(
        prog=PROG,
        parents=[connection],
        description="Call the Sendbird Calls Platform API v1 and print the answer as JSON.",
        epilog=f"The API token is read from ${API_TOKEN_ENV} only, never from the command line. "
        f"Run '{PROG} operations' for every operation, '{PROG} TAG OPERATION --help' for its parameters.",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    listing = commands.add_parser("operations", help="list every operation as: tag operation (METHOD path)")
    listing.set_defaults(handler=_list_operations)

    signer = commands.add_parser(
        "webhooks-sign", help=f"print the {SIGNATURE_HEADER} of a webhook body, keyed with ${API_TOKEN_ENV}"
    )
    signer.add_argument("file", metavar="FILE", help="the raw body ('-' reads standard input)")
    signer.set_defaults(handler=_sign_webhook)

    verifier = commands.add_parser(
        "webhooks-verify", help="verify a webhook body's signature, then print the parsed event as JSON"
    )
    verifier.add_argument("file", metavar="FILE", help="the raw body exactly as received ('-' reads standard input)")
    verifier.add_argument("signature", metavar="SIGNATURE", help=f"the {SIGNATURE_HEADER} header value")
    verifier.set_defaults(handler=_verify_webhook)

    for tag, operations in _operations().items():
        tag_parser = commands.add_parser(tag, help=f"operations tagged {tag}: {', '.join(operations)}")
        tag_commands = tag_parser.add_subparsers(title="operations", metavar="OPERATION", required=True)
        for operation in operations.values():
            _add_operation(tag_commands, operation, connection)
    return parser


@functools.cache
def _operations() -> dict[str, dict[str, Operation]]:
    """The tags and operations, read once from the generated classes (no configuration needed)."""
    return discover(offline_api())


def _add_operation(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    operation: Operation,
    connection: argparse.ArgumentParser,
) -> None:
    info = operation.info
    host = " on the Chat Platform host (/v3)" if info.host == "chat" else ""
    parser = commands.add_parser(
        operation.name,
        parents=[connection],
        help=operation.summary,
        description=f"{operation.summary} {info.method} {info.path}{host}.",
    )
    for param in operation.params:
        _add_param(parser, param)
    if operation.body != "none":
        parser.add_argument(
            "--body",
            required=operation.body == "required",
            metavar="JSON|@FILE",
            help="the request body: a JSON object, or @path to read one from a file (@- for standard input)",
        )
    if operation.iter_name is not None:
        parser.add_argument(
            "--all",
            action="store_true",
            dest="all_items",
            help="follow every page and print one JSON array of all items",
        )
    parser.set_defaults(handler=_call_operation, operation=operation, command_parser=parser)


def _add_param(parser: argparse.ArgumentParser, param: Param) -> None:
    converters: dict[str, Callable[[str], Any]] = {"int": int, "bool": _bool_argument, "list": split_list}
    metavars = {"int": "N", "bool": "true|false", "list": "A,B,..."}
    kwargs: dict[str, Any] = {"type": converters.get(param.kind, str)}
    metavar = metavars.get(param.kind, param.wire_name.upper())
    if param.choices:
        kwargs["help"] = "one of: " + ", ".join(param.choices)
        metavar = param.wire_name.upper()
    if param.kind == "list":
        kwargs["action"] = "extend"
        kwargs["help"] = "; ".join(filter(None, ["comma-separated, the option may be repeated", kwargs.get("help")]))
    dest = _PARAM_PREFIX + param.name
    if param.positional:
        if not param.required:
            kwargs.update(nargs="?", default=argparse.SUPPRESS)
        parser.add_argument(dest, metavar=param.wire_name.upper(), **kwargs)
        return
    # Only what was given reaches the method (SUPPRESS), so its own defaults apply.
    kwargs.update(dest=dest, metavar=metavar, default=argparse.SUPPRESS)
    parser.add_argument(param.option, required=param.required, **kwargs)
    if "_" in param.wire_name:  # the API's own spelling (--room_ids) works too, unlisted
        parser.add_argument("--" + param.wire_name, **{**kwargs, "help": argparse.SUPPRESS})


def _bool_argument(text: str) -> bool:
    try:
        return parse_bool(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _call_operation(namespace: argparse.Namespace) -> int:
    operation: Operation = namespace.operation
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for param in operation.params:
        key = _PARAM_PREFIX + param.name
        if not hasattr(namespace, key):
            continue
        if param.positional:
            positional.append(getattr(namespace, key))
        else:
            keywords[param.name] = getattr(namespace, key)
    body_text: str | None = getattr(namespace, "body", None)
    if body_text is not None:
        keywords["body"] = _read_body(body_text)
    every_item = bool(getattr(namespace, "all_items", False))
    if every_item:
        refused = sorted(set(keywords) - operation.iter_params)
        if refused:
            names = ", ".join(_option_of(operation, name) for name in refused)
            command_parser: argparse.ArgumentParser = namespace.command_parser
            command_parser.error(f"{names} cannot be combined with --all (it follows every page itself)")
    with _client(namespace) as client:
        tag = getattr(client, operation.tag)
        if every_item:
            assert operation.iter_name is not None
            items = getattr(tag, operation.iter_name)(*positional, **keywords)
            _print_json([_plain(item) for item in items])
        else:
            _print_json(_plain(getattr(tag, operation.name)(*positional, **keywords)))
    return 0


def _client(namespace: argparse.Namespace) -> CallsClient:
    """A client configured from the environment and ``--base-url``/``--app-id``; the token from env only."""
    app_id: str | None = getattr(namespace, "app_id", None)
    if not app_id and not os.environ.get(APP_ID_ENV):
        raise CliError(f"no application ID: pass --app-id or set the {APP_ID_ENV} environment variable")
    if not os.environ.get(API_TOKEN_ENV):
        raise CliError(f"no API token: set the {API_TOKEN_ENV} environment variable")
    return CallsClient(app_id=app_id or None, base_url=getattr(namespace, "base_url", None) or None)


def _list_operations(namespace: argparse.Namespace) -> int:
    for operations in _operations().values():
        for operation in operations.values():
            print(operation.label)
    return 0


def _sign_webhook(namespace: argparse.Namespace) -> int:
    print(sign(_read_bytes(namespace.file), _webhook_token()))
    return 0


def _verify_webhook(namespace: argparse.Namespace) -> int:
    event = parse_event(_read_bytes(namespace.file), {SIGNATURE_HEADER: namespace.signature}, _webhook_token())
    _print_json(event.to_dict())
    return 0


def _webhook_token() -> str:
    token = os.environ.get(API_TOKEN_ENV)
    if not token:
        raise CliError(f"no API token: set the {API_TOKEN_ENV} environment variable (webhooks are keyed with it)")
    return token


def _read_body(text: str) -> dict[str, Any]:
    """``--body``: inline JSON, or ``@file``; it must be a JSON object."""
    source = "--body"
    raw: str | bytes = text
    if text.startswith("@"):
        source = text[1:] or "-"
        raw = _read_bytes(source)
    try:
        body = json.loads(raw)
    except ValueError as exc:  # JSONDecodeError, or bytes that are not UTF-8/16/32
        raise CliError(f"{source} is not JSON: {exc}") from None
    if not isinstance(body, dict):
        raise CliError(f"{source} must hold a JSON object, got {type(body).__name__}")
    return body


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror or exc}") from None


def _plain(value: Any) -> Any:
    """A model as the JSON the API would send (``to_dict``); anything else as it is."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def _print_error(message: str) -> None:
    sys.stderr.write(f"error: {' '.join(message.splitlines())}\n")


def _option_of(operation: Operation, name: str) -> str:
    for param in operation.params:
        if param.name == name:
            return param.option
    return "--" + name


if __name__ == "__main__":
    sys.exit(main())
