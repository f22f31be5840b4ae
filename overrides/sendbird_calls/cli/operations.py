"""One click command per API operation, one group per tag, built from the generated classes on demand.

Names are kebab-case (``sendbird-calls direct-calls list-direct-calls --end-result completed``);
help for each parameter and body field comes from the spec's descriptions (ranges, defaults,
allowed values). Only the group of the tag asked for is built, so start-up stays quick.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Any

import click

from .. import spec_doc
from ..export.pages import iter_pages
from .boundary import ReportingMixin
from .connection import connection_options, make_client
from .discovery import Operation, Param, discover, kebab, offline_api
from .errors import usage_error
from .output import emit_json, emit_lines, plain
from .params import Boolean, Choice, CommaList, Integer, choices_from_pattern

PARAM_PREFIX = "p__"


@functools.cache
def operations_by_tag() -> dict[str, dict[str, Operation]]:
    """Tags and operations by their command names, read once from the generated classes."""
    return {
        kebab(tag): {operation.command: operation for operation in ops.values()}
        for tag, ops in discover(offline_api()).items()
    }


class SafeCommand(ReportingMixin, click.Command):
    """A command whose extra-argument error counts the extras instead of quoting them."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        allowed = ctx.allow_extra_args
        ctx.allow_extra_args = True
        rest = super().parse_args(ctx, args)
        ctx.allow_extra_args = allowed
        if rest and not allowed:
            ctx.fail(f"{len(rest)} unexpected argument(s) after the command's own (their values are not shown)")
        return rest


class SafeGroup(ReportingMixin, click.Group):
    """A group whose unknown-command error suggests names instead of quoting what was typed."""

    command_class = SafeCommand

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0]
        command = self.get_command(ctx, name)
        if command is None and not ctx.resilient_parsing:
            if name.startswith("-"):
                self.parse_args(ctx, args)  # lets click report the unknown option
            known = self.list_commands(ctx)
            close = [word for word in known if _close(word, name)]
            hint = f"; did you mean {' or '.join(close[:3])}?" if close else f"; commands: {', '.join(known)}"
            ctx.fail(f"no such command{hint}")
        return (command.name if command else None), command, args[1:]


def _close(word: str, typed: str) -> bool:
    typed = typed.lower().replace("_", "-")
    return typed == word or typed in word or word in typed


class TagGroup(SafeGroup):
    """The operations of one tag; each command is built the first time it is asked for."""

    def __init__(self, tag: str, operations: dict[str, Operation]) -> None:
        names = ", ".join(operations)
        super().__init__(name=tag, help=f"Operations tagged {tag}: {names}.", short_help=f"{tag} operations")
        self._operations = operations
        self._built: dict[str, click.Command] = {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self._operations)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        operation = self._operations.get(cmd_name)
        if operation is None:
            return None
        if cmd_name not in self._built:
            self._built[cmd_name] = operation_command(operation)
        return self._built[cmd_name]


def operation_command(operation: Operation) -> click.Command:
    """The click command of one operation: its arguments, options, ``--body`` and ``--all``."""
    info = operation.info
    params: list[click.Parameter] = []
    argument_help: list[str] = []
    for param in operation.params:
        description = spec_doc.parameter_help(operation.name, param.wire_name)
        if param.positional:
            params.append(
                click.Argument(
                    [PARAM_PREFIX + param.name],
                    required=param.required,
                    type=type_of(operation, param),
                    metavar=param.wire_name.upper(),
                )
            )
            argument_help.append(f"  {param.wire_name.upper()}: {description}")
        else:
            params.append(option_of(operation, param, description))
    if operation.body != "none":
        params.append(
            click.Option(
                ["--body"],
                required=operation.body == "required",
                metavar="JSON|@FILE",
                help="The request body: a JSON object, or @path to read one from a file (@- for standard input). "
                "Its fields are listed below.",
            )
        )
    if operation.iter_name is not None:
        params.append(
            click.Option(
                ["--all", "all_items"],
                is_flag=True,
                help="Follow every page (from --next when given) and print each item as one JSON line, "
                "as pages arrive; --limit sets the page size.",
            )
        )
    host = " on the Chat Platform host (/v3)" if info.host == "chat" else ""
    details = operation_description(operation.name)
    sections = [f"{operation.summary.rstrip('.')}. {info.method} {info.path}{host}."]
    if details:
        sections.append(details)
    if argument_help:
        sections.append("\b\nArguments:\n" + "\n".join(argument_help))
    body_lines = spec_doc.body_help(operation.name) if operation.body != "none" else []
    epilog = "\b\nBody fields:\n" + "\n".join(f"  {line}" for line in body_lines) if body_lines else None

    @connection_options
    def run(**values: Any) -> None:
        ctx = click.get_current_context()
        _call(ctx, operation, values)

    return SafeCommand(
        name=operation.command,
        callback=run,
        params=[*params, *getattr(run, "__click_params__", [])[::-1]],
        help="\n\n".join(sections),
        epilog=epilog,
        short_help=operation.summary,
    )


def operation_description(operation_id: str) -> str:
    """The spec's description of an operation, without its evidence note."""
    text = " ".join(str(spec_doc.operation(operation_id).get("description", "")).split())
    return text.split(" Evidence:", 1)[0]


def option_of(operation: Operation, param: Param, description: str) -> click.Option:
    kind = type_of(operation, param)
    if param.kind == "list":
        return click.Option(
            [param.option, PARAM_PREFIX + param.name],
            type=kind,
            multiple=True,
            required=param.required,
            help=f"{description} Comma-separated; the option may be repeated.",
        )
    return click.Option([param.option, PARAM_PREFIX + param.name], type=kind, required=param.required, help=description)


def type_of(operation: Operation, param: Param) -> click.ParamType:  # type: ignore[type-arg]
    schema = spec_doc.resolve(
        spec_doc.operation(operation.name).get("parameters", {}).get(param.wire_name, {}).get("schema", {})
    )
    if param.kind == "int":
        return Integer(schema.get("minimum"), schema.get("maximum"))
    if param.kind == "bool":
        return Boolean()
    if param.kind == "list":
        items = spec_doc.resolve(schema.get("items", {}))
        return CommaList(param.choices or tuple(items.get("enum", ())) or choices_from_pattern(schema.get("pattern")))
    if param.choices:
        return Choice(param.choices)
    return click.STRING


def collect_arguments(
    operation: Operation, values: dict[str, Any], *, skip: frozenset[str] = frozenset()
) -> tuple[list[Any], dict[str, Any]]:
    """The operation's path arguments and keyword arguments from click's values; lists are flattened."""
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for param in operation.params:
        value = values.get(PARAM_PREFIX + param.name)
        if param.name in skip or value is None or value == ():
            continue
        if param.kind == "list":
            value = [item for chunk in value for item in chunk]
        if param.positional:
            positional.append(value)
        else:
            keywords[param.name] = value
    return positional, keywords


def _call(ctx: click.Context, operation: Operation, values: dict[str, Any]) -> None:
    positional, keywords = collect_arguments(operation, values)
    body_text = values.get("body")
    if body_text is not None:
        keywords["body"] = read_body(body_text)
    with make_client(ctx, values.get("base_url"), values.get("app_id")) as client:
        if values.get("all_items"):
            start = keywords.pop("next_", None)
            pages = iter_pages(client, operation.tag, operation.name, positional, keywords, start=start)
            emit_lines(page.items for page in pages)
            return
        result = getattr(getattr(client, operation.tag), operation.name)(*positional, **keywords)
        emit_json(plain(result))


def read_body(text: str) -> dict[str, Any]:
    """``--body``: inline JSON, or ``@file`` (``@-`` reads standard input); it must be a JSON object."""
    source = "--body"
    raw: str | bytes = text
    if text.startswith("@"):
        path = text[1:] or "-"
        source = "the --body file"
        if path == "-":
            raw = sys.stdin.buffer.read()
        else:
            try:
                raw = Path(path).read_bytes()
            except OSError as exc:
                raise usage_error(f"cannot read the --body file: {exc.strerror or type(exc).__name__}") from None
    try:
        body = json.loads(raw)
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        where = f" (line {line}, column {getattr(exc, 'colno', '?')})" if line else ""
        raise usage_error(f"{source} is not valid JSON{where}") from None
    if not isinstance(body, dict):
        raise usage_error(f"{source} must hold a JSON object, got a JSON {type(body).__name__}")
    return body


__all__ = ["SafeCommand", "SafeGroup", "TagGroup", "operation_command", "operations_by_tag", "read_body"]
