from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.room_state import RoomState
from ..models.room_type import RoomType
from ..types import (
    UNSET,
    ModelValidationError,
    Unset,
    as_int,
    invalid,
    unknown_fields,
    unknown_value,
)

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
        """Builds the model from decoded JSON, checking each value's type; raises ModelValidationError
        naming the path of a value that does not fit. Unknown fields are kept and reported as drift."""
        _d: Any
        if type(src_dict) is dict:
            _d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            _d = dict(src_dict)
        else:
            invalid(src_dict, "an object", None)
        _pop = _d.pop
        room_id = _pop("room_id", UNSET)
        if not (isinstance(room_id, str)):
            invalid(room_id, "a string", "room_id")

        room_type = _pop("room_type", UNSET)
        if isinstance(room_type, str):
            _m_room_type = _RoomType_BY_VALUE.get(room_type)
            if _m_room_type is not None:
                room_type = _m_room_type
            else:
                unknown_value(_MODEL, "room_type", room_type, False)
        elif not (room_type is UNSET):
            invalid(room_type, "a string", "room_type")

        state = _pop("state", UNSET)
        if isinstance(state, str):
            _m_state = _RoomState_BY_VALUE.get(state)
            if _m_state is not None:
                state = _m_state
            else:
                unknown_value(_MODEL, "state", state, False)
        elif not (state is UNSET):
            invalid(state, "a string", "state")

        created_at = _pop("created_at", UNSET)
        if not (type(created_at) is int or created_at is UNSET):
            created_at = as_int(created_at, "an integer", "created_at")

        updated_at = _pop("updated_at", UNSET)
        if not (type(updated_at) is int or updated_at is UNSET):
            updated_at = as_int(updated_at, "an integer", "updated_at")

        created_by = _pop("created_by", UNSET)
        if not (isinstance(created_by, str) or created_by is UNSET):
            invalid(created_by, "a string", "created_by")

        deleted_by = _pop("deleted_by", UNSET)
        if not (isinstance(deleted_by, str) or deleted_by is UNSET):
            invalid(deleted_by, "a string", "deleted_by")

        current_participants = _pop("current_participants", UNSET)
        if current_participants.__class__ is list or isinstance(current_participants, list | tuple):
            _items_current_participants: list[Any] = []
            try:
                for _i_current_participants, _x_current_participants in enumerate(current_participants):
                    if _x_current_participants.__class__ is dict or isinstance(_x_current_participants, Mapping):
                        try:
                            _x_current_participants = Participant.from_dict(_x_current_participants)
                        except ModelValidationError as _error:
                            _error.within(_i_current_participants)
                            raise
                    elif isinstance(_x_current_participants, Participant):
                        pass
                    else:
                        invalid(_x_current_participants, "an object", _i_current_participants)

                    _items_current_participants.append(_x_current_participants)
            except ModelValidationError as _error:
                _error.within("current_participants")
                raise
            current_participants = _items_current_participants
        elif not (current_participants is UNSET):
            invalid(current_participants, "an array", "current_participants")

        custom_items = _pop("custom_items", UNSET)
        if custom_items.__class__ is dict or isinstance(custom_items, Mapping):
            try:
                custom_items = CustomItems.from_dict(custom_items)
            except ModelValidationError as _error:
                _error.within("custom_items")
                raise
        elif isinstance(custom_items, CustomItems):
            pass
        elif not (custom_items is UNSET):
            invalid(custom_items, "an object", "custom_items")

        _instance = cls.__new__(cls)
        _instance.room_id = room_id
        _instance.room_type = room_type
        _instance.state = state
        _instance.created_at = created_at
        _instance.updated_at = updated_at
        _instance.created_by = created_by
        _instance.deleted_by = deleted_by
        _instance.current_participants = current_participants
        _instance.custom_items = custom_items
        _instance.additional_properties = unknown_fields(_MODEL, _d) if _d else _d
        return _instance

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


_MODEL = "WebhookRoom"
_RoomState_BY_VALUE = {member.value: member for member in RoomState}
_RoomType_BY_VALUE = {member.value: member for member in RoomType}

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.custom_items import CustomItems  # noqa: E402
from ..models.participant import Participant  # noqa: E402
