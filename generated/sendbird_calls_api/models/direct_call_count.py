from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    as_int,
    invalid,
    unknown_fields,
)

T = TypeVar("T", bound="DirectCallCount")


@_attrs_define
class DirectCallCount:
    """A user's direct calls by role.

    Attributes:
        caller (int): Calls the user dialed.
        callee (int): Calls the user received.
    """

    caller: int
    callee: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        caller = self.caller

        callee = self.callee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "caller": caller,
                "callee": callee,
            }
        )

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
        caller = _pop("caller", UNSET)
        if not (type(caller) is int):
            caller = as_int(caller, "an integer", "caller")

        callee = _pop("callee", UNSET)
        if not (type(callee) is int):
            callee = as_int(callee, "an integer", "callee")

        _instance = cls.__new__(cls)
        _instance.caller = caller
        _instance.callee = callee
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


_MODEL = "DirectCallCount"
