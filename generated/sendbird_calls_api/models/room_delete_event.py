from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_room import WebhookRoom


T = TypeVar("T", bound="RoomDeleteEvent")


@_attrs_define
class RoomDeleteEvent:
    """Webhook `room:delete` (our name, not Sendbird's, for a documented event): a room was deleted.

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
        from ..models.webhook_room import WebhookRoom  # noqa: PLC0415

        d = dict(src_dict)
        category = cast(Literal["room:delete"], d.pop("category"))
        if category != "room:delete":
            raise ValueError(f"category must match const 'room:delete', got '{category}'")

        occurred_at = d.pop("occurred_at")

        room = WebhookRoom.from_dict(d.pop("room"))

        room_delete_event = cls(
            category=category,
            occurred_at=occurred_at,
            room=room,
        )

        room_delete_event.additional_properties = d
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
