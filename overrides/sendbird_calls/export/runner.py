"""Runs an export: pages to a JSON Lines or CSV file, a checkpoint after each, resumable after any stop."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Literal

import attrs

from ..spec_doc import list_field
from .checkpoint import CHECKPOINT_SUFFIX, Checkpoint, checkpoint_path, save
from .columns import aliases_of, columns_of, neutralise, row_of
from .errors import OutputNameError
from .files import LOCK_SUFFIX, OutputLock, kind_of, looks_temporary, remove_temporaries, sync_directory
from .pages import Page, iter_pages, plain
from .start import NOT_REGULAR, Opened, open_output

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
    """What an export wrote: ``items`` is the number of items the output holds."""

    output: Path | None
    """The file written; None when the export went to a stream."""
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


class _Encoder:
    """Items to the bytes of one format: JSON Lines as the API sent them, or CSV rows under a header."""

    def __init__(self, file_format: ExportFormat, operation: str, *, csv_raw: bool) -> None:
        item_schema = list_field(operation)[1]
        self.columns = columns_of(item_schema) if file_format == "csv" else []
        self.aliases = aliases_of(item_schema) if file_format == "csv" else {}
        self.raw = csv_raw

    def header(self) -> bytes:
        return _csv_bytes([self.columns]) if self.columns else b""

    def page(self, items: list[dict[str, Any]]) -> bytes:
        if not self.columns:
            return b"".join(_json_line(item) for item in items)
        rows = [row_of(item, self.columns, self.aliases) for item in items]
        if not self.raw:
            rows = [[neutralise(cell) for cell in row] for row in rows]
        return _csv_bytes(rows)


def export(
    api: Any,
    target: str,
    output: str | os.PathLike[str] | BinaryIO,
    *,
    args: Sequence[str] = (),
    filters: Mapping[str, Any] | None = None,
    format: ExportFormat = "jsonl",
    page_size: int = DEFAULT_PAGE_SIZE,
    resume: bool = False,
    overwrite: bool = False,
    csv_raw: bool = False,
    on_page: Callable[[ExportProgress], None] | None = None,
) -> ExportResult:
    """Export every item of a list operation to ``output``, resumably.

    ``api`` is a ``CallsClient`` (its rate limiter and retries apply to every page). An existing
    ``output`` is left alone: ``resume=True`` continues the interrupted export its checkpoint
    describes (with no checkpoint and no output, it starts one), ``overwrite=True`` replaces it.
    Two exports to one file: the second raises OutputInUseError at once. Any exception (Ctrl-C
    included) leaves the file cut back to the last complete page, with a checkpoint that says so.
    CSV cells that a spreadsheet would run as formulas get a leading ``'`` unless ``csv_raw``.
    ``output`` may also be a binary stream (``sys.stdout.buffer``): no lock, no checkpoint, no resume.
    """
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise ValueError("page_size must be a positive integer")
    tag, operation = resolve_target(target)
    request: dict[str, Any] = {
        "operation": f"{tag}.{operation}",
        "args": [str(arg) for arg in args],
        "filters": {name: plain(value) for name, value in sorted((filters or {}).items())},
        "format": format,
        "page_size": page_size,
    }
    if format == "csv":
        request["csv_raw"] = bool(csv_raw)
    encoder = _Encoder(format, operation, csv_raw=csv_raw)
    query = {**(filters or {}), "limit": page_size}

    def pages(start: str | None) -> Iterator[Page]:
        return iter_pages(api, tag, operation, args, query, start=start)

    if not isinstance(output, str | os.PathLike):
        if resume:
            raise ValueError("resume needs a file: a stream has no checkpoint")
        return _to_stream(output, pages(None), encoder, format, on_page)
    path = Path(output)
    _check_output(path)
    marker = checkpoint_path(path)
    with OutputLock(path):
        opened = open_output(path, marker, request, resume=resume, overwrite=overwrite)
        remove_temporaries(path.parent, {path.name, marker.name})  # what a killed run left, once nothing refused
        last = _to_file(opened, marker, pages, encoder, on_page)
        marker.unlink(missing_ok=True)
        sync_directory(path.parent)
    return ExportResult(
        output=path, format=format, pages=last.pages, items=last.items, resumed_at_page=opened.checkpoint.pages
    )


def _to_file(
    opened: Opened,
    marker: Path,
    pages: Callable[[str | None], Iterator[Page]],
    encoder: _Encoder,
    on_page: Callable[[ExportProgress], None] | None,
) -> Checkpoint:
    """Each page written, fsynced and checkpointed; on any exception the file is cut back to the last checkpoint."""
    handle, last, digest = opened
    resumed_at = last.pages
    try:
        for page in () if last.complete else pages(last.next):
            data = (encoder.header() if last.offset == 0 else b"") + encoder.page(page.items)
            handle.write(data)
            _sync(handle)
            digest.update(data)
            current = attrs.evolve(
                last,
                next=page.next,
                pages=last.pages + 1,
                items=last.items + len(page.items),
                offset=handle.tell(),
                sha256=digest.hexdigest(),
            )
            save(marker, current)
            last = current
            if on_page is not None:
                on_page(ExportProgress(last.pages, last.items, len(page.items), resumed_at))
    except BaseException:
        _cut(handle, last.offset)
        raise
    finally:
        handle.close()
    return last


def _check_output(path: Path) -> None:
    """Refuse what an export cannot write: not a regular file, or named like an export's own files."""
    name = path.name
    if not name or name in {".", ".."}:
        raise OutputNameError(f"{path!s:.200} is not a file name")
    if name.endswith((CHECKPOINT_SUFFIX, LOCK_SUFFIX)) or looks_temporary(name):
        raise OutputNameError(
            f"{path}: an output may not be named like an export's own files "
            f"(*{CHECKPOINT_SUFFIX}, *{LOCK_SUFFIX}, .NAME.<hex>.tmp)"
        )
    if kind_of(path) == "other":
        raise OutputNameError(NOT_REGULAR.format(path=path))


def _to_stream(
    stream: BinaryIO,
    pages: Iterator[Page],
    encoder: _Encoder,
    file_format: ExportFormat,
    on_page: Callable[[ExportProgress], None] | None,
) -> ExportResult:
    """Every page to a stream, flushed page by page; nothing to resume from."""
    count = items = 0
    for page in pages:
        stream.write((encoder.header() if count == 0 else b"") + encoder.page(page.items))
        stream.flush()
        count += 1
        items += len(page.items)
        if on_page is not None:
            on_page(ExportProgress(count, items, len(page.items), 0))
    return ExportResult(output=None, format=file_format, pages=count, items=items, resumed_at_page=0)


def _json_line(item: Any) -> bytes:
    # backslashreplace: a lone surrogate (``"\ud83d"`` cut from an emoji) is written as its JSON escape.
    return (json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8", "backslashreplace")


def _csv_bytes(rows: list[list[str]]) -> bytes:
    text = io.StringIO()
    csv.writer(text).writerows(rows)
    return text.getvalue().encode("utf-8", "backslashreplace")


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
