"""Rooms: create, read, list with filters, delete, custom items, and participants."""

from __future__ import annotations

from typing import Any

from ..errors import INVALID_PARAMS, MockError
from ..pagination import fingerprint, paginate
from ..rooms import Room
from .base import ApiRequest, affected_at, handles, split_list


@handles("create_room")
def create_room(req: ApiRequest) -> dict[str, Any]:
    """A new open room."""
    room = req.state.rooms.create(req.body["type"], req.body.get("custom_items"))
    return {"room": room.to_json()}


@handles("get_room")
def get_room(req: ApiRequest) -> dict[str, Any]:
    """One room, deleted ones included; 400 + 1400126 when unknown."""
    return {"room": req.state.rooms.get(req.path["room_id"]).to_json()}


@handles("delete_room")
def delete_room(req: ApiRequest) -> dict[str, Any]:
    """Delete a room; a second delete is 400 + 1400126."""
    return {"room": req.state.rooms.delete(req.path["room_id"]).to_json()}


@handles("update_room_custom_items")
def update_room_custom_items(req: ApiRequest) -> dict[str, Any]:
    """Upsert a room's custom items."""
    room, updated = req.state.rooms.update_items(req.path["room_id"], req.body["custom_items"])
    return {"custom_items": dict(room.custom_items), "updated": updated, "affected_at": affected_at()}


@handles("delete_room_custom_items")
def delete_room_custom_items(req: ApiRequest) -> dict[str, Any]:
    """Delete some or all of a room's custom items."""
    room, deleted = req.state.rooms.delete_items(req.path["room_id"], (req.body or {}).get("keys"))
    return {"custom_items": dict(room.custom_items), "deleted": deleted, "affected_at": affected_at()}


@handles("list_room_participants")
def list_room_participants(req: ApiRequest) -> dict[str, Any]:
    """Everyone who has been in a room, newest first."""
    room = req.state.rooms.get(req.path["room_id"])
    q = req.query
    page = paginate(
        range(len(room.participants)),
        lambda i: room.participants[i].to_json(),
        limit=q["limit"],
        fp=fingerprint("participants", room=room.room_id),
        next_token=q.get("next"),
        prev_token=q.get("prev"),
    )
    return {"participants": page.items, "next": page.next, "prev": page.prev}


@handles("list_rooms")
def list_rooms(req: ApiRequest) -> dict[str, Any]:
    """Rooms, newest first, filtered; ``room_id`` and ``room_ids`` are exclusive."""
    q = req.query
    if "room_id" in q and "room_ids" in q:
        raise MockError(INVALID_PARAMS, "room_id and room_ids are exclusive.")
    ids = [q["room_id"]] if "room_id" in q else split_list(q.get("room_ids"))
    creators = split_list(q.get("created_by_user_ids"))
    filters: dict[str, Any] = {
        "ids": set(ids) if ids is not None else None,
        "type": None if q.get("type", "all") == "all" else q["type"],
        "state": q.get("state"),
        "created_from": q.get("created_at_start_date"),
        "created_to": q.get("created_at_end_date"),
        "gte": q.get("current_participant_range_gte"),
        "lte": q.get("current_participant_range_lte"),
        "creators": set(creators) if creators is not None else None,
    }
    store = req.state.rooms

    def get(seq: int) -> dict[str, Any] | None:
        room = store.by_seq[seq]
        return room.to_json() if _room_matches(room, filters) else None

    fp = fingerprint("rooms", **{key: sorted(v) if isinstance(v, set) else v for key, v in filters.items()})
    page = paginate(store.order, get, limit=q["limit"], fp=fp, next_token=q.get("next"), prev_token=q.get("prev"))
    return {"rooms": page.items, "next": page.next, "prev": page.prev}


def _room_matches(room: Room, f: dict[str, Any]) -> bool:
    count = len(room.current_participants)
    checks = (
        f["ids"] is None or room.room_id in f["ids"],
        f["type"] is None or room.room_type == f["type"],
        f["state"] is None or room.state == f["state"],
        f["created_from"] is None or room.created_at >= f["created_from"],
        f["created_to"] is None or room.created_at < f["created_to"],  # the end date is exclusive
        f["gte"] is None or count >= f["gte"],
        f["lte"] is None or count <= f["lte"],
        f["creators"] is None or room.created_by in f["creators"],
    )
    return all(checks)
