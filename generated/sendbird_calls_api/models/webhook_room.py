from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    INT,
    STR,
    Model,
    Schema,
    enum,
    field,
    field_repr,
    list_of,
    masked_extras,
    model,
    union,
)
from sendbird_calls.core.unset import UNSET, Unset

from ..models.room_state import RoomState
from ..models.room_type import RoomType


@_attrs_define
class WebhookRoom(Model):
    """The room a webhook event is about; no field is guaranteed (no payload is documented), the rest as in Room.

    Attributes:
        room_id (str | Unset): The room's unique ID.
        room_type (RoomType | str | Unset): A room's type. Open, so a room type added later still parses.
        state (RoomState | str | Unset): A room's state. Open, so a state added later still parses.
        created_at (int | Unset): When the room was created, Unix milliseconds.
        updated_at (int | Unset): When the room last changed, Unix milliseconds.
        created_by (str | Unset): ID of the user who created the room.
        deleted_by (str | Unset): ID of the user who deleted the room.
        current_participants (list[Participant] | Unset):
        custom_items (CustomItems | Unset): Key-value custom items: at most 10; keys 1..128 characters without a comma;
            values
            strings up to 128 characters.
    """

    room_id: str | Unset = _attrs_field(default=UNSET, repr=field_repr("room_id", False))
    room_type: RoomType | str | Unset = _attrs_field(default=UNSET, repr=field_repr("room_type", False))
    state: RoomState | str | Unset = _attrs_field(default=UNSET, repr=field_repr("state", False))
    created_at: int | Unset = _attrs_field(default=UNSET, repr=field_repr("created_at", False))
    updated_at: int | Unset = _attrs_field(default=UNSET, repr=field_repr("updated_at", False))
    created_by: str | Unset = _attrs_field(default=UNSET, repr=field_repr("created_by", False))
    deleted_by: str | Unset = _attrs_field(default=UNSET, repr=field_repr("deleted_by", False))
    current_participants: list[Participant] | Unset = _attrs_field(
        default=UNSET, repr=field_repr("current_participants", False)
    )
    custom_items: CustomItems | Unset = _attrs_field(default=UNSET, repr=field_repr("custom_items", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "WebhookRoom",
        (
            field(
                "room_id",
                "room_id",
                STR,
                required=False,
                secret=False,
            ),
            field(
                "room_type",
                "room_type",
                union(enum(RoomType), STR),
                required=False,
                secret=False,
            ),
            field(
                "state",
                "state",
                union(enum(RoomState), STR),
                required=False,
                secret=False,
            ),
            field(
                "created_at",
                "created_at",
                INT,
                required=False,
                secret=False,
            ),
            field(
                "updated_at",
                "updated_at",
                INT,
                required=False,
                secret=False,
            ),
            field(
                "created_by",
                "created_by",
                STR,
                required=False,
                secret=False,
            ),
            field(
                "deleted_by",
                "deleted_by",
                STR,
                required=False,
                secret=False,
            ),
            field(
                "current_participants",
                "current_participants",
                list_of(model(lambda: Participant)),
                required=False,
                secret=False,
            ),
            field(
                "custom_items",
                "custom_items",
                model(lambda: CustomItems),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.custom_items import CustomItems  # noqa: E402
from ..models.participant import Participant  # noqa: E402
