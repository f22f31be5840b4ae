"""Group-call rooms and their participants, in memory.

Rooms are created and deleted through the API; participants come from SDK clients in real life,
so tests add them with ``enter``/``exit``. A deleted room stays readable with ``state: deleted``;
any write on it is 400 + 1400126, like an unknown room. The store keeps at most ``max_rooms``:
past it, creating a room forgets the room deleted longest ago, or the oldest room when none is
deleted (a forgotten room answers 1400126 like one that never existed).

The room types and custom-item rules are the spec's (``mock.facts``); every room and participant
with an even number carries every property of its schema, as seeded users and calls do.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import custom_items
from .errors import INVALID_PARAMS, INVALID_ROOM, MockError
from .limits import MAX_ROOMS
from .seed import complete_all

if TYPE_CHECKING:
    from .facts import SpecFacts

ROOM_CAPACITY = {"small_room_for_video": 6, "large_room_for_audio_only": 100}
"""How many participants a room of each type holds at once, as Sendbird documents them."""
OTHER_ROOM_CAPACITY = 6
"""The capacity of a room type the spec adds (the smallest documented one)."""

Clock = Callable[[], int]
EventHook = Callable[[str, Mapping[str, Any]], None]
Fill = Callable[[dict[str, Any]], dict[str, Any]]


def _as_is(value: dict[str, Any]) -> dict[str, Any]:
    return value


@dataclass(slots=True)
class Participant:
    """One stay of a user in a room (a user who re-enters gets a new participant)."""

    room_id: str
    participant_id: str
    user: dict[str, Any]
    entered_at: int
    client_id: str
    is_audio_on: bool = True
    is_video_on: bool = False
    state: str = "connected"
    updated_at: int = 0
    exited_at: int | None = None
    fill: Fill = field(default=_as_is, repr=False, compare=False)
    """Adds the properties of the spec's schema the answer lacks (``SpecFacts.participants``)."""

    def to_json(self) -> dict[str, Any]:
        """The participant as the API answers it; ``duration`` in seconds, null until exit."""
        duration = None if self.exited_at is None else (self.exited_at - self.entered_at) // 1000
        return self.fill(
            {
                "room_id": self.room_id,
                "participant_id": self.participant_id,
                "user_id": self.user["user_id"],
                "user": dict(self.user),
                "state": self.state,
                "entered_at": self.entered_at,
                "updated_at": self.updated_at or self.entered_at,
                "exited_at": self.exited_at,
                "duration": duration,
                "client_id": self.client_id,
                "is_audio_on": self.is_audio_on,
                "is_video_on": self.is_video_on,
            }
        )


@dataclass(slots=True)
class Room:
    """A room; ``seq`` orders rooms by creation (the list answers newest first)."""

    seq: int
    room_id: str
    room_type: str
    created_at: int
    custom_items: dict[str, str]
    state: str = "open"
    updated_at: int = 0
    created_by: str = ""
    deleted_by: str = ""
    participants: list[Participant] = field(default_factory=list)
    fill: Fill = field(default=_as_is, repr=False, compare=False)
    """Adds the properties of the spec's schema the answer lacks (``SpecFacts.rooms``)."""

    @property
    def current_participants(self) -> list[Participant]:
        """The participants who have not exited."""
        return [p for p in self.participants if p.exited_at is None]

    def to_json(self) -> dict[str, Any]:
        """The room as the API answers it."""
        return self.fill(
            {
                "room_id": self.room_id,
                "room_type": self.room_type,
                "state": self.state,
                "created_at": self.created_at,
                "updated_at": self.updated_at or self.created_at,
                "created_by": self.created_by,
                "deleted_by": self.deleted_by,
                "current_participants": [p.to_json() for p in self.current_participants],
                "custom_items": dict(self.custom_items),
            }
        )


class RoomStore:
    """Every room of the application, by ID and in creation order."""

    def __init__(
        self, seed: int, clock: Clock, emit: EventHook, facts: SpecFacts, *, max_rooms: int = MAX_ROOMS
    ) -> None:
        if max_rooms < 1:
            raise ValueError("max_rooms must be >= 1")
        self.facts = facts
        self._seed = seed
        self._clock = clock
        self._emit = emit
        self.max_rooms = max_rooms
        self._by_id: dict[str, Room] = {}
        self.by_seq: dict[int, Room] = {}
        self.order: list[int] = []
        """Room sequence numbers, ascending (the pagination keys)."""
        self._deleted: dict[int, None] = {}
        """Sequence numbers of deleted rooms, in the order they were deleted (the first to forget)."""
        self._created = 0
        self.forgotten = 0
        """How many rooms were forgotten to keep the store within ``max_rooms``."""
        self._participants = 0

    def _new_id(self, kind: str, n: int) -> str:
        digest = hashlib.sha256(f"{kind}:{self._seed}:{n}".encode()).digest()
        return str(uuid.UUID(bytes=digest[:16], version=4))

    def create(self, room_type: str, items: Mapping[str, str] | None = None) -> Room:
        """Create an open room; ``created_by`` is empty, as for rooms created through the API."""
        if room_type not in self.facts.room_types:
            raise MockError(INVALID_PARAMS, f"type must be one of {', '.join(self.facts.room_types)}.")
        self.facts.check_custom_items(items or {})
        while len(self.order) >= self.max_rooms:
            self._forget_one()
        seq = self._created
        self._created += 1
        now = self._clock()
        room = Room(seq, self._new_id("room", seq), room_type, now, dict(items or {}), updated_at=now)
        room.fill = functools.partial(self.facts.rooms.fill, optional=complete_all(seq))
        self._by_id[room.room_id] = room
        self.by_seq[seq] = room
        self.order.append(seq)
        self._emit("room:create", {"room": room.to_json()})
        return room

    def _forget_one(self) -> None:
        """Drop the room deleted longest ago, or the oldest room when none is deleted (no event: it is not deleted)."""
        seq = next(iter(self._deleted), None)
        if seq is None:
            seq = self.order[0]
        self._deleted.pop(seq, None)
        room = self.by_seq.pop(seq)
        del self._by_id[room.room_id]
        del self.order[bisect.bisect_left(self.order, seq)]
        self.forgotten += 1

    def get(self, room_id: str) -> Room:
        """A room, deleted ones included; 400 + 1400126 when unknown."""
        room = self._by_id.get(room_id)
        if room is None:
            raise MockError(INVALID_ROOM, f"Room {room_id!r} does not exist.")
        return room

    def get_open(self, room_id: str) -> Room:
        """A room that can still change; 400 + 1400126 when unknown or deleted."""
        room = self.get(room_id)
        if room.state == "deleted":
            raise MockError(INVALID_ROOM, f"Room {room_id!r} was deleted.")
        return room

    def delete(self, room_id: str) -> Room:
        """Delete a room for good: everyone exits, ``deleted_by`` stays empty (deleted through the API)."""
        room = self.get_open(room_id)
        now = self._clock()
        for participant in room.current_participants:
            self._leave(participant, now)
        room.state = "deleted"
        room.deleted_by = ""
        room.updated_at = now
        self._deleted[room.seq] = None
        self._emit("room:delete", {"room": room.to_json()})
        return room

    def update_items(self, room_id: str, changes: Mapping[str, str]) -> tuple[Room, list[str]]:
        """Upsert custom items of an open room; answers the room and the keys set."""
        room = self.get_open(room_id)
        updated = custom_items.upsert(room.custom_items, changes, self.facts.check_custom_items)
        room.updated_at = self._clock()
        return room, updated

    def delete_items(self, room_id: str, keys: list[str] | None) -> tuple[Room, list[str]]:
        """Delete custom items of an open room (all when ``keys`` is empty); answers the room and the keys deleted."""
        room = self.get_open(room_id)
        deleted = custom_items.delete(room.custom_items, keys)
        room.updated_at = self._clock()
        return room, deleted

    def enter(
        self, room_id: str, user: Mapping[str, Any], *, is_audio_on: bool = True, is_video_on: bool = False
    ) -> Participant:
        """A user enters an open room (what an SDK client does); the room's capacity is enforced."""
        room = self.get_open(room_id)
        if len(room.current_participants) >= ROOM_CAPACITY.get(room.room_type, OTHER_ROOM_CAPACITY):
            raise MockError(INVALID_PARAMS, f"Room {room_id!r} is full.")
        self._participants += 1
        now = self._clock()
        participant = Participant(
            room_id=room.room_id,
            participant_id=self._new_id("participant", self._participants),
            user=dict(user),
            entered_at=now,
            client_id=self._new_id("client", self._participants),
            is_audio_on=is_audio_on,
            is_video_on=is_video_on,
            updated_at=now,
            fill=functools.partial(self.facts.participants.fill, optional=complete_all(self._participants)),
        )
        room.participants.append(participant)
        room.updated_at = now
        self._emit("participant:enter", {"room": room.to_json(), "participant": participant.to_json()})
        return participant

    def exit(self, room_id: str, participant_id: str) -> Participant:
        """A participant leaves a room."""
        room = self.get(room_id)
        participant = next((p for p in room.current_participants if p.participant_id == participant_id), None)
        if participant is None:
            raise MockError(INVALID_PARAMS, f"No current participant {participant_id!r} in room {room_id!r}.")
        self._leave(participant, self._clock())
        room.updated_at = participant.exited_at or room.updated_at
        self._emit("participant:exit", {"room": room.to_json(), "participant": participant.to_json()})
        return participant

    def _leave(self, participant: Participant, now: int) -> None:
        participant.state = "exited"
        participant.exited_at = now
        participant.updated_at = now
