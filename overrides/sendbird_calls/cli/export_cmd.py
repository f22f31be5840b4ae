"""``sendbird-calls export TARGET [ARGS] [filters] --output FILE``: a thin layer over ``sendbird_calls.export``."""

from __future__ import annotations

import contextlib
import errno
import sys
from pathlib import Path
from typing import Any, BinaryIO

import click

from ..core.operation import Operation
from ..export import (
    EXPORT_TARGETS,
    FORMATS,
    ExportError,
    ExportProgress,
    ExportResult,
    OutputInUseError,
    checkpoint_path,
    export,
)
from ..export.checkpoint import load as load_checkpoint
from .connection import connection_options, make_client
from .errors import CliBusyError, CliError, CliInterruptedError, CliUsageError
from .groups import SafeCommand, SafeGroup
from .output import plural, progress_bar
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
            ["-o", "--output"],
            required=True,
            metavar="FILE",
            help="The file to write, or - for standard output (no checkpoint, so no --resume). An existing "
            "FILE is never replaced without --overwrite.",
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
            help="Continue the interrupted export of FILE from its checkpoint (FILE.checkpoint.json; the same "
            "command and options), or start one when there is neither FILE nor checkpoint. A FILE without a "
            "checkpoint (a finished export) is refused unless --overwrite is given too.",
        ),
        click.Option(
            ["--overwrite"],
            is_flag=True,
            help="Replace FILE if it exists, finished or partial (atomically: a new file takes its place). "
            "With --resume, only when there is no checkpoint to continue. Without --resume or --overwrite, "
            "an existing FILE is refused.",
        ),
        click.Option(
            ["--csv-raw"],
            is_flag=True,
            help="Write CSV cells exactly as the API sent them. By default a cell that starts with = + - @, "
            "a tab or a carriage return gets a leading ' so that a spreadsheet shows it instead of running it "
            "as a formula.",
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

    what = _items_of(operation.summary)
    arguments = "\n\n\b\nArguments:\n" + "\n".join(argument_help) if argument_help else ""
    return SafeCommand(
        name=target,
        callback=run,
        params=[*params, *getattr(run, "__click_params__", [])[::-1]],
        help=f"Export {what} (every page of '{kebab(operation.tag)} {command_name(operation)}') to a JSON Lines "
        "or CSV file, or to standard output with '-o -', with a progress bar on a terminal. Pages are written and "
        "fsynced one by one, with a checkpoint after each: after Ctrl-C or a crash, the same command with "
        "--resume continues without duplicates or gaps. An existing FILE is left alone unless --resume or "
        "--overwrite says otherwise, and a second export to the same FILE stops at once (exit 4)." + arguments,
        short_help=f"Export {what} to JSON Lines or CSV.",
    )


def _items_of(summary: str) -> str:
    """``List direct calls`` -> ``the direct calls``; ``List a user's calls`` -> ``a user's calls``."""
    words = summary.strip().rstrip(".")
    if words.lower().startswith("list "):
        words = words[5:]
    words = words[:1].lower() + words[1:]
    return words if words.startswith(("a ", "an ", "the ")) else f"the {words}"


def _export(ctx: click.Context, target: str, operation: Operation[Any], values: dict[str, Any]) -> None:
    if not values["output"]:
        raise CliUsageError("--output needs a file name, or - for standard output")
    to_stdout = values["output"] == "-"
    output = Path(values["output"])
    shown = "standard output" if to_stdout else values["output"]
    file_format = values.get("format_") or ("csv" if output.suffix.lower() == ".csv" else "jsonl")
    args, filters = collect_arguments(operation, values, skip=_PAGE_CONTROLS)
    resume = bool(values.get("resume"))
    if to_stdout and resume:
        raise CliUsageError("--resume needs a file: standard output (-o -) has no checkpoint to continue from")
    done = {"items": 0, "pages": 0}
    if resume:
        with contextlib.suppress(ExportError, OSError):  # the export itself says what is wrong with it
            earlier = load_checkpoint(checkpoint_path(output))
            if earlier is not None:
                done.update(items=earlier.items, pages=earlier.pages)
    with (
        make_client(ctx, values.get("base_url"), values.get("app_id")) as client,
        progress_bar(
            None, show=_show_progress(to_stdout), completed=done["items"], pages=done["pages"], transient=True
        ) as bar,
    ):

        def on_page(progress: ExportProgress) -> None:
            done.update(items=progress.items, pages=progress.pages)
            bar.advance(progress.page_items)

        target_file: Path | BinaryIO = sys.stdout.buffer if to_stdout else output.absolute()
        try:
            result = export(
                client,
                target,
                target_file,
                args=args,
                filters=filters,
                format=file_format,  # type: ignore[arg-type]
                page_size=values["page_size"],
                resume=resume,
                overwrite=bool(values.get("overwrite")),
                csv_raw=bool(values.get("csv_raw")),
                on_page=on_page,
            )
        except KeyboardInterrupt:
            raise CliInterruptedError(_interrupted(shown, done, to_stdout=to_stdout)) from None
        except OutputInUseError as exc:
            raise CliBusyError(_in_flags(str(exc))) from None
        except ExportError as exc:
            raise CliUsageError(_in_flags(str(exc))) from None
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                raise  # standard output's reader went away: the boundary ends quietly
            raise CliError(_file_error(exc, output.absolute())) from None
    click.echo(_summary(result, shown), err=True)


def _show_progress(to_stdout: bool) -> bool:
    """A bar on a terminal's stderr, unless the data itself goes to that terminal."""
    return sys.stderr.isatty() and not (to_stdout and sys.stdout.isatty())


def _summary(result: ExportResult, shown: str) -> str:
    resumed = f", resumed after page {result.resumed_at_page}" if result.resumed_at_page else ""
    return f"exported {plural(result.items, 'item')} in {plural(result.pages, 'page')} to {shown}{resumed}"


def _interrupted(shown: str, done: dict[str, int], *, to_stdout: bool) -> str:
    items, pages = plural(done["items"], "item"), plural(done["pages"], "complete page")
    if to_stdout:
        return f"interrupted after {items} from {pages} written to standard output"
    return f"interrupted: {shown} holds {items} from {pages}; run the same command with --resume to continue"


def _in_flags(message: str) -> str:
    """The library's message in the command's words: ``resume=True`` is ``--resume`` here."""
    return message.replace("resume=True", "--resume").replace("overwrite=True", "--overwrite")


def _file_error(exc: OSError, output: Path) -> str:
    """``cannot write /full/path: <reason>``, naming the other file when another one failed."""
    reason = exc.strerror or type(exc).__name__
    if exc.errno in (errno.ENOENT, errno.ENOTDIR) and not output.parent.is_dir():
        if output.parent.exists():
            return f"cannot write {output}: {output.parent} is not a directory"
        return f"cannot write {output}: the directory {output.parent} does not exist"
    other = f" ({exc.filename})" if isinstance(exc.filename, str) and exc.filename != str(output) else ""
    return f"cannot write {output}: {reason}{other}"


export_group = ExportGroup(
    name="export",
    help="Export call history to a file: the direct calls, a user's calls, or the rooms, as JSON Lines or CSV. "
    "Resumable with --resume; see 'sendbird-calls export TARGET --help'.\n\n"
    "\b\nExit status: 0 done, 1 API or file error, 2 usage error (an existing FILE without --overwrite...),\n"
    "3 network error, 4 FILE in use by another export, 130 interrupted (--resume continues).",
    short_help="Export the direct calls, a user's calls or the rooms to JSON Lines or CSV.",
)

__all__ = ["export_command", "export_group"]
