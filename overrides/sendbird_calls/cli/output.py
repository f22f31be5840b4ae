"""What the CLI prints: pretty coloured JSON on a terminal, compact JSON when piped, JSON Lines for --all."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
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


RATE_AFTER_SECONDS = 2.0
"""The rate is shown once this much time has passed (and two pages came): before, it is noise."""


def plural(count: int, noun: str) -> str:
    """``1 page``, ``3 pages``: a count and its noun, as English says them."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


class Bar:
    """Items and pages so far, on a rich progress bar (or nothing when ``show`` is false).

    The rate counts only what this run fetched (not the items a resumed export started with),
    over the time since the bar started, and is left blank until ``RATE_AFTER_SECONDS`` have
    passed and two pages have come: a first page fetched in a millisecond says nothing.
    """

    def __init__(
        self,
        progress: Progress | None,
        task: TaskID | None,
        *,
        items: int = 0,
        pages: int = 0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._progress, self._task, self._clock = progress, task, clock
        self.items, self.pages = items, pages
        self._started, self._run_items, self._run_pages = clock(), 0, 0

    @property
    def rate(self) -> str:
        """Items per second in this run, or "" while that would mean nothing."""
        elapsed = self._clock() - self._started
        if elapsed < RATE_AFTER_SECONDS or self._run_pages < 2:
            return ""
        return f"{self._run_items / elapsed:,.0f} items/s"

    def advance(self, items: int, pages: int = 1) -> None:
        """One more page of ``items`` items."""
        self.items += items
        self.pages += pages
        self._run_items += items
        self._run_pages += pages
        if self._progress is not None and self._task is not None:
            self._progress.update(
                self._task,
                advance=items,
                items_text=plural(self.items, "item"),
                pages_text=plural(self.pages, "page"),
                rate=self.rate,
            )


@contextmanager
def progress_bar(
    total: int | None,
    *,
    show: bool,
    completed: int = 0,
    pages: int = 0,
    transient: bool = False,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[Bar]:
    """A progress bar on stderr: items (of the total when known), pages, rate, elapsed and ETA.

    ``transient``: the bar goes away at the end, for a command that prints a summary (or an error) instead.
    """
    if not show:
        yield Bar(None, None, items=completed, pages=pages, clock=clock)
        return
    columns = [
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn() if total is not None else TextColumn("{task.fields[items_text]}"),
        TextColumn("{task.fields[pages_text]}"),
        TextColumn("[progress.data.speed]{task.fields[rate]}"),
        TimeElapsedColumn(),
    ]
    if total is not None:
        columns.append(TimeRemainingColumn())
    # redirect_stdout=False: stdout carries the data (JSON Lines), never the progress console.
    with Progress(
        *columns, console=Console(stderr=True), transient=transient, redirect_stdout=False, redirect_stderr=False
    ) as progress:
        task = progress.add_task(
            "fetching",
            total=total,
            completed=completed,
            items_text=plural(completed, "item"),
            pages_text=plural(pages, "page"),
            rate="",
        )
        yield Bar(progress, task, items=completed, pages=pages, clock=clock)


__all__ = ["RATE_AFTER_SECONDS", "Bar", "emit_json", "emit_lines", "plain", "plural", "progress_bar"]
