from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    invalid,
)

T = TypeVar("T", bound="Metadata")


@_attrs_define
class Metadata:
    """A user's key-value metadata."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Builds the model from decoded JSON, checking each value's type; raises ModelValidationError
        naming the path of a value that does not fit. Unknown fields are kept and reported as drift."""
        _d: Any = src_dict
        if _d.__class__ is not dict and not isinstance(_d, Mapping):
            invalid(_d, "an object", None)
        _instance = cls.__new__(cls)
        _extra: dict[str, Any] = _d.copy() if type(_d) is dict else dict(_d)
        for _key, _value in _extra.items():
            if not (isinstance(_value, str)):
                invalid(_value, "a string", _key)

            _extra[_key] = _value
        _instance.additional_properties = _extra
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_MODEL = "Metadata"
