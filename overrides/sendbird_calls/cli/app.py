"""The root ``sendbird-calls`` group, where every command is mounted, and ``main`` (exit codes, no tracebacks).

Extra commands (another part of the package, a plugin) join with ``register_command``; they are
listed with the built-in ones and get the same error handling. The root's ``--app-id`` and
``--base-url`` reach every command through ``connection.resolve``.

    from sendbird_calls.cli.app import register_command

    @click.command("say-hello")
    def say_hello() -> None: ...

    register_command(say_hello)

``sendbird-calls --help`` imports no command and no operation: the built-in commands are listed
from the table below and the tags from the generated API class, each loaded when it is run.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import Any

import click
from click.shell_completion import CompletionItem

from .._constants import API_TOKEN_ENV, APP_ID_ENV, BASE_URL_ENV, LOG_LEVEL_ENV
from .._version import __version__
from .connection import Connection, connection_params
from .errors import EXIT_CODES, forget_secrets
from .groups import SafeCommand, SafeGroup
from .table import all_operations, command_name, english, kebab, tag_help, tag_names

PROG = "sendbird-calls"
COMPLETE_VAR = "_SENDBIRD_CALLS_COMPLETE"

BUILTINS: dict[str, tuple[str, str, str]] = {
    "operations": (
        "sendbird_calls.cli.app",
        "operations_command",
        "List every operation: its command, HTTP method and path, and summary.",
    ),
    "export": (
        "sendbird_calls.cli.export_cmd",
        "export_group",
        "Export direct calls, a user's calls or rooms to JSON Lines or CSV.",
    ),
    "mock": ("sendbird_calls.cli.mock_cmd", "mock_command", "Serve a stateful mock of the API on this machine."),
    "verify-spec": (
        "sendbird_calls.verify.command",
        "verify_spec_command",
        "Check the spec against your application's answers.",
    ),
    "webhooks-sign": ("sendbird_calls.cli.webhooks", "webhooks_sign", "Print the signature of a webhook body."),
    "webhooks-verify": (
        "sendbird_calls.cli.webhooks",
        "webhooks_verify",
        "Check a webhook body's signature, then print its event as JSON.",
    ),
}
"""The built-in commands: where each lives, and the one line the root's help shows for it."""

_EXTRA: dict[str, click.Command | Callable[[], click.Command]] = {}


def register_command(command: click.Command | Callable[[], click.Command], name: str | None = None) -> None:
    """Mount ``command`` (or a function building it on first use) on the root group under ``name``."""
    key = name or (command.name if isinstance(command, click.Command) else None)
    if not key:
        raise ValueError("register_command needs a name for a command factory")
    _EXTRA[key] = command


def builtin_command(name: str) -> click.Command:
    """A built-in command, imported now; its short help is the one the root's help shows."""
    module, attribute, short_help = BUILTINS[name]
    command: click.Command = getattr(importlib.import_module(module), attribute)
    command.short_help = short_help
    return command


class RootGroup(SafeGroup):
    """The built-in commands, the registered ones, then one group per tag of the API."""

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        forget_secrets()  # a new command line: the previous one's secret values no longer matter
        return super().make_context(info_name, args, parent, **extra)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*BUILTINS, *_EXTRA, *tag_names()]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in BUILTINS:
            return builtin_command(cmd_name)
        extra = _EXTRA.get(cmd_name)
        if extra is not None:
            return extra if isinstance(extra, click.Command) else extra()
        tag = tag_names().get(cmd_name)
        if tag is None:
            return None
        from .operations import TagGroup

        return TagGroup(tag)

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list[CompletionItem]:
        """Command names with their one-line help, without importing any command; then the root's options."""
        rows = [(name, short) for name, (_, _, short) in BUILTINS.items()]
        rows += [(name, "") for name in _EXTRA]
        rows += [(name, tag_help(tag)) for name, tag in tag_names().items()]
        items = [CompletionItem(name, help=short) for name, short in rows if name.startswith(incomplete)]
        return items + click.Command.shell_complete(self, ctx, incomplete)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The commands with their one-line help, without importing any of them."""
        extras = {name: self.get_command(ctx, name) for name in _EXTRA}
        sections = [
            ("Commands", [(name, short) for name, (_, _, short) in BUILTINS.items()]),
            ("Commands added", [(name, c.get_short_help_str(200)) for name, c in extras.items() if c is not None]),
            (
                "Operations, by tag ('sendbird-calls operations' lists them all)",
                [(name, tag_help(tag)) for name, tag in tag_names().items()],
            ),
        ]
        for title, rows in sections:
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


def _verbosity(ctx: click.Context, param: click.Parameter, value: int) -> int:
    if value:
        from .._logging import configure_from_env

        configure_from_env({LOG_LEVEL_ENV: "info" if value == 1 else "debug"})
    return value


def _epilog() -> str:
    exit_codes = "\n".join(f"  {code:<3}  {meaning}" for code, meaning in EXIT_CODES)
    return (
        f"\b\nEnvironment:\n"
        f"  {API_TOKEN_ENV}       the API token (read from here only, never from the command line)\n"
        f"  {APP_ID_ENV}          the application ID (or --app-id)\n"
        f"  {BASE_URL_ENV}  another base URL, e.g. a mock's (or --base-url)\n"
        f"  {LOG_LEVEL_ENV}       debug|info|warning: log each request to stderr (or -v/-vv)\n"
        f"\b\nExit status:\n{exit_codes}\n"
        f"\b\nShell completion (bash; zsh and fish alike):\n"
        f'  eval "$({COMPLETE_VAR}=bash_source {PROG})"'
    )


def _root_callback(base_url: str | None, app_id: str | None) -> None:
    click.get_current_context().obj = Connection(base_url=base_url, app_id=app_id)


cli = RootGroup(
    name=PROG,
    callback=_root_callback,
    params=[
        click.Option(
            ["-v", "--verbose"],
            count=True,
            callback=_verbosity,
            expose_value=False,
            is_eager=True,
            help=f"Log each request to stderr (-v: every attempt, -vv: rate-limit waits too), like {LOG_LEVEL_ENV}.",
        ),
        *connection_params(),
    ],
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
    help="Call the Sendbird Calls Platform API v1 and print the answers as JSON; export call history; "
    "serve a mock of the API.\n\n"
    "Each operation is a command named after its tag and method, in kebab-case: "
    "'sendbird-calls rooms list --state open', 'sendbird-calls rooms retrieve ROOM_ID'. "
    "'sendbird-calls operations' lists them all; 'sendbird-calls TAG COMMAND --help' shows a command's "
    "arguments and options. The options before the command (--app-id, --base-url, -v) apply to every command.",
    epilog=_epilog(),
)
click.version_option(__version__, "--version", prog_name=PROG, message="%(prog)s %(version)s")(cli)


def _list_operations() -> None:
    rows = [
        (f"{kebab(op.tag)} {command_name(op)}", f"{op.method} {op.path}", english(op.summary))
        for op in all_operations()
    ]
    width = max(len(name) for name, _, _ in rows)
    route_width = max(len(route) for _, route, _ in rows)
    for name, route, summary in rows:
        click.echo(f"{name:<{width}}  {route:<{route_width}}  {summary}")


operations_command = SafeCommand(
    "operations",
    callback=_list_operations,
    help="List every operation of the API: its command ('rooms retrieve'), HTTP method and path, and summary.",
)


def run(command: click.Command, argv: Sequence[str] | None = None, prog_name: str = PROG) -> int:
    """Run ``command`` (a SafeCommand or SafeGroup) and return its exit status, never raising."""
    code: int = command.main(args=argv, prog_name=prog_name, standalone_mode=False)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """The ``sendbird-calls`` console script: runs one command and returns its exit status."""
    return run(cli, argv)


__all__ = ["BUILTINS", "COMPLETE_VAR", "PROG", "RootGroup", "builtin_command", "cli", "main", "register_command", "run"]
