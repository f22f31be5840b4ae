"""One difference between two versions of the API, classed breaking or compatible for a client user."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Level = Literal["spec", "python"]
Section = Literal["Added", "Changed", "Removed"]


class CannotCompareError(Exception):
    """The two sides cannot be compared (unreadable base, invalid spec, generation failure): exit 2."""


@dataclass(frozen=True)
class Change:
    """What changed, under which stable key, and whether users' code breaks, with the reason why.

    ``key`` is what the changelog must name in backticks: an operationId (``create_room``), a
    parameter (``list_rooms(limit)``), a body or answer (``create_room.body``), a model or field
    (``Room``, ``Room.room_id``), an enum value (``RoomState.deleted``) or a webhook event
    (``direct_call:dial``). Python-level changes are keyed by their object path.
    """

    key: str
    what: str
    breaking: bool
    why: str
    section: Section
    level: Level = "spec"

    def sort_key(self) -> tuple[int, str, str]:
        """Spec changes first, then by key, so reports are stable from run to run."""
        return (0 if self.level == "spec" else 1, self.key, self.what)
