"""``sendbird-calls export TARGET [ARGS] [filters] --output FILE``: a thin layer over ``sendbird_calls.export``."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from ..core.operation import Operation
from ..export import EXPORT_TARGETS, FORMATS, ExportProgress, checkpoint_path, export
from ..export.checkpoint import load as load_checkpoint
from .connection import connection_options, make_client
from .errors import CliInterruptedError
from .groups import SafeCommand, SafeGroup
from .output import progress_bar
from .params import Choice, Integer
from .table import argument_of, collect_arguments, command_name, english, find_operation, kebab, option_of

_PAGE_CONTROLS = frozenset({"limit", "next", "prev"})


class ExportGroup(SafeGroup):
    """One export command per target of ``EXPORT_TARGETS``, built from its list operation."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(EXPORT_TARGETS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in EXPORT_TARGETS:
            return None
        tag, operation_name = EXPORT_TARGETS[cmd_name]
        operation = find_operation(tag, operation_name)
        return None if operation is None else export_command(cmd_name, operation)


def export_command(target: str, operation: Operation[Any]) -> click.Command:
    """The export command of one target: the operation's arguments and filters, and the export options."""
    params: list[click.Parameter] = []
    argument_help: list[str] = []
    for param in operation.params:
        if param.name in _PAGE_CONTROLS or param.client_filled:
            continue
        if param.location == "path":
            argument_help.append(f"  {param.wire.upper()}: {english(param.description)}")
            params.append(argument_of(param))
        else:
            params.append(option_of(param))
    limit = operation.by_name["limit"]
    params += [
        click.Option(
            ["-o", "--output"], required=True, metavar="FILE", help="The file to write (replaced unless --resume)."
        ),
        click.Option(
            ["--format", "format_"],
            type=Choice(FORMATS),
            help="jsonl: one JSON object per line, as the API sent it. csv: one row per item, columns from "
            "the spec (nested objects as dotted columns, lists and maps as JSON). Default: from the output's "
            "suffix (.csv), else jsonl.",
        ),
        click.Option(
            ["--resume"],
            is_flag=True,
            help="Continue an interrupted export of the same request from its last complete page "
            "(the checkpoint FILE.checkpoint.json beside the output); starts afresh when there is none.",
        ),
        click.Option(
            ["--page-size"],
            type=Integer(limit.minimum or 1, limit.maximum),
            default=limit.maximum or 100,
            show_default=True,
            help="Items per request.",
        ),
    ]

    @connection_options
    def run(**values: Any) -> None:
        _export(click.get_current_context(), target, operation, values)

    what = operation.summary.removeprefix("List ").rstrip(".")  # "List rooms" -> "rooms"
    arguments = "\n\n\b\nArguments:\n" + "\n".join(argument_help) if argument_help else ""
    return SafeCommand(
        name=target,
        callback=run,
        params=[*params, *getattr(run, "__click_params__", [])[::-1]],
        help=f"Export every item of '{kebab(operation.tag)} {command_name(operation)}' ({what}) to a JSON Lines "
        "or CSV file, with a progress "
        "bar on a terminal. Pages are written and fsynced one by one, with a checkpoint after each: after "
        "Ctrl-C or a crash, the same command with --resume continues without duplicates or gaps." + arguments,
        short_help=f"Export {what} to JSON Lines or CSV.",
    )


def _export(ctx: click.Context, target: str, operation: Operation[Any], values: dict[str, Any]) -> None:
    output = Path(values["output"])
    file_format = values.get("format_") or ("csv" if output.suffix.lower() == ".csv" else "jsonl")
    args, filters = collect_arguments(operation, values, skip=_PAGE_CONTROLS)
    resume = bool(values.get("resume"))
    earlier = load_checkpoint(checkpoint_path(output)) if resume else None
    done = {"items": earlier.items if earlier else 0, "pages": earlier.pages if earlier else 0}
    show = sys.stderr.isatty()
    with (
        make_client(ctx, values.get("base_url"), values.get("app_id")) as client,
        progress_bar(None, show=show, completed=done["items"], pages=done["pages"]) as bar,
    ):

        def on_page(progress: ExportProgress) -> None:
            done.update(items=progress.items, pages=progress.pages)
            bar.advance(progress.page_items)

        try:
            result = export(
                client,
                target,
                output,
                args=args,
                filters=filters,
                format=file_format,  # type: ignore[arg-type]
                page_size=values["page_size"],
                resume=resume,
                on_page=on_page,
            )
        except KeyboardInterrupt:
            raise CliInterruptedError(
                f"interrupted: {os.fspath(output.name)} holds {done['items']} items from {done['pages']} complete "
                "pages; run the same command with --resume to continue"
            ) from None
    resumed = f", resumed after page {result.resumed_at_page}" if result.resumed_at_page else ""
    click.echo(f"exported {result.items} items in {result.pages} pages to {output.name}{resumed}", err=True)


export_group = ExportGroup(
    name="export",
    help="Export call history to a file: direct calls, a user's calls, or rooms, as JSON Lines or CSV. "
    "Resumable with --resume; see 'sendbird-calls export TARGET --help'.",
    short_help="Export direct calls, a user's calls or rooms to JSON Lines or CSV.",
)

__all__ = ["export_command", "export_group"]
