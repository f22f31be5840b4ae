from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ModelValidationError,
    Unset,
    invalid,
    unknown_fields,
)

T = TypeVar("T", bound="RoomList")


@_attrs_define
class RoomList:
    """One page of rooms.

    Attributes:
        rooms (list[Room]):
        next_ (None | str | Unset): Token of the next page; empty, null or absent at the end.
        prev (None | str | Unset): Token of the previous page.
    """

    rooms: list[Room]
    next_: None | str | Unset = UNSET
    prev: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rooms = []
        for rooms_item_data in self.rooms:
            rooms_item = rooms_item_data.to_dict()
            rooms.append(rooms_item)

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        prev: None | str | Unset
        if isinstance(self.prev, Unset):
            prev = UNSET
        else:
            prev = self.prev

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rooms": rooms,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev

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
        rooms = _pop("rooms", UNSET)
        if rooms.__class__ is list or isinstance(rooms, list | tuple):
            _items_rooms: list[Any] = []
            try:
                for _i_rooms, _x_rooms in enumerate(rooms):
                    if _x_rooms.__class__ is dict or isinstance(_x_rooms, Mapping):
                        try:
                            _x_rooms = Room.from_dict(_x_rooms)
                        except ModelValidationError as _error:
                            _error.within(_i_rooms)
                            raise
                    elif isinstance(_x_rooms, Room):
                        pass
                    else:
                        invalid(_x_rooms, "an object", _i_rooms)

                    _items_rooms.append(_x_rooms)
            except ModelValidationError as _error:
                _error.within("rooms")
                raise
            rooms = _items_rooms
        else:
            invalid(rooms, "an array", "rooms")

        next_ = _pop("next", UNSET)
        if not (isinstance(next_, str) or next_ is None or next_ is UNSET):
            invalid(next_, "a string or null", "next")

        prev = _pop("prev", UNSET)
        if not (isinstance(prev, str) or prev is None or prev is UNSET):
            invalid(prev, "a string or null", "prev")

        _instance = cls.__new__(cls)
        _instance.rooms = rooms
        _instance.next_ = next_
        _instance.prev = prev
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


_MODEL = "RoomList"

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.room import Room  # noqa: E402
