"""Check the spec against a live application: ``verify_spec()`` and ``sendbird-calls verify-spec``.

Calls the application (read-only by default) through the client's core, checks every raw answer
against the spec's schemas with jsonschema, and reports drift: undocumented fields and statuses,
missing required fields, wrong JSON types, unknown enum values and error codes, broken
constraints, answers that are not JSON, a time window in the wrong unit, and answers other than
the spec decided where no source supports its choice (``verify.decisions``). The additive
drift can be written as an OpenAPI Overlay 1.0 document for maintainers to merge
(``apply_overlay``). A run needs the ``verify`` extra (jsonschema); importing this package does not.
"""

from .findings import Finding, FindingKind
from .overlay import OVERLAY_SCHEMA, OverlayError, apply_overlay, build_overlay
from .report import (
    EXIT_COULD_NOT_RUN,
    EXIT_DRIFT,
    EXIT_MATCH,
    EXIT_USAGE,
    REPORT_SCHEMA,
    VerifyReport,
)
from .run import DEFAULT_RATE, verify_spec

__all__ = [
    "DEFAULT_RATE",
    "EXIT_COULD_NOT_RUN",
    "EXIT_DRIFT",
    "EXIT_MATCH",
    "EXIT_USAGE",
    "OVERLAY_SCHEMA",
    "REPORT_SCHEMA",
    "Finding",
    "FindingKind",
    "OverlayError",
    "VerifyReport",
    "apply_overlay",
    "build_overlay",
    "verify_spec",
]
