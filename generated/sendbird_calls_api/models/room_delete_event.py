from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ModelValidationError,
    as_int,
    invalid,
    unknown_fields,
)

T = TypeVar("T", bound="RoomDeleteEvent")


@_attrs_define
class RoomDeleteEvent:
    """Webhook `room:delete` (our name for the documented event): a room was deleted.

    Attributes:
        category (Literal['room:delete']):
        occurred_at (int): When it happened, Unix milliseconds.
        room (WebhookRoom): The room a webhook event is about; only `room_id` is guaranteed, the rest as in Room.
    """

    category: Literal["room:delete"]
    occurred_at: int
    room: WebhookRoom
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        occurred_at = self.occurred_at

        room = self.room.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "occurred_at": occurred_at,
                "room": room,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Builds the model from decoded JSON, checking each value's type; raises ModelValidationError
        naming the path of a value that does not fit. Unknown fields are kept and reported as drift."""
        d: Any
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            invalid(src_dict, "an object", None)
        pop = d.pop
        category = pop("category", UNSET)
        if not (category == "room:delete"):
            invalid(category, "the constant 'room:delete'", "category")

        occurred_at = pop("occurred_at", UNSET)
        if not (type(occurred_at) is int):
            occurred_at = as_int(occurred_at, "an integer", "occurred_at")

        room = pop("room", UNSET)
        if room.__class__ is dict or isinstance(room, Mapping):
            try:
                room = WebhookRoom.from_dict(room)
            except ModelValidationError as error:
                error.within("room")
                raise
        elif isinstance(room, WebhookRoom):
            pass
        else:
            invalid(room, "an object", "room")

        room_delete_event = cls.__new__(cls)
        room_delete_event.category = category
        room_delete_event.occurred_at = occurred_at
        room_delete_event.room = room
        room_delete_event.additional_properties = unknown_fields(_MODEL, d) if d else d
        return room_delete_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_MODEL = "RoomDeleteEvent"

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.webhook_room import WebhookRoom  # noqa: E402
