"""The checkpoint beside an export's output: what was asked, how far it got, and what the file holds.

It is replaced atomically (a new file with a random name beside it, fsync, ``os.replace``) after
the page it describes is flushed and fsynced to the output, so after any crash the checkpoint
never claims more than the file holds. It also records the SHA-256 of the file up to ``offset``:
resuming checks the file still starts with exactly what the export wrote before it cuts the rest
and fetches the page at ``next``, so a file changed or replaced since is never cut.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
from pathlib import Path
from typing import Any

import attrs

from .errors import CheckpointError, ExportError
from .files import create_temporary, kind_of, open_regular

CHECKPOINT_SUFFIX = ".checkpoint.json"
FORMAT_VERSION = 2
_MAX_BYTES = 1 << 20
"""A checkpoint is a few hundred bytes; anything larger at its name is not one."""


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
    sha256: str
    """The SHA-256 (hex) of the output's first ``offset`` bytes."""

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
    fd, temporary = create_temporary(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _read(path: Path) -> Any:
    """The JSON at ``path``, read without following a symlink; None when nothing is there."""
    if kind_of(path) == "absent":
        return None
    try:
        fd = open_regular(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    except ExportError:
        raise CheckpointError(f"the checkpoint {path} is not a regular file; move it away") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise CheckpointError(f"the checkpoint {path} is a symbolic link; remove it") from None
        raise CheckpointError(f"cannot read the checkpoint {path}: {exc.strerror or type(exc).__name__}") from None
    with os.fdopen(fd, "rb") as handle:
        raw = handle.read(_MAX_BYTES + 1)
    try:
        if len(raw) > _MAX_BYTES:
            raise ValueError("too large")
        return json.loads(raw.decode("utf-8"))
    except ValueError:
        raise CheckpointError(f"{path} is not an export's checkpoint (not JSON); move it away") from None


def load(path: Path) -> Checkpoint | None:
    """The checkpoint at ``path``, None when there is none; anything else there is a CheckpointError."""
    data = _read(path)
    if data is None:
        return None
    if not isinstance(data, dict) or "version" not in data:
        raise CheckpointError(f"{path} is not an export's checkpoint; move it away")
    if data.pop("version") != FORMAT_VERSION:
        raise CheckpointError(
            f"the checkpoint {path} has another format version (another version of sendbird-calls wrote it); "
            "overwrite=True starts again"
        )
    try:
        checkpoint = Checkpoint(**data)
    except TypeError as exc:
        raise CheckpointError(f"the checkpoint {path} is damaged ({type(exc).__name__})") from None
    numbers = (checkpoint.pages, checkpoint.items, checkpoint.offset)
    if not all(isinstance(number, int) and not isinstance(number, bool) and number >= 0 for number in numbers):
        raise CheckpointError(f"the checkpoint {path} is damaged (bad counts)")
    if not isinstance(checkpoint.request, dict) or not isinstance(checkpoint.sha256, str):
        raise CheckpointError(f"the checkpoint {path} is damaged (bad request or digest)")
    if checkpoint.next is not None and not isinstance(checkpoint.next, str):
        raise CheckpointError(f"the checkpoint {path} is damaged (bad next token)")
    return checkpoint


def is_checkpoint(path: Path) -> bool:
    """Whether ``path`` holds an export's checkpoint of any format version (which ``overwrite`` may replace)."""
    data = _read(path)
    return isinstance(data, dict) and isinstance(data.get("version"), int) and isinstance(data.get("request"), dict)


__all__ = [
    "CHECKPOINT_SUFFIX",
    "Checkpoint",
    "CheckpointError",
    "checkpoint_path",
    "is_checkpoint",
    "load",
    "save",
]
