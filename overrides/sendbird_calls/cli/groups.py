"""The click classes every command of the CLI uses: errors as one line, help for a bare group, suggestions.

A group given no subcommand prints its help on standard output and exits 0, as git and gh do;
an unknown subcommand is a usage error that suggests the nearest names, as unknown options do.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

import click

from .boundary import ReportingMixin


class SafeCommand(ReportingMixin, click.Command):
    """A command whose failures are one ``error:`` line and an exit status (see ``boundary``)."""


class SafeGroup(ReportingMixin, click.Group):
    """A group that prints its help when given no subcommand and suggests names for an unknown one."""

    command_class = SafeCommand

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("invoke_without_command", True)
        kwargs.setdefault("no_args_is_help", False)
        super().__init__(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        result = super().invoke(ctx)
        if ctx.invoked_subcommand is None and not ctx.resilient_parsing:
            click.echo(ctx.get_help(), color=ctx.color)
        return result

    def aliases(self, ctx: click.Context) -> Mapping[str, str]:
        """Other names a user may type for a command (an old name): suggested, never run."""
        return {}

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0]
        command = self.get_command(ctx, name)
        if command is None and not ctx.resilient_parsing:
            if name.startswith("-"):
                self.parse_args(ctx, args)  # lets click report the unknown option
            ctx.fail(no_such_command(name, self.list_commands(ctx), self.aliases(ctx)))
        return (command.name if command else None), command, args[1:]


def no_such_command(typed: str, known: list[str], aliases: Mapping[str, str]) -> str:
    """``no such command: lst (did you mean 'list'?)``, or the list of commands when none is close."""
    close = nearest(typed, known, aliases)
    if close:
        return f"no such command: {typed} (did you mean {' or '.join(repr(word) for word in close)}?)"
    return f"no such command: {typed} (commands: {', '.join(known)})"


def nearest(typed: str, known: list[str], aliases: Mapping[str, str], limit: int = 3) -> list[str]:
    """The known names closest to ``typed``: an alias's command, spelling neighbours, then names it contains."""
    spelled = typed.lower().replace("_", "-")
    candidates = [aliases[spelled]] if spelled in aliases else []
    candidates += difflib.get_close_matches(spelled, known, n=limit, cutoff=0.6)
    candidates += [
        word
        for word in known
        if word in spelled.split("-")
        or spelled.startswith(word + "-")
        or (len(spelled) > 1 and word.startswith(spelled))
    ]
    return list(dict.fromkeys(candidates))[:limit]


__all__ = ["SafeCommand", "SafeGroup", "nearest", "no_such_command"]
