"""The checkpoint beside an export's output: what was asked, how far it got, and where the file ends.

It is replaced atomically (a temporary file, fsync, ``os.replace``) after the page it describes
is flushed and fsynced to the output, so after any crash the checkpoint never claims more than
the file holds: resuming truncates the file to ``offset`` and fetches the page at ``next``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import attrs

from ..errors import SendbirdCallsError

CHECKPOINT_SUFFIX = ".checkpoint.json"
FORMAT_VERSION = 1


class CheckpointError(SendbirdCallsError, ValueError):
    """A checkpoint that cannot be used: unreadable, from another export, or past the file's end."""


@attrs.frozen
class Checkpoint:
    """The state of an export after its last complete page."""

    request: dict[str, Any]
    """What was exported (operation, arguments, filters, format, page size): a resume must match it."""
    next: str | None
    """The token of the next page to fetch; None before the first page and after the last."""
    pages: int
    items: int
    offset: int
    """The output's length in bytes after the last complete page."""

    @property
    def complete(self) -> bool:
        """Every page was written: the last one had no next token."""
        return self.pages > 0 and self.next is None


def checkpoint_path(output: Path) -> Path:
    """Where the checkpoint of ``output`` lives: beside it, ``<output>.checkpoint.json``."""
    return output.with_name(output.name + CHECKPOINT_SUFFIX)


def save(path: Path, checkpoint: Checkpoint) -> None:
    """Write the checkpoint atomically: readers see the old one or the new one, never half of one."""
    data = {"version": FORMAT_VERSION, **attrs.asdict(checkpoint)}
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def load(path: Path) -> Checkpoint | None:
    """The checkpoint at ``path``, None when there is none; a damaged one is a CheckpointError."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise CheckpointError(f"cannot read the checkpoint {path.name}: {type(exc).__name__}") from None
    try:
        if data.pop("version") != FORMAT_VERSION:
            raise CheckpointError(f"the checkpoint {path.name} has an unknown format version")
        checkpoint = Checkpoint(**data)
    except (AttributeError, KeyError, TypeError) as exc:
        raise CheckpointError(f"the checkpoint {path.name} is damaged ({type(exc).__name__})") from None
    if not isinstance(checkpoint.offset, int) or checkpoint.offset < 0:
        raise CheckpointError(f"the checkpoint {path.name} is damaged (bad offset)")
    return checkpoint


__all__ = ["CHECKPOINT_SUFFIX", "Checkpoint", "CheckpointError", "checkpoint_path", "load", "save"]
