from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.room_type import RoomType
from ..types import (
    UNSET,
    ModelValidationError,
    Unset,
    invalid,
    unknown_fields,
)

T = TypeVar("T", bound="CreateRoomRequest")


@_attrs_define
class CreateRoomRequest:
    """A room to create.

    Attributes:
        type_ (RoomType): `small_room_for_video` holds up to 6 participants, `large_room_for_audio_only` up to
            100.
        custom_items (CustomItems | Unset): Key-value custom items: at most 10; keys 1..128 characters without a comma;
            values
            strings up to 128 characters.
    """

    type_: RoomType
    custom_items: CustomItems | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        custom_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_items, Unset):
            custom_items = self.custom_items.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
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
        type_ = _pop("type", UNSET)
        if isinstance(type_, str):
            _m_type_ = _RoomType_BY_VALUE.get(type_)
            if _m_type_ is not None:
                type_ = _m_type_
            else:
                invalid(type_, "one of 'large_room_for_audio_only', 'small_room_for_video'", "type")
        else:
            invalid(type_, "one of 'large_room_for_audio_only', 'small_room_for_video'", "type")

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
        _instance.type_ = type_
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


_MODEL = "CreateRoomRequest"
_RoomType_BY_VALUE = {member.value: member for member in RoomType}

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.custom_items import CustomItems  # noqa: E402
