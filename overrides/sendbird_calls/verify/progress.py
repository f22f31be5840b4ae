"""verify-spec's progress on a terminal: the operation being checked and how many answers were, on stderr.

Shown only when stderr is an interactive terminal, and erased when the run ends, so the report on
stdout reads the same with or without it; piped or redirected, nothing is written.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn

from .session import ProgressCallback


@contextmanager
def terminal_progress(stream: TextIO | None = None) -> Iterator[ProgressCallback | None]:
    """A callback for ``verify_spec(progress=)`` that draws on ``stream`` (stderr), or None when it is no terminal."""
    stream = sys.stderr if stream is None else stream
    console = Console(file=stream)
    if not (_is_tty(stream) and console.is_interactive):
        yield None
        return
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=console, transient=True) as progress:
        task = progress.add_task("verify-spec: starting")

        def show(operation: str, checked: int) -> None:
            done = f"{checked} answer{'' if checked == 1 else 's'} checked"
            progress.update(task, description=f"verify-spec: checking {operation} ({done})", refresh=True)

        yield show


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except ValueError:  # a closed stream
        return False
