"""Export call history (direct calls, a user's calls, rooms) to JSON Lines or CSV, resumably.

    from sendbird_calls import CallsClient
    from sendbird_calls.export import export

    with CallsClient() as client:
        export(client, "direct-calls", "calls.csv", format="csv", filters={"end_result": ["completed"]})
        # interrupted? the same call with resume=True continues from the last complete page

Each page is written, flushed and fsynced, then a checkpoint (``<output>.checkpoint.json``,
replaced atomically) records the next token and the file's length. Resuming cuts the file back
to that length and fetches from that token: no duplicates, no gaps. The checkpoint is removed
when the export completes. CSV columns come from the item schema of the spec (see ``columns``).
"""

from .checkpoint import CHECKPOINT_SUFFIX, Checkpoint, CheckpointError, checkpoint_path
from .columns import columns_of
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
    "Checkpoint",
    "CheckpointError",
    "ExportFormat",
    "ExportProgress",
    "ExportResult",
    "Page",
    "checkpoint_path",
    "columns_of",
    "export",
    "iter_pages",
    "resolve_target",
]
