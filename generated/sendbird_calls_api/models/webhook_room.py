from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.room_state import RoomState
from ..models.room_type import RoomType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_items import CustomItems
    from ..models.participant import Participant


T = TypeVar("T", bound="WebhookRoom")


@_attrs_define
class WebhookRoom:
    """The room a webhook event is about; only `room_id` is guaranteed, the rest as in Room.

    Attributes:
        room_id (str): The room's unique ID.
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

    room_id: str
    room_type: RoomType | str | Unset = UNSET
    state: RoomState | str | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    created_by: str | Unset = UNSET
    deleted_by: str | Unset = UNSET
    current_participants: list[Participant] | Unset = UNSET
    custom_items: CustomItems | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_id = self.room_id

        room_type: str | Unset
        if isinstance(self.room_type, Unset):
            room_type = UNSET
        elif isinstance(self.room_type, RoomType):
            room_type = self.room_type.value
        else:
            room_type = self.room_type

        state: str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, RoomState):
            state = self.state.value
        else:
            state = self.state

        created_at = self.created_at

        updated_at = self.updated_at

        created_by = self.created_by

        deleted_by = self.deleted_by

        current_participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.current_participants, Unset):
            current_participants = []
            for current_participants_item_data in self.current_participants:
                current_participants_item = current_participants_item_data.to_dict()
                current_participants.append(current_participants_item)

        custom_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_items, Unset):
            custom_items = self.custom_items.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "room_id": room_id,
            }
        )
        if room_type is not UNSET:
            field_dict["room_type"] = room_type
        if state is not UNSET:
            field_dict["state"] = state
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if deleted_by is not UNSET:
            field_dict["deleted_by"] = deleted_by
        if current_participants is not UNSET:
            field_dict["current_participants"] = current_participants
        if custom_items is not UNSET:
            field_dict["custom_items"] = custom_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_items import CustomItems  # noqa: PLC0415
        from ..models.participant import Participant  # noqa: PLC0415

        d = dict(src_dict)
        room_id = d.pop("room_id")

        def _parse_room_type(data: object) -> RoomType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_any_room_type_type_0 = RoomType(data)

                return componentsschemas_any_room_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RoomType | str | Unset, data)

        room_type = _parse_room_type(d.pop("room_type", UNSET))

        def _parse_state(data: object) -> RoomState | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_any_room_state_type_0 = RoomState(data)

                return componentsschemas_any_room_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RoomState | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        created_by = d.pop("created_by", UNSET)

        deleted_by = d.pop("deleted_by", UNSET)

        _current_participants = d.pop("current_participants", UNSET)
        current_participants: list[Participant] | Unset = UNSET
        if _current_participants is not UNSET:
            current_participants = []
            for current_participants_item_data in _current_participants:
                current_participants_item = Participant.from_dict(current_participants_item_data)

                current_participants.append(current_participants_item)

        _custom_items = d.pop("custom_items", UNSET)
        custom_items: CustomItems | Unset
        if isinstance(_custom_items, Unset):
            custom_items = UNSET
        else:
            custom_items = CustomItems.from_dict(_custom_items)

        webhook_room = cls(
            room_id=room_id,
            room_type=room_type,
            state=state,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            deleted_by=deleted_by,
            current_participants=current_participants,
            custom_items=custom_items,
        )

        webhook_room.additional_properties = d
        return webhook_room

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
