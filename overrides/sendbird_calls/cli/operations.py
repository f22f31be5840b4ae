"""One click group per tag and one command per operation of the table, built when first asked for.

``sendbird-calls rooms list --state open``: the command calls ``client.rooms.list(state="open")``
and prints the answer as JSON. A list prints its first page as the API sent it (its ``next``
token resumes with ``--next``); ``--all`` prints every item of every page as JSON Lines, page
by page as they arrive. An operation that answers with no body prints nothing.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from typing import Any

import click

from ..core.operation import Operation
from .connection import connection_params, make_client
from .groups import SafeCommand, SafeGroup
from .table import (
    argument_of,
    arguments_of,
    call_arguments,
    command_name,
    english,
    field_options,
    kebab,
    operation_description,
    option_of,
    tag_help,
    tag_operations,
)

_EPILOG_WIDTH = 100


class TagGroup(SafeGroup):
    """The operations of one tag; each command is built the first time it is asked for."""

    def __init__(self, tag: str) -> None:
        summary = tag_help(tag)
        super().__init__(
            name=kebab(tag),
            help=f"{summary} Run 'sendbird-calls {kebab(tag)} COMMAND --help' for a command's arguments.",
            short_help=summary,
        )
        self.tag = tag
        self._built: dict[str, click.Command] = {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(tag_operations(self.tag))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        operation = tag_operations(self.tag).get(cmd_name)
        if operation is None:
            return None
        if cmd_name not in self._built:
            self._built[cmd_name] = operation_command(operation)
        return self._built[cmd_name]

    def aliases(self, ctx: click.Context) -> Mapping[str, str]:
        """The commands' names before the redesign (``get-room``, from the operationId): suggested."""
        return {kebab(op.id): name for name, op in tag_operations(self.tag).items()}


def operation_command(op: Operation[Any]) -> click.Command:
    """The command of one operation: path arguments, query and body-field options, ``--body``, ``--all``."""
    params: list[click.Parameter] = [argument_of(param) for param in arguments_of(op)]
    params += [option_of(param) for param in op.query_params]
    params += field_options(op)
    if op.body is not None:
        params.append(
            click.Option(
                ["--body"],
                metavar="JSON|@FILE",
                help="The whole request body instead of the field options: a JSON object, or @path to read "
                "one from a file (@- for standard input).",
            )
        )
    if op.paging is not None:
        params.append(
            click.Option(
                ["--all", "all_items"],
                is_flag=True,
                help="Print every item of every page (from --next when given) as JSON Lines, one item per line, "
                "as pages arrive; --limit sets the page size.",
            )
        )
    params += connection_params()

    def run(**values: Any) -> None:
        _call(click.get_current_context(), op, values)

    return SafeCommand(
        name=command_name(op),
        callback=run,
        params=params,
        help=_help(op),
        epilog=_epilog(op),
        short_help=english(op.summary) + ".",
    )


def _help(op: Operation[Any]) -> str:
    host = " on the Chat Platform host (/v3)" if op.host == "chat" else ""
    sections = [f"{english(op.summary)}: {op.method} {op.path}{host}."]
    details = operation_description(op)
    if details:
        sections.append(details)
    return "\n\n".join(sections)


def _epilog(op: Operation[Any]) -> str | None:
    lines: list[str] = []
    arguments = arguments_of(op)
    if arguments:
        lines += ["\b", "Arguments:"]
        for param in arguments:
            lines += textwrap.wrap(
                f"{param.wire.upper()}: {english(param.description)}",
                width=_EPILOG_WIDTH,
                initial_indent="  ",
                subsequent_indent="    ",
            )
    if op.paging is not None:
        lines += [
            "\b",
            "Pages: prints the first page as the API sends it; its 'next' token, given to --next, fetches the",
            "following one. --all prints every item of every page instead, one JSON object per line.",
        ]
    return "\n".join(lines) or None


def _call(ctx: click.Context, op: Operation[Any], values: dict[str, Any]) -> None:
    from ..core.model import to_json_value
    from .output import emit_json, emit_lines

    keywords = call_arguments(op, values)
    with make_client(ctx, values.get("base_url"), values.get("app_id")) as client:
        method = getattr(getattr(client, op.tag), op.name)
        result = method(**keywords)
        if op.paging is not None:
            if values.get("all_items"):
                emit_lines([to_json_value(item) for item in page.items] for page in result.iter_pages())
            else:
                emit_json(result.to_dict())
        elif result is not None:
            emit_json(to_json_value(result))


__all__ = ["TagGroup", "operation_command"]
