"""Serve the mock over HTTP: ``python -m sendbird_calls.mock --port 8080`` (``--port 0``: any free port).

The same command as ``sendbird-calls mock``: prints the base URLs to give the client (the real
port when 0 was asked; ``--print-json`` prints them as one JSON line), then serves until
interrupted. A busy port, a bad app ID or a missing ``mock`` extra is one ``error:`` line.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the mock command; returns its exit status."""
    from ..cli.app import run
    from ..cli.mock_cmd import mock_command

    return run(mock_command, argv, prog_name="python -m sendbird_calls.mock")


if __name__ == "__main__":
    sys.exit(main())
