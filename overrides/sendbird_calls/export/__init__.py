"""Export call history (direct calls, a user's calls, rooms) to JSON Lines or CSV, resumably.

    from sendbird_calls import CallsClient
    from sendbird_calls.export import export

    with CallsClient() as client:
        export(client, "direct-calls", "calls.csv", format="csv", filters={"end_result": ["completed"]})
        # interrupted? the same call with resume=True continues from the last complete page

Each page is written, flushed and fsynced, then a checkpoint (``<output>.checkpoint.json``,
replaced atomically) records the next token, the file's length and its SHA-256. Resuming checks
the file still starts with what the export wrote, cuts it back to that length and fetches from
that token: no duplicates, no gaps. The checkpoint is removed when the export completes.

An export holds ``<output>.lock`` (``flock``) from start to end: a second export of the same file
raises ``OutputInUseError`` at once. An existing output is never cut, rewritten or replaced
unless ``resume`` or ``overwrite`` says so (``OutputExistsError``). CSV columns come from the item
schema of the spec (see ``columns``); cells a spreadsheet would run as formulas are neutralised.
"""

from .checkpoint import CHECKPOINT_SUFFIX, Checkpoint, checkpoint_path
from .columns import FORMULA_STARTS, columns_of, neutralise
from .errors import CheckpointError, ExportError, OutputExistsError, OutputInUseError, OutputNameError
from .files import LOCK_SUFFIX, lock_path
from .pages import Page, iter_pages
from .runner import (
    DEFAULT_PAGE_SIZE,
    EXPORT_TARGETS,
    FORMATS,
    ExportFormat,
    ExportProgress,
    ExportResult,
    export,
    resolve_target,
)

__all__ = [
    "CHECKPOINT_SUFFIX",
    "DEFAULT_PAGE_SIZE",
    "EXPORT_TARGETS",
    "FORMATS",
    "FORMULA_STARTS",
    "LOCK_SUFFIX",
    "Checkpoint",
    "CheckpointError",
    "ExportError",
    "ExportFormat",
    "ExportProgress",
    "ExportResult",
    "OutputExistsError",
    "OutputInUseError",
    "OutputNameError",
    "Page",
    "checkpoint_path",
    "columns_of",
    "export",
    "iter_pages",
    "lock_path",
    "neutralise",
    "resolve_target",
]
