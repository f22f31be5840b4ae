"""Runs an export: pages to a JSON Lines or CSV file, a checkpoint after each, resumable after any stop."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Literal

import attrs

from ..spec_doc import list_field
from .checkpoint import Checkpoint, CheckpointError, checkpoint_path, load, save
from .columns import aliases_of, columns_of, row_of
from .pages import iter_pages, plain

ExportFormat = Literal["jsonl", "csv"]
FORMATS: tuple[ExportFormat, ...] = ("jsonl", "csv")

EXPORT_TARGETS: Mapping[str, tuple[str, str]] = {
    "direct-calls": ("direct_calls", "list_direct_calls"),
    "user-calls": ("users", "list_user_calls"),
    "rooms": ("rooms", "list_rooms"),
}
"""Friendly names of the list operations worth exporting; any ``tag.operation`` that pages works too."""

DEFAULT_PAGE_SIZE = 100


@attrs.frozen
class ExportProgress:
    """Reported after each page is safely on disk."""

    pages: int
    items: int
    page_items: int
    resumed_at_page: int
    """The pages an earlier, interrupted run had already written (0 for a fresh export)."""


@attrs.frozen
class ExportResult:
    """What an export wrote."""

    output: Path
    format: ExportFormat
    pages: int
    items: int
    resumed_at_page: int


def resolve_target(target: str) -> tuple[str, str]:
    """``rooms`` -> (``rooms``, ``list_rooms``); ``tag.operation`` is taken as it is."""
    if target in EXPORT_TARGETS:
        return EXPORT_TARGETS[target]
    tag, dot, operation = target.partition(".")
    if not dot or not tag or not operation:
        known = ", ".join(EXPORT_TARGETS)
        raise ValueError(f"unknown export target: use one of {known}, or tag.list_operation")
    return tag, operation


def export(
    api: Any,
    target: str,
    output: str | os.PathLike[str],
    *,
    args: Sequence[str] = (),
    filters: Mapping[str, Any] | None = None,
    format: ExportFormat = "jsonl",
    page_size: int = DEFAULT_PAGE_SIZE,
    resume: bool = False,
    on_page: Callable[[ExportProgress], None] | None = None,
) -> ExportResult:
    """Export every item of a list operation to ``output``, resumably.

    ``api`` is a ``CallsClient`` (its rate limiter and retries apply to every page). With
    ``resume=True`` an interrupted export of the same request continues from its last complete
    page; without a checkpoint it starts afresh. Any exception (Ctrl-C included) leaves the file
    cut back to the last complete page, with a checkpoint that says so.
    """
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise ValueError("page_size must be a positive integer")
    tag, operation = resolve_target(target)
    path = Path(output)
    marker = checkpoint_path(path)
    request = {
        "operation": f"{tag}.{operation}",
        "args": [str(arg) for arg in args],
        "filters": {name: plain(value) for name, value in sorted((filters or {}).items())},
        "format": format,
        "page_size": page_size,
    }
    item_schema = list_field(operation)[1]
    columns = columns_of(item_schema) if format == "csv" else []
    aliases = aliases_of(item_schema) if format == "csv" else {}
    handle, checkpoint = _open(path, marker, request, columns, resume=resume)
    resumed_at = checkpoint.pages
    last = [checkpoint]  # the last checkpoint saved, which _run keeps up to date
    try:
        if not checkpoint.complete:
            checkpoint = _run(
                api,
                tag=tag,
                operation=operation,
                args=args,
                filters=filters,
                page_size=page_size,
                handle=handle,
                marker=marker,
                checkpoint=checkpoint,
                columns=columns,
                aliases=aliases,
                on_page=on_page,
                last=last,
            )
    except BaseException:
        _cut(handle, last[0].offset)
        raise
    finally:
        handle.close()
    marker.unlink(missing_ok=True)
    return ExportResult(
        output=path, format=format, pages=checkpoint.pages, items=checkpoint.items, resumed_at_page=resumed_at
    )


def _open(
    path: Path, marker: Path, request: dict[str, Any], columns: list[str], *, resume: bool
) -> tuple[BinaryIO, Checkpoint]:
    """The output opened for appending at the checkpoint's offset, and that checkpoint."""
    found = load(marker) if resume else None
    if found is None:
        if resume and path.exists():
            raise CheckpointError(
                f"cannot resume {path.name}: there is no checkpoint beside it (the export finished, "
                "or was not made by an export); run without resume to start again"
            )
        fresh: BinaryIO = path.open("wb")
        header = _csv_bytes([columns]) if columns else b""
        fresh.write(header)
        _sync(fresh)
        checkpoint = Checkpoint(request=request, next=None, pages=0, items=0, offset=len(header))
        save(marker, checkpoint)
        return fresh, checkpoint
    if found.request != request:
        differing = sorted(key for key in request if found.request.get(key) != request.get(key))
        raise CheckpointError(
            f"the checkpoint of {path.name} is of another export ({', '.join(differing)} differ); "
            "run without resume to start again"
        )
    try:
        handle: BinaryIO = path.open("r+b")
    except FileNotFoundError:
        raise CheckpointError(f"cannot resume: {path.name} is gone but its checkpoint is there") from None
    if handle.seek(0, os.SEEK_END) < found.offset:
        handle.close()
        raise CheckpointError(f"cannot resume: {path.name} is shorter than its checkpoint says")
    _cut(handle, found.offset)
    return handle, found


def _run(
    api: Any,
    *,
    tag: str,
    operation: str,
    args: Sequence[str],
    filters: Mapping[str, Any] | None,
    page_size: int,
    handle: BinaryIO,
    marker: Path,
    checkpoint: Checkpoint,
    columns: list[str],
    aliases: Mapping[str, str],
    on_page: Callable[[ExportProgress], None] | None,
    last: list[Checkpoint],
) -> Checkpoint:
    resumed_at = checkpoint.pages
    query = {**(filters or {}), "limit": page_size}
    for page in iter_pages(api, tag, operation, args, query, start=checkpoint.next):
        if columns:
            handle.write(_csv_bytes([row_of(item, columns, aliases) for item in page.items]))
        else:
            handle.write(b"".join(_json_line(item) for item in page.items))
        _sync(handle)
        checkpoint = attrs.evolve(
            checkpoint,
            next=page.next,
            pages=checkpoint.pages + 1,
            items=checkpoint.items + len(page.items),
            offset=handle.tell(),
        )
        save(marker, checkpoint)
        last[0] = checkpoint
        if on_page is not None:
            on_page(ExportProgress(checkpoint.pages, checkpoint.items, len(page.items), resumed_at))
    return checkpoint


def _json_line(item: Any) -> bytes:
    return (json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def _csv_bytes(rows: list[list[str]]) -> bytes:
    text = io.StringIO()
    csv.writer(text).writerows(rows)
    return text.getvalue().encode("utf-8")


def _sync(handle: BinaryIO) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def _cut(handle: BinaryIO, offset: int) -> None:
    """Drop whatever follows the last complete page (a page cut short by a crash or Ctrl-C)."""
    with contextlib.suppress(OSError, ValueError):
        handle.truncate(offset)
        handle.seek(offset)
        _sync(handle)


__all__ = [
    "DEFAULT_PAGE_SIZE",
    "EXPORT_TARGETS",
    "FORMATS",
    "ExportFormat",
    "ExportProgress",
    "ExportResult",
    "export",
    "resolve_target",
]
