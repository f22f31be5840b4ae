from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.room_type import RoomType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_items import CustomItems


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
        from ..models.custom_items import CustomItems  # noqa: PLC0415

        d = dict(src_dict)
        type_ = RoomType(d.pop("type"))

        _custom_items = d.pop("custom_items", UNSET)
        custom_items: CustomItems | Unset
        if isinstance(_custom_items, Unset):
            custom_items = UNSET
        else:
            custom_items = CustomItems.from_dict(_custom_items)

        create_room_request = cls(
            type_=type_,
            custom_items=custom_items,
        )

        create_room_request.additional_properties = d
        return create_room_request

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
