"""The export's refusals: its output is in use, exists already, or its checkpoint cannot be used.

Each is raised before anything is written (or, for a checkpoint, before the output is touched),
so a refused export changes nothing on disk.

    SendbirdCallsError
    └── ExportError
        ├── OutputInUseError        another export holds the output's lock
        ├── OutputExistsError       the output is there and was not to be continued or replaced
        ├── OutputNameError (also a ValueError)   not a name or a kind of file an export can write
        └── CheckpointError (also a ValueError)   unreadable, of another export, or past the file
"""

from __future__ import annotations

from ..errors import SendbirdCallsError


class ExportError(SendbirdCallsError):
    """An export refused to start, leaving every file as it was."""


class OutputInUseError(ExportError):
    """Another export is writing the same output (it holds ``<output>.lock``): try again when it ends."""


class OutputExistsError(ExportError):
    """The output exists and neither ``resume`` nor ``overwrite`` said what to do with it."""


class OutputNameError(ExportError, ValueError):
    """The output cannot be an export's: a directory, pipe or device, or named like an export's own files."""


class CheckpointError(ExportError, ValueError):
    """A checkpoint that cannot be used: unreadable, from another export, or past the file's end."""


__all__ = ["CheckpointError", "ExportError", "OutputExistsError", "OutputInUseError", "OutputNameError"]
