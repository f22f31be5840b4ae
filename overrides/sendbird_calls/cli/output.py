"""What the CLI prints: pretty coloured JSON on a terminal, compact JSON when piped, JSON Lines for --all."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)


def plain(value: Any) -> Any:
    """A model as the JSON the API would send (``to_dict``); anything else as it is."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def emit_json(value: Any) -> None:
    """One JSON document on stdout: indented and coloured for a terminal, one compact line otherwise."""
    if sys.stdout.isatty():
        Console(soft_wrap=True).print_json(json.dumps(value, ensure_ascii=False))
        return
    sys.stdout.write(json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def emit_lines(pages: Iterable[list[Any]]) -> int:
    """JSON Lines on stdout, flushed page by page as pages arrive; a progress line on a terminal's stderr."""
    count = 0
    with progress_bar(total=None, show=sys.stderr.isatty()) as bar:
        for page in pages:
            sys.stdout.write(
                "".join(json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n" for item in page)
            )
            sys.stdout.flush()
            count += len(page)
            bar.advance(len(page))
    return count


class Bar:
    """Items and pages so far, on a rich progress bar (or nothing when ``show`` is false)."""

    def __init__(self, progress: Progress | None, task: TaskID | None) -> None:
        self._progress, self._task, self.pages = progress, task, 0

    def advance(self, items: int, pages: int = 1) -> None:
        """One more page of ``items`` items."""
        self.pages += pages
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=items, pages=self.pages)


@contextmanager
def progress_bar(total: int | None, *, show: bool, completed: int = 0, pages: int = 0) -> Iterator[Bar]:
    """A progress bar on stderr: items (of the total when known), pages, rate, elapsed and ETA."""
    if not show:
        bar = Bar(None, None)
        bar.pages = pages
        yield bar
        return
    columns = [
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn() if total is not None else TextColumn("{task.completed} items"),
        TextColumn("{task.fields[pages]} pages"),
        TextColumn("[progress.data.speed]{task.fields[rate]}"),
        TimeElapsedColumn(),
    ]
    if total is not None:
        columns.append(TimeRemainingColumn())
    # redirect_stdout=False: stdout carries the data (JSON Lines), never the progress console.
    with Progress(
        *columns, console=Console(stderr=True), transient=False, redirect_stdout=False, redirect_stderr=False
    ) as progress:
        task = progress.add_task("fetching", total=total, completed=completed, pages=pages, rate="")
        bar = _RatedBar(progress, task)
        bar.pages = pages
        yield bar


class _RatedBar(Bar):
    """A bar that also shows items per second."""

    def advance(self, items: int, pages: int = 1) -> None:
        super().advance(items, pages)
        if self._progress is not None and self._task is not None:
            speed = self._progress.tasks[self._task].speed
            self._progress.update(self._task, rate=f"{speed:,.0f} items/s" if speed else "")


__all__ = ["Bar", "emit_json", "emit_lines", "plain", "progress_bar"]
