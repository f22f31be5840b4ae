"""The root ``sendbird-calls`` group, where every command is mounted, and ``main`` (exit codes, no tracebacks).

Extra commands (another part of the package, a plugin) join with ``register_command``; they are
listed with the built-in ones and get the same error handling.

    from sendbird_calls.cli.app import register_command

    @click.command("verify-spec")
    def verify_spec() -> None: ...

    register_command(verify_spec)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import click

from .._constants import API_TOKEN_ENV, APP_ID_ENV, BASE_URL_ENV, LOG_LEVEL_ENV
from .._logging import configure_from_env
from .._version import __version__
from .connection import Connection, connection_options
from .discovery import kebab
from .operations import SafeGroup, TagGroup, operations_by_tag

PROG = "sendbird-calls"
COMPLETE_VAR = "_SENDBIRD_CALLS_COMPLETE"

_EXTRA: dict[str, click.Command | Callable[[], click.Command]] = {}


def register_command(command: click.Command | Callable[[], click.Command], name: str | None = None) -> None:
    """Mount ``command`` (or a function building it on first use) on the root group under ``name``."""
    key = name or (command.name if isinstance(command, click.Command) else None)
    if not key:
        raise ValueError("register_command needs a name for a command factory")
    _EXTRA[key] = command


class RootGroup(SafeGroup):
    """The built-in commands, the registered ones, then one group per tag of the API."""

    def _builtins(self) -> dict[str, Callable[[], click.Command]]:
        from ..verify.command import verify_spec_command
        from .export_cmd import export_group
        from .mock_cmd import mock_command
        from .webhooks import webhooks_sign, webhooks_verify

        return {
            "operations": lambda: operations_command,
            "export": lambda: export_group,
            "mock": lambda: mock_command,
            "verify-spec": lambda: verify_spec_command,
            "webhooks-sign": lambda: webhooks_sign,
            "webhooks-verify": lambda: webhooks_verify,
        }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*self._builtins(), *_EXTRA, *operations_by_tag()]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        builtin = self._builtins().get(cmd_name)
        if builtin is not None:
            return builtin()
        extra = _EXTRA.get(cmd_name)
        if extra is not None:
            return extra if isinstance(extra, click.Command) else extra()
        operations = operations_by_tag().get(cmd_name)
        return None if operations is None else TagGroup(cmd_name, operations)


def _verbosity(ctx: click.Context, param: click.Parameter, value: int) -> int:
    if value:
        configure_from_env({LOG_LEVEL_ENV: "info" if value == 1 else "debug"})
    return value


@click.group(
    name=PROG,
    cls=RootGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
    epilog=f"\b\nEnvironment:\n"
    f"  {API_TOKEN_ENV}       the API token (read from here only, never from the command line)\n"
    f"  {APP_ID_ENV}          the application ID (or --app-id)\n"
    f"  {BASE_URL_ENV}  another base URL, e.g. a mock's (or --base-url)\n"
    f"  {LOG_LEVEL_ENV}       debug|info|warning: log each request to stderr (or -v/-vv)\n"
    "\b\nExit status: 0 ok, 1 API error, 2 usage error, 3 network error, 4 export file in use, 130 interrupted.\n"
    f"\b\nShell completion (bash; zsh and fish alike):\n"
    f'  eval "$({COMPLETE_VAR}=bash_source {PROG})"',
)
@click.version_option(__version__, "--version", prog_name=PROG, message="%(prog)s %(version)s")
@click.option(
    "-v",
    "--verbose",
    count=True,
    callback=_verbosity,
    expose_value=False,
    is_eager=True,
    help=f"Log each request to stderr (-v: every attempt, -vv: rate-limit waits too); like {LOG_LEVEL_ENV}=info|debug.",
)
@connection_options
@click.pass_context
def cli(ctx: click.Context, base_url: str | None, app_id: str | None) -> None:
    """Call the Sendbird Calls Platform API v1 and print the answers as JSON; export call history.

    Commands are kebab-case and generated from the API's operations:
    'sendbird-calls rooms list-rooms --state open'. Run 'sendbird-calls operations' for every
    operation, and 'sendbird-calls TAG OPERATION --help' for its parameters.
    """
    ctx.obj = Connection(base_url=base_url, app_id=app_id)


@click.command("operations")
def operations_command() -> None:
    """List every operation as: tag command (METHOD path)."""
    for operations in operations_by_tag().values():
        for operation in operations.values():
            click.echo(operation.label)


def run(command: click.Command, argv: Sequence[str] | None = None, prog_name: str = PROG) -> int:
    """Run ``command`` (a SafeCommand or SafeGroup) and return its exit status, never raising."""
    code: int = command.main(args=argv, prog_name=prog_name, standalone_mode=False)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """The ``sendbird-calls`` console script: runs one command and returns its exit status."""
    return run(cli, argv)


__all__ = ["COMPLETE_VAR", "PROG", "RootGroup", "cli", "kebab", "main", "register_command", "run"]
