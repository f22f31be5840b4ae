"""``sendbird-calls mock``: the mock's runner (``sendbird_calls.mock.serve``) with the CLI's options and errors.

The options are ``serve.SETTINGS``, the ones ``python -m sendbird_calls.mock`` offers too; the
root's ``--app-id`` reaches the mock like every other command (``mock --app-id`` wins, then the
root's, then ``SENDBIRD_APP_ID``). The root's ``--base-url`` does not apply: the mock prints its own.
"""

from __future__ import annotations

import os
from typing import Any

import click

from ..mock.serve import SETTINGS, ServeError, Setting, serve
from .connection import Connection
from .errors import CliError, remember_secret, usage_error
from .groups import SafeCommand
from .params import Choice, Integer


def _option(setting: Setting) -> click.Option:
    default = setting.default_from(os.environ)
    shown = not setting.env  # a default from the environment may be a secret: never shown
    common: dict[str, Any] = {"help": setting.help, "show_default": shown}
    if setting.secret:
        common["callback"] = remember_secret
    if setting.kind == "flag":
        return click.Option([setting.flag], is_flag=True, **common)
    if setting.kind == "integer":
        kind: click.ParamType = Integer(setting.low, setting.high)  # type: ignore[type-arg]
    elif setting.kind == "choice":
        kind = Choice(setting.choices)
    else:
        kind = click.STRING
    return click.Option([setting.flag], type=kind, default=None if setting.env else default, **common)


def _run(**options: Any) -> None:
    ctx = click.get_current_context()
    root = ctx.find_object(Connection) or Connection()
    if root.base_url:
        raise usage_error("--base-url does not apply to mock: it serves on --host and --port and prints its URLs")
    for setting in SETTINGS:
        if setting.env and options[setting.name] is None:
            from_root = root.app_id if setting.name == "app_id" else None
            options[setting.name] = from_root or setting.default_from(os.environ)
    try:
        serve(options, click.echo)
    except ServeError as exc:
        raise (usage_error(str(exc)) if exc.usage else CliError(str(exc))) from None


mock_command = SafeCommand(
    "mock",
    callback=_run,
    params=[_option(setting) for setting in SETTINGS],
    help="Serve a stateful mock of the Sendbird Calls Platform API v1 on this machine until interrupted "
    "(needs the mock extra). It prints its base URLs; point the client at them with --base-url or "
    "SENDBIRD_CALLS_BASE_URL. The same runner as 'python -m sendbird_calls.mock'.",
    short_help="Serve a stateful mock of the API on this machine.",
)

__all__ = ["mock_command"]
