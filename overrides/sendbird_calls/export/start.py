"""How an export begins on its output: created, replaced, or continued; and every refusal.

Called with the output's lock held. An output that is there is never cut, rewritten or
replaced unless the caller said so: ``resume`` continues the export its checkpoint describes
(after checking the file still starts with what that export wrote), ``overwrite`` replaces the
file, atomically, by a new one. Every refusal is raised before anything on disk changes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from .checkpoint import Checkpoint, is_checkpoint, load, save
from .errors import CheckpointError, OutputExistsError, OutputNameError
from .files import create_exclusive, create_temporary, kind_of, open_regular, sync_directory

EMPTY_SHA256 = hashlib.sha256().hexdigest()
NOT_REGULAR = "{path} is not a regular file (a directory, pipe or device); an export writes files"
_CHUNK = 1 << 20


class Opened(NamedTuple):
    """The output, open at the end of its last complete page, that page's checkpoint, and the running digest."""

    handle: BinaryIO
    checkpoint: Checkpoint
    digest: hashlib._Hash


def open_output(path: Path, marker: Path, request: dict[str, Any], *, resume: bool, overwrite: bool) -> Opened:
    """Create, replace or continue ``path`` as ``resume`` and ``overwrite`` allow; refuse anything else."""
    output = kind_of(path)
    if output == "other":
        raise OutputNameError(NOT_REGULAR.format(path=path))
    if resume:
        found = load(marker)
        if found is not None:
            return _resume(path, found, request, output_there=output != "absent")
        if output != "absent" and not overwrite:
            raise OutputExistsError(
                f"cannot resume {path}: there is no checkpoint beside it (the export finished, or another "
                "program wrote the file); overwrite=True replaces it"
            )
    elif output != "absent" and not overwrite:
        if kind_of(marker) != "absent":
            raise OutputExistsError(
                f"{path} holds a partial export (its checkpoint is beside it): resume=True continues it, "
                "overwrite=True starts again"
            )
        if output == "symlink":
            raise OutputExistsError(
                f"{path} is a symbolic link: an export never writes through one; overwrite=True replaces the link"
            )
        raise OutputExistsError(f"{path} exists: overwrite=True replaces it")
    _check_replaceable(marker)
    checkpoint = Checkpoint(request=request, next=None, pages=0, items=0, offset=0, sha256=EMPTY_SHA256)
    if output == "absent":
        return _create(path, marker, checkpoint)
    return _replace(path, marker, checkpoint)


def _check_replaceable(marker: Path) -> None:
    """Whatever is at the checkpoint's name must be an export's checkpoint before it is replaced."""
    if kind_of(marker) != "absent" and not is_checkpoint(marker):
        raise CheckpointError(f"{marker} is not an export's checkpoint; move it away")


def _create(path: Path, marker: Path, checkpoint: Checkpoint) -> Opened:
    """A new output, created exclusively (a file that appears meanwhile is not touched)."""
    try:
        fd = create_exclusive(path)
    except FileExistsError:
        raise OutputExistsError(f"{path} appeared while the export started: overwrite=True replaces it") from None
    try:
        save(marker, checkpoint)
        sync_directory(path.parent)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    return Opened(os.fdopen(fd, "r+b"), checkpoint, hashlib.sha256())


def _replace(path: Path, marker: Path, checkpoint: Checkpoint) -> Opened:
    """A new, empty output put in the old one's place atomically, with the old file's permissions."""
    info: os.stat_result | None = None
    with contextlib.suppress(OSError):
        info = os.lstat(path)
    fd, temporary = create_temporary(path)
    try:
        if info is not None and stat.S_ISREG(info.st_mode):
            os.fchmod(fd, stat.S_IMODE(info.st_mode))
        if kind_of(marker) != "absent":
            os.unlink(marker)  # a checkpoint of the replaced export must never describe the new file
        os.replace(temporary, path)
        sync_directory(path.parent)
        save(marker, checkpoint)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return Opened(os.fdopen(fd, "r+b"), checkpoint, hashlib.sha256())


def _resume(path: Path, found: Checkpoint, request: dict[str, Any], *, output_there: bool) -> Opened:
    """The output at its checkpoint's offset, once it is known to start with what the export wrote."""
    if found.request != request:
        differing = sorted(key for key in {*request, *found.request} if found.request.get(key) != request.get(key))
        raise CheckpointError(
            f"the checkpoint of {path} is of another export ({', '.join(differing)} differ); "
            "resume with the same options, or overwrite=True to start again"
        )
    if not output_there:
        if found.offset == 0:  # stopped before the first page: nothing to keep
            return _restart(path, found)
        raise CheckpointError(f"cannot resume: {path} is gone but its checkpoint is there; overwrite=True starts again")
    if kind_of(path) != "file":
        raise CheckpointError(f"cannot resume: {path} is a symbolic link, not the export's file")
    handle = os.fdopen(open_regular(path, os.O_RDWR), "r+b")
    try:
        digest = _verified_digest(handle, path, found)
        handle.truncate(found.offset)
        handle.seek(found.offset)
        handle.flush()
        os.fsync(handle.fileno())
    except BaseException:
        handle.close()
        raise
    return Opened(handle, found, digest)


def _restart(path: Path, found: Checkpoint) -> Opened:
    """A checkpoint from before the first page and no output: create the output under that checkpoint."""
    try:
        fd = create_exclusive(path)
    except FileExistsError:
        raise OutputExistsError(f"{path} appeared while the export started: overwrite=True replaces it") from None
    return Opened(os.fdopen(fd, "r+b"), found, hashlib.sha256())


def _verified_digest(handle: BinaryIO, path: Path, found: Checkpoint) -> hashlib._Hash:
    """The SHA-256 of the first ``offset`` bytes, checked against the checkpoint's."""
    if handle.seek(0, os.SEEK_END) < found.offset:
        raise CheckpointError(f"cannot resume: {path} is shorter than its checkpoint says; overwrite=True starts again")
    handle.seek(0)
    digest = hashlib.sha256()
    left = found.offset
    while left:
        chunk = handle.read(min(_CHUNK, left))
        if not chunk:
            break
        digest.update(chunk)
        left -= len(chunk)
    if left or digest.hexdigest() != found.sha256:
        raise CheckpointError(
            f"cannot resume: {path} changed since its checkpoint (its first {found.offset} bytes are not what "
            "the export wrote); overwrite=True starts again"
        )
    return digest


__all__ = ["EMPTY_SHA256", "NOT_REGULAR", "Opened", "open_output"]
