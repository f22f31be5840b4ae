"""``python -m sendbird_calls.mock``: the mock's own runner (``serve``), without the CLI.

The same options and behaviour as ``sendbird-calls mock`` (both are built from ``serve.SETTINGS``):
prints the base URLs (``--print-json``: one JSON line), then serves until interrupted. A bad
option, a busy port or a missing ``mock`` extra is one ``error:`` line (exit 2, 1, 1).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from .serve import SETTINGS, ServeError, Setting, serve

PROG = "python -m sendbird_calls.mock"


class _Parser(argparse.ArgumentParser):
    """argparse whose errors are one ``error:`` line (exit 2), like the CLI's."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {message} (see '{PROG} --help')\n")


def parser() -> argparse.ArgumentParser:
    """The options of ``serve.SETTINGS``, defaults read from the environment where a setting says so."""
    built = _Parser(
        prog=PROG, description="Serve a stateful mock of the Sendbird Calls Platform API v1.", allow_abbrev=False
    )
    for setting in SETTINGS:
        built.add_argument(setting.flag, dest=setting.name, help=setting.help, **_shape(setting))
    return built


def _shape(setting: Setting) -> dict[str, Any]:
    default = setting.default_from(os.environ)
    if setting.kind == "flag":
        return {"action": "store_true"}
    if setting.kind == "choice":
        return {"choices": setting.choices, "default": default}
    if setting.kind == "integer":
        return {"type": _integer(setting), "default": default, "metavar": "N"}
    return {"default": default, "metavar": setting.name.upper()}


def _integer(setting: Setting) -> Callable[[str], int]:
    def convert(text: str) -> int:
        value = int(text, 10)
        if (setting.low is not None and value < setting.low) or (setting.high is not None and value > setting.high):
            bounds = [f"at least {setting.low}"] if setting.low is not None else []
            bounds += [f"at most {setting.high}"] if setting.high is not None else []
            raise argparse.ArgumentTypeError(f"must be {' and '.join(bounds)}, got {value}")
        return value

    convert.__name__ = "whole number"  # argparse names the type in its message
    return convert


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the options and serve; returns the exit status (0 after Ctrl-C stops the server)."""
    try:
        options = vars(parser().parse_args(argv))
    except SystemExit as stop:  # --help, or a bad option already reported on one line
        return stop.code if isinstance(stop.code, int) else 2
    try:
        serve(options)
    except ServeError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2 if exc.usage else 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
