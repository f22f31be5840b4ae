"""The one place failures become an ``error:`` line and an exit status, for the console script and CliRunner alike.

A reader that goes away (``sendbird-calls ... | head -1``) is not a failure: whatever command was
writing, it ends quietly with exit 0, and standard output is pointed at /dev/null so the
interpreter's last flush cannot complain either.
"""

from __future__ import annotations

import contextlib
import errno
import os
import select
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import click

from .errors import EXIT_OK, exit_code_for, message_for


class ClosedPipeError(Exception):
    """Standard output's reader went away; raised past click, which would turn EPIPE into exit 1."""


class ReportingMixin:
    """``main`` that never lets a traceback out: every failure is one line on stderr and its exit status."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        """Parse the arguments (``--help`` and ``--version`` print here), a closed pipe passed on as ours."""
        with _closed_pipe_passed_on():
            context: click.Context = super().make_context(*args, **kwargs)  # type: ignore[misc]
        return context

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command, a closed pipe passed on as ours."""
        with _closed_pipe_passed_on():
            return super().invoke(ctx)  # type: ignore[misc]

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        try:
            result = super().main(  # type: ignore[misc]
                argv,
                prog_name,
                complete_var,
                standalone_mode=False,
                windows_expand_args=windows_expand_args,
                **extra,
            )
            code = result if isinstance(result, int) else EXIT_OK
            with _closed_pipe_passed_on():
                sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's last flush
        except SystemExit as exc:  # click's own exits: shell completion
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except ClosedPipeError:
            code = _quiet_closed_pipe()
        except (Exception, KeyboardInterrupt) as exc:  # the boundary: one line, never a traceback
            report(exc, argv)
            code = exit_code_for(exc)
        if standalone_mode:
            sys.exit(code)
        return code


@contextlib.contextmanager
def _closed_pipe_passed_on() -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        if _is_closed_pipe(exc):
            raise ClosedPipeError from exc
        raise


def _is_closed_pipe(exc: BaseException | None) -> bool:
    """Whether ``exc`` is a write to standard output after its reader went away.

    Only a bare EPIPE counts (one from a socket reaches here wrapped, as a network error), and
    only while standard output, when it is a real pipe, reports that its reader is gone.
    """
    if not isinstance(exc, OSError) or exc.errno != errno.EPIPE:
        return False
    try:
        fd = sys.stdout.fileno()
    except (OSError, ValueError, AttributeError):
        return True  # not a file descriptor (a test's stream): the exception is all there is to go on
    if not hasattr(select, "poll"):  # pragma: no cover - Windows
        return True
    poller = select.poll()
    poller.register(fd, select.POLLOUT)
    return any(events & (select.POLLERR | select.POLLHUP) for _, events in poller.poll(0))


def _quiet_closed_pipe() -> int:
    """Exit 0 without a word, and make later writes to standard output go nowhere."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return EXIT_OK


def report(exc: BaseException, argv: Sequence[str]) -> None:
    """Print ``error: <message> (see '<command> --help')`` on stderr."""
    ctx = getattr(exc, "ctx", None)
    hint = ""
    if isinstance(exc, click.UsageError) and isinstance(ctx, click.Context):
        hint = f" (see '{ctx.command_path} --help')"
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"error: {message_for(exc, argv)}{hint}\n")
        sys.stderr.flush()


__all__ = ["ClosedPipeError", "ReportingMixin", "report"]
