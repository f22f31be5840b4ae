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

T = TypeVar("T", bound="DeleteCustomItemsRequest")


@_attrs_define
class DeleteCustomItemsRequest:
    """Keys of custom items to delete; empty or absent deletes them all.

    Attributes:
        keys (list[str] | Unset):
    """

    keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keys: list[str] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = self.keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keys is not UNSET:
            field_dict["keys"] = keys

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
        keys = _pop("keys", UNSET)
        if keys.__class__ is list or isinstance(keys, list | tuple):
            _items_keys: list[Any] = []
            try:
                for _i_keys, _x_keys in enumerate(keys):
                    if not (isinstance(_x_keys, str)):
                        invalid(_x_keys, "a string", _i_keys)

                    _items_keys.append(_x_keys)
            except ModelValidationError as _error:
                _error.within("keys")
                raise
            keys = _items_keys
        elif not (keys is UNSET):
            invalid(keys, "an array", "keys")

        _instance = cls.__new__(cls)
        _instance.keys = keys
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


_MODEL = "DeleteCustomItemsRequest"
