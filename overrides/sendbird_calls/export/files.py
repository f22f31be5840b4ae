"""The export's files on disk: the lock beside the output, exclusive creation, atomic replacement.

No name is followed when it is a symbolic link, and no temporary file has a fixed name: the
output is created with ``O_EXCL | O_NOFOLLOW``, temporary files get a random name in the
output's directory and are created the same way (a file or symlink planted there makes the
creation fail instead of being written through), and a target is only ever reached with
``os.replace``, which replaces a symlink rather than what it points to.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
from pathlib import Path
from types import TracebackType
from typing import Literal, Self

from .errors import ExportError, OutputInUseError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no flock, so no file export (standard output still works)
    fcntl = None  # type: ignore[assignment]

LOCK_SUFFIX = ".lock"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_TEMPORARY = re.compile(r"\.(?P<target>.+)\.[0-9a-f]{16}\.tmp")
_NAME_TRIES = 100
_LOCK_TRIES = 50

Kind = Literal["absent", "file", "symlink", "other"]


def lock_path(output: Path) -> Path:
    """Where the lock of ``output`` lives: beside it, ``<output>.lock``."""
    return output.with_name(output.name + LOCK_SUFFIX)


def kind_of(path: Path) -> Kind:
    """What is at ``path`` itself (a symlink is reported as one, never followed)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return "absent"
    if stat.S_ISLNK(mode):
        return "symlink"
    return "file" if stat.S_ISREG(mode) else "other"


def is_temporary_of(name: str, target: str) -> bool:
    """Whether ``name`` is one of the temporary names of ``target`` (``.<target>.<16 hex>.tmp``)."""
    found = _TEMPORARY.fullmatch(name)
    return found is not None and found["target"] == target


def looks_temporary(name: str) -> bool:
    """Whether ``name`` has the shape of an export's temporary file."""
    return _TEMPORARY.fullmatch(name) is not None


def create_exclusive(path: Path, mode: int = 0o666) -> int:
    """A new file at ``path``, opened for reading and writing; FileExistsError if anything is there."""
    return os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, mode)


def create_temporary(target: Path, mode: int = 0o666) -> tuple[int, Path]:
    """A new file with a random name beside ``target`` (``.<name>.<16 hex>.tmp``), created exclusively."""
    for _ in range(_NAME_TRIES):
        candidate = target.with_name(f".{target.name}.{secrets.token_hex(8)}.tmp")
        try:
            return create_exclusive(candidate, mode), candidate
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", os.fspath(target.parent))


def open_regular(path: Path, flags: int) -> int:
    """An existing regular file opened without following a symlink (``ELOOP`` if it is one)."""
    fd = os.open(path, flags | _NOFOLLOW | _CLOEXEC | _NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ExportError(f"{path} is not a regular file")
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def sync_directory(directory: Path) -> None:
    """fsync a directory, so the names created, replaced or removed in it survive a power cut."""
    with contextlib.suppress(OSError):  # some file systems cannot fsync a directory; the data is synced
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _CLOEXEC)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_temporaries(directory: Path, targets: set[str]) -> None:
    """Remove the temporary files of ``targets`` that an export killed mid-write left (call under the lock)."""
    with contextlib.suppress(OSError), os.scandir(directory) as entries:
        for entry in entries:
            found = _TEMPORARY.fullmatch(entry.name)
            if found is not None and found["target"] in targets and not entry.is_dir(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


class OutputLock:
    """An exclusive, non-blocking ``flock`` on ``<output>.lock``, held for a whole export and removed after.

    The lock file is always empty; one that is not, or is not a regular file, belongs to someone
    else and is refused. After locking, the lock must still be the file at its name (an export
    that just finished removes it): otherwise it is opened again.
    """

    def __init__(self, output: Path) -> None:
        self.output = output
        self.path = lock_path(output)
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock, or raise OutputInUseError at once when another export holds it."""
        if fcntl is None:  # pragma: no cover - Windows
            raise ExportError("exporting to a file needs flock (Linux, macOS, BSD); write to a stream instead")
        for _ in range(_LOCK_TRIES):
            fd = self._open()
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise OutputInUseError(
                    f"another export is writing {self.output} (it holds {self.path}); try again when it ends"
                ) from None
            except BaseException:
                os.close(fd)
                raise
            if self._is_current(fd):
                self._fd = fd
                return
            os.close(fd)
        raise OutputInUseError(f"other exports keep starting and ending on {self.output}; try again later")

    def release(self) -> None:
        """Remove the lock file, then let the lock go."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if self._is_current(fd):
                with contextlib.suppress(OSError):
                    os.unlink(self.path)
        finally:
            os.close(fd)

    def _open(self) -> int:
        flags = os.O_RDONLY | os.O_CREAT | _NOFOLLOW | _CLOEXEC | _NONBLOCK
        try:
            fd = os.open(self.path, flags, 0o666)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise ExportError(f"{self.path} is a symbolic link, not an export's lock; remove it") from None
            raise
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size:
            os.close(fd)
            raise ExportError(f"{self.path} is not an export's lock (those are empty files); move it away")
        return fd

    def _is_current(self, fd: int) -> bool:
        try:
            there = os.lstat(self.path)
        except FileNotFoundError:
            return False
        here = os.fstat(fd)
        return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


__all__ = [
    "LOCK_SUFFIX",
    "OutputLock",
    "create_exclusive",
    "create_temporary",
    "is_temporary_of",
    "kind_of",
    "lock_path",
    "looks_temporary",
    "open_regular",
    "remove_temporaries",
    "sync_directory",
]
