"""One finding: the node of the spec to edit, what is wrong there, and how to fix it."""

from __future__ import annotations

import enum
from dataclasses import dataclass

Location = tuple[str, ...]
"""Keys from the document's root to a node: ``("paths", "/rooms", "post", "responses", "200")``."""


class Severity(enum.Enum):
    """An error fails ``make lint-spec``; a warning is printed for a rule the linter cannot decide exactly."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """A broken rule at ``location``; ``problem`` and ``fix`` are sentences without their final period."""

    location: Location
    problem: str
    fix: str
    severity: Severity = Severity.ERROR

    @property
    def path(self) -> str:
        """The location as dotted keys, ``paths./rooms.post.responses.200`` (``(document)`` for the root)."""
        return ".".join(self.location) if self.location else "(document)"

    def line(self) -> str:
        """``path: problem. Fix: fix.`` (``path: warning: ...`` for a warning), on one line."""
        mark = "warning: " if self.severity is Severity.WARNING else ""
        return f"{self.path}: {mark}{_sentence(self.problem)} Fix: {_sentence(self.fix)}"


def _sentence(text: str) -> str:
    """``text`` on one line, ending with exactly one period."""
    return " ".join(text.split()).rstrip(".") + "."
