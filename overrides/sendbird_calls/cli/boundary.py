"""The one place failures become an ``error:`` line and an exit status, for the console script and CliRunner alike."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from .errors import EXIT_OK, exit_code_for, message_for


class ReportingMixin:
    """``main`` that never lets a traceback out: every failure is one line on stderr and its exit status."""

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
        except SystemExit as exc:  # click's own exits: shell completion, a broken pipe it caught
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except BrokenPipeError:
            # The reader stopped early (``| head``): not worth a message; keep the exit-time flush quiet too.
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            code = 1
        except (Exception, KeyboardInterrupt) as exc:  # the boundary: one line, never a traceback
            report(exc, argv)
            code = exit_code_for(exc)
        if standalone_mode:
            sys.exit(code)
        return code


def report(exc: BaseException, argv: Sequence[str]) -> None:
    """Print ``error: <message> (see '<command> --help')`` on stderr."""
    ctx = getattr(exc, "ctx", None)
    hint = ""
    if isinstance(exc, click.UsageError) and isinstance(ctx, click.Context):
        hint = f" (see '{ctx.command_path} --help')"
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"error: {message_for(exc, argv)}{hint}\n")
        sys.stderr.flush()


__all__ = ["ReportingMixin", "report"]
